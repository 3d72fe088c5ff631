"""The reminders pane with a clock the test moves: done, snooze, reschedule, notifications
told exactly once, undo, opening the linked record."""

from __future__ import annotations

import time
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication

from crm_desktop.db.models import Reminder
from crm_desktop.services import contacts, recurrence, reminders
from crm_desktop.services.reminders import Bucket
from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog, repeat_rule
from crm_desktop.ui.display_text import isolated
from crm_desktop.ui.main_window import MainWindow
from tests.fixed_time import NOW


class Clock:
    def __init__(self) -> None:
        self.now = NOW

    def __call__(self):
        return self.now


@pytest.fixture
def clock() -> Clock:
    return Clock()


@pytest.fixture
def window(qtbot, db, db_path: Path, tmp_path: Path, clock: Clock) -> MainWindow:
    cid = contacts.create_contact({"name": "Client"}).id
    reminders.create_reminder("Call back", NOW + timedelta(minutes=30), contact_id=cid)
    reminders.create_reminder("Missed", NOW - timedelta(days=1), contact_id=cid)
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   clock)
    qtbot.addWidget(w)
    w.show()
    return w


def _id(title: str) -> int:
    return Reminder.get(Reminder.title == title).id


def test_a_notification_fires_exactly_once(window: MainWindow, clock: Clock, qtbot) -> None:
    pane = window.reminders
    told: list[tuple[str, str]] = []
    pane.notify.connect(lambda title, text: told.append((title, text)))
    pane.start()  # the missed one: one summary, not replayed
    assert told == [("Reminders", "Fell due while crm-desktop was closed: 1")]
    pane.tick()
    assert len(told) == 1
    clock.now = NOW + timedelta(minutes=31)
    pane.tick()
    assert told[1] == ("Reminder", "Call back (Client)")
    assert pane.titles_in(Bucket.OVERDUE) == ["Missed", "Call back"]
    clock.now += timedelta(minutes=5)
    pane.tick()
    assert len(told) == 2  # once only
    assert window.reminders_dock.windowTitle() == "Reminders (2)"


def test_done_snooze_reschedule_and_undo(window: MainWindow, clock: Clock) -> None:
    pane = window.reminders
    pane.done(_id("Missed"))
    assert Reminder.get_by_id(_id("Missed")).done_at == NOW
    assert pane.titles_in(Bucket.OVERDUE) == []
    window.undo_stack.undo()
    assert Reminder.get_by_id(_id("Missed")).done_at is None
    assert pane.titles_in(Bucket.OVERDUE) == ["Missed"]
    pane.snooze(_id("Missed"), pane.snooze_choices()["1 hour"])
    assert Reminder.get_by_id(_id("Missed")).snoozed_until == NOW + timedelta(hours=1)
    assert pane.titles_in(Bucket.TODAY) == ["Call back", "Missed"]
    reminders.reschedule(_id("Call back"), NOW + timedelta(days=30))
    pane.refresh()
    assert pane.titles_in(Bucket.LATER) == ["Call back"]
    pane.delete(_id("Call back"))
    assert pane.titles_in(Bucket.LATER) == []
    window.undo_stack.undo()
    assert pane.titles_in(Bucket.LATER) == ["Call back"]


def test_completing_a_repeating_reminder_shows_the_next(window: MainWindow) -> None:
    rid = reminders.create_reminder("Weekly report", NOW - timedelta(hours=1),
                                    rrule=recurrence.weekly(["MO"]))
    window.reminders.done(rid)
    following = Reminder.get((Reminder.title == "Weekly report") & Reminder.done_at.is_null())
    assert following.due_at == NOW - timedelta(hours=1) + timedelta(days=7)
    assert window.reminders.titles_in(Bucket.NEXT_7_DAYS) == ["Weekly report"]


def test_double_click_opens_the_contact(window: MainWindow, qtbot) -> None:
    pane = window.reminders
    group = pane.model.group_index(Bucket.OVERDUE)
    index = pane.model.index(0, 0, group)
    pane.view.doubleClicked.emit(index)
    assert window.tabs.currentWidget() is window.contacts
    assert window.contacts.current_id() == Reminder.get_by_id(_id("Missed")).contact_id


