"""'Remind me to follow up' and when, for a form that logs an interaction (the interaction
dialog, a reminder done with its outcome): a week on, at the start of the working day, to
begin with."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QTime
from PySide6.QtWidgets import QCheckBox, QDateTimeEdit, QWidget

from crm_desktop.ui.iso_dates import show_iso

FOLLOW_UP_DAYS = 7
FOLLOW_UP_HOUR = 9
translate = QCoreApplication.translate  # (a name pyside6-lupdate reads, with its context)


class FollowUp:
    """The two widgets and what they say. `follow_up` is the form key of the time, under
    which the services name an error in it."""

    def __init__(self, parent: QWidget, today: date):
        self.check = QCheckBox(translate("FollowUp", "Remind me to follow up"), parent)
        start = QDate(today.year, today.month, today.day).addDays(FOLLOW_UP_DAYS)
        self.at = QDateTimeEdit(QDateTime(start, QTime(FOLLOW_UP_HOUR, 0)), parent)
        show_iso(self.at, time=True)
        self.at.setEnabled(False)
        self.check.toggled.connect(self.at.setEnabled)

    def add_to(self, add_row: Callable[[str, str, QWidget], None], label: str) -> None:
        add_row("follow", "", self.check)
        add_row("follow_up", label, self.at)

    def hide(self) -> None:
        self.check.hide()
        self.at.hide()

    def chosen(self, title: str) -> tuple[str, datetime] | None:
        """(the reminder's title, its time) if one is asked for."""
        if not self.check.isChecked():
            return None
        return title, self.at.dateTime().toPython().astimezone(UTC)
