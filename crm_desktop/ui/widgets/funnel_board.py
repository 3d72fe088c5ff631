"""The funnel tab: one column per stage with its totals and its deals.

Each column is a list view over a lazy DealListModel, so the board grows into the kanban
board (card delegate, drag and drop) without one widget per deal.
"""

from __future__ import annotations

from html import escape

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import Stage
from crm_desktop.services import funnel
from crm_desktop.services.funnel import StageSummary
from crm_desktop.services.money import format_money
from crm_desktop.ui.models.deal_list import DealListModel

COLUMN_WIDTH = 250


class StageColumn(QFrame):
    def __init__(self, stage: Stage, parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.title = QLabel(self)
        self.title.setObjectName("stageTitle")
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.model = DealListModel(stage.id, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setUniformItemSizes(True)  # no per-row measuring for thousands of deals
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setWordWrap(True)
        self.list.setSpacing(2)
        self.list.setAlternatingRowColors(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addWidget(self.title)
        layout.addWidget(self.totals)
        layout.addWidget(self.list, 1)

    def show_summary(self, summary: StageSummary) -> None:
        self.title.setText(f"<b>{escape(self.stage.name)}</b> · {summary.count:,}")
        if not summary.value_minor:
            self.totals.setText(self.tr("No deals"))
            return
        value = ", ".join(format_money(v, c) for c, v in sorted(summary.value_minor.items()))
        weighted = ", ".join(format_money(v, c) for c, v in sorted(summary.weighted_minor.items()))
        self.totals.setText(self.tr("Total {0}\nWeighted {1}").format(value, weighted))


class FunnelBoard(QWidget):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.columns: list[StageColumn] = []
        inner = QWidget(self)
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        for stage in funnel.list_stages():
            column = StageColumn(stage, inner)
            self.columns.append(column)
            self._row.addWidget(column)
        self._row.addStretch(1)
        self._stale = True  # read on first show: start-up does not wait for a hidden tab

    def showEvent(self, event: QShowEvent) -> None:
        if self._stale:
            self.reload()
        super().showEvent(event)

    def reload(self) -> None:
        """Read the deals again now if the board is on screen, else when it is next shown."""
        if not self.isVisible():
            self._stale = True
            return
        self._stale = False
        summaries = funnel.stage_summaries()
        for column in self.columns:
            column.model.reload()
            column.show_summary(summaries.get(column.stage.id, StageSummary()))

    def column_for(self, stage_key: str) -> StageColumn:
        return next(c for c in self.columns if c.stage.key == stage_key)