def test_the_dialog_stores_the_chosen_recurrence(window: MainWindow, qtbot,
                                                clock: Clock) -> None:
    dialog = ReminderDialog(clock, parent=window)
    qtbot.addWidget(dialog)
    dialog.title.setText("Pay rent")
    dialog.repeat.setCurrentIndex(dialog.repeat.findData("monthly_day"))
    dialog.try_accept()
    reminder = Reminder.get(Reminder.title == "Pay rent")
    local_day = reminder.due_at.astimezone().day
    assert reminder.rrule == recurrence.monthly_on_day(local_day)
    editor = ReminderDialog(clock, parent=window, reminder_id=reminder.id)
    qtbot.addWidget(editor)
    assert editor.repeat.currentData() == "monthly_day"  # shown as the choice that made it
    editor.title.setText("Pay the rent")
    editor.try_accept()
    assert Reminder.get_by_id(reminder.id).title == "Pay the rent"
    assert Reminder.get_by_id(reminder.id).rrule == reminder.rrule
    # every 10 days: the choice and its number; a rule from elsewhere is kept as it is
    Reminder.update(rrule=recurrence.daily(10)).where(Reminder.id == reminder.id).execute()
    editor = ReminderDialog(clock, parent=window, reminder_id=reminder.id)
    qtbot.addWidget(editor)
    assert (editor.repeat.currentData(), editor.every.value()) == ("every_n_days", 10)
    odd = "FREQ=WEEKLY;BYDAY=MO,WE"
    Reminder.update(rrule=odd).where(Reminder.id == reminder.id).execute()
    editor = ReminderDialog(clock, parent=window, reminder_id=reminder.id)
    qtbot.addWidget(editor)
    assert editor.repeat.currentData() == "kept" and editor.rrule() == odd
    assert editor.repeat.currentText() == "As now: weekly on \u2068MO, WE\u2069"


def test_a_rule_from_elsewhere_is_described_in_the_owners_language(
        window: MainWindow, qtbot, clock: Clock) -> None:
    from crm_desktop.ui.application import create_application

    rid = reminders.create_reminder("Stand-up", NOW + timedelta(days=1),
                                    rrule="FREQ=DAILY;INTERVAL=3;BYHOUR=9")
    try:
        create_application(lang="ru")
        editor = ReminderDialog(clock, parent=window, reminder_id=rid)
        qtbot.addWidget(editor)
        assert editor.repeat.currentData() == "kept"
        assert editor.repeat.currentText().endswith("каждые \u20683\u2069 дн.")
    finally:
        create_application(lang="en")


def test_repeat_rules_follow_the_due_date() -> None:
    sunday = NOW.replace(day=15)  # 2026-03-15 is the third Sunday
    assert repeat_rule("monthly_nth", sunday) in ("FREQ=MONTHLY;BYDAY=+3SU",
                                                  "FREQ=MONTHLY;BYDAY=+3SA")
    assert repeat_rule("none", sunday) is None
    assert repeat_rule("every_n_days", sunday, 10) == "FREQ=DAILY;INTERVAL=10"


def test_service_levels_and_win_back_are_configurable(window: MainWindow, qtbot) -> None:
    from crm_desktop.services.customer_record import add_interaction
    from crm_desktop.services.settings import get_setting
    from crm_desktop.ui.dialogs.service_levels_dialog import ServiceLevelsDialog

    dialog = ServiceLevelsDialog(window)
    qtbot.addWidget(dialog)
    assert [(p.vip_only, p.hours) for p in dialog.promises()] == [(True, 4), (False, 48)]
    dialog.add(reminders.Promise("Retail", False, 8))
    dialog.win_back.setValue(45)
    dialog.save()
    assert get_setting("win_back_after_days") == 45
    shop = contacts.create_contact({"name": "Shop", "segment": "Retail"}).id
    add_interaction(shop, "complaint", NOW, subject="Broken")
    due = Reminder.get(Reminder.contact == shop).due_at
    assert due == NOW + timedelta(hours=8)  # the segment's own promise comes first
    dialog = ServiceLevelsDialog(window)
    qtbot.addWidget(dialog)
    dialog.table.removeRow(2)  # Retail's line
    dialog.save()
    add_interaction(shop, "complaint", NOW, subject="Broken again")
    due = Reminder.get(Reminder.title == "Answer complaint: Broken again").due_at
    assert due == NOW + timedelta(hours=48)


