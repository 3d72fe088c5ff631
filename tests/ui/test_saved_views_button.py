"""The Views button driven as the owner would: the search and filters on screen saved under a
name, opened again from the menu, replaced, deleted."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from crm_desktop.services import contacts, saved_views, tags
from crm_desktop.services.saved_views import SavedView
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.models.contact_table import COLUMNS
from tests.fixed_time import NOW
from tests.ui.message_boxes import answering


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path) -> MainWindow:
    for name, values, tagged in (
            ("Oliver Wright", {"segment": "SMB", "city": "Leeds", "is_vip": True}, ["hot"]),
            ("Olga Smirnova", {"segment": "SMB", "city": "Kazan"}, []),
            ("Acme Ltd", {"kind": "company", "segment": "SMB", "city": "Leeds"}, ["hot"]),
            ("Maryam Rezaei", {"segment": "Retail", "city": "Leeds"}, [])):
        contacts.save_contact(None, {"name": name, **values}, tags=tagged)
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _shown(w: MainWindow) -> list[str]:
    model = w.contacts.model
    return sorted(model.index(r, 0).data() for r in range(model.rowCount()))


def _menu(w: MainWindow) -> dict[str, object]:
    """The Views menu as it opens: each entry's text -> its action (a submenu's: by
    'submenu/entry')."""
    menu = w.contacts.views_button.menu()
    menu.aboutToShow.emit()
    found = {}
    for action in menu.actions():
        if action.menu() is not None:
            for sub in action.menu().actions():
                found[f"{action.text()}/{sub.text()}"] = sub
        elif action.text():
            found[action.text()] = action
    return found


def _column(key: str) -> int:
    return [k for k, _ in COLUMNS].index(key)


def _name_it(monkeypatch, name: str) -> None:
    monkeypatch.setattr(QInputDialog, "getText", lambda *args, **kw: (name, True))


def test_the_view_on_screen_is_saved_and_opened_again_from_the_menu(
        window: MainWindow, monkeypatch) -> None:
    view = window.contacts
    view.view_box.setCurrentIndex(1)  # people
    view.filters_button.setChecked(True)
    view.filters.set_choice("city", "Leeds")
    view.filters.set_choice("segment", "SMB")
    view.filters.silent_days.setValue(30)
    assert _shown(window) == ["Oliver Wright"]
    # shown as the owner laid it out: by city, Z to A, the status column before the e-mail
    view.show_columns(["name", "status", "email", "city"])
    view.table.sortByColumn(_column("city"), Qt.SortOrder.DescendingOrder)
    _name_it(monkeypatch, "  Leeds SMB people ")
    _menu(window)["Save this view…"].trigger()
    assert saved_views.saved_views() == [SavedView(
        "Leeds SMB people", kind="person", city="Leeds", segment="SMB", silent_days=30,
        sort="city", descending=True, columns=("name", "status", "email", "city"))]

    view.show_all()
    view.filters_button.setChecked(False)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
    view.show_columns(["name", "company", "email", "phone", "city"])
    assert len(_shown(window)) == 4
    assert not _menu(window)["Leeds SMB people"].isChecked()
    _menu(window)["Leeds SMB people"].trigger()
    assert _shown(window) == ["Oliver Wright"]
    assert view.visible_columns() == ["name", "status", "email", "city"]
    assert view.model.sort_key == ("city", True)
    header = view.table.horizontalHeader()
    assert (header.sortIndicatorSection(), header.sortIndicatorOrder()) == (
        _column("city"), Qt.SortOrder.DescendingOrder)
    assert _menu(window)["Leeds SMB people"].isChecked()  # (the view on screen)
    view.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)  # re-sorted: the same view
    assert _menu(window)["Leeds SMB people"].isChecked()
    assert view.filters.isVisible() and view.filters.silent_days.value() == 30
    assert view.filters.boxes["city"].currentData() == "Leeds"
    assert view.view_box.currentIndex() == 1


def test_a_search_alone_is_a_view_and_opening_one_clears_what_it_does_not_set(
        window: MainWindow, monkeypatch) -> None:
    view = window.contacts
    view.search_box.setText("ol")
    view.apply_filter()
    _name_it(monkeypatch, "Ol…")
    _menu(window)["Save this view…"].trigger()
    view.filters_button.setChecked(True)
    view.filters.set_choice("segment", "Retail")
    assert _shown(window) == []
    _menu(window)["Ol…"].trigger()
    assert view.filters.boxes["segment"].currentData() is None
    assert _shown(window) == ["Olga Smirnova", "Oliver Wright"]


def test_a_name_taken_asks_before_replacing(window: MainWindow, monkeypatch) -> None:
    saved_views.save_view(SavedView("Mine", vip=True))
    window.contacts.filters.set_choice("segment", "Retail")
    _name_it(monkeypatch, "Mine")
    asked = answering(monkeypatch, QMessageBox.StandardButton.No)
    _menu(window)["Save this view…"].trigger()
    assert asked == ["Replace the view “Mine”?"]
    assert saved_views.view_named("Mine") == SavedView("Mine", vip=True)
    answering(monkeypatch, QMessageBox.StandardButton.Yes)
    _menu(window)["Save this view…"].trigger()
    assert saved_views.view_named("Mine") == SavedView("Mine", segment="Retail", columns=(
        "name", "company", "email", "phone", "city", "tags", "last_contact"))


def test_a_view_is_deleted_after_asking_and_the_trash_is_no_view(window: MainWindow,
                                                                  monkeypatch) -> None:
    saved_views.save_view(SavedView("Mine & yours", vip=True))
    asked = answering(monkeypatch, QMessageBox.StandardButton.Yes)
    menu = _menu(window)
    assert "Mine && yours" in menu  # (shown as "Mine & yours", not "Mine _yours")
    menu["Delete a view/Mine && yours"].trigger()
    assert asked == ["Delete the view “Mine & yours”? The contacts it shows stay as they are."]
    assert saved_views.saved_views() == []
    window.contacts.view_box.setCurrentIndex(3)  # the Trash
    assert not _menu(window)["Save this view…"].isEnabled()


def test_a_view_of_a_tag_deleted_since_shows_nobody_not_everybody(window: MainWindow) -> None:
    saved_views.save_view(SavedView("Hot", tag="hot"))
    tags.delete_tag("hot")
    _menu(window)["Hot"].trigger()
    assert window.contacts.filters.boxes["tag"].currentData() == "hot"
    assert _shown(window) == []


def test_reports_contact_list_lists_the_view_on_screen_in_its_order_under_its_name(
        window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from pypdf import PdfReader
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QFileDialog

    target = tmp_path / "list.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "PDF (*.pdf)")))
    answering(monkeypatch, QMessageBox.StandardButton.No)  # (not opened afterwards)
    saved_views.save_view(SavedView("Leeds", city="Leeds"))
    _menu(window)["Leeds"].trigger()
    window.contacts.table.sortByColumn(0, Qt.SortOrder.DescendingOrder)
    window.contact_list_report()
    text = PdfReader(target).pages[0].extract_text()
    assert "Contact list: Leeds" in text and "City or region: Leeds" in text
    names = [n for n in ("Oliver Wright", "Maryam Rezaei", "Acme Ltd") if n in text]
    assert sorted(names, key=text.index) == ["Oliver Wright", "Maryam Rezaei", "Acme Ltd"]
    window.contacts.filters.set_choice("segment", "SMB")  # (no longer the saved view)
    window.contact_list_report()
    text = PdfReader(target).pages[0].extract_text()
    assert "Contact list\n" in text and "Maryam Rezaei" not in text


def test_a_view_too_long_to_print_is_told_before_asking_where_to_save(
        window: MainWindow, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.reports import contact_list_report

    monkeypatch.setattr(contact_list_report, "MOST_CONTACTS", 3)
    asked: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: asked.append("where") or ("", "")))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda _p, _t, text: told.append(text)))
    window.contact_list_report()
    plain = told[0].replace("\u2068", "").replace("\u2069", "")  # (its figures isolated)
    assert asked == [] and plain.startswith("4 contacts are too many for a printed list")


def test_the_button_s_arrow_has_room_beside_its_word(window: MainWindow) -> None:
    """Qt leaves an instant popup's arrow no room: it sat on the last letter of "Views"
    (and of "Представления")."""
    from PySide6.QtWidgets import QStyle

    button = window.contacts.views_button
    for word in ("Views", "Представления", "نماها"):
        button.setText(word)
        spare = button.sizeHint().width() - button.fontMetrics().horizontalAdvance(word)
        arrow = button.style().pixelMetric(QStyle.PixelMetric.PM_MenuButtonIndicator, None,
                                           button)
        assert spare / 2 >= arrow  # (the word is centred: half the room is on its right)
