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
from crm_desktop.ui.workers import run_with_progress


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