def test_times_and_names_keep_their_order_in_a_persian_layout(window: MainWindow) -> None:
    """Bidi would show '2026-03-05 12:00' as '12:00 2026-03-05' in a right-to-left layout,
    and a Persian name would turn 'name · deal' around: each is isolated."""
    cid = contacts.create_contact({"name": "مریم جعفری"}).id
    reminders.create_reminder("Send catalogue", NOW - timedelta(hours=3), contact_id=cid)
    pane = window.reminders
    pane.refresh()
    model = pane.model
    group = model.group_index(Bucket.OVERDUE)
    while model.canFetchMore(group):
        model.fetchMore(group)
    row = next(r for r in range(model.rowCount(group))
               if model.index(r, 0, group).data() == "Send catalogue")
    due = (NOW - timedelta(hours=3)).astimezone().strftime("%Y-%m-%d %H:%M")
    assert model.index(row, 1, group).data() == f"\u2066{due}\u2069"
    assert model.index(row, 2, group).data() == "\u2068مریم جعفری\u2069"


def test_a_custom_snooze_cannot_end_in_the_past(window: MainWindow) -> None:
    from PySide6.QtCore import QDateTime, QTimer
    from PySide6.QtWidgets import QApplication, QDateTimeEdit, QDialog

    def type_yesterday_and_accept() -> None:
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, QDialog)
        edit = dialog.findChild(QDateTimeEdit)
        edit.setDateTime(QDateTime(edit.minimumDateTime().addDays(-1)))
        dialog.accept()

    QTimer.singleShot(0, type_yesterday_and_accept)
    now = NOW
    when = window.reminders.ask_time("Snooze until", now + timedelta(hours=2), earliest=now)
    assert when is not None and when >= now.replace(second=0)


def test_the_pane_suggests_winning_back_a_quiet_customer(qtbot, db, db_path: Path,
                                                          tmp_path: Path) -> None:
    from crm_desktop.services.customer_record import add_interaction

    quiet = contacts.create_contact({"name": "Quiet Customer", "status": "customer"}).id
    add_interaction(quiet, "call", NOW - timedelta(days=200))
    w = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                   lambda: NOW)
    qtbot.addWidget(w)
    w.show()
    pane = w.reminders
    assert pane.suggested.isHidden()  # not on the way to the first paint: read after it
    w.start_reminders()
    assert not pane.suggested.isHidden()
    assert pane.suggested.count() == 1
    assert pane.suggested.item(0).text().startswith("\u2068Quiet Customer\u2069 — no contact")
    reminders.create_reminder("Win back", NOW + timedelta(days=1), contact_id=quiet)
    pane.refresh()  # a planned call: no longer suggested
    assert pane.suggested.count() == 0 and pane.suggested.isHidden()


def test_overdue_reminders_are_drawn_red(window: MainWindow) -> None:
    from PySide6.QtCore import Qt

    model = window.reminders.model
    overdue = model.group_index(Bucket.OVERDUE)
    today = model.group_index(Bucket.TODAY)
    red = model.data(model.index(0, 0, overdue), Qt.ItemDataRole.ForegroundRole)
    assert red.name() == "#b3261e"
    assert model.data(model.index(0, 0, today), Qt.ItemDataRole.ForegroundRole) is None
    # and the view paints it so: red text in the overdue row
    view = window.reminders.view
    rect = view.visualRect(model.index(0, 0, overdue))
    image = view.viewport().grab(rect).toImage()
    assert any(image.pixelColor(x, y).red() > 150 and image.pixelColor(x, y).green() < 90
               for x in range(image.width()) for y in range(image.height()))


def test_overdue_reminders_stay_readable_on_a_dark_palette(window: MainWindow) -> None:
    """As Windows and macOS in dark mode give one: a light red, not the dark one."""
    from PySide6.QtCore import Qt

    from tests.ui.palettes import dark_palette

    model = window.reminders.model
    overdue = model.index(0, 0, model.group_index(Bucket.OVERDUE))
    with dark_palette():
        red = model.data(overdue, Qt.ItemDataRole.ForegroundRole)
        assert red.lightness() > 150 and red.red() > red.green() + 50


