"""The record's Documents tab driven as the owner would: files dropped from the desktop,
opened, removed with Delete, each step undone and redone; a file too big is named."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.services import contact_files, contacts
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.widgets.contact_documents import ContactDocuments
from tests.fixed_time import NOW


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path) -> MainWindow:
    contacts.save_contact(None, {"name": "Oliver Wright"})
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    w.contacts.select_contact(w.contacts.model.contact_id(0))
    return w


def _tab(w: MainWindow) -> ContactDocuments:
    detail = w.contacts.detail
    detail.tabs.setCurrentWidget(detail.documents)
    return detail.documents


def _listed(tab: ContactDocuments) -> list[str]:
    return [tab.list.topLevelItem(i).text(0) for i in range(tab.list.topLevelItemCount())]


def _drop(widget, paths: list[Path]) -> bool:
    """Files dragged from the desktop and dropped on the widget; whether it took them."""
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    point = QPointF(widget.rect().center())
    enter = QDragEnterEvent(point.toPoint(), Qt.DropAction.CopyAction, mime,
                            Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    if not enter.isAccepted():
        return False
    drop = QDropEvent(point, Qt.DropAction.CopyAction, mime, Qt.MouseButton.LeftButton,
                      Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, drop)
    return drop.isAccepted()


def test_files_dropped_are_kept_opened_removed_and_each_step_undone(
        window: MainWindow, qtbot, tmp_path: Path, monkeypatch) -> None:
    from crm_desktop.ui import workers

    titles: list[str] = []
    real = workers.run_with_progress
    monkeypatch.setattr(workers, "run_with_progress", lambda parent, title, job, **kw: (
        titles.append(title), real(parent, title, job, **kw))[1])
    tab = _tab(window)
    contract = tmp_path / "Договор поставки.pdf"
    contract.write_bytes(b"%PDF-1.7 contract")
    card = tmp_path / "card.jpg"
    card.write_bytes(b"\xff\xd8 card")
    assert _drop(tab, [contract, card])
    assert sorted(_listed(tab)) == ["card.jpg", "Договор поставки.pdf"]
    assert tab.list.isColumnHidden(3)  # no document about a deal: no Deal column
    detail = window.contacts.detail
    assert detail.tabs.tabText(detail.tabs.indexOf(tab)) == "Documents (2)"
    assert titles == ["Add documents"]  # read in a worker: 25 MB scans take a while
    window.undo_stack.undo()
    assert _listed(tab) == [] and detail.tabs.tabText(detail.tabs.indexOf(tab)) == "Documents"
    contract.unlink()  # moved away since: the redo does not need it
    window.undo_stack.redo()
    assert sorted(_listed(tab)) == ["card.jpg", "Договор поставки.pdf"]

    opened: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl",
                        lambda url: opened.append(url.toLocalFile()) or True)
    row = _listed(tab).index("Договор поставки.pdf")
    tab.list.setCurrentItem(tab.list.topLevelItem(row))
    tab.open_button.click()
    assert Path(opened[0]).read_bytes() == b"%PDF-1.7 contract"
    assert Path(opened[0]).name == "Договор поставки.pdf"

    tab.list.setFocus()
    qtbot.keyClick(tab.list, Qt.Key.Key_Delete)
    assert _listed(tab) == ["card.jpg"]
    history = [(h.action, h.field) for h in contacts.change_history(tab.contact_id)]
    assert ("remove", "file") in history
    window.undo_stack.undo()
    assert sorted(_listed(tab)) == ["card.jpg", "Договор поставки.pdf"]
    assert contact_files.content_of(tab.list.topLevelItem(
        _listed(tab).index("Договор поставки.pdf")).data(0, Qt.ItemDataRole.UserRole)
    )[1] == b"%PDF-1.7 contract"


def test_a_file_too_big_is_named_and_nothing_is_kept(window: MainWindow, tmp_path: Path,
                                                     monkeypatch) -> None:
    tab = _tab(window)
    small = tmp_path / "note.txt"
    small.write_text("ok")
    big = tmp_path / "scan of everything.tiff"
    with open(big, "wb") as fh:
        fh.truncate(contact_files.MAX_BYTES + 1)
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: told.append(text))
    steps = window.undo_stack.count()
    assert _drop(tab, [small, big])
    assert _listed(tab) == [] and window.undo_stack.count() == steps
    assert "scan of everything.tiff" in told[0] and "25" in told[0]


def test_nothing_but_files_is_kept_and_without_a_contact_the_window_takes_the_drop(
        window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    tab = _tab(window)
    imported: list[object] = []
    monkeypatch.setattr(window, "import_file", lambda path=None: imported.append(path))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda parent, title, text: told.append(text))
    steps = window.undo_stack.count()
    assert _drop(tab, [tmp_path])  # a folder: told, not imported
    assert window.undo_stack.count() == steps and _listed(tab) == [] and imported == []
    assert tmp_path.name in told[0] and "folder" in told[0]
    window.contacts.detail.show_contact(None)
    sheet = tmp_path / "contacts.csv"
    sheet.write_text("Name\nAnn\n")
    assert _drop(tab, [sheet])  # no record open: the window's import has it
    assert window.undo_stack.count() == steps and [str(p) for p in imported] == [str(sheet)]


def test_a_deal_s_contract_is_kept_in_its_details_and_named_in_the_record(
        window: MainWindow, qtbot, tmp_path: Path) -> None:
    from crm_desktop.services.funnel import create_deal
    from crm_desktop.ui.dialogs.deal_details import DealDetails, DocumentKeeping

    contact = window.contacts.model.contact_id(0)
    supply = create_deal(contact, "Annual supply")
    other = create_deal(contact, "Spring order")
    keeping = DocumentKeeping(window.contacts.add_documents, window.contacts.remove_documents)
    details = DealDetails(supply, lambda _: None, window, documents=keeping)
    qtbot.addWidget(details)
    contract = tmp_path / "signed contract.pdf"
    contract.write_bytes(b"%PDF signed")
    assert _drop(details.documents, [contract])
    assert _listed(details.documents) == ["signed contract.pdf"]
    assert details.history_added  # the record reads its documents again
    spring = DealDetails(other, lambda _: None, window, documents=keeping)
    qtbot.addWidget(spring)
    assert _listed(spring.documents) == []  # another deal's: not this one's

    tab = _tab(window)
    window.contacts.detail.show_contact(contact)
    row = tab.list.topLevelItem(0)
    assert (row.text(0), row.text(3)) == ("signed contract.pdf", "Annual supply")
    assert not tab.list.isColumnHidden(3) and details.documents.list.isColumnHidden(3)
    window.undo_stack.undo()
    assert _listed(tab) == []
