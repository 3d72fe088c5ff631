"""The reminders dock: open reminders grouped into overdue, today, next 7 days and later.

The time comes from an injected clock, and a timer regroups the list as time passes, so a
reminder moves from "today" to "overdue" without a restart (and tests need not sleep).
Each reminder that falls due while the app runs is told once (tray message, badge);
service-level promises at risk and win-back suggestions are shown above the list.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, timedelta
from typing import TYPE_CHECKING

from PySide6.QtCore import QModelIndex, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.connection import waiting_at_most
from crm_desktop.db.models import Reminder
from crm_desktop.errors import StorageError
from crm_desktop.services import reminders
from crm_desktop.services.reminders import Bucket, ReminderRow
from crm_desktop.ui.display_text import count, day, isolated, money
from crm_desktop.ui.models.reminder_tree import BUCKET_ROLE, REMINDER_ID_ROLE, ReminderTreeModel
from crm_desktop.ui.tones import ALARM
from crm_desktop.ui.widgets.tone_label import ToneLabel

if TYPE_CHECKING:
    from crm_desktop.ui.widgets.empty_hint import EmptyHint

REFRESH_MS = 30_000
# a suggestion's usual days between purchases (0: not a customer overdue for one)
EVERY_DAYS_ROLE = Qt.ItemDataRole.UserRole + 1
INVOICE_ROLE = Qt.ItemDataRole.UserRole + 2  # a suggestion to chase an unpaid invoice: which
BIRTHDAY_ROLE = Qt.ItemDataRole.UserRole + 3  # a birthday coming: its day (ISO)


class _ReminderCommand(QUndoCommand):
    """Done and delete, undoable like every other change."""

    def __init__(self, text: str, redo: Callable[[], object], undo: Callable[[object], None],
                 changed: Callable[[], None]):
        super().__init__(text)
        self._do, self._undo_fn, self._changed = redo, undo, changed
        self._result: object = None
        self._ran = False

    def redo(self) -> None:
        from crm_desktop.ui.undo_commands import dropped_if_first_run_fails

        with dropped_if_first_run_fails(self, not self._ran):
            self._result = self._do()
        self._ran = True
        self._changed()

    def undo(self) -> None:
        self._undo_fn(self._result)
        self._changed()


NARROWEST_COLUMN = 110  # pixels: a short title, or a name, still readable
FRAME_AND_SCROLLBAR = 20  # pixels of the pane's width that are not the list's columns


class RemindersPane(QWidget):
    """Emits `counts_changed(overdue, open)` after each refresh, `notify(title, text)` when
    reminders fall due, and `open_contact(id)` / `open_deal(id)` on a double-click."""

    counts_changed = Signal(int, int)
    notify = Signal(str, str)
    open_contact = Signal(int)
    open_deal = Signal(int)
    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None,
                 undo_stack: QUndoStack | None = None):
        super().__init__(parent)
        self._clock = clock
        self.undo_stack = undo_stack or QUndoStack(self)
        self._collapsed: set[str] = set()  # groups the owner folded away stay folded
        self.risk = ToneLabel(ALARM, self)
        self.model = ReminderTreeModel(self)
        self._empty: EmptyHint | None = None  # over the list when nothing is open
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        # the reminder's own words get the room the dock has; its time and whom it is for
        # keep theirs (a group's title spans the row, so it needs no column of its own);
        # the widths follow the pane's width (resizeEvent)
        header = self.view.header()
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(60)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self._time_width = self.view.fontMetrics().horizontalAdvance("2026-12-30 23:59") + 14
        self.view.setColumnWidth(1, self._time_width)
        self.view.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.view.customContextMenuRequested.connect(self._menu)
        self.view.doubleClicked.connect(self._open_linked)
        self._suggested: list[reminders.Suggestion] = []  # what the list shows
        self._suggested_on: date | None = None  # the day it was worked out for
        self.suggested = QListWidget(self)
        self.suggested.setMaximumHeight(110)
        # a line cut with "…" (whole in its tooltip) rather than a list to scroll sideways
        self.suggested.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.suggested.setTextElideMode(Qt.TextElideMode.ElideRight)
        self._plan_hint = self.tr("Double-click to plan a call tomorrow")
        self._greet_hint = self.tr("Double-click to plan greetings on the day")
        self.suggested.setToolTip(self._plan_hint)
        self.suggested.itemDoubleClicked.connect(self._plan_win_back)
        self.suggested_title = QLabel(self.tr("<b>Suggested</b>"), self)
        self.setMinimumWidth(260)  # a reminder's title and time
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.risk)
        layout.addWidget(self.view, 1)
        layout.addWidget(self.suggested_title)
        layout.addWidget(self.suggested)
        self.view.collapsed.connect(lambda i: self._collapsed.add(i.data(BUCKET_ROLE)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(i.data(BUCKET_ROLE)))
        self.model.modelReset.connect(self._after_reset)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.tick)
        self.timer.start()
        # the suggestions come with start(), after the first paint: their query reads
        # through every contact (5 ms cold, on 100,000)
        self.refresh(suggest=False)
        self.suggested.hide()
        self.suggested_title.hide()

    # time --------------------------------------------------------------------------------
    def start(self) -> int:
        """At start-up: what fell due while closed is overdue, not told one by one."""
        self._suggest(self._clock())
        missed = reminders.missed_at_start(self._clock())
        if missed:
            self.notify.emit(self.tr("Reminders"),
                             self.tr("Fell due while crm-desktop was closed: {0}")
                             .format(missed))
        return missed

    def tick(self) -> None:
        """The periodic check: tell what fell due (once), then regroup."""
        try:
            # an import, an undo or a restore (this window's, or a `crm-desktop import` in a
            # terminal) may hold the write lock: marking reminders told is put off to a
            # later tick rather than wait for it with the window frozen
            with waiting_at_most(0):
                due = reminders.to_notify(self._clock())
        except StorageError:
            self.refresh()
            return
        if len(due) == 1:
            self.notify.emit(self.tr("Reminder"), self._describe(due[0]))
        elif due:
            self.notify.emit(self.tr("{0} reminders are due").format(len(due)),
                             "\n".join(self._describe(r) for r in due[:5]))
        # the suggestions change with the data (each change refreshes them) and the day,
        # not with the minutes: a tick spares their queries (50 ms on 100,000 contacts)
        self.refresh(suggest=self._clock().date() != self._suggested_on)

    def refresh(self, suggest: bool = True) -> None:
        """Regroup the open reminders for the clock's current time (also after edits), and
        the win-back suggestions unless `suggest` is False."""
        now = self._clock()
        self.model.refresh(now)
        at_risk = reminders.at_risk(now)
        broken = sum(1 for r in at_risk if r.due_at <= now)
        self.risk.setVisible(bool(at_risk))
        self.risk.setText(self.tr("Service level: {0} broken, {1} due within the hour")
                          .format(broken, len(at_risk) - broken))
        if suggest:
            self._suggest(now)

    def _suggest(self, now: datetime) -> None:
        suggested = reminders.suggestions(now, limit=10)
        self._suggested_on = now.date()
        if suggested != self._suggested:  # (most periodic refreshes change nothing here)
            self._suggested = suggested
            self.suggested.clear()
            for s in suggested:
                item = QListWidgetItem(self._suggestion_text(s))
                # whole (the dock cuts a long line with "…"), and what a double-click does
                hint = self._greet_hint if s.kind == reminders.BIRTHDAY else self._plan_hint
                item.setToolTip(f"{item.text()}\n{hint}")
                item.setData(Qt.ItemDataRole.UserRole, s.contact_id)
                item.setData(EVERY_DAYS_ROLE, s.every_days if s.kind == reminders.OVERDUE else 0)
                if s.kind == reminders.OWES:
                    item.setData(INVOICE_ROLE, s.invoice or "—")
                if s.kind == reminders.BIRTHDAY:
                    item.setData(BIRTHDAY_ROLE, s.detail)
                self.suggested.addItem(item)
        has = self.suggested.count() > 0
        self.suggested.setVisible(has)
        self.suggested_title.setVisible(has)

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        # whom a reminder is for takes two fifths of what the time leaves, within reason;
        # the reminder's words take the rest (their column stretches: the list's own width
        # is not yet known here, its layout comes after). A dock too narrow for both shows
        # the words alone (whom it is for is in their tooltip) rather than "Ca…", "Emi…"
        left = event.size().width() - self._time_width - FRAME_AND_SCROLLBAR
        narrow = left < 2 * NARROWEST_COLUMN
        self.view.setColumnHidden(2, narrow)
        if not narrow:
            self.view.setColumnWidth(2, min(150, left * 2 // 5))

    def _suggestion_text(self, s: reminders.Suggestion) -> str:
        if s.kind == reminders.OWES:
            reason = self.tr("owes {0}, due {1}").format(money(s.amount_minor, s.currency),
                                                          day(s.detail))
        elif s.kind == reminders.OVERDUE:
            reason = self.tr("buys every {0} days; none since {1}").format(
                count(s.every_days), day(s.detail))
        elif s.kind == reminders.BIRTHDAY:
            when = self.tr("today") if s.detail == self._clock().astimezone().date().isoformat() \
                else day(s.detail)
            reason = (self.tr("birthday {0}, turns {1}").format(when, count(s.turns))
                      if s.turns else self.tr("birthday {0}").format(when))
        elif s.kind == reminders.QUIET:
            reason = self.tr("no contact since {0}").format(day(s.detail))
        else:
            reason = self.tr("lost “{0}” lately").format(isolated(s.detail))
        return f"{isolated(s.name)} — {reason}"

    def _describe(self, row: ReminderRow) -> str:
        linked = " · ".join(x for x in (row.contact_name, row.deal_title) if x)
        return f"{row.title} ({linked})" if linked else row.title

    def overdue_count(self) -> int:
        return self.model.count(Bucket.OVERDUE)

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0, QModelIndex())
            if index.data(BUCKET_ROLE) not in self._collapsed:
                self.view.expand(index)
        if self.view.isVisible():
            self._span_groups()
        self.counts_changed.emit(self.overdue_count(), self.model.open_count())
        self._say_why_empty()

    def _span_groups(self) -> None:
        """A group's title spans its row. Qt lays the tree out at once for this (what its
        next paint would do), so it waits until the pane is seen: a hidden pane is not laid
        out on each regrouping."""
        for row in range(self.model.rowCount()):
            self.view.setFirstColumnSpanned(row, QModelIndex(), True)

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        self._span_groups()
        super().showEvent(event)

    def _say_why_empty(self) -> None:
        if self._empty is None and self.model.rowCount():
            return  # the usual case: nothing to say, nothing to load
        from crm_desktop.ui.widgets.empty_hint import say_over

        self._empty = say_over(self.view, self._empty, None if self.model.rowCount() else (
            self.tr("<b>Nothing to follow up.</b><br><br>A reminder (call back, send the "
                    "contract, follow up an offer) can be tied to a contact or a deal."),
            [(self.tr("New reminder…"), self.new_reminder)]))

    # acting ------------------------------------------------------------------------------
    def current_id(self) -> int | None:
        index = self.view.currentIndex()
        if not index.isValid():
            return None
        return self.model.index(index.row(), 0, index.parent()).data(REMINDER_ID_ROLE)

    def _after_change(self) -> None:
        self.refresh()
        self.changed.emit()

    def done(self, reminder_id: int, outcome: str | None = None,
             follow_up: tuple[str, datetime] | None = None) -> None:
        """Done as one step of Undo, with the call logged (`outcome`) and its follow-up."""
        self.undo_stack.push(_ReminderCommand(
            self.tr("Reminder done"),
            lambda: reminders.complete_logged(reminder_id, self._clock(), outcome=outcome,
                                              follow_up=follow_up),
            lambda made: reminders.reopen(reminder_id, made.next_id, made.logged_id),
            self._after_change))

    def done_with_outcome(self, reminder_id: int) -> None:
        from crm_desktop.ui.dialogs.outcome_dialog import OutcomeDialog

        dialog = OutcomeDialog(Reminder.get_by_id(reminder_id).title, self._clock(), self)
        if dialog.exec():
            # (an outcome left empty still logs the call, if a follow-up is asked for)
            outcome = dialog.outcome.text().strip() or (None if dialog.follow_up is None
                                                        else "")
            self.done(reminder_id, outcome, dialog.follow_up)

    def snooze(self, reminder_id: int, until: datetime) -> None:
        reminders.snooze(reminder_id, until)
        self._after_change()

    def snooze_choices(self) -> dict[str, datetime]:
        from dateutil.relativedelta import MO, relativedelta

        now = self._clock()
        local = now.astimezone()
        nine = local.replace(hour=9, minute=0, second=0, microsecond=0)
        return {self.tr("15 minutes"): now + timedelta(minutes=15),
                self.tr("1 hour"): now + timedelta(hours=1),
                self.tr("Tomorrow 9:00"): nine + timedelta(days=1),
                self.tr("Next week"): nine + relativedelta(days=1, weekday=MO(+1))}

    def ask_time(self, title: str, start: datetime,
                 earliest: datetime | None = None) -> datetime | None:
        # dialog classes are made on first use: they cost start-up time (~1 ms)
        from PySide6.QtWidgets import QDateTimeEdit, QDialog

        from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
        from crm_desktop.ui.iso_dates import show_iso

        dialog = QDialog(self)
        dialog.setWindowTitle(title)
        edit = QDateTimeEdit(start.astimezone().replace(tzinfo=None), dialog)
        if earliest is not None:
            edit.setMinimumDateTime(earliest.astimezone().replace(tzinfo=None))
        show_iso(edit, time=True)
        buttons = confirm_buttons(dialog, save=False)
        layout = QVBoxLayout(dialog)
        layout.addWidget(edit)
        layout.addWidget(buttons)
        if not dialog.exec():
            return None
        return edit.dateTime().toPython().astimezone()

    def reschedule(self, reminder_id: int) -> None:
        when = self.ask_time(self.tr("Reschedule"), Reminder.get_by_id(reminder_id).due_at)
        if when is not None:
            reminders.reschedule(reminder_id, when)
            self._after_change()

    def edit(self, reminder_id: int) -> None:
        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if ReminderDialog(self._clock, reminder_id=reminder_id, parent=self).exec():
            self._after_change()

    def delete(self, reminder_id: int) -> None:
        self.undo_stack.push(_ReminderCommand(
            self.tr("Delete reminder"), lambda: reminders.trash(reminder_id, self._clock()),
            lambda _: reminders.restore(reminder_id), self._after_change))

    def _menu(self, pos: QPoint) -> None:
        rid = self.current_id()
        menu = QMenu(self)
        if rid is not None:
            menu.addAction(self.tr("Done"), lambda: self.done(rid))
            menu.addAction(self.tr("Done, and log the outcome…"),
                           lambda: self.done_with_outcome(rid))
            snooze = menu.addMenu(self.tr("Snooze"))
            for label, until in self.snooze_choices().items():
                snooze.addAction(label, lambda u=until: self.snooze(rid, u))
            snooze.addAction(self.tr("Until…"), lambda: self._snooze_custom(rid))
            menu.addAction(self.tr("Reschedule…"), lambda: self.reschedule(rid))
            menu.addAction(self.tr("Edit…"), lambda: self.edit(rid))
            menu.addSeparator()
            menu.addAction(self.tr("Delete"), lambda: self.delete(rid))
        menu.addAction(self.tr("New reminder…"), self.new_reminder)
        menu.exec(self.view.viewport().mapToGlobal(pos))

    def _snooze_custom(self, rid: int) -> None:
        now = self._clock()  # a snooze ends in the future
        when = self.ask_time(self.tr("Snooze until"), now + timedelta(hours=2), earliest=now)
        if when is not None:
            self.snooze(rid, when)

    def new_reminder(self) -> None:
        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if ReminderDialog(self._clock, parent=self).exec():
            self._after_change()

    def _open_linked(self, index: QModelIndex) -> None:
        rid = self.model.index(index.row(), 0, index.parent()).data(REMINDER_ID_ROLE)
        if rid is None:
            return
        reminder = Reminder.get_by_id(rid)
        if reminder.deal_id:
            self.open_deal.emit(reminder.deal_id)
        elif reminder.contact_id:
            self.open_contact.emit(reminder.contact_id)

    def _plan_win_back(self, item: QListWidgetItem) -> None:
        contact_id = item.data(Qt.ItemDataRole.UserRole)
        every = item.data(EVERY_DAYS_ROLE)  # a customer overdue for a purchase: not lost yet
        due = self.snooze_choices()[self.tr("Tomorrow 9:00")]
        invoice = item.data(INVOICE_ROLE)  # an invoice unpaid past its due day
        birthday = item.data(BIRTHDAY_ROLE)
        if birthday:  # greetings on the day at 9:00, or within the hour if that is past
            on = date.fromisoformat(birthday)
            due = max(self._clock().astimezone().replace(
                year=on.year, month=on.month, day=on.day, hour=9, minute=0, second=0,
                microsecond=0), self._clock() + timedelta(hours=1))
            reminders.create_reminder(self.tr("Birthday greetings"), due,
                                      contact_id=contact_id, kind="follow_up")
            self._after_change()
            return
        if invoice:
            title = self.tr("Chase payment: invoice {0}").format(invoice)
        elif every:
            title = self.tr("Check-in call: buys every {0} days").format(count(every))
        else:
            title = self.tr("Win-back call")
        reminders.create_reminder(title, due, contact_id=contact_id,
                                  kind="follow_up" if invoice else "win_back")
        self._after_change()

    # for tests and the status bar ---------------------------------------------------------
    def group_titles(self) -> list[str]:
        return [self.model.index(r, 0, QModelIndex()).data() for r in range(self.model.rowCount())]

    def titles_in(self, bucket: Bucket) -> list[str]:
        """Every reminder title in a group (reads the whole group)."""
        group = self.model.group_index(bucket)
        if not group.isValid():
            return []
        while self.model.canFetchMore(group):
            self.model.fetchMore(group)
        return [self.model.index(r, 0, group).data().removeprefix("↻ ")
                for r in range(self.model.rowCount(group))]
