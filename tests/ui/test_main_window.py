"""The main window on a real demo database, driven with pytest-qt (offscreen)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QModelIndex, QSettings, Qt, QTimer
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import QApplication, QLabel

from crm_desktop.db.models import Deal, Reminder, Stage
from crm_desktop.errors import StorageError
from crm_desktop.services import contacts
from crm_desktop.services.reminders import Bucket
from crm_desktop.services.settings import get_setting
from crm_desktop.ui.instance_lock import acquire_instance_lock
from crm_desktop.ui.main_window import GEOMETRY_KEY, STATE_KEY, MainWindow
from crm_desktop.ui.models.contact_table import COLUMNS, OPTIONAL_COLUMNS, ContactTableModel
from crm_desktop.ui.models.deal_list import DealListModel
from tests.fixed_time import NOW


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


@pytest.fixture
def settings(tmp_path: Path) -> QSettings:
    return QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)


@pytest.fixture
def window(qtbot, demo_db, db_path: Path, settings: QSettings) -> MainWindow:
    w = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    return w


def _on_board() -> int:
    """The deals the board shows: all but those archived (the demo archives some)."""
    return Deal.select().where(Deal.archived == False).count()  # noqa: E712


def _column(name: str) -> int:
    return [key for key, _ in COLUMNS].index(name)


def test_window_shows_contacts_deals_and_reminders(window: MainWindow) -> None:
    model = window.contacts.model
    assert model.rowCount() == 300
    assert model.index(0, 0).data()  # a name is shown
    window.tabs.setCurrentWidget(window.funnel)
    shown = sum(c.model.total() for c in window.funnel.columns)
    assert shown == _on_board() > 0
    assert [c.stage.key for c in window.funnel.columns] == [
        "awareness", "interest", "decision", "action", "won", "lost"]
    assert any(t.startswith("Overdue (") for t in window.reminders.group_titles())
    assert window._contacts_status.text() == "Contacts: 300"


def test_contacts_table_is_sorted_by_sqlite_on_header_click(window: MainWindow, qtbot) -> None:
    table = window.contacts.table
    city = _column("city")
    table.sortByColumn(city, Qt.SortOrder.DescendingOrder)
    values = [table.model().index(r, city).data() or "" for r in range(300)]
    assert values == sorted(values, reverse=True)
    assert values[0] != values[-1]
    name = _column("name")
    table.sortByColumn(name, Qt.SortOrder.AscendingOrder)
    names = [table.model().index(r, name).data() for r in range(300)]
    assert names == sorted(names, key=contacts.sort_key)


def test_typing_in_the_search_box_filters_rows(window: MainWindow, qtbot) -> None:
    cid = contacts.create_contact({"name": "Zebulon Quartermain"}).id
    window.contacts.model.reload()
    qtbot.keyClicks(window.contacts.search_box, "zebul")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=2000)
    assert window.contacts.model.contact_id(0) == cid
    assert window._contacts_status.text() == "Contacts: 1 of 301"
    window.contacts.search_box.clear()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 301, timeout=2000)


def test_people_and_companies_can_be_listed_separately(window: MainWindow) -> None:
    window.contacts.view_box.setCurrentIndex(2)  # companies
    assert window.contacts.model.rowCount() == 30
    window.contacts.view_box.setCurrentIndex(1)  # people
    assert window.contacts.model.rowCount() == 270


def test_ctrl_f_focuses_the_search_box(window: MainWindow, qtbot) -> None:
    window.tabs.setCurrentIndex(1)
    window.activateWindow()
    qtbot.keyClick(window, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.tabs.currentWidget() is window.contacts
    qtbot.waitUntil(window.contacts.search_box.hasFocus, timeout=1000)


def test_help_lists_every_menu_key(window: MainWindow, qtbot) -> None:
    """Help > Keyboard shortcuts reads the menus: a key given to a command shows there."""
    from PySide6.QtGui import QKeySequence

    from crm_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog, menu_shortcuts
    from tests.ui.menu_actions import leaf_actions

    listed = dict(menu_shortcuts(window.menuBar()))
    assert listed["Edit › Undo"] == "Ctrl+Z"
    assert listed["Help › Keyboard shortcuts"] == "F1"
    with_keys = [a for a in leaf_actions(*(m.menu() for m in window.menuBar().actions()))
                 if a.shortcuts()]
    assert len(listed) == len(with_keys) >= 8
    assert "Ctrl+I" in listed.values() and "Ctrl+F" in {
        k for v in listed.values() for k in v.split(", ")}
    dialog = ShortcutsDialog(window.menuBar(), window)
    qtbot.addWidget(dialog)
    commands = [dialog.table.item(r, 0).text() for r in range(dialog.table.rowCount())]
    assert "Funnel › move the selected deal to the next or previous stage" in commands
    assert len(commands) == len(listed) + 6
    assert QKeySequence("Ctrl+Z").toString() in dialog.table.item(
        commands.index("Edit › Undo"), 1).text()


def test_models_pass_the_qt_model_tester(qtmodeltester, demo_db) -> None:
    model = ContactTableModel()
    model.reload()
    qtmodeltester.check(model)
    deals = DealListModel(1)
    deals.reload()
    qtmodeltester.check(deals)


def test_deal_columns_fetch_more_as_they_scroll(db) -> None:
    cid = contacts.create_contact({"name": "Many deals"}).id
    Deal.insert_many([{"title": f"D{i}", "contact": cid, "stage": 2, "position": i}
                      for i in range(250)]).execute()
    model = DealListModel(2)
    model.reload()
    from PySide6.QtCore import QModelIndex
    assert (model.total(), model.rowCount()) == (250, 100)
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == 250
    assert model.index(249).data().startswith("D249\nMany deals")


def test_reminder_moves_to_overdue_as_the_clock_passes(qtbot, db, db_path, settings) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    Reminder.create(title="Call back", contact=cid, due_at=NOW + timedelta(minutes=30))
    clock = Clock()
    w = MainWindow(db_path, settings, clock)
    qtbot.addWidget(w)
    pane = w.reminders
    assert pane.titles_in(Bucket.TODAY) == ["Call back"]
    assert pane.titles_in(Bucket.OVERDUE) == []
    clock.now = NOW + timedelta(minutes=31)
    pane.timer.timeout.emit()  # what the periodic timer does
    assert pane.titles_in(Bucket.OVERDUE) == ["Call back"]
    assert pane.titles_in(Bucket.TODAY) == []
    assert w.reminders_dock.windowTitle() == "Reminders (1)"


def test_window_geometry_and_dock_state_are_restored(qtbot, demo_db, db_path, settings) -> None:
    first = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(first)
    first.show()
    first.resize(760, 560)  # the offscreen screen is 800x600
    first.reminders_dock.hide()
    first.tabs.setCurrentIndex(1)
    first.close()
    second = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(second)
    second.show()
    assert (second.width(), second.height()) == (760, 560)
    assert second.reminders_dock.isHidden()
    assert second.tabs.currentIndex() == 1


def test_the_first_window_fits_a_small_screen_and_puts_contacts_first(
        qtbot, db, db_path, settings) -> None:
    w = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(w)
    w.show()
    qtbot.waitExposed(w)
    screen = w.screen().availableGeometry()
    assert screen.width() < 1280  # the offscreen screen: smaller than the first-start size
    assert w.width() <= screen.width() and w.height() <= screen.height()
    # the dock takes at most a third: the contacts table keeps the larger share
    assert w.reminders_dock.width() <= w.width() // 3 + 1
    assert w.contacts.table.width() > w.reminders_dock.width()


def test_corrupt_window_state_is_ignored(qtbot, db, db_path, settings) -> None:
    settings.setValue(GEOMETRY_KEY, "not bytes at all")
    settings.setValue(STATE_KEY, b"\x00\x01garbage")
    settings.setValue("contacts/header", 42)
    settings.setValue("main_window/tab", "x")
    w = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.currentIndex() == 0
    assert w.reminders_dock.isVisible()
    header = w.contacts.table.horizontalHeader()
    assert [header.isSectionHidden(i) for i in range(len(COLUMNS))] == [
        key in OPTIONAL_COLUMNS for key, _ in COLUMNS]


def test_a_second_instance_on_the_same_database_is_refused(db_path: Path) -> None:
    lock = acquire_instance_lock(db_path)
    try:
        with pytest.raises(StorageError, match="already open"):
            acquire_instance_lock(db_path)
    finally:
        lock.unlock()
    acquire_instance_lock(db_path).unlock()  # free again once the first one quits


def test_reminder_tree_model_passes_the_qt_model_tester(qtmodeltester, demo_db) -> None:
    from crm_desktop.ui.models.reminder_tree import BUCKET_ROLE, ReminderTreeModel

    model = ReminderTreeModel()
    model.refresh(NOW)
    assert model.rowCount() >= 2
    for row in range(model.rowCount()):
        group = model.index(row, 0)
        while model.canFetchMore(group):
            model.fetchMore(group)
        assert model.rowCount(group) == model.count(Bucket(group.data(BUCKET_ROLE)))
    qtmodeltester.check(model)


def test_funnel_board_reads_deals_only_when_first_shown(qtbot, demo_db, db_path,
                                                        settings) -> None:
    w = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(w)
    w.show()
    assert w.tabs.currentWidget() is w.contacts
    assert sum(c.model.total() for c in w.funnel.columns) == 0
    w.tabs.setCurrentWidget(w.funnel)
    assert sum(c.model.total() for c in w.funnel.columns) == _on_board()
    title = w.funnel.column_for("won").title.text()
    won = Deal.select().join_from(Deal, Stage).where(Stage.key == "won").count()
    assert title == f"<b>Won</b> · {won:,}"


def test_model_reads_only_the_rows_on_screen(qapp, db) -> None:
    """Not a benchmark: the lazy model never reads every row into memory."""
    from crm_desktop.db.models import Contact

    Contact.insert_many([{"kind": "person", "name": f"P{i:05d}", "sort_name": f"p{i:05d}"}
                         for i in range(5000)]).execute()
    model = ContactTableModel()
    model.reload()
    for row in range(40):
        model.index(row, 0).data()
    assert model.rowCount() == 5000
    assert len(model._window._pages) == 1
    assert not model.canFetchMore(QModelIndex())


def test_phones_show_formatted_and_left_to_right(qapp, db) -> None:
    contacts.create_contact({"name": "P"}, phones=["+447700900415"])
    model = ContactTableModel()
    model.reload()
    phone = [key for key, _ in COLUMNS].index("phone")
    # as stored until the formatter is loaded (after the first paint), then formatted;
    # an isolate keeps "+44 …" in order inside a right-to-left (Persian) layout
    assert model.index(0, phone).data() == "\u2066+447700900415\u2069"
    model.format_phones()
    assert model.index(0, phone).data() == "\u2066+44 7700 900415\u2069"


def test_the_window_formats_phones_once_it_has_painted(qtbot, db, db_path, tmp_path) -> None:
    contacts.create_contact({"name": "P"}, phones=["+447700900415"])
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    model = window.contacts.model
    phone = [key for key, _ in COLUMNS].index("phone")
    qtbot.waitUntil(lambda: model.index(0, phone).data() == "\u2066+44 7700 900415\u2069")


def test_restore_from_backup_shows_what_it_replaces_and_then_the_backups_data(
        window: MainWindow, db_path: Path, tmp_path: Path, monkeypatch, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.services.backup import backup_database

    copy = backup_database(db_path, tmp_path / "friday.sqlite3")
    added = contacts.save_contact(None, {"name": "Added After Friday"}).contact_id
    from crm_desktop.db.models import ContactFile

    ContactFile.create(contact=added, name="offer.pdf", size=3, content=b"PDF")
    window.contacts.model.reload()
    assert window.contacts.select_contact(added)  # its record open beside the table
    assert window.contacts.detail.contact_id == added
    window.undo_stack.push(QUndoCommand("an edit of the data to be replaced"))
    assert window.contacts.model.rowCount() == 301
    asked: list[str] = []

    def answer(reply):
        def ask(parent, title, text, *rest):
            asked.append(text)
            return reply
        return staticmethod(ask)

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.No))
    window.restore_from(copy)
    assert "300 contacts" in asked[0] and "301 contacts" in asked[0]
    assert "deals, 0 documents" in asked[0] and "deals, 1 documents" in asked[0]
    assert window.contacts.model.rowCount() == 301  # No: nothing changed
    assert list(db_path.parent.glob("crm.before-restore-*")) == []

    monkeypatch.setattr(QMessageBox, "question", answer(QMessageBox.StandardButton.Yes))
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        staticmethod(lambda parent, title, text, *rest: told.append(text)))
    window.restore_from(copy)
    assert window.contacts.model.rowCount() == 300
    assert window.contacts.detail.contact_id is None  # not a record that is gone
    assert window.undo_stack.count() == 0  # its commands were about the replaced data
    saved = list(db_path.parent.glob("crm.before-restore-*"))
    assert len(saved) == 1
    assert str(saved[0]) in told[0]  # the whole path: where to find the data replaced
    window.tabs.setCurrentWidget(window.funnel)
    assert sum(c.model.total() for c in window.funnel.columns) == _on_board()


def test_restore_refuses_a_file_that_is_not_a_backup(window: MainWindow, tmp_path: Path,
                                                     monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox

    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "critical",
                        staticmethod(lambda parent, title, text, *rest: shown.append(text)))
    path = tmp_path / "contacts.sqlite3"
    path.write_text("Name,Email\nAnn,ann@example.com\n")
    window.restore_from(path)
    assert "not a crm-desktop backup" in shown[0]
    assert window.contacts.model.rowCount() == 300


def test_empty_lists_say_why_and_what_to_do(qtbot, db, db_path, settings) -> None:
    w = MainWindow(db_path, settings, Clock())
    qtbot.addWidget(w)
    w.show()
    view, pane = w.contacts, w.reminders
    hint = view._empty
    assert hint is not None and hint.isVisible() and "No contacts yet" in hint.text.text()
    asked: list[bool] = []
    view.import_requested.disconnect()  # (the window's own slot opens the modal wizard)
    view.import_requested.connect(lambda: asked.append(True))
    hint.buttons[0].click()  # "Import a file…"
    assert asked == [True]
    from crm_desktop.ui.dialogs.business_dialog import BusinessDialog

    def name_the_business() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, BusinessDialog)
        dialog.name.setText("First Shop")
        dialog.save()

    QTimer.singleShot(0, name_the_business)
    hint.buttons[2].click()  # "Your business…": the name on the reports, set first
    assert get_setting("business_name") == "First Shop"
    assert pane._empty is not None and pane._empty.isVisible()
    assert "Nothing to follow up" in pane._empty.text.text()

    cid = contacts.create_contact({"name": "First Client"}).id
    Reminder.create(title="Call back", contact=cid, due_at=NOW + timedelta(hours=2))
    view.refresh()
    assert not hint.isVisible() and not pane._empty.isVisible()

    view.search_box.setText("nobody by this name")
    view.apply_filter()
    assert hint.isVisible() and "No contact matches" in hint.text.text()
    hint.buttons[0].click()  # "Show all contacts"
    assert view.search_box.text() == "" and not hint.isVisible()
    assert view.model.rowCount() == 1

    view.view_box.setCurrentIndex(3)  # the Trash
    assert hint.isVisible() and hint.text.text() == "The Trash is empty." and not hint.buttons


def test_about_says_where_the_automatic_backups_are(window: MainWindow, db_path: Path) -> None:
    from crm_desktop.services.auto_backup import backup_if_due, folder_for

    assert "Automatic backups" not in window.about_text()
    backup_if_due(db_path, NOW)
    text = window.about_text()
    assert "Automatic backups: 1 in" in text and str(folder_for(db_path)) in text


def test_a_folder_for_a_copy_of_each_daily_backup_is_chosen_and_given_up(
        window: MainWindow, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QDialog, QFileDialog

    from crm_desktop.services import auto_backup
    from crm_desktop.ui.dialogs.backup_copy_dialog import BackupCopyDialog

    auto_backup.backup_if_due(db_path, NOW)
    drive = tmp_path / "usb"
    drive.mkdir()
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        staticmethod(lambda *a, **k: str(drive)))
    dialog = BackupCopyDialog(db_path, window)
    assert "keeping the last 5" in dialog.findChildren(QLabel)[0].text()
    assert dialog.folder.text() == "" and not dialog.stop.isEnabled()
    dialog.choose()
    assert dialog.folder.text() == str(drive) and dialog.there.text() == "No copy is there yet."
    dialog.try_accept()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert auto_backup.copy_folder() == drive

    # from the File menu: the newest backup is copied at once, and the window says so
    def saved(self: BackupCopyDialog) -> int:
        self._show(drive)
        return 1

    monkeypatch.setattr(BackupCopyDialog, "exec", saved)
    window.automatic_backups_dialog()
    assert [p.name for p in drive.iterdir()] == [
        auto_backup.automatic_backups(db_path)[-1].name]
    assert window.statusBar().currentMessage().startswith("Each day's backup is copied to")
    assert "Copied each day to" in window.about_text()
    again = BackupCopyDialog(db_path, window)
    assert again.there.text().startswith("The newest copy there was made")
    again.stop.click()
    again.try_accept()
    assert auto_backup.copy_folder() is None


def test_file_export_interactions_writes_the_history(
        window: MainWindow, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.db.models import Interaction

    target = tmp_path / "history.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "CSV (*.csv)")))
    window.export_interactions()
    lines = target.read_text(encoding="utf-8").splitlines()
    assert lines[0].startswith("Contact,Contact kind,Contact e-mail,When,Kind")
    logged = Interaction.select().where(Interaction.deleted_at.is_null()).count()
    assert window.statusBar().currentMessage().startswith(f"{logged:,} interactions written")


def test_what_another_program_commits_is_shown_without_refresh(
        window: MainWindow, qtbot, db_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """A `crm-desktop import` in a terminal adds a contact: the open window lists it within
    the check's interval and says why the list changed; its own changes are not told so."""
    import sqlite3

    from crm_desktop.ui import main_window

    monkeypatch.setattr(main_window, "OTHER_WRITERS_MS", 50)
    window.follow_other_writers()
    window.contacts.table.selectRow(0)
    shown = window.contacts.model.rowCount() - 1
    # its own change, through a worker's connection, from the event loop as a key press
    # runs it (its progress dialog's loop nested in it: the check waits that out)
    QTimer.singleShot(0, window.contacts.delete_selected)
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == shown, timeout=3000)
    qtbot.wait(200)
    assert "outside this window" not in window.statusBar().currentMessage()
    other = sqlite3.connect(db_path)
    other.execute("INSERT INTO contact (kind, name, sort_name, is_vip, status, created_at, "
                  "updated_at) VALUES ('person', 'Zoë Outside', 'zoë outside', 0, 'lead', "
                  "'2026-01-01 00:00:00', '2026-01-01 00:00:00')")
    other.commit()
    other.close()
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == shown + 1, timeout=3000)
    assert "outside this window" in window.statusBar().currentMessage()
    window.contacts.search_box.setText("Zoë")
    qtbot.waitUntil(lambda: window.contacts.model.rowCount() == 1, timeout=3000)


