"""The days a report covers, asked before it is written: the funnel's and the activity's
period, the first and last day of a statement's account (as `report --from/--to` takes
them), in the window's calendar."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QDateEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QWidget,
)

from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.iso_dates import show_iso


def _day(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class ReportPeriodDialog(QDialog):
    """From and to, both days included; a first day after the last is refused here."""

    def __init__(self, title: str, first: date, last: date, parent: QWidget | None = None,
                 note: str = ""):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(340)  # (the title in full)
        self.first = QDateEdit(QDate(first), self)
        self.last = QDateEdit(QDate(last), self)
        for edit in (self.first, self.last):
            show_iso(edit)
        self.error = error_label(self)
        buttons = confirm_buttons(self, self.try_accept, save=False)
        form = QFormLayout(self)
        if note:
            words = QLabel(note, self)
            words.setWordWrap(True)
            form.addRow(words)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To"), self.last)
        form.addRow("", self.error)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        return _day(self.first), _day(self.last)

    def try_accept(self) -> None:
        first, last = self.period()
        if first > last:
            self.error.setText(self.tr("The first day comes after the last."))
            return
        self.accept()


def ask_period(title: str, first: date, last: date, parent: QWidget | None = None,
               note: str = "") -> tuple[date, date] | None:
    """The days the owner chose (the ones given to start with), or None if cancelled."""
    dialog = ReportPeriodDialog(title, first, last, parent, note)
    return dialog.period() if dialog.exec() else None
