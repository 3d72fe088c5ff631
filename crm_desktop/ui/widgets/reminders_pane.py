"""The reminders dock: open reminders grouped into overdue, today, next 7 days and later.

The time comes from an injected clock, and a timer regroups the list as time passes, so a
reminder moves from "today" to "overdue" without a restart (and tests need not sleep).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from crm_desktop.services import reminders
from crm_desktop.services.reminders import Bucket, ReminderRow

REFRESH_MS = 30_000
REMINDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
OVERDUE_COLOR = QColor("#b3261e")

BUCKET_TITLES = {
    Bucket.OVERDUE: "Overdue",
    Bucket.TODAY: "Today",
    Bucket.NEXT_7_DAYS: "Next 7 days",
    Bucket.LATER: "Later",
}


def _bucket_title(bucket: Bucket, n: int) -> str:
    text = QCoreApplication.translate("RemindersPane", BUCKET_TITLES[bucket])
    return f"{text} ({n})"


class RemindersPane(QWidget):
    """Emits `counts_changed(overdue, open)` after each refresh."""

    counts_changed = Signal(int, int)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self._rows: list[ReminderRow] = []
        self.model = QStandardItemModel(0, 3, self)
        self.model.setHorizontalHeaderLabels(
            [self.tr("Reminder"), self.tr("When"), self.tr("Contact / deal")]
        )
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(True)
        self.view.setColumnWidth(0, 190)
        self.view.setColumnWidth(1, 125)
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.regroup)
        self.timer.start()
        self.reload()

    def reload(self) -> None:
        """Read the open reminders from the database again."""
        self._rows = reminders.open_reminders()
        self.regroup()

    def regroup(self) -> None:
        """Place the reminders in their groups for the clock's current time."""
        now = self._clock()
        groups = reminders.grouped(self._rows, now)
        collapsed = {
            self.model.item(r).data(REMINDER_ID_ROLE)
            for r in range(self.model.rowCount())
            if not self.view.isExpanded(self.model.index(r, 0))
        }
        self.model.removeRows(0, self.model.rowCount())
        bold = QFont()
        bold.setBold(True)
        for bucket, rows in groups.items():
            if not rows:
                continue
            head = QStandardItem(_bucket_title(bucket, len(rows)))
            head.setData(bucket.value, REMINDER_ID_ROLE)
            head.setFont(bold)
            if bucket is Bucket.OVERDUE:
                head.setForeground(QBrush(OVERDUE_COLOR))
            for row in rows:
                head.appendRow(self._items(row, bucket is Bucket.OVERDUE))
            self.model.appendRow([head, QStandardItem(), QStandardItem()])
            if bucket.value not in collapsed:
                self.view.expand(head.index())
        self.counts_changed.emit(len(groups[Bucket.OVERDUE]), len(self._rows))

    def _items(self, row: ReminderRow, overdue: bool) -> list[QStandardItem]:
        title = QStandardItem(("↻ " if row.recurring else "") + row.title)
        title.setData(row.id, REMINDER_ID_ROLE)
        when = QStandardItem(row.due_at.astimezone().strftime("%Y-%m-%d %H:%M"))
        linked = " · ".join(x for x in (row.contact_name, row.deal_title) if x)
        items = [title, when, QStandardItem(linked)]
        if overdue:
            for item in items:
                item.setForeground(QBrush(OVERDUE_COLOR))
        return items

    def group_titles(self) -> list[str]:
        return [self.model.item(r).text() for r in range(self.model.rowCount())]

    def titles_in(self, bucket: Bucket) -> list[str]:
        for r in range(self.model.rowCount()):
            head = self.model.item(r)
            if head.data(REMINDER_ID_ROLE) == bucket.value:
                return [head.child(i).text().removeprefix("↻ ") for i in range(head.rowCount())]
        return []
