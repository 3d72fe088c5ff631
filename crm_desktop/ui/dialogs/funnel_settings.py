"""Configuring the funnel: the open stages (rename, reorder, add, archive, probability,
stale limit) and the loss reasons offered when a deal is lost."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import funnel
from crm_desktop.services.funnel import StageSpec
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.widgets.number_fields import NumberField


class FunnelSettings(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Funnel stages and loss reasons"))
        self.resize(640, 520)
        self.table = QTableWidget(0, 4, self)
        self.table.setHorizontalHeaderLabels([self.tr("Stage"), self.tr("Win probability %"),
                                              self.tr("Stale after days (0: never)"),
                                              self.tr("Archived")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        self._ids: list[int | None] = []
        for spec in funnel.open_stage_specs():
            self.add_stage(spec)
        add = QPushButton(self.tr("Add stage"), self)
        add.clicked.connect(lambda: self.add_stage(StageSpec(None, "", 20, 14)))
        up = QPushButton(self.tr("Move up"), self)
        up.clicked.connect(lambda: self.move(-1))
        down = QPushButton(self.tr("Move down"), self)
        down.clicked.connect(lambda: self.move(1))
        self.reasons = QPlainTextEdit(self)
        self.reasons.setPlainText("\n".join(r.name for r in funnel.loss_reasons()))
        self.error = error_label(self)
        buttons = confirm_buttons(self, self.save)
        row = QHBoxLayout()
        for button in (add, up, down):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Open stages, in order (Won and Lost come after):"),
                                self))
        layout.addWidget(self.table, 1)
        layout.addLayout(row)
        layout.addWidget(QLabel(self.tr("Loss reasons, one per line:"), self))
        layout.addWidget(self.reasons)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add_stage(self, spec: StageSpec) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        self._ids.append(spec.id)
        probability = NumberField(self.table)
        probability.setRange(0, 100)
        probability.setValue(spec.probability)
        stale = NumberField(self.table)
        stale.setRange(0, 3650)
        stale.setValue(spec.stale_days or 0)
        archived = QCheckBox(self.table)
        archived.setChecked(spec.archived)
        self.table.setCellWidget(r, 0, QLineEdit(spec.name, self.table))
        self.table.setCellWidget(r, 1, probability)
        self.table.setCellWidget(r, 2, stale)
        self.table.setCellWidget(r, 3, archived)

    def specs(self) -> list[StageSpec]:
        return [StageSpec(self._ids[r], self.table.cellWidget(r, 0).text(),
                          self.table.cellWidget(r, 1).value(),
                          self.table.cellWidget(r, 2).value() or None,
                          self.table.cellWidget(r, 3).isChecked())
                for r in range(self.table.rowCount())]

    def move(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        specs = self.specs()
        specs[row], specs[target] = specs[target], specs[row]
        self.table.setRowCount(0)
        self._ids = []
        for spec in specs:
            self.add_stage(spec)
        self.table.setCurrentCell(target, 0)

    def save(self) -> None:
        try:
            funnel.save_stages(self.specs())
            funnel.save_loss_reasons(self.reasons.toPlainText().splitlines())
        except InvalidRecordError as exc:
            self.error.setText(error_text(exc))
            return
        self.accept()
