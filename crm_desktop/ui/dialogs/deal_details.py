"""A deal opened from its card: its fields (editable), stage history, interactions,
reminders and the changes to its fields; a lost deal can be reopened here."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import Deal, Interaction, Reminder
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import change_log, customer_record, funnel
from crm_desktop.services.history_corrections import PAYMENT
from crm_desktop.stored_names import DEAL_FIELD_NAMES, INTERACTION_KIND_NAMES
from crm_desktop.ui import invoice_rows
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.display_text import (
    amount_for_editing,
    day,
    left_to_right,
    local_minutes,
    money,
    standing,
    typed_amount,
)
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.labels import key_label, named
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.widgets.contact_documents import ContactDocuments
from crm_desktop.ui.widgets.number_fields import NumberField


@dataclass(frozen=True)
class InvoicePaying:
    """How the window records a payment as a step of Undo (ui.widgets.contacts_view)."""

    correct: Callable[[str, int, dict], None]  # (PAYMENT, id, {"paid_on": ...})
    pay_part: Callable[[int, str, date], None]  # (id, amount, paid on)
    today: Callable[[], date]


@dataclass(frozen=True)
class DocumentKeeping:
    """How the window keeps and removes documents as steps of Undo (ui.widgets.contacts_view)."""

    add: Callable[[int, int | None, list], None]  # (contact, deal, paths)
    remove: Callable[[list], None]  # (document ids)


class DealDetails(QDialog):
    """`reopen` is called with the deal id when the owner reopens a lost deal. An open
    invoice of the deal is paid, whole or in part, through `payments` (the window's
    undoable steps, as in the customer's record); without it, it is not offered."""

    def __init__(self, deal_id: int, reopen: Callable[[int], None],
                 parent: QWidget | None = None,
                 archive: Callable[[int, bool], None] | None = None,
                 delete: Callable[[int], None] | None = None,
                 payments: InvoicePaying | None = None,
                 documents: DocumentKeeping | None = None):
        super().__init__(parent)
        deal = Deal.get_by_id(deal_id)
        self.deal_id = deal_id
        self._reopen = reopen
        self._archive = archive
        self._delete = delete
        self._paying = payments
        self.setWindowTitle(deal.title)
        self.resize(640, 520)
        self.title = QLineEdit(deal.title, self)
        self.value = QLineEdit(amount_for_editing(deal.value_minor, deal.currency), self)
        self.currency = QLineEdit(deal.currency, self)
        self.own_probability = QCheckBox(self.tr("Own probability"), self)
        self.probability = NumberField(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.own_probability.setChecked(deal.probability is not None)
        self.probability.setValue(deal.probability if deal.probability is not None
                                  else deal.stage.probability)
        self.probability.setEnabled(deal.probability is not None)
        self.own_probability.toggled.connect(self.probability.setEnabled)
        close = deal.expected_close_on or date.today()
        self.close_on = QDateEdit(QDate(close.year, close.month, close.day), self)
        show_iso(self.close_on)
        self.source = QLineEdit(deal.source or "", self)
        self.error = error_label(self)
        state = named(deal.stage.name)
        if deal.stage.kind == "lost" and deal.lost_reason:
            state += f" — {named(deal.lost_reason.name)}" + (f": {deal.lost_note}"
                                                      if deal.lost_note else "")
        if deal.archived:
            state += " · " + self.tr("archived (not on the board)")
        form = QFormLayout()
        form.addRow(self.tr("Customer"), QLabel(standing(deal.contact.name), self))
        form.addRow(self.tr("Stage"), QLabel(state, self))
        form.addRow(self.tr("Title"), self.title)
        form.addRow(self.tr("Value"), self.value)
        form.addRow(self.tr("Currency"), self.currency)
        form.addRow("", self.own_probability)
        form.addRow(self.tr("Win probability"), self.probability)
        form.addRow(self.tr("Expected close"), self.close_on)
        form.addRow(self.tr("Source"), self.source)
        form.addRow("", self.error)
        tabs = QTabWidget(self)
        history = QTreeWidget(self)
        history.setHeaderLabels([self.tr("When"), self.tr("From"), self.tr("To")])
        for when, src, dst in funnel.stage_history(deal_id):
            history.addTopLevelItem(QTreeWidgetItem([local_minutes(when), src or "—", dst]))
        self.interactions = interactions = QTreeWidget(self)
        interactions.setHeaderLabels([self.tr("When"), self.tr("Kind"), self.tr("Subject"),
                                      self.tr("Outcome")])
        self._fill_interactions()
        self.payments = QTreeWidget(self)
        self.payments.setHeaderLabels([self.tr("Invoice"), self.tr("Amount"), self.tr("Due"),
                                       self.tr("Paid")])
        self._contact_id = deal.contact_id
        self.history_added = False  # an invoice added: the customer's record to read again
        self.mark_paid = QPushButton(self.tr("Mark paid today"), self)
        self.mark_paid.clicked.connect(self._mark_paid)
        self.pay_part = QPushButton(self.tr("Pay part…"), self)
        self.pay_part.setToolTip(self.tr("Part of the invoice paid: a payment of its own, "
                                         "the rest still owed"))
        self.pay_part.clicked.connect(self._pay_part)
        self.payments.currentItemChanged.connect(self._payment_chosen)
        self._fill_payments()
        self.reminders = reminders = QTreeWidget(self)
        reminders.setHeaderLabels([self.tr("Due"), self.tr("Reminder"), self.tr("Done")])
        self._fill_reminders()
        self.changes = QTreeWidget(self)
        self.changes.setHeaderLabels([self.tr("When"), self.tr("Field"), self.tr("Was"),
                                      self.tr("Now")])
        for h in change_log.history("deal", deal_id):
            self.changes.addTopLevelItem(QTreeWidgetItem(
                [local_minutes(h.changed_at), key_label(DEAL_FIELD_NAMES, h.field),
                 self._shown(h.field, h.old_value, deal.currency),
                 self._shown(h.field, h.new_value, deal.currency)]))
        for tree in (history, interactions, self.payments, reminders, self.changes):
            tree.setRootIsDecorated(False)
            for column in range(tree.columnCount() - 1):
                tree.resizeColumnToContents(column)
        tabs.addTab(history, self.tr("Stage history"))
        tabs.addTab(interactions, self.tr("Interactions"))
        tabs.addTab(self._payments_page(), self.tr("Invoices and payments"))
        tabs.addTab(reminders, self.tr("Reminders"))
        self.documents: ContactDocuments | None = None
        if documents is not None:  # (the contract, the offer sent: about this deal)
            self.documents = ContactDocuments(self)
            self.documents.show_contact(deal.contact_id, deal_id)
            self.documents.add_requested.connect(
                lambda cid, did, paths: self._documents_changed(documents.add, cid, did, paths))
            self.documents.remove_requested.connect(
                lambda ids: self._documents_changed(documents.remove, ids))
            tabs.addTab(self.documents, self.tr("Documents"))
        tabs.addTab(self.changes, self.tr("Changes"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Close, self)
        log = QPushButton(self.tr("Log an interaction…"), self)
        log.setToolTip(self.tr("A call, e-mail or meeting about this deal (it counts as the "
                               "deal's activity), and its follow-up"))
        log.clicked.connect(self.log_interaction)
        buttons.addButton(log, QDialogButtonBox.ButtonRole.ActionRole)
        remind = QPushButton(self.tr("New reminder…"), self)
        remind.clicked.connect(self.new_reminder)
        buttons.addButton(remind, QDialogButtonBox.ButtonRole.ActionRole)
        invoice = QPushButton(self.tr("New invoice…"), self)
        invoice.setToolTip(self.tr("An invoice or payment for this deal, in the customer's "
                                   "record too"))
        invoice.clicked.connect(self.new_invoice)
        buttons.addButton(invoice, QDialogButtonBox.ButtonRole.ActionRole)
        self.reopen_button = QPushButton(self.tr("Reopen"), self)
        buttons.addButton(self.reopen_button, QDialogButtonBox.ButtonRole.ActionRole)
        # (after addButton, which shows the button whatever it was set to before)
        self.reopen_button.setVisible(deal.stage.kind == "lost")
        self.reopen_button.clicked.connect(self.reopen)
        # archived or brought back, undoably, from wherever the deal was opened (a
        # customer's record too, where no card offers it)
        self.archive_button = QPushButton(
            self.tr("Bring back to the board") if deal.archived else self.tr("Archive"), self)
        buttons.addButton(self.archive_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.archive_button.setVisible(archive is not None)
        self.archive_button.clicked.connect(lambda: self.archive(not deal.archived))
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.setToolTip(
            self.tr("A deal entered by mistake; its open reminders go with it. Edit › Undo "
                    "brings them back."))
        self.delete_button.setVisible(delete is not None)
        self.delete_button.clicked.connect(self.delete)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(tabs, 1)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)  # (away from Save, not beside it)
        row.addWidget(buttons, 1)
        layout.addLayout(row)

    def _shown(self, field: str | None, value: str | None, currency: str) -> str:
        """A logged value as the form shows it (the log keeps text: '150000', 'True')."""
        if field == "deleted_at":  # (seen once the deal is back: Undo)
            return self.tr("deleted") if value else self.tr("not deleted")
        if value is None:
            return self.tr("the stage's") if field == "probability" else ""
        if field == "value_minor" and value.lstrip("-").isdigit():
            return amount_for_editing(int(value), currency)
        if field == "archived":
            return self.tr("archived") if value == "True" else self.tr("on the board")
        if field == "probability":
            return left_to_right(f"{value} %")  # not '% 35' in a Persian window
        return value

    def save(self) -> None:
        if self._save_fields():
            self.accept()

    def archive(self, archived: bool) -> None:
        """Save what was typed (not lost by the button), then archive or bring back."""
        if self._archive is not None and self._save_fields():
            self._archive(self.deal_id, archived)
            self.accept()

    def delete(self) -> None:
        """Delete the deal; what was typed goes with it."""
        if self._delete is not None:
            self._delete(self.deal_id)
            self.accept()

    def _save_fields(self) -> bool:
        d = self.close_on.date()
        try:
            funnel.update_deal(
                self.deal_id, title=self.title.text(),
                value=typed_amount(self.value.text()), currency=self.currency.text(),
                probability=self.probability.value() if self.own_probability.isChecked()
                else None, expected_close_on=date(d.year(), d.month(), d.day()),
                source=self.source.text())
        except InvalidRecordError as exc:
            self.error.setText(error_text(exc))
            return False
        return True

    def new_reminder(self) -> None:
        from datetime import UTC, datetime

        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        deal = Deal.get_by_id(self.deal_id)
        if ReminderDialog(lambda: datetime.now(UTC), deal.contact_id, self.deal_id,
                          self).exec():
            self._fill_reminders()
            self.history_added = True

    def _documents_changed(self, step: Callable[..., None], *args: object) -> None:
        step(*args)  # (pushed on the window's undo stack: done, or told, when it returns)
        if self.documents is not None:
            self.documents.show_contact(self._contact_id, self.deal_id)
        self.history_added = True  # the record's Documents tab to read again

    def log_interaction(self) -> None:
        from crm_desktop.ui.dialogs.history_dialogs import InteractionDialog

        if InteractionDialog(self._contact_id, self, deal_id=self.deal_id).exec():
            self._fill_interactions()
            self._fill_reminders()  # (its follow-up)
            self.history_added = True

    def _fill_interactions(self) -> None:
        self.interactions.clear()
        for i in Interaction.select().where((Interaction.deal == self.deal_id)
                                            & Interaction.deleted_at.is_null()).order_by(
                Interaction.occurred_at.desc()):
            self.interactions.addTopLevelItem(QTreeWidgetItem(
                [local_minutes(i.occurred_at), key_label(INTERACTION_KIND_NAMES, i.kind),
                 i.subject or "", i.outcome or ""]))

    def _fill_reminders(self) -> None:
        self.reminders.clear()
        for r in Reminder.select().where((Reminder.deal == self.deal_id)
                                         & Reminder.deleted_at.is_null()).order_by(
                Reminder.due_at):
            self.reminders.addTopLevelItem(QTreeWidgetItem(
                [local_minutes(r.due_at), r.title, local_minutes(r.done_at)]))

    def _payments_page(self) -> QWidget:
        page = QWidget(self)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 4, 0, 0)
        if self._paying is not None:
            row = QHBoxLayout()
            row.addWidget(self.mark_paid)
            row.addWidget(self.pay_part)
            row.addStretch(1)
            layout.addLayout(row)
        layout.addWidget(self.payments)
        return page

    def _fill_payments(self) -> None:
        self.payments.clear()
        for p in customer_record.payments_of(self._contact_id, self.deal_id):
            item = QTreeWidgetItem([p.invoice_number or "", money(p.amount_minor, p.currency),
                                    day(p.due_on), day(p.paid_on)])
            invoice_rows.mark(item, p.id, p.paid_on is None)
            self.payments.addTopLevelItem(item)
        self._payment_chosen()

    def _payment_chosen(self) -> None:
        invoice_rows.offer_for_chosen(self.payments, self.mark_paid, self.pay_part)

    def _mark_paid(self) -> None:
        payment_id = invoice_rows.chosen(self.payments)
        if payment_id is None or self._paying is None:
            return
        self._paying.correct(PAYMENT, payment_id, {"paid_on": self._paying.today().isoformat()})
        self._after_payment(payment_id)

    def _pay_part(self) -> None:
        payment_id = invoice_rows.chosen(self.payments)
        if payment_id is None or self._paying is None:
            return
        from crm_desktop.ui.dialogs.history_dialogs import PartPaymentDialog

        dialog = PartPaymentDialog(payment_id, self._paying.today(), self)
        if dialog.exec() and dialog.values is not None:
            self._paying.pay_part(payment_id, dialog.values["amount"], dialog.values["paid_on"])
            self._after_payment(payment_id)

    def _after_payment(self, payment_id: int) -> None:
        """The list read again, the invoice (or what is left of it) still chosen."""
        self._fill_payments()
        self.history_added = True
        for i in range(self.payments.topLevelItemCount()):
            if self.payments.topLevelItem(i).data(0, Qt.ItemDataRole.UserRole) == payment_id:
                self.payments.setCurrentItem(self.payments.topLevelItem(i))

    def new_invoice(self) -> None:
        from crm_desktop.ui.dialogs.history_dialogs import PaymentDialog

        if PaymentDialog(self._contact_id, self, deal_id=self.deal_id).exec():
            self._fill_payments()
            self.history_added = True

    def reopen(self) -> None:
        self._reopen(self.deal_id)
        self.accept()
