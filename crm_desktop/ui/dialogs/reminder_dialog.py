"""Creating a reminder, with quick choices: in 1 hour, tomorrow 9:00, next Monday, in 1 month."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from dateutil.relativedelta import MO, relativedelta
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QWidget,
)

from crm_desktop.db.models import Deal, Reminder
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import recurrence, reminders
from crm_desktop.ui.dialogs.dialog_buttons import form_with_buttons
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.display_text import standing
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.messages import message_text
from crm_desktop.ui.widgets.contact_picker import ContactPicker
from crm_desktop.ui.widgets.number_fields import NumberField


def quick_times(now: datetime) -> dict[str, datetime]:
    """The quick choices, in local time (9:00 means 9:00 where the owner is)."""
    local = now.astimezone()
    nine = time(9, 0)
    tomorrow = (local + timedelta(days=1)).date()
    monday = (local + relativedelta(days=1, weekday=MO(+1))).date()
    return {
        "in 1 hour": local + timedelta(hours=1),
        "tomorrow 9:00": datetime.combine(tomorrow, nine).astimezone(),
        "next Monday": datetime.combine(monday, nine).astimezone(),
        "in 1 month": local + relativedelta(months=1),
    }


REPEATS = ("none", "daily", "weekly", "monthly_day", "monthly_nth", "yearly", "every_n_days")


def repeat_rule(kind: str, due: datetime, every: int = 2) -> str | None:
    """The RRULE for a choice, read off the (local) due date."""
    local = due.astimezone()
    weekday = recurrence.WEEKDAYS[local.weekday()]
    if kind == "daily":
        return recurrence.daily()
    if kind == "weekly":
        return recurrence.weekly([weekday])
    if kind == "monthly_day":
        return recurrence.monthly_on_day(local.day)
    if kind == "monthly_nth":
        nth = (local.day - 1) // 7 + 1
        return recurrence.monthly_nth_weekday(-1 if nth == 5 else nth, weekday)
    if kind == "yearly":
        return recurrence.yearly(local.month, local.day)
    if kind == "every_n_days":
        return recurrence.daily(every)
    return None


def repeat_choice(rule: str, due: datetime) -> tuple[str, int] | None:
    """The choice (and its number of days) that makes `rule` for a reminder due `due`."""
    every = re.fullmatch(r"FREQ=DAILY;INTERVAL=(\d+)", rule)
    if every and 2 <= int(every.group(1)) <= 365:
        return "every_n_days", int(every.group(1))
    return next(((kind, 2) for kind in REPEATS[1:-1] if repeat_rule(kind, due) == rule), None)


class ReminderDialog(QDialog):
    """A new reminder, or the one `reminder_id` names to edit."""

    def __init__(self, clock: Callable[[], datetime], contact_id: int | None = None,
                 deal_id: int | None = None, parent: QWidget | None = None,
                 reminder_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New reminder") if reminder_id is None
                            else self.tr("Edit reminder"))
        self._clock = clock
        self.deal_id = deal_id
        self.reminder_id: int | None = reminder_id
        self._editing = reminder_id is not None
        self.title = QLineEdit(self)
        self.contact = ContactPicker(self)
        self.contact.set_contact(contact_id)
        self.when = QDateTimeEdit(self)
        show_iso(self.when, time=True)
        self.notes = QPlainTextEdit(self)
        self.notes.setFixedHeight(60)
        quick = QHBoxLayout()
        labels = {"in 1 hour": self.tr("In 1 hour"), "tomorrow 9:00": self.tr("Tomorrow 9:00"),
                  "next Monday": self.tr("Next Monday"), "in 1 month": self.tr("In 1 month")}
        for key, label in labels.items():
            button = QPushButton(label, self)
            button.clicked.connect(lambda _=False, k=key: self.set_when(quick_times(
                self._clock())[k]))
            quick.addWidget(button)
        self.set_when(quick_times(clock())["tomorrow 9:00"])
        self.repeat = QComboBox(self)
        for key, label in zip(REPEATS, (
                self.tr("Does not repeat"), self.tr("Every day"),
                self.tr("Every week on this weekday"), self.tr("Every month on this day"),
                self.tr("Every month on this weekday (e.g. third Sunday)"),
                self.tr("Every year"), self.tr("Every N days")), strict=True):
            self.repeat.addItem(label, key)
        self.every = NumberField(self)
        self.every.setRange(2, 365)
        self.every.setSuffix(self.tr(" days"))
        self.every.setEnabled(False)
        self.repeat.currentIndexChanged.connect(
            lambda _: self.every.setEnabled(self.repeat.currentData() == "every_n_days"))
        self._rrule_kept: str | None = None
        form = QFormLayout()
        self.errors = FieldErrors(form, self)
        for key, label, widget in (("title", self.tr("What"), self.title),
                                   ("contact", self.tr("Contact"), self.contact),
                                   ("due_at", self.tr("When"), self.when)):
            self.errors.add(key, label, widget)
        form.addRow("", quick)
        repeat = QHBoxLayout()
        repeat.addWidget(self.repeat, 1)
        repeat.addWidget(self.every)
        form.addRow(self.tr("Repeat"), repeat)
        form.addRow(self.tr("Notes"), self.notes)
        form_with_buttons(self, form, self.try_accept)
        if self._editing:
            self._load(reminder_id)
        if self.deal_id is not None:
            self._show_deal(form)
        self.title.setFocus()

    def _show_deal(self, form: QFormLayout) -> None:
        """A deal's reminder names the deal, and is for the deal's customer (not another)."""
        deal = Deal.get_or_none(Deal.id == self.deal_id)
        if deal is None:
            return
        label = QLabel(standing(deal.title), self)
        label.setObjectName("deal")
        row, _ = form.getWidgetPosition(self.contact)
        form.insertRow(row + 2, self.tr("Deal"), label)  # (after the contact's error row)
        self.contact.set_contact(deal.contact_id)
        self.contact.setEnabled(False)

    def _load(self, reminder_id: int) -> None:
        reminder = Reminder.get_by_id(reminder_id)
        self.title.setText(reminder.title)
        self.contact.set_contact(reminder.contact_id)
        self.contact.setEnabled(False)
        self.deal_id = reminder.deal_id
        self.set_when(reminder.due_at)
        self.notes.setPlainText(reminder.notes or "")
        if reminder.rrule:
            choice = repeat_choice(reminder.rrule, reminder.due_at)
            if choice is not None:  # the rule one of the choices makes: show that choice
                kind, every = choice
                self.repeat.setCurrentIndex(self.repeat.findData(kind))
                self.every.setValue(every)
                return
            self._rrule_kept = reminder.rrule  # (from elsewhere: kept as it is)
            self.repeat.insertItem(1, self.tr("As now: {0}").format(
                message_text(recurrence.describe(reminder.rrule))), "kept")
            self.repeat.setCurrentIndex(1)

    def rrule(self) -> str | None:
        kind = self.repeat.currentData()
        if kind == "kept":
            return self._rrule_kept
        return repeat_rule(kind, self.due_at(), self.every.value())

    def set_when(self, moment: datetime) -> None:
        self.when.setDateTime(QDateTime(moment.astimezone().replace(tzinfo=None)))

    def due_at(self) -> datetime:
        return self.when.dateTime().toPython().astimezone().astimezone(UTC)

    def try_accept(self) -> None:
        found: dict[str, str] = {}
        contact_id = self.contact.contact_id()
        if self.contact.text().strip() and contact_id is None:
            found["contact"] = self.tr("choose a contact from the suggestions, or leave empty")
        else:
            try:
                if self._editing:
                    reminders.edit(self.reminder_id, title=self.title.text(),
                                   due_at=self.due_at(), notes=self.notes.toPlainText(),
                                   rrule=self.rrule())
                else:
                    self.reminder_id = reminders.create_reminder(
                        self.title.text(), self.due_at(), contact_id=contact_id,
                        deal_id=self.deal_id, notes=self.notes.toPlainText(),
                        rrule=self.rrule())
            except InvalidRecordError as exc:
                found = exc.by_field()
        self.errors.show(found)
        if not found:
            self.accept()
