"""Small forms that add to a customer's history (an interaction, a payment, an offer), or
correct an entry of it: opened on an entry, they show it and give back the values an edit
stores (services.history_corrections), for the window to write as an undoable step."""

from __future__ import annotations

from datetime import UTC, date, datetime

from PySide6.QtCore import QDate, QDateTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from crm_desktop.db.models import CompetitorOffer, Deal, Interaction, Payment
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import customer_record, history_corrections
from crm_desktop.services.settings import get_setting
from crm_desktop.stored_names import DIRECTION_NAMES, INTERACTION_KIND_NAMES
from crm_desktop.ui.dialogs.dialog_buttons import form_with_buttons
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.dialogs.follow_up import FollowUp
from crm_desktop.ui.display_text import amount_for_editing, count, money, standing, typed_amount
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.labels import key_label
from crm_desktop.ui.widgets.number_fields import NumberField

NO_DATE = QDate(1900, 1, 1)  # a date field's "—"


def _pydate(edit: QDateEdit) -> date:
    d = edit.date()
    return date(d.year(), d.month(), d.day())


class _HistoryDialog(QDialog):
    """A form whose `_save()` adds an entry through a service, or, opened on an entry
    (`entry_id`), whose `_values()` checks the edit; errors appear under their field."""

    def __init__(self, title: str, parent: QWidget | None, entry_id: int | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.errors = FieldErrors(self.form, self)
        self.entry_id = entry_id
        self.saved_id: int | None = None
        self.values: dict | None = None  # an edit's columns, checked
        form_with_buttons(self, self.form, self.try_accept)

    def add_row(self, key: str, label: str, widget: QWidget) -> None:
        self.errors.add(key, label, widget)

    def try_accept(self) -> None:
        try:
            if self.entry_id is None:
                self.saved_id = self._save()
            else:
                self.values = self._values()
        except InvalidRecordError as exc:
            self.errors.show(exc.by_field())
            self.adjustSize()  # room for the messages under their fields
            return
        self.accept()


class InteractionDialog(_HistoryDialog):
    KINDS = ("call", "email", "meeting", "note", "complaint", "feedback")

    def __init__(self, contact_id: int, parent: QWidget | None = None,
                 entry_id: int | None = None, deal_id: int | None = None):
        super().__init__(self.tr("Log an interaction") if entry_id is None
                         else self.tr("Edit interaction"), parent, entry_id)
        self.contact_id = contact_id
        self.deal_id = deal_id  # a new entry about this deal (its follow-up too)
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
        # a new entry can bring its follow-up along
        self.follow_up = FollowUp(self, date.today())
        self.follow, self.follow_at = self.follow_up.check, self.follow_up.at
        if entry_id is None:
            self.follow_up.add_to(self.add_row, self.tr("Follow up on"))
        else:
            self.follow_up.hide()
            self._show(Interaction.get_by_id(entry_id))

    def _show(self, entry: Interaction) -> None:
        self.kind.setCurrentIndex(max(0, self.kind.findData(entry.kind)))
        self.direction.setCurrentIndex(self.direction.findData(entry.direction))
        self.when.setDateTime(QDateTime(entry.occurred_at.astimezone()))
        self.subject.setText(entry.subject or "")
        self.body.setPlainText(entry.body or "")
        self.outcome.setText(entry.outcome or "")
        self.rated.setChecked(entry.satisfaction is not None)
        if entry.satisfaction is not None:
            self.satisfaction.setValue(entry.satisfaction)

    def _fields(self) -> dict:
        return {"direction": self.direction.currentData(), "subject": self.subject.text(),
                "body": self.body.toPlainText(), "outcome": self.outcome.text(),
                "satisfaction": self.satisfaction.value() if self.rated.isChecked() else None}

    def _when(self) -> datetime:
        return self.when.dateTime().toPython().astimezone(UTC)

    def _save(self) -> int:
        about = self.subject.text().strip() or self.kind.currentText()
        follow_up = self.follow_up.chosen(self.tr("Follow up: {0}").format(about))
        return customer_record.add_interaction(
            self.contact_id, self.kind.currentData(), self._when(), **self._fields(),
            # stored: in the owner's language, as the reminders they type themselves
            reminder_title=self.tr("Answer complaint: {0}").format(
                self.subject.text().strip() or self.tr("complaint")), follow_up=follow_up,
            deal_id=self.deal_id)

    def _values(self) -> dict:
        return history_corrections.interaction_values(self.kind.currentData(), self._when(),
                                                      **self._fields())


class ManyInteractionsDialog(InteractionDialog):
    """The same interaction with many contacts at once (a price list e-mailed to a
    segment): checked here, written by the caller as one step of Undo; `logged` is then
    (kind, when, the other fields, the follow-up or None)."""

    def __init__(self, contacts: int, parent: QWidget | None = None):
        super().__init__(0, parent)
        self.setWindowTitle(self.tr("Log an interaction with {0} contacts").format(
            count(contacts)))
        self.logged: tuple[str, datetime, dict, tuple[str, datetime] | None] | None = None

    def _save(self) -> int:
        kind, when, fields = self.kind.currentData(), self._when(), self._fields()
        customer_record.check_interaction(kind, when, direction=fields["direction"],
                                          satisfaction=fields["satisfaction"])
        about = self.subject.text().strip() or self.kind.currentText()
        follow_up = self.follow_up.chosen(self.tr("Follow up: {0}").format(about))
        customer_record.check_follow_up(when, follow_up)
        fields["reminder_title"] = self.tr("Answer complaint: {0}").format(
            self.subject.text().strip() or self.tr("complaint"))
        self.logged = (kind, when, fields, follow_up)
        return 0


def _optional(edit: QDateEdit, value: date | None) -> None:
    """`edit` can say "no date" (—): an imported invoice may have none, and an edit must
    not give it one silently."""
    edit.setMinimumDate(NO_DATE)
    edit.setSpecialValueText("—")
    edit.setDate(QDate(value) if value else NO_DATE)


def _optional_date(edit: QDateEdit) -> date | None:
    return None if edit.date() == edit.minimumDate() == NO_DATE else _pydate(edit)


class PaymentDialog(_HistoryDialog):
    def __init__(self, contact_id: int, parent: QWidget | None = None,
                 entry_id: int | None = None, deal_id: int | None = None):
        """`deal_id`: a new invoice for this deal (its value and currency to start with)."""
        super().__init__(self.tr("Add an invoice or payment") if entry_id is None
                         else self.tr("Edit invoice or payment"), parent, entry_id)
        self.contact_id = contact_id
        self.deal_id = deal_id
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
        self.note = QLineEdit(self)
        for edit in (self.issued, self.due, self.paid):
            show_iso(edit)
        self.add_row("invoice_number", self.tr("Invoice"), self.invoice)
        self.add_row("amount", self.tr("Amount"), self.amount)
        self.add_row("currency", self.tr("Currency"), self.currency)
        self.add_row("issued_on", self.tr("Invoice date"), self.issued)
        self.add_row("due_on", self.tr("Due"), self.due)
        self.add_row("paid_now", "", self.paid_now)
        self.add_row("paid_on", self.tr("Paid on"), self.paid)
        self.add_row("note", self.tr("Note"), self.note)
        if entry_id is not None:
            self._show(Payment.get_by_id(entry_id))
        elif deal_id is not None:
            deal = Deal.get_by_id(deal_id)
            self.currency.setText(deal.currency)
            if deal.value_minor:
                self.amount.setText(amount_for_editing(deal.value_minor, deal.currency))
            self.note.setText(deal.title)

    def _show(self, entry: Payment) -> None:
        self.invoice.setText(entry.invoice_number or "")
        self.amount.setText(amount_for_editing(entry.amount_minor, entry.currency))
        self.currency.setText(entry.currency)
        _optional(self.issued, entry.issued_on)
        _optional(self.due, entry.due_on)
        self.paid_now.setChecked(entry.paid_on is not None)
        if entry.paid_on is not None:
            self.paid.setDate(QDate(entry.paid_on))
        self.note.setText(entry.note or "")

    def _fields(self) -> tuple[str, str, dict]:
        return (typed_amount(self.amount.text()) or "0", self.currency.text(),
                {"issued_on": _optional_date(self.issued), "due_on": _optional_date(self.due),
                 "paid_on": _pydate(self.paid) if self.paid_now.isChecked() else None,
                 "invoice_number": self.invoice.text(), "note": self.note.text()})

    def _save(self) -> int:
        amount, currency, fields = self._fields()
        return customer_record.add_payment(self.contact_id, amount, currency,
                                           deal_id=self.deal_id, **fields)

    def _values(self) -> dict:
        amount, currency, fields = self._fields()
        return history_corrections.payment_values(amount, currency, **fields)


class PartPaymentDialog(_HistoryDialog):
    """How much of an open invoice was paid, and when: `values` gives them (checked against
    what is left to pay) for the window to write as an undoable step."""

    def __init__(self, payment_id: int, today: date, parent: QWidget | None = None):
        super().__init__(self.tr("Pay part of an invoice"), parent, payment_id)
        invoice = Payment.get_by_id(payment_id)
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(amount_for_editing(invoice.amount_minor,
                                                          invoice.currency))
        self.paid = QDateEdit(QDate(today), self)
        show_iso(self.paid)
        left = QLabel(self.tr("{0} left to pay").format(
            money(invoice.amount_minor, invoice.currency)), self)
        self.add_row("invoice", self.tr("Invoice"), QLabel(standing(invoice.invoice_number or "—"),
                                                                 self))
        self.add_row("left", "", left)
        self.add_row("amount", self.tr("Amount paid"), self.amount)
        self.add_row("paid_on", self.tr("Paid on"), self.paid)

    def _values(self) -> dict:
        amount = typed_amount(self.amount.text()) or "0"
        try:
            history_corrections.check_part(self.entry_id, amount)
        except InputError as exc:
            raise InvalidRecordError([exc]) from exc
        return {"amount": amount, "paid_on": _pydate(self.paid)}


class OfferDialog(_HistoryDialog):
    def __init__(self, contact_id: int, parent: QWidget | None = None,
                 entry_id: int | None = None):
        super().__init__(self.tr("Record a competitor's offer") if entry_id is None
                         else self.tr("Edit competitor's offer"), parent, entry_id)
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
        if entry_id is not None:
            self._show(CompetitorOffer.get_by_id(entry_id))

    def _show(self, entry: CompetitorOffer) -> None:
        self.competitor.setText(entry.competitor)
        self.description.setText(entry.description or "")
        if entry.price_minor is not None:
            self.price.setText(amount_for_editing(entry.price_minor, entry.currency))
        self.currency.setText(entry.currency)
        _optional(self.offered, entry.offered_on)

    def _fields(self) -> tuple[str, dict]:
        return self.competitor.text(), {
            "description": self.description.text(),
            "price": typed_amount(self.price.text()) or None,
            "currency": self.currency.text().strip().upper() or "USD",
            "offered_on": _optional_date(self.offered)}

    def _save(self) -> int:
        competitor, fields = self._fields()
        return customer_record.add_competitor_offer(self.contact_id, competitor, **fields)

    def _values(self) -> dict:
        competitor, fields = self._fields()
        return history_corrections.offer_values(competitor, **fields)
