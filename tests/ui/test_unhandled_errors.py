"""Errors no slot caught are told to the owner in a message box, not only printed."""

from __future__ import annotations

import sqlite3
import sys
from pathlib import Path

import pytest
from PySide6.QtWidgets import QMessageBox

from crm_desktop.errors import StorageError
from crm_desktop.services import contacts
from crm_desktop.ui import unhandled_errors


@pytest.fixture
def shown(qtbot, monkeypatch: pytest.MonkeyPatch) -> list[QMessageBox]:
    """The message boxes the hook opens (recorded instead of waiting for a click); the
    hook in place for the test only."""
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(QMessageBox, "exec", lambda box: boxes.append(box) or 0)
    return boxes


def _raised(error: BaseException) -> BaseException:
    try:
        raise error
    except BaseException as exc:  # with its traceback, as the hook receives it
        return exc


def test_a_write_refused_by_a_busy_database_says_so(
        shown: list[QMessageBox], db, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from crm_desktop.db.models import database

    database.execute_sql("PRAGMA busy_timeout = 100")
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        with pytest.raises(StorageError) as caught:
            contacts.create_contact({"name": "Ann Lee"})
    finally:
        other.execute("ROLLBACK")
        other.close()
    printed: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: printed.append(exc))
    unhandled_errors.install()
    sys.excepthook(StorageError, caught.value, caught.value.__traceback__)
    assert len(shown) == 1 and "database is busy" in shown[0].text()
    assert shown[0].icon() == QMessageBox.Icon.Warning
    assert printed == []  # what the owner can act on is no traceback
    contacts.create_contact({"name": "Ann Lee"})  # nothing was left half-written


def test_a_fault_is_told_with_its_details_and_still_printed(
        shown: list[QMessageBox], monkeypatch: pytest.MonkeyPatch) -> None:
    printed: list[BaseException] = []
    monkeypatch.setattr(sys, "excepthook", lambda kind, exc, tb: printed.append(exc))
    previous = unhandled_errors.install()
    fault = _raised(KeyError("stage"))
    sys.excepthook(KeyError, fault, fault.__traceback__)
    assert printed == [fault] and previous is not sys.excepthook
    box = shown[0]
    assert box.icon() == QMessageBox.Icon.Critical
    assert "may not have been saved" in box.text()
    assert "KeyError" in box.informativeText() and "_raised" in box.detailedText()


def test_an_error_while_the_box_is_up_is_printed_only(
        shown: list[QMessageBox], monkeypatch: pytest.MonkeyPatch) -> None:
    """(A fault in a repaint would otherwise open a box for every frame.)"""
    monkeypatch.setattr(sys, "excepthook", lambda *a: None)
    unhandled_errors.install()
    again = _raised(ValueError("in a repaint"))

    def exec_and_fail_again(box: QMessageBox) -> int:
        shown.append(box)
        sys.excepthook(ValueError, again, again.__traceback__)
        return 0

    monkeypatch.setattr(QMessageBox, "exec", exec_and_fail_again)
    first = _raised(ValueError("first"))
    sys.excepthook(ValueError, first, first.__traceback__)
    assert len(shown) == 1
