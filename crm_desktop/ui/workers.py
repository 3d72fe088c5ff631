"""Long work off the GUI thread, with a progress dialog whose Cancel really stops it.

`run_with_progress` runs a service function in a QThread with its own database connection.
The function receives a `progress(done, total) -> bool` callback; it returns False once the
owner pressed Cancel, and the service then stops and raises CancelledError after rolling
back (every long service works in one transaction or leaves no file behind).

`Background` runs one with no dialog at all, for work the owner need not wait for (the
daily backup); it is stopped and joined when the app quits.

`run_until_confirmed` runs one that also takes a `confirm(figures) -> bool` callback and
stops there, its transaction open, until the owner says write or discard (the import
wizard's dry run, which becomes the import).

While such a job runs it holds SQLite's write lock; periodic GUI work puts its writes off
rather than wait on it with the window frozen (`db.connection.waiting_at_most`).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from contextlib import suppress
from typing import Any

from PySide6.QtCore import QEventLoop, QLocale, QObject, Qt, QThread, QTimer, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from crm_desktop import gc_pause
from crm_desktop.db.models import database
from crm_desktop.errors import CancelledError
from crm_desktop.progress import Progress

Job = Callable[[Progress], Any]
Confirm = Callable[[Any], bool]
ConfirmedJob = Callable[[Progress, Confirm], Any]

class Worker(QObject):
    """Runs `job` once in its thread; reports progress, then `done(result)` or `failed(exc)`."""

    progressed = Signal(int, int)
    paused = Signal(object)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Callable[[Worker], Any]):
        super().__init__()
        self._job = job
        self._cancel = threading.Event()
        self._answered = threading.Event()
        self._answer = False

    def cancel(self) -> None:
        self._cancel.set()

    def progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    def confirm(self, figures: Any) -> bool:
        """(In the worker thread) show `figures` and wait for the owner's answer."""
        self.paused.emit(figures)
        self._answered.wait()
        return self._answer

    def answer(self, write: bool) -> None:
        self._answer = write
        self._answered.set()

    @Slot()
    def run(self) -> None:
        try:
            with database.connection_context():  # SQLite connections belong to one thread
                result = self._job(self)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.failed.emit(exc)
        else:
            self.done.emit(result)


def _worker_ended() -> None:
    if gc_pause.worker_ended():  # collecting again once back in the event loop
        QTimer.singleShot(0, gc_pause.resume_after_workers)


class _Run(QObject):
    """A worker in its thread, seen from the GUI thread (its signals arrive queued here)."""

    settled = Signal()

    def __init__(self, job: Callable[[Worker], Any]):
        super().__init__()
        self.dialog: QProgressDialog | None = None
        self.finished = False
        self.waiting = False  # paused, for the owner's answer
        self.result: Any = None
        self.error: BaseException | None = None
        self._ended = False  # end() told gc_pause (a Paused run may be ended twice)
        self.thread = QThread()
        self.worker = Worker(job)
        self.worker.moveToThread(self.thread)
        self.worker.progressed.connect(self._on_progress)
        self.worker.paused.connect(self._on_paused)
        self.worker.done.connect(self._on_done)
        self.worker.failed.connect(self._on_failed)
        self.thread.started.connect(self.worker.run)

    def start(self) -> None:
        gc_pause.worker_started()  # collections stay in the GUI thread
        self.thread.start()

    def wait(self, dialog: QProgressDialog) -> None:
        """Keep the window alive (paints, the Cancel button) until the worker pauses or
        ends; then close the dialog."""
        self.dialog = dialog
        dialog.canceled.connect(self.worker.cancel, Qt.ConnectionType.DirectConnection)
        loop = QEventLoop()
        self.settled.connect(loop.quit)
        if not (self.finished or self.waiting):
            loop.exec()
        self.settled.disconnect(loop.quit)
        self.dialog = None
        # closing a progress dialog emits canceled: not meant for a job that goes on
        dialog.canceled.disconnect(self.worker.cancel)
        dialog.reset()
        dialog.close()

    def end(self) -> Any:
        """After the worker finished: join its thread; its result, or raise its error."""
        self.thread.quit()
        self.thread.wait()
        if not self._ended:
            self._ended = True
            _worker_ended()
        if self.error is not None:
            raise self.error
        return self.result

    @Slot(int, int)
    def _on_progress(self, done: int, total: int) -> None:
        if self.dialog is None:
            return
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def _on_paused(self, figures: Any) -> None:
        self.result, self.waiting = figures, True
        self.settled.emit()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self.result, self.finished, self.waiting = result, True, False
        self.settled.emit()

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self.error, self.finished, self.waiting = error, True, False
        self.settled.emit()


