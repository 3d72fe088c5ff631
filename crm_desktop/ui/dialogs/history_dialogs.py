"""Small forms that add to a customer's history: an interaction, a payment, an offer."""

from __future__ import annotations

from datetime import UTC, date

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import customer_record
from crm_desktop.services.settings import get_setting
from crm_desktop.stored_names import DIRECTION_NAMES, INTERACTION_KIND_NAMES
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.display_text import amount_for_editing, typed_amount
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.labels import key_label
from crm_desktop.ui.widgets.number_fields import NumberField


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _HistoryDialog(QDialog):
    """A form whose `_save()` calls a service; errors appear under their field."""

    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form, self)
        self.saved_id: int | None = None
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.accepted.connect(self.try_accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(buttons)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        self.errors.add(key, label, widget)

    def try_accept(self) -> None:
        try:
            self.saved_id = self._save()
        except InvalidRecordError as exc:
            self.errors.show(exc.by_field())
            return
        self.accept()


class InteractionDialog(_HistoryDialog):
    KINDS = ("call", "email", "meeting", "note", "complaint", "feedback")

    def __init__(self, contact_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Log an interaction"), parent)
        self.contact_id = contact_id
        self.kind = QComboBox(self)
        for key in self.KINDS:
            self.kind.addItem(key_label(INTERACTION_KIND_NAMES, key), key)
        self.direction = QComboBox(self)
        for key in DIRECTION_NAMES:
            self.direction.addItem(key_label(DIRECTION_NAMES, key), key)
        self.direction.addItem("—", None)
        self.when = QDateTimeEdit(QDateTime.currentDateTime(), self)
        show_iso(self.when, time=True)
        self.subject = QLineEdit(self)
        self.body = QPlainTextEdit(self)
        self.body.setFixedHeight(70)
        self.outcome = QLineEdit(self)
        self.rated = QCheckBox(self.tr("Satisfaction measured"), self)
        self.satisfaction = NumberField(self)
        self.satisfaction.setRange(1, 5)
        self.satisfaction.setValue(4)
        self.satisfaction.setEnabled(False)
        self.rated.toggled.connect(self.satisfaction.setEnabled)
        self.add_row("kind", self.tr("Kind"), self.kind)
        self.add_row("direction", self.tr("Direction"), self.direction)
        self.add_row("occurred_at", self.tr("When"), self.when)
        self.add_row("subject", self.tr("Subject"), self.subject)
        self.add_row("body", self.tr("Notes"), self.body)
        self.add_row("outcome", self.tr("Outcome"), self.outcome)
        self.add_row("rated", "", self.rated)
        self.add_row("satisfaction", self.tr("Satisfaction (1–5)"), self.satisfaction)

    def _save(self) -> int:
        when = self.when.dateTime().toPython().astimezone(UTC)
        return customer_record.add_interaction(
            self.contact_id, self.kind.currentData(), when,
            direction=self.direction.currentData(), subject=self.subject.text(),
            body=self.body.toPlainText(), outcome=self.outcome.text(),
            satisfaction=self.satisfaction.value() if self.rated.isChecked() else None,
            # stored: in the owner's language, as the reminders they type themselves
            reminder_title=self.tr("Answer complaint: {0}").format(
                self.subject.text().strip() or self.tr("complaint")))


class PaymentDialog(_HistoryDialog):
    def __init__(self, contact_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Add an invoice or payment"), parent)
        self.contact_id = contact_id
        self.invoice = QLineEdit(self)
        self.amount = QLineEdit(self)
        self.currency = QLineEdit(get_setting("currency") or "USD", self)
        self.amount.setPlaceholderText(amount_for_editing(125000, self.currency.text()))
        self.currency.setMaxLength(3)
        today = QDate.currentDate()
        self.issued = QDateEdit(today, self)
        self.due = QDateEdit(today.addDays(30), self)
        self.paid_now = QCheckBox(self.tr("Already paid"), self)
        self.paid = QDateEdit(today, self)
        self.paid.setEnabled(False)
        self.paid_now.toggled.connect(self.paid.setEnabled)
        for edit in (self.issued, self.due, self.paid):
            show_iso(edit)
        self.add_row("invoice_number", self.tr("Invoice"), self.invoice)
        self.add_row("amount", self.tr("Amount"), self.amount)
        self.add_row("currency", self.tr("Currency"), self.currency)
        self.add_row("issued_on", self.tr("Invoice date"), self.issued)
        self.add_row("due_on", self.tr("Due"), self.due)
        self.add_row("paid_now", "", self.paid_now)
        self.add_row("paid_on", self.tr("Paid on"), self.paid)

    def _save(self) -> int:
        return customer_record.add_payment(
            self.contact_id, typed_amount(self.amount.text()) or "0",
            self.currency.text(), issued_on=_pydate(self.issued), due_on=_pydate(self.due),
            paid_on=_pydate(self.paid) if self.paid_now.isChecked() else None,
            invoice_number=self.invoice.text())


class OfferDialog(_HistoryDialog):
    def __init__(self, contact_id: int, parent: QWidget | None = None):
        super().__init__(self.tr("Record a competitor's offer"), parent)
        self.contact_id = contact_id
        self.competitor = QLineEdit(self)
        self.description = QLineEdit(self)
        self.price = QLineEdit(self)
        self.currency = QLineEdit(get_setting("currency") or "USD", self)
        self.currency.setMaxLength(3)
        self.offered = QDateEdit(QDate.currentDate(), self)
        show_iso(self.offered)
        self.add_row("competitor", self.tr("Competitor"), self.competitor)
        self.add_row("description", self.tr("What"), self.description)
        self.add_row("price", self.tr("Price"), self.price)
        self.add_row("currency", self.tr("Currency"), self.currency)
        self.add_row("offered_on", self.tr("Date"), self.offered)

    def _save(self) -> int:
        return customer_record.add_competitor_offer(
            self.contact_id, self.competitor.text(), description=self.description.text(),
            price=typed_amount(self.price.text()) or None,
            currency=self.currency.text().strip().upper() or "USD",
            offered_on=_pydate(self.offered))
