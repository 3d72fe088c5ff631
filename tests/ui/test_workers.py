"""Long work runs off the GUI thread; Cancel stops it and nothing is left half done."""

from __future__ import annotations

import threading
import time
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QProgressDialog, QPushButton

from crm_desktop.db.models import Contact
from crm_desktop.errors import CancelledError
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.services.export_contacts import export_contacts
from crm_desktop.ui.workers import Background, run_with_progress


def test_the_job_runs_in_another_thread_with_its_own_connection(qtbot, db) -> None:
    Contact.insert_many([{"kind": "person", "name": f"P{i}", "sort_name": f"p{i}"}
                         for i in range(300)]).execute()
    seen = {}

    def job(progress):
        seen["thread"] = threading.current_thread()
        return Contact.select().count()

    assert run_with_progress(None, "Counting", job) == 300
    assert seen["thread"] is not threading.main_thread()


def test_errors_reach_the_caller(qtbot, db) -> None:
    def job(progress):
        raise ValueError("boom")

    with pytest.raises(ValueError, match="boom"):
        run_with_progress(None, "Failing", job)


def test_cancel_stops_an_export_and_leaves_no_file(qtbot, db, tmp_path: Path) -> None:
    Contact.insert_many([{"kind": "person", "name": f"P{i}", "sort_name": f"p{i}"}
                         for i in range(20000)]).execute()
    out = tmp_path / "all.csv"

    def slow_progress(progress):
        def wrapped(done, total):
            time.sleep(0.05)
            return progress(done, total)
        return wrapped

    def press_cancel() -> None:
        dialogs = [w for w in QApplication.topLevelWidgets()
                   if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:
            dialogs[0].findChild(QPushButton).click()  # what the owner does
        else:
            QTimer.singleShot(50, press_cancel)

    QTimer.singleShot(50, press_cancel)
    with pytest.raises(CancelledError):
        run_with_progress(None, "Exporting", lambda progress: export_contacts(
            out, ContactFilter(), progress=slow_progress(progress)))
    assert not out.exists()


def test_background_work_is_cancelled_and_joined_on_stop(qtbot) -> None:
    steps: list[int] = []

    def endless(progress) -> None:
        while progress(len(steps), 0):
            steps.append(1)
            time.sleep(0.005)
        raise CancelledError("stopped")

    ended: list[object] = []
    task = Background(endless)
    task.ended.connect(lambda result, error: ended.append(error))
    task.start()
    qtbot.waitUntil(lambda: len(steps) > 3)
    started = time.perf_counter()
    task.stop()
    assert time.perf_counter() - started < 1 and not task.running
    qtbot.wait(50)
    assert ended == []  # stopped: no outcome reported to anyone

    failing = Background(lambda progress: 1 / 0)
    failing.ended.connect(lambda result, error: ended.append(error))
    failing.start()
    qtbot.waitUntil(lambda: len(ended) == 1)
    assert isinstance(ended[0], ZeroDivisionError) and not failing.running


def test_the_daily_backup_runs_in_the_background_and_tells_only_a_failure(
        qtbot, db, db_path: Path) -> None:
    from PySide6.QtWidgets import QMainWindow

    from crm_desktop.services import contacts
    from crm_desktop.services.auto_backup import folder_for
    from crm_desktop.ui.auto_backup import AutoBackup
    from tests.fixed_time import NOW

    window = QMainWindow()
    qtbot.addWidget(window)
    contacts.save_contact(None, {"name": "Kept Safe"})
    backups = AutoBackup(db_path, lambda: NOW, window.statusBar(), window)
    backups.schedule(0)
    qtbot.waitUntil(lambda: backups.task is not None and not backups.task.running)
    assert backups.made is not None and backups.made.parent == folder_for(db_path)
    assert window.statusBar().currentMessage() == ""

    # the copy elsewhere, on a drive since unplugged: the backup is there, the copy is not
    from crm_desktop.services.settings import set_setting

    set_setting("backup_copy_folder", str(db_path.parent / "unplugged drive"))
    backups.task = None
    backups.made.unlink()
    backups.start()
    qtbot.waitUntil(lambda: not backups.task.running)
    assert backups.made is not None and backups.made.exists()
    assert window.statusBar().currentMessage().startswith(
        "The daily backup was made, but not its copy elsewhere: The folder")
    set_setting("backup_copy_folder", None)

    backups.made.unlink()
    folder_for(db_path).rmdir()
    folder_for(db_path).write_text("a file where the folder goes")
    failing = AutoBackup(db_path, lambda: NOW, window.statusBar(), window)
    failing.start()
    qtbot.waitUntil(lambda: not failing.task.running)
    assert "automatic backup failed" in window.statusBar().currentMessage()


def test_a_persian_window_s_progress_reads_in_latin_digits(qapp) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QProgressBar

    from crm_desktop.ui.workers import _dialog

    before = QLocale()
    QLocale.setDefault(QLocale("fa"))
    try:
        dialog = _dialog(None, "Import", "", cancellable=True)
        dialog.setRange(0, 100)
        dialog.setValue(42)
        assert dialog.findChild(QProgressBar).text() == "42%"  # was ۴۲٪
        dialog.deleteLater()
    finally:
        QLocale.setDefault(before)


def test_garbage_is_collected_in_the_gui_thread_only(qtbot, db) -> None:
    """A collection in a worker thread can free Qt objects there, off the GUI thread (a
    crash, seen in the tests): while any worker runs, collection waits; it comes back from
    the event loop once the last one has ended, and never turns on under the start-up
    pause."""
    import gc

    from crm_desktop import gc_pause

    assert gc.isenabled()
    seen = []
    background = Background(lambda progress: seen.append(("background", gc.isenabled()))
                            or time.sleep(0.2))
    background.start()
    assert not gc.isenabled()
    run_with_progress(None, "Counting", lambda progress: seen.append(("job", gc.isenabled())))
    qtbot.wait(20)
    assert not gc.isenabled()  # the background job runs on
    with qtbot.waitSignal(background.ended, timeout=5000):
        pass
    assert not gc.isenabled()  # (not inside the slot that learnt it ended)
    qtbot.waitUntil(gc.isenabled)
    assert sorted(seen) == [("background", False), ("job", False)]

    def failing(progress):
        raise ValueError("boom")

    with pytest.raises(ValueError):
        run_with_progress(None, "Failing", failing)
    # (and one more before the event loop has turned collection back on)
    run_with_progress(None, "Counting", lambda progress: None)
    qtbot.waitUntil(gc.isenabled)  # a failed job too, and back-to-back ones
    gc_pause.pause()  # as at start-up: a job before the first paint leaves it paused
    try:
        run_with_progress(None, "Counting", lambda progress: None)
        qtbot.wait(20)
        assert not gc.isenabled()
    finally:
        gc_pause.resume()
        gc.unfreeze()
    assert gc.isenabled()