def test_a_reminder_s_words_get_the_room_and_a_group_title_spans_its_row(
        window: MainWindow) -> None:
    """In the 400-pixel dock, 'Send the contract form' was cut to 'Send the contr…' while
    the time and the contact kept wide columns sized for a group's title."""
    from PySide6.QtCore import QModelIndex

    pane = window.reminders
    view, model = pane.view, pane.model
    # as the window laid the dock out: the columns fill the list's width, no more, no less
    assert sum(view.columnWidth(c) for c in range(3)) == view.viewport().width()
    window.resizeDocks([window.reminders_dock], [520], Qt.Orientation.Horizontal)
    QApplication.processEvents()
    assert sum(view.columnWidth(c) for c in range(3)) == view.viewport().width() > 400
    pane.resize(400, 500)
    for row in range(model.rowCount()):
        assert view.isFirstColumnSpanned(row, QModelIndex())
    title, when, whom = (view.columnWidth(c) for c in range(3))
    assert title > max(when, whom)
    stamp = view.fontMetrics().horizontalAdvance("2026-11-14 21:00")
    assert stamp < when < stamp + 30  # the whole time shows, and little more
    assert not view.isColumnHidden(2)
    # too narrow for the words and whom they are for: the words alone, the rest in a tooltip
    pane.resize(270, 500)
    assert view.isColumnHidden(2)
    assert view.columnWidth(0) >= 100
    missed = model.index(0, 0, model.group_index(Bucket.OVERDUE))
    assert model.data(missed, Qt.ItemDataRole.ToolTipRole).split("\n") == [
        "Missed", model.data(missed.siblingAtColumn(1)), isolated("Client")]
    pane.resize(400, 500)
    assert not view.isColumnHidden(2)


def test_painted_cells_say_what_the_model_says(window: MainWindow) -> None:
    """The view reads each painted cell's roles in one multiData call: the delegate draws the
    same text, bold group titles and red overdue rows as data() gives, cell by cell."""
    from PySide6.QtCore import QModelIndex, Qt
    from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem

    class Probe(QStyledItemDelegate):
        def option(self, index) -> QStyleOptionViewItem:
            opt = QStyleOptionViewItem()
            self.initStyleOption(opt, index)  # through index.multiData()
            return opt

    model, probe, cells = window.reminders.model, Probe(), 0
    for group in range(model.rowCount()):
        parent = model.index(group, 0, QModelIndex())
        for index in [model.index(group, c, QModelIndex()) for c in range(3)] + [
                model.index(r, c, parent) for r in range(model.rowCount(parent))
                for c in range(3)]:
            opt, cells = probe.option(index), cells + 1
            assert opt.text == (index.data() or "")
            assert opt.font.bold() == (index.column() == 0 and not index.parent().isValid())
            colour = index.data(Qt.ItemDataRole.ForegroundRole)
            if colour is not None:
                assert opt.palette.text().color().name() == colour.name()
    assert cells == 12  # two groups and two reminders, three columns each
    assert probe.option(model.index(0, 0, model.group_index(Bucket.OVERDUE))).text == "Missed"


def test_a_reminder_falling_due_during_an_import_is_told_after_it(
        window: MainWindow, clock: Clock, qtbot, tmp_path: Path) -> None:
    """The import holds the write lock while its figures wait on the summary page: the
    periodic check does not wait on it (the window frozen, then "database is locked")."""
    from crm_desktop.ui.dialogs.import_wizard import ImportWizard

    path = tmp_path / "people.csv"
    path.write_text("Name,Email\nAnn Lee,ann@example.com\n", encoding="utf-8")
    pane = window.reminders
    pane.start()
    told: list[str] = []
    pane.notify.connect(lambda title, text: told.append(text))
    wizard = ImportWizard(path, window)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    assert wizard.dry is not None  # checked, its transaction open
    clock.now = NOW + timedelta(minutes=31)
    started = time.perf_counter()
    pane.tick()
    assert time.perf_counter() - started < 1.0 and told == []
    assert pane.titles_in(Bucket.OVERDUE) == ["Missed", "Call back"]  # still regrouped
    wizard.accept()
    pane.tick()
    assert told == ["Call back (Client)"]


def test_the_periodic_check_does_not_wait_on_another_program_writing(
        window: MainWindow, clock: Clock, db_path: Path) -> None:
    """A `crm-desktop import` in a terminal holds the write lock: the check puts marking
    reminders told off (not the window frozen for the busy timeout, then an error)."""
    import sqlite3

    pane = window.reminders
    pane.start()
    told: list[str] = []
    pane.notify.connect(lambda title, text: told.append(text))
    clock.now = NOW + timedelta(minutes=31)
    other = sqlite3.connect(db_path, isolation_level=None)
    other.execute("BEGIN IMMEDIATE")
    try:
        started = time.perf_counter()
        pane.tick()
        assert time.perf_counter() - started < 1.0 and told == []
        assert pane.titles_in(Bucket.OVERDUE) == ["Missed", "Call back"]
    finally:
        other.execute("ROLLBACK")
        other.close()
    pane.tick()
    assert told == ["Call back (Client)"]
    from crm_desktop.db.connection import BUSY_TIMEOUT_MS
    from crm_desktop.db.models import database

    assert database.execute_sql("PRAGMA busy_timeout").fetchone()[0] == BUSY_TIMEOUT_MS


