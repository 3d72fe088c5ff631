"""Long work off the GUI thread, with a progress dialog whose Cancel really stops it.

`run_with_progress` runs a service function in a QThread with its own database connection.
The function receives a `progress(done, total) -> bool` callback; it returns False once the
owner pressed Cancel, and the service then stops and raises CancelledError after rolling
back (every long service works in one transaction or leaves no file behind).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QApplication, QProgressDialog, QWidget

from crm_desktop.db.models import database
from crm_desktop.progress import Progress

Job = Callable[[Progress], Any]


class Worker(QObject):
    """Runs `job` once in its thread; reports progress, then `done(result)` or `failed(exc)`."""

    progressed = Signal(int, int)
    done = Signal(object)
    failed = Signal(object)

    def __init__(self, job: Job):
        super().__init__()
        self._job = job
        self._cancel = threading.Event()

    def cancel(self) -> None:
        self._cancel.set()

    def _progress(self, done: int, total: int) -> bool:
        self.progressed.emit(done, total)
        return not self._cancel.is_set()

    @Slot()
    def run(self) -> None:
        try:
            with database.connection_context():  # SQLite connections belong to one thread
                result = self._job(self._progress)
        except BaseException as exc:  # handed to the GUI thread, which decides what to show
            self.failed.emit(exc)
        else:
            self.done.emit(result)


class _Monitor(QObject):
    """Lives in the GUI thread: worker signals reach it queued, in that thread."""

    ended = Signal()

    def __init__(self, dialog: QProgressDialog):
        super().__init__()
        self.dialog = dialog
        self.finished = False
        self.result: Any = None
        self.error: BaseException | None = None

    @Slot(int, int)
    def on_progress(self, done: int, total: int) -> None:
        if total > 0 and self.dialog.maximum() != total:
            self.dialog.setMaximum(total)
        self.dialog.setValue(min(done, total) if total > 0 else 0)

    @Slot(object)
    def on_done(self, result: Any) -> None:
        self.result, self.finished = result, True
        self.ended.emit()

    @Slot(object)
    def on_failed(self, error: BaseException) -> None:
        self.error, self.finished = error, True
        self.ended.emit()


def run_with_progress(parent: QWidget | None, title: str, job: Job, *,
                      label: str = "", cancellable: bool = True) -> Any:
    """Run `job` off the GUI thread while a modal progress dialog shows; returns its result.

    Raises what the job raised (CancelledError when the owner cancelled). Without
    `cancellable` the dialog has no Cancel button (for work that must finish, such as an
    undo the undo stack has already counted).
    """
    dialog = QProgressDialog(label or title, QApplication.translate("Workers", "Cancel"),
                             0, 0, parent)
    if not cancellable:
        dialog.setCancelButton(None)
    dialog.setWindowTitle(title)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)  # quick jobs never flash a dialog
    monitor = _Monitor(dialog)
    thread = QThread()
    worker = Worker(job)
    worker.moveToThread(thread)
    worker.progressed.connect(monitor.on_progress)
    worker.done.connect(monitor.on_done)
    worker.failed.connect(monitor.on_failed)
    dialog.canceled.connect(worker.cancel, Qt.ConnectionType.DirectConnection)
    thread.started.connect(worker.run)
    loop = QEventLoop()
    monitor.ended.connect(loop.quit)
    thread.start()
    # the window stays alive (paints, the Cancel button) until the worker reports back
    if not monitor.finished:
        loop.exec()
    thread.quit()
    thread.wait()
    dialog.reset()
    dialog.close()
    if monitor.error is not None:
        raise monitor.error
    return monitor.result
