"""The filter row over the contacts table: tag, segment, VIP, industry, place, source,
status and "no contact for N days". Filters combine."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta

from PySide6.QtCore import QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QCheckBox,
    QComboBox,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLayout,
    QToolButton,
    QWidget,
)

from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import BIRTHDAY_DAYS, ContactFilter
from crm_desktop.ui.tones import shown_tag_colours, tag_tone_name
from crm_desktop.ui.widgets.number_fields import NumberField


class LazyChoiceBox(QComboBox):
    """A filter list that reads its values when it is opened, not when the window starts
    (listing distinct values of a million contacts is work no start-up should wait for)."""

    def __init__(self, title: str, load: Callable[[], list[str]], parent: QWidget,
                 colours: Callable[[], dict[str, str]] | None = None):
        super().__init__(parent)
        self._load = load
        self._colours = colours  # value -> tag colour, for the tags' list
        self._stale = True
        self.setToolTip(title)
        self.addItem(f"{title}: " + self.tr("any"), None)

    def mark_stale(self) -> None:
        self._stale = True

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if self._colours and event.type() == QEvent.Type.PaletteChange:
            self._stale = True  # the tags' colours have a shade for a dark desktop

    def refresh(self) -> None:
        """Read the values now, keeping the current choice."""
        current = self.currentData()
        self.blockSignals(True)
        while self.count() > 1:
            self.removeItem(1)
        colours = self._colours() if self._colours else {}
        for value in self._load():
            self.addItem(value, value)
            if value in colours:  # written in it, as the table and the record write it
                self.setItemData(self.count() - 1,
                                 QColor(tag_tone_name(colours[value], self.palette())),
                                 Qt.ItemDataRole.ForegroundRole)
        self.setCurrentIndex(max(0, self.findData(current)))
        self.blockSignals(False)
        self._stale = False

    def showPopup(self) -> None:
        if self._stale:
            self.refresh()
        super().showPopup()

    def choose(self, value: object) -> None:
        """Choose `value`, even one no contact has now (a saved view's tag deleted since):
        the list then shows none, rather than every contact."""
        if value is not None and self.findData(value) < 0:
            self.refresh()
            if self.findData(value) < 0:
                self.addItem(str(value), value)
        self.setCurrentIndex(max(0, self.findData(value)))


class FilterBar(QWidget):
    changed = Signal()

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self.boxes: dict[str, LazyChoiceBox] = {}
        # two rows, so that the bar fits a laptop screen beside the reminders pane
        layout = QGridLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        labels = {"tag": self.tr("Tag"), "segment": self.tr("Segment"),
                  "industry": self.tr("Industry"), "city": self.tr("City/region"),
                  "country": self.tr("Country"), "lead_source": self.tr("Source")}
        for key, label in labels.items():
            load = (contact_query.tag_names if key == "tag"
                    else lambda k=key: contact_query.filter_values(k))
            box = LazyChoiceBox(label, load, self,
                                shown_tag_colours if key == "tag" else None)
            box.setMinimumContentsLength(6)
            box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
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
        self.silent_days = NumberField(self)
        self.silent_days.setRange(0, 3650)
        self.silent_days.setSpecialValueText(self.tr("any"))
        self.silent_days.setSuffix(self.tr(" days"))
        self.overdue = QCheckBox(self.tr("Overdue to buy"), self)
        self.overdue.setToolTip(self.tr(
            "Customers who have not bought for more than twice their usual interval: at "
            "risk of leaving"))
        self.owing = QCheckBox(self.tr("Owes money"), self)
        self.owing.setToolTip(self.tr("Customers with an invoice unpaid past its due day"))
        self.birthday = QCheckBox(self.tr("Birthday soon"), self)
        self.birthday.setToolTip(self.tr("Contacts whose birthday falls within {0} days, "
                                         "to send greetings in time").format(BIRTHDAY_DAYS))
        self.clear_button = QToolButton(self)
        self.clear_button.setText(self.tr("Clear filters"))
        # the second row in a line of its own: in the grid's columns its checks widened the
        # Country and Source lists above and squeezed the others. Its two halves stand side
        # by side where there is room, else one above the other (_fit): in Persian or
        # Russian, beside the reminders, one line was wider than the table and cut off
        # Clear filters, and the Views button above it
        first_half, second_half = QHBoxLayout(), QHBoxLayout()
        for widget in (self.vip, self.status):
            widget.currentIndexChanged.connect(self.changed)
            first_half.addWidget(widget)
        first_half.addWidget(QLabel(self.tr("No contact for"), self))
        first_half.addWidget(self.silent_days)
        first_half.addStretch(1)
        for check in (self.overdue, self.owing, self.birthday):
            second_half.addWidget(check)
        second_half.addStretch(1)
        second_half.addWidget(self.clear_button)
        self._halves = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        self._halves.addLayout(first_half)
        self._halves.addLayout(second_half)
        layout.addLayout(self._halves, 1, 0, 1, len(self.boxes))
        # its width is the window's to give, not the longest line's to take (_fit wraps)
        layout.setSizeConstraint(QLayout.SizeConstraint.SetNoConstraint)
        for column in range(len(self.boxes)):
            layout.setColumnStretch(column, 1)
        self.silent_days.valueChanged.connect(self.changed)
        self.overdue.toggled.connect(self.changed)
        self.owing.toggled.connect(self.changed)
        self.birthday.toggled.connect(self.changed)
        self.clear_button.clicked.connect(self.clear)

    def minimumSizeHint(self) -> QSize:  # noqa: N802 (Qt's)
        """As narrow as the widest of its parts, the two halves of the second row wrapped."""
        layout = self.layout()
        widest = max(self._halves.itemAt(i).minimumSize().width() for i in range(2))
        first_row = sum(box.minimumSizeHint().width() for box in self.boxes.values()) + \
            layout.horizontalSpacing() * (len(self.boxes) - 1)
        return QSize(max(widest, first_row), layout.minimumSize().height())

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802 (Qt's)
        super().resizeEvent(event)
        self._fit(event.size().width())

    def _fit(self, width: int) -> None:
        """Both halves of the second row on one line if they fit, else one per line."""
        halves = [self._halves.itemAt(i).sizeHint().width() for i in range(2)]
        one_line = sum(halves) + self._halves.spacing() <= width
        direction = (QBoxLayout.Direction.LeftToRight if one_line
                     else QBoxLayout.Direction.TopToBottom)
        if self._halves.direction() != direction:
            self._halves.setDirection(direction)
            self.updateGeometry()  # (the bar's height changes)

    def reload_choices(self) -> None:
        """The data changed: the lists read their values again when next opened."""
        for box in self.boxes.values():
            box.mark_stale()

    def clear(self) -> None:
        for widget in [*self.boxes.values(), self.vip, self.status]:
            widget.blockSignals(True)
            widget.setCurrentIndex(0)
            widget.blockSignals(False)
        checks = (self.silent_days, self.overdue, self.owing, self.birthday)
        for box in checks:
            box.blockSignals(True)
        self.silent_days.setValue(0)
        self.overdue.setChecked(False)
        self.owing.setChecked(False)
        self.birthday.setChecked(False)
        for box in checks:
            box.blockSignals(False)
        self.changed.emit()

    def chosen(self) -> dict[str, object]:
        """What the bar is set to, by the names of services.saved_views.SavedView."""
        return {**{key: box.currentData() for key, box in self.boxes.items()},
                "vip": self.vip.currentData(), "status": self.status.currentData(),
                "silent_days": self.silent_days.value(), "overdue": self.overdue.isChecked(),
                "owing": self.owing.isChecked(), "birthday": self.birthday.isChecked()}

    def choose_all(self, chosen: dict[str, object]) -> None:
        """Set the bar as `chosen()` gave it (a saved view), telling `changed` once."""
        widgets = [*self.boxes.values(), self.vip, self.status, self.silent_days,
                   self.overdue, self.owing, self.birthday]
        for widget in widgets:
            widget.blockSignals(True)
        try:
            for key, box in self.boxes.items():
                box.choose(chosen.get(key))
            for key, box in (("vip", self.vip), ("status", self.status)):
                box.setCurrentIndex(max(0, box.findData(chosen.get(key))))
            self.silent_days.setValue(int(chosen.get("silent_days") or 0))
            self.overdue.setChecked(bool(chosen.get("overdue")))
            self.owing.setChecked(bool(chosen.get("owing")))
            self.birthday.setChecked(bool(chosen.get("birthday")))
        finally:
            for widget in widgets:
                widget.blockSignals(False)
        self.changed.emit()

    def set_choice(self, key: str, value: object) -> None:
        if key in self.boxes:
            self.boxes[key].choose(value)
            return
        box = {"vip": self.vip, "status": self.status}[key]
        box.setCurrentIndex(box.findData(value))

    def apply_to(self, flt: ContactFilter) -> ContactFilter:
        days = self.silent_days.value()
        return replace(
            flt, **{k: b.currentData() for k, b in self.boxes.items()},
            vip=self.vip.currentData(), status=self.status.currentData(),
            silent_since=self._clock() - timedelta(days=days) if days else None,
            overdue_on=self._clock() if self.overdue.isChecked() else None,
            owing_on=self._clock() if self.owing.isChecked() else None,
            birthday_from=self._clock().astimezone().date() if self.birthday.isChecked()
            else None)