def test_every_action_of_a_reminder_s_menu_runs_without_an_error(
        window: MainWindow, qtbot, monkeypatch) -> None:
    """Each action of the right-click menu of a reminder (all but Done and Delete, which
    other tests drive), with every dialog it opens closed again: none raises."""
    from crm_desktop.ui.widgets import reminders_pane
    from tests.ui.menu_actions import ClosingDialogs, leaf_actions, menus_shown

    shown = menus_shown(monkeypatch, reminders_pane)
    pane = window.reminders
    pane.view.setCurrentIndex(pane.model.index(0, 0, pane.model.group_index(Bucket.OVERDUE)))
    assert pane.current_id() == _id("Missed")
    pane._menu(pane.view.visualRect(pane.view.currentIndex()).center())
    actions = [a for a in leaf_actions(shown[0]) if not a.text().startswith(("Done", "Delete"))]
    with ClosingDialogs():
        for action in actions:
            action.trigger()
    triggered = [a.text() for a in actions]
    assert {"Reschedule…", "Edit…", "Until…", "New reminder…"} <= set(triggered)
    assert len(triggered) >= 6  # and the snooze choices
    assert Reminder.get_by_id(_id("Missed")).snoozed_until > NOW  # snoozed, by the choices


def test_a_customer_overdue_for_a_purchase_is_suggested_and_a_call_planned(
        window: MainWindow, clock: Clock, monkeypatch) -> None:
    from crm_desktop.db.models import Payment
    from crm_desktop.services.customer_record import add_interaction

    cid = contacts.create_contact({"name": "Monthly", "status": "customer"}).id
    for days in (165, 135, 105, 75):
        Payment.create(contact=cid, amount_minor=1000, currency="USD",
                       paid_on=NOW.date() - timedelta(days=days))
    add_interaction(cid, "call", NOW - timedelta(days=3))  # talked lately: not quiet
    pane = window.reminders
    pane.start()
    texts = [pane.suggested.item(r).text() for r in range(pane.suggested.count())]
    last = (NOW.date() - timedelta(days=75)).isoformat()
    assert texts == [f"{isolated('Monthly')} — buys every 30 days; none since "
                     f"\u2066{last}\u2069"]
    assert pane.suggested.isVisible()
    assert pane.suggested.item(0).toolTip() == (  # whole, where the dock cuts it
        f"{texts[0]}\nDouble-click to plan a call tomorrow")
    # the minute's check does not ask again the same day; the next day it does
    asked: list[object] = []
    real = reminders.suggestions
    monkeypatch.setattr(reminders, "suggestions", lambda *a, **k: asked.append(a) or real(*a, **k))
    pane.tick()
    assert asked == []
    clock.now = NOW + timedelta(days=1)
    pane.tick()
    assert len(asked) == 1
    pane._plan_win_back(pane.suggested.item(0))
    assert Reminder.get(Reminder.contact == cid).title == "Check-in call: buys every 30 days"
    assert pane.suggested.count() == 0  # planned: no longer suggested


def test_a_customer_who_owes_is_suggested_and_a_chase_planned(window: MainWindow) -> None:
    from crm_desktop.services.customer_record import add_payment

    cid = contacts.create_contact({"name": "Late Payer", "status": "customer"}).id
    add_payment(cid, "1250", "USD", due_on=NOW.date() - timedelta(days=10),
                invoice_number="A-7")
    pane = window.reminders
    pane.start()
    texts = [pane.suggested.item(r).text() for r in range(pane.suggested.count())]
    due = (NOW.date() - timedelta(days=10)).isoformat()
    assert texts[0] == (f"{isolated('Late Payer')} — owes \u20661,250.00 USD\u2069, due "
                        f"\u2066{due}\u2069")
    pane._plan_win_back(pane.suggested.item(0))
    reminder = Reminder.get(Reminder.contact == cid)
    assert (reminder.title, reminder.kind) == ("Chase payment: invoice A-7", "follow_up")


