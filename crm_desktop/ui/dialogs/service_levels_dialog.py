"""Service levels (how fast complaints are answered, per segment and VIP) and the win-back
limit (how long a customer may stay without contact before a suggestion)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import reminders
from crm_desktop.services.reminders import Promise
from crm_desktop.services.settings import get_setting, set_setting
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.widgets.number_fields import NumberField


class ServiceLevelsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Service levels and win-back"))
        self.resize(560, 380)
        self.table = QTableWidget(0, 3, self)
        self.table.setHorizontalHeaderLabels([self.tr("Segment (empty: any)"),
                                              self.tr("VIP only"), self.tr("Answer within, hours")])
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 200)
        for promise in reminders.service_levels():
            self.add(promise)
        add = QPushButton(self.tr("Add"), self)
        add.clicked.connect(lambda: self.add(Promise(None, False, 24)))
        remove = QPushButton(self.tr("Remove"), self)
        remove.clicked.connect(lambda: self.table.removeRow(self.table.currentRow()))
        self.win_back = NumberField(self)
        self.win_back.setRange(7, 3650)
        self.win_back.setSuffix(self.tr(" days"))
        self.win_back.setValue(int(get_setting("win_back_after_days") or 90))
        form = QFormLayout()
        form.addRow(self.tr("Suggest a win-back call after"), self.win_back)
        self.error = error_label(self)
        buttons = confirm_buttons(self, self.save)
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("A complaint creates a reminder due at the promised "
                                        "time; the first line that fits the customer counts "
                                        "(VIP lines first)."), self))
        layout.addWidget(self.table, 1)
        layout.addWidget(add)
        layout.addWidget(remove)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    def add(self, promise: Promise) -> None:
        r = self.table.rowCount()
        self.table.insertRow(r)
        vip = QCheckBox(self.table)
        vip.setChecked(promise.vip_only)
        hours = NumberField(self.table)
        hours.setRange(0, 24 * 365)
        hours.setValue(promise.hours)
        self.table.setCellWidget(r, 0, QLineEdit(promise.segment or "", self.table))
        self.table.setCellWidget(r, 1, vip)
        self.table.setCellWidget(r, 2, hours)

    def promises(self) -> list[Promise]:
        return [Promise(self.table.cellWidget(r, 0).text() or None,
                        self.table.cellWidget(r, 1).isChecked(),
                        self.table.cellWidget(r, 2).value())
                for r in range(self.table.rowCount())]

    def save(self) -> None:
        try:
            reminders.save_service_levels(self.promises())
        except InvalidRecordError as exc:
            self.error.setText(error_text(exc))
            return
        set_setting("win_back_after_days", self.win_back.value())
        self.accept()
