"""The reminders dock: open reminders grouped into overdue, today, next 7 days and later.

The time comes from an injected clock, and a timer regroups the list as time passes, so a
reminder moves from "today" to "overdue" without a restart (and tests need not sleep).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtWidgets import QAbstractItemView, QTreeView, QVBoxLayout, QWidget

from crm_desktop.services.reminders import Bucket
from crm_desktop.ui.models.reminder_tree import BUCKET_ROLE, ReminderTreeModel

REFRESH_MS = 30_000


class RemindersPane(QWidget):
    """Emits `counts_changed(overdue, open)` after each refresh."""

    counts_changed = Signal(int, int)

    def __init__(self, clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self._clock = clock
        self._collapsed: set[str] = set()  # groups the owner folded away stay folded
        self.model = ReminderTreeModel(self)
        self.view = QTreeView(self)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setUniformRowHeights(True)
        self.view.setAlternatingRowColors(True)
        self.view.header().setStretchLastSection(True)
        self.view.setColumnWidth(0, 160)
        self.view.setColumnWidth(1, 120)
        self.setMinimumWidth(340)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self.view.collapsed.connect(lambda i: self._collapsed.add(i.data(BUCKET_ROLE)))
        self.view.expanded.connect(lambda i: self._collapsed.discard(i.data(BUCKET_ROLE)))
        self.model.modelReset.connect(self._after_reset)
        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.refresh()

    def refresh(self) -> None:
        """Regroup the open reminders for the clock's current time (also after edits)."""
        self.model.refresh(self._clock())

    def overdue_count(self) -> int:
        return self.model.count(Bucket.OVERDUE)

    def _after_reset(self) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0, QModelIndex())
            if index.data(BUCKET_ROLE) not in self._collapsed:
                self.view.expand(index)
        self.counts_changed.emit(self.overdue_count(), self.model.open_count())

    def group_titles(self) -> list[str]:
        return [self.model.index(r, 0, QModelIndex()).data() for r in range(self.model.rowCount())]

    def titles_in(self, bucket: Bucket) -> list[str]:
        """Every reminder title in a group (reads the whole group)."""
        group = self.model.group_index(bucket)
        if not group.isValid():
            return []
        while self.model.canFetchMore(group):
            self.model.fetchMore(group)
        return [self.model.index(r, 0, group).data().removeprefix("↻ ")
                for r in range(self.model.rowCount(group))]
