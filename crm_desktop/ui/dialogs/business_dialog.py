"""Edit > Your business: the name on the reports, the details on a statement, the currency,
the phone region, the cost of the owner's time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import business_profile, cost_to_serve
from crm_desktop.stored_names import INTERACTION_KIND_NAMES
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.display_text import amount_for_editing, count, left_to_right, typed_amount
from crm_desktop.ui.home_region import suggested_region
from crm_desktop.ui.labels import key_label
from crm_desktop.ui.widgets.number_fields import NumberField


class BusinessDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Your business"))
        profile = business_profile.business_profile(suggested_region())
        self.name = QLineEdit(profile.name, self)
        self.name.setPlaceholderText(self.tr("Shown at the top of every report"))
        self.details = QPlainTextEdit(profile.details, self)
        self.details.setPlaceholderText(self.tr(
            "Address, phone, e-mail, bank account: printed under the name on a statement "
            "of account"))
        self.details.setTabChangesFocus(True)
        lines = business_profile.MAX_DETAILS_LINES - 2  # (more scroll)
        self.details.setFixedHeight(self.details.fontMetrics().lineSpacing() * lines
                                    + 2 * self.details.frameWidth()
                                    + int(self.details.document().documentMargin() * 2))
        self.currency = QLineEdit(profile.currency, self)
        self.currency.setMaxLength(3)
        self.currency.setToolTip(self.tr("For new deals and payments, and the asset "
                                         "matrix's totals, e.g. USD, EUR, RUB, IRR"))
        self.region = QLineEdit(profile.phone_region, self)
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Country code for phone numbers written without "
                                       "+country code, e.g. GB, RU, IR"))
        # what the code means for the numbers typed: read more surely than a country list
        self.example = QLabel(self)
        self.example.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.region.textChanged.connect(self._show_example)
        self._show_example(profile.phone_region)
        # payments in another currency are added up as they are: say so before it is chosen
        self.currency_note = QLabel(self)
        self.currency_note.setWordWrap(True)
        self._recorded = business_profile.payment_currencies()
        self.currency.textChanged.connect(self._show_currency_note)
        self._show_currency_note(profile.currency)
        self.hourly_cost = QLineEdit(
            "" if profile.hourly_cost_minor is None
            else amount_for_editing(profile.hourly_cost_minor, profile.currency), self)
        self.hourly_cost.setPlaceholderText(self.tr("not set"))
        self.hourly_cost.setToolTip(self.tr(
            "What an hour of your time costs, in the business currency. A customer's record "
            "then shows what serving them cost in 12 months, each contact counting the "
            "minutes below; the asset matrix values customers by their margin."))
        # the minutes a contact of each kind counts for (a consultant's meeting takes two
        # hours, a shop's call five minutes)
        minutes = cost_to_serve.minutes_by_kind()
        self.minutes: dict[str, NumberField] = {}
        self.minutes_row = QWidget(self)
        grid = QGridLayout(self.minutes_row)
        grid.setContentsMargins(0, 0, 0, 0)
        for i, kind in enumerate(cost_to_serve.DEFAULT_MINUTES):
            field = NumberField(self.minutes_row)
            field.setRange(0, cost_to_serve.MAX_MINUTES)
            field.setSuffix(self.tr(" min"))
            field.setValue(minutes[kind])
            self.minutes[kind] = field
            grid.addWidget(QLabel(key_label(INTERACTION_KIND_NAMES, kind), self.minutes_row),
                           i // 3, (i % 3) * 2)
            grid.addWidget(field, i // 3, (i % 3) * 2 + 1)
        form = QFormLayout()
        self.errors = FieldErrors(form, self)
        self.errors.add("business_name", self.tr("Business name"), self.name)
        self.errors.add("business_details", self.tr("Letterhead"), self.details)
        self.errors.add("currency", self.tr("Currency"), self.currency)
        form.addRow("", self.currency_note)
        self.errors.add("phone_region", self.tr("Phone region"), self.region)
        form.addRow("", self.example)
        self.errors.add("hourly_cost", self.tr("An hour of your time"), self.hourly_cost)
        self.errors.add("contact_minutes", self.tr("A contact takes"), self.minutes_row)
        buttons = confirm_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addStretch(1)
        layout.addWidget(buttons)
        self.resize(max(self.sizeHint().width(), 480), self.sizeHint().height())
        self._fit_height()

    def _show_example(self, region: str) -> None:
        example = business_profile.example_number(region.strip())
        self.example.setText(
            self.tr("A number written without +code, such as {0}, is read as this "
                    "country's.").format(left_to_right(example)) if example else "")

    def _show_currency_note(self, currency: str) -> None:
        other = {code: n for code, n in self._recorded.items()
                 if code != currency.strip().upper()}
        self.currency_note.setText(self.tr(
            "Payments recorded in another currency ({0}) are added up in the asset matrix "
            "as they are, without converting.").format(", ".join(
                f"{code}: {count(n)}" for code, n in other.items())) if other else "")
        self.currency_note.setVisible(bool(other))
        self._fit_height()

    def _fit_height(self) -> None:
        """As tall as the notes now shown need at this width (a wrapped label does not make
        a shown dialog grow by itself)."""
        layout = self.layout()
        if layout is None:
            return  # (still being built: sized at the end of __init__)
        layout.activate()
        needed = layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth() \
            else layout.totalSizeHint().height()
        self.resize(self.width(), max(needed, layout.totalMinimumSize().height()))

    def save(self) -> None:
        try:
            business_profile.save_business_profile(
                self.name.text(), self.currency.text(), self.region.text(),
                typed_amount(self.hourly_cost.text()) if self.hourly_cost.text().strip()
                else "", {kind: field.value() for kind, field in self.minutes.items()},
                self.details.toPlainText())
        except InvalidRecordError as exc:
            self.errors.show(exc.by_field())
            self._fit_height()
            return
        self.accept()
