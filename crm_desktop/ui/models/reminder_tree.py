"""Open reminders as a two-level tree: groups (overdue, today, ...) and their reminders.

Thousands of open reminders cost one counting query; rows are read only for groups the
owner opens, a page at a time.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QFont

from crm_desktop.services import reminders
from crm_desktop.services.reminders import Bucket, ReminderRow
from crm_desktop.ui.display_text import count, isolated, local_minutes
from crm_desktop.ui.labels import label
from crm_desktop.ui.tones import ALARM, tone

REMINDER_ID_ROLE = Qt.ItemDataRole.UserRole + 1
BUCKET_ROLE = Qt.ItemDataRole.UserRole + 2
_DISPLAY = Qt.ItemDataRole.DisplayRole
_FOREGROUND = Qt.ItemDataRole.ForegroundRole
_TOOLTIP = Qt.ItemDataRole.ToolTipRole
# a colour, not a QBrush: the views take either, and QBrush builds QGradient's enums (1.3 ms)
ANY_INDEX = QModelIndex | QPersistentModelIndex
PAGE = 50  # a screenful and more; scrolling reads the next page
_GROUP = 0  # internal id of a group row; a reminder row stores its group's position + 1

BUCKET_TITLES = {
    Bucket.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
    Bucket.TODAY: QT_TRANSLATE_NOOP("Labels", "Today"),
    Bucket.NEXT_7_DAYS: QT_TRANSLATE_NOOP("Labels", "Next 7 days"),
    Bucket.LATER: QT_TRANSLATE_NOOP("Labels", "Later"),
}
HEADERS = (QT_TRANSLATE_NOOP("Labels", "Reminder"), QT_TRANSLATE_NOOP("Labels", "When"),
           QT_TRANSLATE_NOOP("Labels", "Contact / deal"))


class ReminderTreeModel(QAbstractItemModel):
    """Group rows carry counts from one SQL query; a group's reminders are read a page at a
    time when the group is expanded and scrolled (canFetchMore/fetchMore)."""

    def __init__(self, parent: Any = None, tz: tzinfo | None = None):
        super().__init__(parent)
        self._tz = tz
        self._now: datetime | None = None
        self._counts: dict[Bucket, int] = {}
        self._groups: list[Bucket] = []  # the non-empty groups, in display order
        # each group's reminders read so far, by the group's position (Qt asks for cells
        # by position thousands of times a paint: no enum hashing on that path)
        self._loaded: list[list[ReminderRow]] = []
        self._bold = QFont()
        self._bold.setBold(True)

    # data --------------------------------------------------------------------------------
    def refresh(self, now: datetime) -> None:
        """Read the groups again for `now` (the periodic check, and after any change)."""
        self.beginResetModel()
        self._now = now
        self._counts = reminders.bucket_counts(now, self._tz)
        self._groups = [b for b in Bucket if self._counts[b]]
        self._loaded = [[] for _ in self._groups]
        self.endResetModel()

    def count(self, bucket: Bucket) -> int:
        return self._counts.get(bucket, 0)

    def open_count(self) -> int:
        return sum(self._counts.values())

    def group_index(self, bucket: Bucket) -> QModelIndex:
        if bucket not in self._groups:
            return QModelIndex()
        return self.index(self._groups.index(bucket), 0, QModelIndex())

    # Qt model ----------------------------------------------------------------------------
    def index(self, row: int, column: int, parent: ANY_INDEX = QModelIndex()) -> QModelIndex:  # noqa: B008
        # bounds checked here, not with hasIndex(): that calls back into rowCount() and
        # columnCount() through Qt, three Python calls for one
        if row < 0 or not 0 <= column < len(HEADERS):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _GROUP) if row < len(self._groups) \
                else QModelIndex()
        group = parent.row()
        if parent.internalId() != _GROUP or parent.column() != 0 \
                or row >= len(self._loaded[group]):
            return QModelIndex()
        return self.createIndex(row, column, group + 1)

    def parent(self, index: ANY_INDEX = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not index.isValid() or index.internalId() == _GROUP:
            return QModelIndex()
        return self.createIndex(index.internalId() - 1, 0, _GROUP)

    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self._groups)
        if parent.internalId() == _GROUP and parent.column() == 0:
            return len(self._loaded[parent.row()])
        return 0

    def hasChildren(self, parent: ANY_INDEX = QModelIndex()) -> bool:  # noqa: B008
        if not parent.isValid():
            return bool(self._groups)
        return parent.internalId() == _GROUP and parent.column() == 0

    def canFetchMore(self, parent: ANY_INDEX) -> bool:
        if not parent.isValid() or parent.internalId() != _GROUP or parent.column() != 0:
            return False
        return len(self._loaded[parent.row()]) < self._counts[self._groups[parent.row()]]

    def fetchMore(self, parent: ANY_INDEX) -> None:
        if not self.canFetchMore(parent) or self._now is None:
            return
        bucket = self._groups[parent.row()]
        loaded = self._loaded[parent.row()]
        page = reminders.reminders_in(bucket, self._now, self._tz, offset=len(loaded),
                                      limit=PAGE)
        if not page:
            return
        self.beginInsertRows(parent, len(loaded), len(loaded) + len(page) - 1)
        loaded.extend(page)
        self.endInsertRows()

    def columnCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole
                and 0 <= section < len(HEADERS)):
            return label(HEADERS[section])
        return None

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group = index.internalId()
        if group == _GROUP:
            return self._group_data(index.row(), index.column(), role)
        return self._reminder_data(group - 1, index.row(), index.column(), role)

    def multiData(self, index: ANY_INDEX, role_data_span: QModelRoleDataSpan) -> None:  # noqa: N802
        # A painted cell asks for seven roles: one call from Qt instead of seven, and a
        # reminder's cell works out only the three roles it has
        if not index.isValid():
            return
        group, row, column = index.internalId(), index.row(), index.column()
        if group == _GROUP:
            for role_data in role_data_span:
                value = self._group_data(row, column, role_data.role())
                if value is None:
                    role_data.clearData()
                else:
                    role_data.setData(value)
            return
        reminder = self._loaded[group - 1][row]
        overdue = self._groups[group - 1] is Bucket.OVERDUE
        for role_data in role_data_span:
            role = role_data.role()
            if role == _DISPLAY:
                role_data.setData(self._reminder_text(reminder, column))
            elif role == _FOREGROUND and overdue:
                role_data.setData(tone(ALARM))
            elif role == REMINDER_ID_ROLE:
                role_data.setData(reminder.id)
            elif role == _TOOLTIP:
                role_data.setData(self._reminder_tooltip(reminder))
            else:
                role_data.clearData()

    def _reminder_data(self, group: int, row_no: int, column: int, role: int) -> Any:
        row = self._loaded[group][row_no]
        if role == _DISPLAY:
            return self._reminder_text(row, column)
        if role == _FOREGROUND and self._groups[group] is Bucket.OVERDUE:
            return tone(ALARM)
        if role == REMINDER_ID_ROLE:
            return row.id
        if role == _TOOLTIP:
            return self._reminder_tooltip(row)
        return None

    @classmethod
    def _reminder_tooltip(cls, row: ReminderRow) -> str:
        """The whole reminder, for a cell cut short or a column hidden in a narrow dock."""
        linked = cls._reminder_text(row, 2)
        when = cls._reminder_text(row, 1)
        return "\n".join(x for x in (cls._reminder_text(row, 0), when, linked) if x)

    @staticmethod
    def _reminder_text(row: ReminderRow, column: int) -> str:
        if column == 0:
            return ("↻ " if row.recurring else "") + row.title
        if column == 1:
            return local_minutes(row.due_at)
        return " · ".join(isolated(x) for x in (row.contact_name, row.deal_title) if x)

    def _group_data(self, row: int, column: int, role: int) -> Any:
        bucket = self._groups[row]
        if role == BUCKET_ROLE:
            return bucket.value
        if column != 0:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return f"{label(BUCKET_TITLES[bucket])} ({count(self._counts[bucket])})"
        if role == Qt.ItemDataRole.FontRole:
            return self._bold
        if role == Qt.ItemDataRole.ForegroundRole and bucket is Bucket.OVERDUE:
            return tone(ALARM)
        return None