def test_a_birthday_this_week_is_suggested_and_greetings_planned_on_the_day(
        window: MainWindow) -> None:
    today = NOW.astimezone().date()
    on = today + timedelta(days=3)
    cid = contacts.create_contact({"name": "Anna", "birthday": f"1980-{on:%m-%d}"}).id
    contacts.create_contact({"name": "Boris", "birthday": f"--{today:%m-%d}"})
    pane = window.reminders
    pane.start()
    texts = [pane.suggested.item(r).text() for r in range(pane.suggested.count())]
    assert texts == [f"{isolated('Boris')} — birthday today",
                     f"{isolated('Anna')} — birthday \u2066{on}\u2069, turns {on.year - 1980}"]
    assert pane.suggested.item(1).toolTip().endswith("Double-click to plan greetings on the day")
    pane._plan_win_back(pane.suggested.item(1))
    reminder = Reminder.get(Reminder.contact == cid)
    assert reminder.title == "Birthday greetings"
    assert reminder.due_at.astimezone().date() == on and reminder.due_at.astimezone().hour == 9
    assert [pane.suggested.item(r).text() for r in range(pane.suggested.count())] == texts[:1]
    pane._plan_win_back(pane.suggested.item(0))  # today, 9:00 gone: within the hour
    assert Reminder.get(Reminder.title == "Birthday greetings", Reminder.contact != cid
                        ).due_at == NOW + timedelta(hours=1)


def test_the_columns_fill_the_dock_of_a_window_laid_out_as_it_was_left(
        window: MainWindow, qtbot, tmp_path: Path, db_path: Path, clock: Clock) -> None:
    """With the layout of the last session restored, the pane was resized before its list:
    the words got 60 pixels, whom it is for was hidden, and the dock's room stayed empty."""
    window.resizeDocks([window.reminders_dock], [400], Qt.Orientation.Horizontal)
    window.close()  # (the layout is saved)
    again = MainWindow(db_path, window.settings, clock)
    qtbot.addWidget(again)
    again.show()
    qtbot.waitExposed(again)
    view = again.reminders.view
    assert view.viewport().width() > 300
    assert not view.isColumnHidden(2)
    assert sum(view.columnWidth(c) for c in range(3)) == view.viewport().width()


def test_done_with_an_outcome_logs_it_with_its_follow_up_and_undo_takes_both_back(
        window: MainWindow, monkeypatch) -> None:
    from crm_desktop.db.models import Interaction
    from crm_desktop.services.customer_record import interactions_of
    from crm_desktop.ui.dialogs.outcome_dialog import OutcomeDialog

    def answer(dialog: OutcomeDialog) -> int:
        dialog.outcome.setText("Will order in May")
        dialog.follow.setChecked(True)
        dialog.follow_at.setDateTime(dialog.follow_at.dateTime().addDays(3))
        dialog.try_accept()  # (Save)
        return dialog.result()

    monkeypatch.setattr(OutcomeDialog, "exec", answer)
    pane, rid = window.reminders, _id("Call back")
    client = Reminder.get_by_id(rid).contact_id
    pane.done_with_outcome(rid)
    logged = interactions_of(client)
    assert [(i.subject, i.outcome) for i in logged] == [("Call back", "Will order in May")]
    follow = Reminder.get(Reminder.title == "Follow up: Call back")
    assert follow.contact_id == client and follow.done_at is None
    assert "Follow up: Call back" in pane.titles_in(Bucket.LATER)
    window.undo_stack.undo()
    assert Reminder.get_by_id(rid).done_at is None
    assert interactions_of(client) == []  # the call logged goes with the step
    assert Reminder.get_by_id(follow.id).deleted_at is not None
    window.undo_stack.redo()
    assert len(interactions_of(client)) == 1 and Interaction.select().count() == 2


def test_a_follow_up_asked_for_before_now_stays_in_the_dialog_with_its_error(qtbot) -> None:
    from PySide6.QtCore import QDateTime

    from crm_desktop.ui.dialogs.outcome_dialog import OutcomeDialog

    dialog = OutcomeDialog("Call back", NOW)
    qtbot.addWidget(dialog)
    assert dialog.follow_at.dateTime().toPython().date() == (NOW + timedelta(days=7)).date()
    dialog.follow.setChecked(True)
    dialog.follow_at.setDateTime(QDateTime(NOW.astimezone() - timedelta(hours=1)))
    dialog.try_accept()
    assert dialog.result() == 0 and dialog.follow_up is None
    assert dialog.errors["follow_up"].text() == "is not after now"
    dialog.follow.setChecked(False)
    dialog.try_accept()
    assert dialog.result() == 1 and dialog.follow_up is None