def _dialog(parent: QWidget | None, title: str, label: str, cancellable: bool
            ) -> QProgressDialog:
    dialog = QProgressDialog(label or title, QApplication.translate("Workers", "Cancel"),
                             0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
    if QLocale().zeroDigit() != "0":  # its percentage in Latin digits, as every figure
        dialog.setLocale(QLocale.c())
    return dialog


def run_with_progress(parent: QWidget | None, title: str, job: Job, *,
                      label: str = "", cancellable: bool = True) -> Any:
    """Run `job` off the GUI thread while a modal progress dialog shows; returns its result.

    Raises what the job raised (CancelledError when the owner cancelled). Without
    `cancellable` the dialog has no Cancel button (for work that must finish, such as an
    undo the undo stack has already counted).
    """
    run = _Run(lambda worker: job(worker.progress))
    run.start()
    run.wait(_dialog(parent, title, label, cancellable))
    return run.end()


class Paused:
    """A job stopped before its commit, holding its transaction: `figures` is what it did.
    Exactly one of `write` or `discard` must follow."""

    def __init__(self, run: _Run):
        self._run = run
        self.figures: Any = run.result

    def write(self, parent: QWidget | None, title: str) -> Any:
        """Commit; returns the job's result (raises its error)."""
        self._run.worker.answer(True)
        self._run.wait(_dialog(parent, title, "", cancellable=False))
        return self._run.end()

    def discard(self, parent: QWidget | None, title: str, label: str = "") -> None:
        """Roll back; the data stays as it was."""
        self._run.worker.answer(False)
        self._run.wait(_dialog(parent, title, label, cancellable=False))
        with suppress(CancelledError):  # the rollback it was asked for
            self._run.end()


def run_until_confirmed(parent: QWidget | None, title: str, job: ConfirmedJob
                        ) -> Paused:
    """Run `job(progress, confirm)` off the GUI thread, with a progress dialog, until it
    calls `confirm(figures)`; the caller then writes or discards it.

    Raises what the job raised before that point (CancelledError when the owner
    cancelled)."""
    run = _Run(lambda worker: job(worker.progress, worker.confirm))
    run.start()
    run.wait(_dialog(parent, title, "", cancellable=True))
    if not run.waiting:  # failed (or ended without asking: nothing to hold)
        result = run.end()
        raise RuntimeError(f"{title}: the job ended without asking to confirm ({result!r})")
    return Paused(run)


class Background(QObject):
    """A job in its own thread, no dialog; `ended(result, error)` once it is over. `stop`
    cancels it (the job's progress callback returns False) and waits for its thread."""

    ended = Signal(object, object)

    def __init__(self, job: Job, parent: QObject | None = None):
        super().__init__(parent)
        self.running = False
        self._thread = QThread()
        self._worker = Worker(lambda worker: job(worker.progress))
        self._worker.moveToThread(self._thread)
        # slots of this object (GUI thread), so that they run queued there: a lambda
        # would run in the worker's thread, which would then wait on itself
        self._worker.done.connect(self._on_done)
        self._worker.failed.connect(self._on_failed)
        self._thread.started.connect(self._worker.run)

    def start(self) -> None:
        gc_pause.worker_started()  # collections stay in the GUI thread
        self.running = True
        self._thread.start()

    def stop(self) -> None:
        if self.running:
            self._worker.cancel()
            self._thread.quit()
            self._thread.wait()
            self.running = False
            _worker_ended()

    @Slot(object)
    def _on_done(self, result: Any) -> None:
        self._end(result, None)

    @Slot(object)
    def _on_failed(self, error: BaseException) -> None:
        self._end(None, error)

    def _end(self, result: Any, error: BaseException | None) -> None:
        if not self.running:
            return  # stopped: nobody is waiting for the outcome any more
        self._thread.quit()
        self._thread.wait()
        self.running = False
        _worker_ended()
        self.ended.emit(result, error)
