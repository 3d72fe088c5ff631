"""Open reminders as a two-level tree: groups (overdue, today, ...) and their reminders.

Thousands of open reminders cost one counting query; rows are read only for groups the
owner opens, a page at a time (canFetchMore/fetchMore).

The rows live in a QStandardItemModel, so the view's many calls per painted row (index,
parent, data for each role) stay in C++: as a Python model those calls cost ~12 ms of
start-up for one screen of reminders.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QStandardItem, QStandardItemModel

from crm_desktop.services import reminders
from crm_desktop.services.reminders import Bucket, ReminderRow
from crm_desktop.ui.display_text import isolated, local_minutes

REMINDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 2
OVERDUE_BRUSH = QBrush(QColor("#b3261e"))
ANY_INDEX = QModelIndex | QPersistentModelIndex
PAGE = 50  # a screenful and more; scrolling reads the next page

BUCKET_TITLES = {
    Bucket.OVERDUE: "Overdue",
    Bucket.TODAY: "Today",
    Bucket.NEXT_7_DAYS: "Next 7 days",
    Bucket.LATER: "Later",
}
HEADERS = ("Reminder", "When", "Contact / deal")


def _tr(text: str) -> str:
    return QCoreApplication.translate("ReminderTreeModel", text)


def _read_only(text: str) -> QStandardItem:
    item = QStandardItem(text)
    item.setEditable(False)
    item.setDragEnabled(False)
    item.setDropEnabled(False)
    return item


class ReminderTreeModel(QStandardItemModel):
    """Group rows carry counts from one SQL query; a group's reminders are read a page at a
    time when the group is expanded and scrolled. Emits `refreshed()` after each regroup."""

    refreshed = Signal()

    def __init__(self, parent: Any = None, tz: tzinfo | None = None):
        super().__init__(parent)
        self._tz = tz
        self._now: datetime | None = None
        self._counts: dict[Bucket, int] = {}
        self._groups: list[Bucket] = []  # the non-empty groups, in display order
        self._loaded: dict[Bucket, int] = {}  # reminders read so far, per group
        self._bold = QFont()
        self._bold.setBold(True)
        self.setHorizontalHeaderLabels([_tr(h) for h in HEADERS])

    # data --------------------------------------------------------------------------------
    def refresh(self, now: datetime) -> None:
        """Read the groups again for `now` (the periodic check, and after any change)."""
        self._now = now
        self._counts = reminders.bucket_counts(now, self._tz)
        self._groups = [b for b in Bucket if self._counts[b]]
        self._loaded = {b: 0 for b in self._groups}
        self.removeRows(0, self.rowCount())
        for bucket in self._groups:
            group = _read_only(f"{_tr(BUCKET_TITLES[bucket])} ({self._counts[bucket]:,})")
            group.setFont(self._bold)
            group.setData(bucket.value, BUCKET_ROLE)
            if bucket is Bucket.OVERDUE:
                group.setForeground(OVERDUE_BRUSH)
            self.appendRow(group)
        self.refreshed.emit()

    def count(self, bucket: Bucket) -> int:
        return self._counts.get(bucket, 0)

    def open_count(self) -> int:
        return sum(self._counts.values())

    def group_index(self, bucket: Bucket) -> QModelIndex:
        if bucket not in self._groups:
            return QModelIndex()
        return self.index(self._groups.index(bucket), 0, QModelIndex())

    def _row_items(self, row: ReminderRow, overdue: bool) -> list[QStandardItem]:
        linked = " · ".join(isolated(x) for x in (row.contact_name, row.deal_title) if x)
        items = [_read_only(("↻ " if row.recurring else "") + row.title),
                 _read_only(local_minutes(row.due_at)), _read_only(linked)]
        for item in items:
            item.setData(row.id, REMINDER_ID_ROLE)
            if overdue:
                item.setForeground(OVERDUE_BRUSH)
        return items

    # lazy loading ------------------------------------------------------------------------
    def _group_of(self, parent: ANY_INDEX) -> Bucket | None:
        if not parent.isValid() or parent.parent().isValid() or parent.column() != 0:
            return None
        return self._groups[parent.row()] if parent.row() < len(self._groups) else None

    def hasChildren(self, parent: ANY_INDEX = QModelIndex()) -> bool:  # noqa: B008
        if parent.isValid() and parent.column() == 0 and not parent.parent().isValid():
            return True  # a group can be opened before its rows are read
        return super().hasChildren(parent)

    def canFetchMore(self, parent: ANY_INDEX) -> bool:
        bucket = self._group_of(parent)
        return bucket is not None and self._loaded[bucket] < self._counts[bucket]

    def fetchMore(self, parent: ANY_INDEX) -> None:
        bucket = self._group_of(parent)
        if bucket is None or self._now is None or not self.canFetchMore(parent):
            return
        page = reminders.reminders_in(bucket, self._now, self._tz,
                                      offset=self._loaded[bucket], limit=PAGE)
        self._loaded[bucket] += len(page)
        group = self.itemFromIndex(self.index(parent.row(), 0))
        for row in page:
            group.appendRow(self._row_items(row, bucket is Bucket.OVERDUE))
