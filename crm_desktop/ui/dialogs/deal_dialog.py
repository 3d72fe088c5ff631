"""Creating a deal: for a contact, in a stage, with value, probability and close date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import funnel
from crm_desktop.services.settings import get_setting
from crm_desktop.ui.dialogs.dialog_buttons import form_with_buttons
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.display_text import amount_for_editing, typed_amount
from crm_desktop.ui.iso_dates import show_iso
from crm_desktop.ui.labels import named
from crm_desktop.ui.widgets.contact_picker import ContactPicker
from crm_desktop.ui.widgets.number_fields import NumberField


class DealDialog(QDialog):
    def __init__(self, contact_id: int | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("New deal"))
        self.setMinimumWidth(460)  # the customer field's hint and a deal's title in full
        self.deal_id: int | None = None
        self.contact = ContactPicker(self)
        self.contact.set_contact(contact_id)
        self.title = QLineEdit(self)
        self.value = QLineEdit(self)
        self.currency = QLineEdit(get_setting("currency") or "USD", self)
        self.value.setPlaceholderText(amount_for_editing(0, self.currency.text()))
        self.currency.setMaxLength(3)
        self.stage = QComboBox(self)
        for stage in funnel.list_stages():
            if stage.kind == "open":
                self.stage.addItem(f"{named(stage.name)} ({stage.probability}%)", stage.id)
        self.own_probability = QCheckBox(self.tr("Own probability"), self)
        self.probability = NumberField(self)
        self.probability.setRange(0, 100)
        self.probability.setSuffix(" %")
        self.probability.setEnabled(False)
        self.own_probability.toggled.connect(self.probability.setEnabled)
        self.close_on = QDateEdit(QDate.currentDate().addMonths(1), self)
        show_iso(self.close_on)
        self.source = QLineEdit(self)
        form = QFormLayout()
        self.errors = FieldErrors(form, self)
        for key, label, widget in (
                ("contact", self.tr("Customer"), self.contact), ("title", self.tr("Title"),
                                                                  self.title),
                ("value", self.tr("Value"), self.value),
                ("currency", self.tr("Currency"), self.currency),
                ("stage", self.tr("Stage"), self.stage),
                ("own_probability", "", self.own_probability),
                ("probability", self.tr("Win probability"), self.probability),
                ("expected_close_on", self.tr("Expected close"), self.close_on),
                ("source", self.tr("Source"), self.source)):
            self.errors.add(key, label, widget)
        form_with_buttons(self, form, self.try_accept)
        (self.title if contact_id else self.contact).setFocus()

    def try_accept(self) -> None:
        contact_id = self.contact.contact_id()
        if contact_id is None:
            self.errors.show({"contact": self.tr("choose a customer from the suggestions")})
            return
        d = self.close_on.date()
        try:
            self.deal_id = funnel.create_deal(
                contact_id, self.title.text(), value=typed_amount(self.value.text()),
                currency=self.currency.text(), stage_id=self.stage.currentData(),
                expected_close_on=date(d.year(), d.month(), d.day()),
                probability=self.probability.value() if self.own_probability.isChecked()
                else None, source=self.source.text())
        except InvalidRecordError as exc:
            self.errors.show(exc.by_field())
            return
        self.accept()
