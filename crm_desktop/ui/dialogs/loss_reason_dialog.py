"""Asked when a deal goes to Lost: why (from the owner's list), and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from crm_desktop.services import funnel
from crm_desktop.ui.dialogs.dialog_buttons import form_with_buttons
from crm_desktop.ui.labels import named


class LossReasonDialog(QDialog):
    def __init__(self, deal_title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Why was “{0}” lost?").format(deal_title))
        self.reason = QComboBox(self)
        for reason in funnel.loss_reasons():
            self.reason.addItem(named(reason.name), reason.id)
        self.note = QLineEdit(self)
        self.note.setPlaceholderText(self.tr("e.g. which competitor, what price"))
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        form.addRow(self.tr("Note"), self.note)
        form_with_buttons(self, form, save=False)

    def reason_id(self) -> int:
        return self.reason.currentData()