def test_a_refresh_does_not_wait_on_another_programs_lock_to_rescore_deals(
        window: MainWindow, db_path: Path) -> None:
    """Deal scores follow contact changes; while another program holds the write lock,
    rescoring is put off instead of freezing the window, then ending in "busy"."""
    import sqlite3
    import time

    from crm_desktop.db.models import database

    open_scores = ("SELECT d.id, d.score FROM deal d JOIN stage s ON s.id = d.stage_id "
                   "WHERE s.kind = 'open' ORDER BY d.id")
    window.tabs.setCurrentIndex(1)  # the board is made, and rescored on changes
    window.contacts.refresh()
    scores = database.execute_sql(open_scores).fetchall()  # as the window's clock has them
    database.execute_sql("UPDATE deal SET score = score + 1")  # stale: a rescore must write
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        window.contacts.refresh()
        assert time.perf_counter() - started < 1.0
    finally:
        other.execute("ROLLBACK")
        other.close()
    assert database.execute_sql(open_scores).fetchall() != scores  # put off
    window.contacts.refresh()  # the lock gone: rescored at the next change
    assert database.execute_sql(open_scores).fetchall() == scores


def test_the_language_is_chosen_in_the_window_and_kept_for_the_next_start(
        window: MainWindow, settings: QSettings, monkeypatch) -> None:
    import sys

    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.application import stored_language
    from crm_desktop.ui.language_choice import restart_command

    menu = window._language_menu
    assert menu.actions() == []  # built at its first opening, not before the first paint
    menu.aboutToShow.emit()
    names = [a.text() for a in menu.actions()]
    assert names[1:] == ["English", "فارسی", "Русский"]
    assert menu.actions()[0].isChecked()  # the computer's language until one is chosen
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a: answers.pop(0)))
    menu.actions()[2].trigger()  # فارسی, not now
    assert stored_language(settings) == "fa" and not window.restart_requested
    assert window.isVisible()
    menu.actions()[1].trigger()  # English: spoken already, nothing asked
    assert stored_language(settings) == "en" and answers == [QMessageBox.StandardButton.Yes]
    menu.actions()[3].trigger()  # Русский, and start again now
    assert stored_language(settings) == "ru"
    assert window.restart_requested and not window.isVisible()
    # started again as before, less a --lang that would override the choice
    assert restart_command(["crm-desktop", "--lang", "en", "--db", "my.sqlite3",
                            "--lang=fa", "--demo"]) == [
        sys.executable, "-m", "crm_desktop", "--db", "my.sqlite3", "--demo"]
    settings.setValue("language", "xx")
    assert stored_language(settings) is None


