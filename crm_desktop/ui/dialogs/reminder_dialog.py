"""Creating a reminder, with quick choices: in 1 hour, tomorrow 9:00, next Monday, in 1 month."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, time, timedelta

from dateutil.relativedelta import MO, relativedelta
from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import reminders
from crm_desktop.ui.widgets.contact_picker import ContactPicker


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


class ReminderDialog(QDialog):
    def __init__(self, clock: Callable[[], datetime], contact_id: int | None = None,
                 deal_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New reminder"))
        self._clock = clock
        self.deal_id = deal_id
        self.reminder_id: int | None = None
        self.title = QLineEdit(self)
        self.contact = ContactPicker(self)
        self.contact.set_contact(contact_id)
        self.when = QDateTimeEdit(self)
        self.when.setCalendarPopup(True)
        self.when.setDisplayFormat("yyyy-MM-dd HH:mm")
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
        self.errors: dict[str, QLabel] = {}
        form = QFormLayout()
        for key, label, widget in (("title", self.tr("What"), self.title),
                                   ("contact", self.tr("Contact"), self.contact),
                                   ("due_at", self.tr("When"), self.when)):
            form.addRow(label, widget)
            error = QLabel(self)
            error.setStyleSheet("color: #b3261e")
            error.hide()
            self.errors[key] = error
            form.addRow("", error)
        form.addRow("", quick)
        form.addRow(self.tr("Notes"), self.notes)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.title.setFocus()

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
                self.reminder_id = reminders.create_reminder(
                    self.title.text(), self.due_at(), contact_id=contact_id,
                    deal_id=self.deal_id, notes=self.notes.toPlainText())
            except InvalidRecordError as exc:
                found = exc.by_field()
        for key, label in self.errors.items():
            label.setText(found.get(key, ""))
            label.setVisible(key in found)
        if not found:
            self.accept()
