"""Reminders > Done, and log the outcome: what came of it, logged as a call with the
customer, and, if asked, the reminder to follow it up."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from crm_desktop.ui.dialogs.dialog_buttons import form_with_buttons
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.dialogs.follow_up import FollowUp


class OutcomeDialog(QDialog):
    """For the reminder titled `title`, done at `now`; `follow_up` is the
    (title, time) of the reminder asked for, once accepted."""

    def __init__(self, title: str, now: datetime, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Done: {0}").format(title))
        self._title, self._now = title, now
        self.outcome = QLineEdit(self)
        self.outcome.setPlaceholderText(self.tr("e.g. will order in May"))
        form = QFormLayout()
        self.errors = FieldErrors(form, self)
        self.errors.add("outcome", self.tr("Outcome"), self.outcome)
        self.follow_up_field = FollowUp(self, now.astimezone().date())
        self.follow, self.follow_at = self.follow_up_field.check, self.follow_up_field.at
        self.follow_up_field.add_to(self.errors.add, self.tr("Follow up on"))
        form_with_buttons(self, form, self.try_accept)
        self.setMinimumWidth(420)
        self.follow_up: tuple[str, datetime] | None = None

    def try_accept(self) -> None:
        chosen = self.follow_up_field.chosen(self.tr("Follow up: {0}").format(self._title))
        if chosen is not None and chosen[1] <= self._now:
            self.errors.show({"follow_up": self.tr("is not after now")})
            return
        self.follow_up = chosen
        self.accept()
