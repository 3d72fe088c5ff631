"""The lead-scoring rules editor: one line per rule (field, condition, value, points)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import scoring
from crm_desktop.services.scoring import FIELDS, OPERATORS, Rule
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.labels import label
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.widgets.number_fields import NumberField


class ScoringDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Lead scoring rules"))
        self.resize(680, 420)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Field"), self.tr("Condition"),
                                              self.tr("Value"), self.tr("Points")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 230)
        self.error = error_label(self)
        add = QPushButton(self.tr("Add rule"), self)
        add.clicked.connect(lambda: self.add_row(Rule("source", "eq", "", 10)))
        remove = QPushButton(self.tr("Remove rule"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        buttons = confirm_buttons(self, self.save)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addWidget(remove)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Each rule that holds adds its points (negative points "
                                        "subtract). Scores are worked out again on saving."),
                                self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        for rule in scoring.rules():
            self.add_row(rule)

    def add_row(self, rule: Rule) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        field = QComboBox(self.table)
        for key, (text, _) in FIELDS.items():
            field.addItem(label(text), key)
        field.setCurrentIndex(max(0, field.findData(rule.field)))
        operator = QComboBox(self.table)
        for key, text in OPERATORS.items():
            operator.addItem(label(text), key)
        operator.setCurrentIndex(max(0, operator.findData(rule.operator)))
        points = NumberField(self.table)
        points.setRange(-1000, 1000)
        points.setValue(rule.points)
        self.table.setCellWidget(r, 0, field)
        self.table.setCellWidget(r, 1, operator)
        self.table.setCellWidget(r, 2, QLineEdit(rule.value or "", self.table))
        self.table.setCellWidget(r, 3, points)

    def rules(self) -> list[Rule]:
        out = []
        for r in range(self.table.rowCount()):
            out.append(Rule(self.table.cellWidget(r, 0).currentData(),
                            self.table.cellWidget(r, 1).currentData(),
                            self.table.cellWidget(r, 2).text().strip() or None,
                            self.table.cellWidget(r, 3).value()))
        return out

    def save(self) -> None:
        try:
            scoring.save_rules(self.rules())
        except InvalidRecordError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