def test_every_menu_action_runs_without_an_error(window: MainWindow, monkeypatch) -> None:
    """Each action of the menu bar, triggered as a click does, with every dialog it opens
    closed again and no file chosen: none raises (pytest-qt fails the test on an error in
    a slot), and no dialog opens on a message. Such a run found File > Import opening on
    a file named "False"."""
    from PySide6.QtWidgets import QFileDialog

    from tests.ui.menu_actions import ClosingDialogs, leaf_actions

    for name in ("getSaveFileName", "getOpenFileName"):
        monkeypatch.setattr(QFileDialog, name, staticmethod(lambda *a, **k: ("", "")))
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(lambda *a, **k: ""))
    window.contacts.table.selectRow(0)
    skipped = {"&Quit", "&Restore from backup…", "Print…"}  # (the last: a print dialog)
    actions = [a for a in leaf_actions(*(a.menu() for a in window.menuBar().actions()))
               if a.text() not in skipped and a.data() is None]  # (a language: a restart)
    with ClosingDialogs() as dialogs:
        for action in actions:
            action.trigger()
    assert len(actions) >= 20 and window.isVisible()
    assert {"ImportWizard", "BusinessDialog", "ServiceLevelsDialog"} <= set(dialogs.opened)
    assert dialogs.said() == []  # none opened on a message
