"""What the owner spent to bring in leads, by lead source: listed, added and removed. The
funnel's metrics and report set it against the leads and customers each source brought."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import acquisition_cost, contact_query
from crm_desktop.services.settings import get_setting
from crm_desktop.ui.dialogs.field_errors import FieldErrors
from crm_desktop.ui.display_text import amount_for_editing, day, money, typed_amount
from crm_desktop.ui.iso_dates import show_iso

SPEND_ID_ROLE = Qt.ItemDataRole.UserRole


class MarketingSpendDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Marketing spend"))
        self.resize(640, 520)
        intro = QLabel(self.tr(
            "What you spent to bring in leads (ads, fairs, listings), by lead source as your "
            "contacts have it. The funnel's metrics divide it by the leads and the new "
            "customers each source brought."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Date"), self.tr("Source"), self.tr("Amount"), self.tr("Note")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.delete_button = QPushButton(self.tr("Delete"), self)
        self.delete_button.clicked.connect(self.delete_selected)
        self.undo_button = QPushButton(self.tr("Undo delete"), self)
        self.undo_button.clicked.connect(self.undo_delete)
        self.undo_button.setEnabled(False)
        self._deleted: list[list[dict]] = []  # what each delete took, the last one last
        self.source = QComboBox(self)
        self.source.setEditable(True)
        self.source.addItems(contact_query.filter_values("lead_source"))
        self.source.setCurrentText("")
        self.spent_on = QDateEdit(QDate.currentDate(), self)
        show_iso(self.spent_on)
        currency = get_setting("currency") or "USD"
        self.amount = QLineEdit(self)
        self.amount.setPlaceholderText(amount_for_editing(50000, currency))
        self.currency = QLineEdit(currency, self)
        self.currency.setMaxLength(3)
        self.note = QLineEdit(self)
        form = QFormLayout()
        self.errors = FieldErrors(form, self)
        self.errors.add("lead_source", self.tr("Source"), self.source)
        self.errors.add("spent_on", self.tr("Date"), self.spent_on)
        self.errors.add("amount", self.tr("Amount"), self.amount)
        self.errors.add("currency", self.tr("Currency"), self.currency)
        self.errors.add("note", self.tr("Note"), self.note)
        self.add_button = QPushButton(self.tr("Add"), self)
        self.add_button.clicked.connect(self.add)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.accept)
        row = QHBoxLayout()
        row.addWidget(self.delete_button)
        row.addWidget(self.undo_button)
        row.addStretch(1)
        row.addWidget(self.add_button)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addLayout(form)
        layout.addLayout(row)
        layout.addWidget(buttons)
        self._fill()

    def _fill(self) -> None:
        spending = acquisition_cost.spending()
        self.table.setRowCount(len(spending))
        for row, s in enumerate(spending):
            cells = [day(s.spent_on), s.lead_source, money(s.amount_minor, s.currency),
                     s.note or ""]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(SPEND_ID_ROLE, s.id)
                self.table.setItem(row, column, item)
        self.table.resizeColumnsToContents()
        self.delete_button.setEnabled(bool(spending))

    def add(self) -> bool:
        """Record the spend typed; False, with the wrong fields named, if it is not one."""
        d = self.spent_on.date()
        try:
            acquisition_cost.add_spend(
                self.source.currentText(), date(d.year(), d.month(), d.day()),
                typed_amount(self.amount.text()) or "0", self.currency.text(), self.note.text())
        except InvalidRecordError as exc:
            self.errors.show(exc.by_field())
            return False
        self.errors.show({})
        self.amount.clear()
        self.note.clear()
        self._fill()
        return True

    def delete_selected(self) -> None:
        """Delete the selected spend; "Undo delete" puts it back (so no question first)."""
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        if not rows:
            return
        self._deleted.append(acquisition_cost.delete_spend(
            self.table.item(row, 0).data(SPEND_ID_ROLE) for row in rows))
        self.undo_button.setEnabled(True)
        self._fill()

    def undo_delete(self) -> None:
        if self._deleted:
            acquisition_cost.restore_spend(self._deleted.pop())
        self.undo_button.setEnabled(bool(self._deleted))
        self._fill()
