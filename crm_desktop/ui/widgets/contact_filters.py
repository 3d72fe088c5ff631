"""The filter row over the contacts table: tag, segment, VIP, industry, place, source,
status and "no contact for N days". Filters combine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QToolButton,
    QWidget,
)

from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self.boxes: dict[str, QComboBox] = {}
        # two rows, so that the bar fits a laptop screen beside the reminders pane
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = {"tag": self.tr("Tag"), "segment": self.tr("Segment"),
                  "industry": self.tr("Industry"), "city": self.tr("City/region"),
                  "country": self.tr("Country"), "lead_source": self.tr("Source")}
        for key, label in labels.items():
            box = QComboBox(self)
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            box.setToolTip(label)
            box.currentIndexChanged.connect(self.changed)
            self.boxes[key] = box
            layout.addWidget(box, 0, len(self.boxes) - 1)
        self.vip = QComboBox(self)
        for text, value in ((self.tr("VIP: any"), None), (self.tr("VIP only"), True),
                            (self.tr("Not VIP"), False)):
            self.vip.addItem(text, value)
        self.status = QComboBox(self)
        for text, value in ((self.tr("Status: any"), None), (self.tr("Leads"), "lead"),
                            (self.tr("Customers"), "customer"), (self.tr("Lost"), "lost")):
            self.status.addItem(text, value)
        self.silent_days = QSpinBox(self)
        self.silent_days.setRange(0, 3650)
        self.silent_days.setSpecialValueText(self.tr("any"))
        self.silent_days.setSuffix(self.tr(" days"))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        silent = QHBoxLayout()
        silent.addWidget(QLabel(self.tr("No contact for"), self))
        silent.addWidget(self.silent_days, 1)
        for column, widget in enumerate((self.vip, self.status)):
            widget.currentIndexChanged.connect(self.changed)
            layout.addWidget(widget, 1, column)
        layout.addLayout(silent, 1, 2, 1, 2)
        layout.addWidget(self.clear_button, 1, 4, 1, 2)
        self.silent_days.valueChanged.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)
        self.reload_choices()

    def reload_choices(self) -> None:
        """Offer the values the database holds now (keeps the current choices)."""
        for key, box in self.boxes.items():
            current = box.currentData()
            values = (contact_query.tag_names() if key == "tag"
                      else contact_query.filter_values(key))
            box.blockSignals(True)
            box.clear()
            box.addItem(box.toolTip() + ": " + self.tr("any"), None)
            for value in values:
                box.addItem(value, value)
            box.setCurrentIndex(max(0, box.findData(current)))
            box.blockSignals(False)

    def clear(self) -> None:
        for widget in [*self.boxes.values(), self.vip, self.status]:
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        self.silent_days.blockSignals(True)
        self.silent_days.setValue(0)
        self.silent_days.blockSignals(False)
        self.changed.emit()

    def set_choice(self, key: str, value: object) -> None:
        box = {"vip": self.vip, "status": self.status}.get(key) or self.boxes[key]
        box.setCurrentIndex(box.findData(value))

    def apply_to(self, flt: ContactFilter) -> ContactFilter:
        days = self.silent_days.value()
        return replace(
            flt, **{k: b.currentData() for k, b in self.boxes.items()},
            vip=self.vip.currentData(), status=self.status.currentData(),
            silent_since=self._clock() - timedelta(days=days) if days else None)
