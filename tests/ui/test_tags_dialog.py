"""Edit > Tags driven as the owner would: a tag renamed in its cell, merged, deleted, its
contacts shown; each an Undo step, the tag filter following a rename."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMessageBox

from crm_desktop.db.models import Contact
from crm_desktop.services import contacts
from crm_desktop.ui.dialogs.tags_dialog import TagsDialog
from crm_desktop.ui.main_window import MainWindow
from tests.fixed_time import NOW
from tests.ui.message_boxes import answering


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path) -> MainWindow:
    for name, tagged in (("Oliver Wright", ["hot", "export"]), ("Ольга Смирнова", ["export"]),
                         ("مریم رضایی", ["صادرات"]), ("Nobody", [])):
        contacts.save_contact(None, {"name": name}, tags=tagged)
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _dialog(w: MainWindow, qtbot) -> TagsDialog:
    dialog = TagsDialog(w.contacts.rename_tag, w.contacts.delete_tag, w.contacts.show_tag, w)
    qtbot.addWidget(dialog)
    return dialog


def _listed(dialog: TagsDialog) -> list[tuple[str, str]]:
    t = dialog.table
    return [(t.item(r, 0).text(), t.item(r, 1).text()) for r in range(t.rowCount())]


def _row(dialog: TagsDialog, name: str) -> int:
    return [n for n, _ in _listed(dialog)].index(name)


def _shown(w: MainWindow) -> list[str]:
    model = w.contacts.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def _carrying(name: str) -> list[str]:
    return sorted(c.name for c in Contact.select() if name in contacts.tags_of(c.id))


def test_a_tag_renamed_in_its_cell_is_renamed_everywhere_and_the_filter_follows(
        window: MainWindow, qtbot) -> None:
    window.contacts.show_tag("export")
    assert _shown(window) == ["Oliver Wright", "Ольга Смирнова"]
    dialog = _dialog(window, qtbot)
    assert _listed(dialog) == [("export", "2"), ("hot", "1"), ("صادرات", "1")]
    dialog.table.item(_row(dialog, "export"), 0).setText("Export 2026")
    qtbot.waitUntil(lambda: dialog.current_name() == "Export 2026")
    assert _listed(dialog) == [("Export 2026", "2"), ("hot", "1"), ("صادرات", "1")]
    assert _carrying("Export 2026") == ["Oliver Wright", "Ольга Смирнова"]
    assert window.contacts.filters.boxes["tag"].currentData() == "Export 2026"
    assert _shown(window) == ["Oliver Wright", "Ольга Смирнова"]
    window.undo_stack.undo()
    assert _carrying("export") == ["Oliver Wright", "Ольга Смирнова"]
    assert window.contacts.filters.boxes["tag"].currentData() == "export"
    assert _shown(window) == ["Oliver Wright", "Ольга Смирнова"]


def test_a_rename_onto_another_tag_asks_then_merges_and_undo_parts_them(
        window: MainWindow, qtbot, monkeypatch) -> None:
    dialog = _dialog(window, qtbot)
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    dialog.rename("hot", "export")
    assert asked == ["“export” is a tag already (2 contacts). Make “hot” part of it?"]
    assert _listed(dialog) == [("export", "2"), ("hot", "1"), ("صادرات", "1")]
    answering(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.rename("hot", "export")
    assert _listed(dialog) == [("export", "2"), ("صادرات", "1")]
    assert contacts.tags_of(Contact.get(Contact.name == "Oliver Wright").id) == ["export"]
    window.undo_stack.undo()
    assert _carrying("hot") == ["Oliver Wright"]
    assert _carrying("export") == ["Oliver Wright", "Ольга Смирнова"]


def test_an_empty_name_is_refused_and_the_old_one_stays(window: MainWindow, qtbot,
                                                         monkeypatch) -> None:
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: warned.append(text))
    dialog = _dialog(window, qtbot)
    dialog.table.item(_row(dialog, "hot"), 0).setText("   ")
    qtbot.waitUntil(lambda: bool(warned))
    assert "a tag needs a name" in warned[0]
    assert ("hot", "1") in _listed(dialog) and _carrying("hot") == ["Oliver Wright"]
    assert not window.undo_stack.canUndo()


def test_a_tag_deleted_after_asking_leaves_every_contact_and_undo_puts_it_back(
        window: MainWindow, qtbot, monkeypatch) -> None:
    dialog = _dialog(window, qtbot)
    dialog.select_row(_row(dialog, "export"))
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    dialog.delete_button.click()
    assert asked == ["Take “export” off 2 contacts and delete it? Undo puts it back."]
    assert _listed(dialog) == [("hot", "1"), ("صادرات", "1")]
    assert _carrying("export") == []
    window.undo_stack.undo()
    assert _carrying("export") == ["Oliver Wright", "Ольга Смирнова"]


def test_show_its_contacts_filters_the_table_to_them_alone(window: MainWindow,
                                                            qtbot) -> None:
    window.contacts.search_box.setText("Nobody")
    dialog = _dialog(window, qtbot)
    dialog.select_row(_row(dialog, "صادرات"))
    dialog.show_button.click()
    assert dialog.result() == TagsDialog.DialogCode.Accepted
    assert window.contacts.search_box.text() == ""
    assert _shown(window) == ["مریم رضایی"]


def test_without_tags_the_dialog_says_how_to_make_one(qtbot, db, db_path: Path,
                                                      tmp_path: Path) -> None:
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    dialog = _dialog(w, qtbot)
    dialog.show()
    assert dialog.empty.isVisible() and not dialog.table.isVisible()
    assert not dialog.delete_button.isEnabled()


def test_a_tag_s_colour_is_chosen_in_the_dialog_shown_in_the_record_and_undone(
        window: MainWindow, qtbot) -> None:
    from crm_desktop.ui.tones import tag_tone_name

    dialog = TagsDialog(window.contacts.rename_tag, window.contacts.delete_tag,
                        window.contacts.show_tag, window, colour=window.contacts.set_tag_colour)
    qtbot.addWidget(dialog)
    dialog.select_row(_row(dialog, "hot"))
    blue = next(a for a in dialog.colour_button.menu().actions() if a.text() == "Blue")
    blue.trigger()
    row = _row(dialog, "hot")
    assert dialog.table.item(row, 0).foreground().color().name() == tag_tone_name("blue")
    oliver = Contact.get(Contact.name == "Oliver Wright").id
    window.contacts.select_contact(oliver)
    summary = window.contacts.detail.summary.text()
    assert f"<span style='color:{tag_tone_name('blue')}'>hot</span>" in summary
    assert "export" in summary and "color:" not in summary.split("hot</span>")[1][:40]
    window.undo_stack.undo()
    assert "<span style='color:" not in window.contacts.detail.summary.text().split("Tags")[1]


def _reddish_pixels(w: MainWindow, qtbot, name: str) -> int:
    """Pixels of the contact's Tags cell that are clearly red (its words in the red tone)."""
    from crm_desktop.ui.models.contact_table import COLUMNS

    table, model = w.contacts.table, w.contacts.model
    column = [key for key, _ in COLUMNS].index("tags")
    qtbot.waitUntil(lambda: table.itemDelegateForColumn(column) is not None)  # first frame
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == name)
    index = model.index(row, column)
    table.scrollTo(index)
    image = table.viewport().grab(table.visualRect(index)).toImage()
    red = 0
    for x in range(image.width()):
        for y in range(image.height()):
            c = image.pixelColor(x, y)
            red += c.red() - max(c.green(), c.blue()) > 80
    return red


def test_a_tag_s_colour_is_how_the_table_and_the_tag_filter_write_it(
        window: MainWindow, qtbot) -> None:
    from PySide6.QtCore import Qt

    from crm_desktop.ui.tones import tag_tone_name

    assert _reddish_pixels(window, qtbot, "Oliver Wright") == 0
    window.contacts.set_tag_colour("hot", "red")
    assert _reddish_pixels(window, qtbot, "Oliver Wright") > 10
    assert _reddish_pixels(window, qtbot, "Ольга Смирнова") == 0  # export only: no colour
    window.contacts.filters_button.setChecked(True)
    box = window.contacts.filters.boxes["tag"]
    box.refresh()
    colours = {box.itemText(i): box.itemData(i, Qt.ItemDataRole.ForegroundRole)
               for i in range(1, box.count())}
    assert colours["hot"].name() == tag_tone_name("red") and colours["export"] is None
    window.undo_stack.undo()
    assert _reddish_pixels(window, qtbot, "Oliver Wright") == 0
