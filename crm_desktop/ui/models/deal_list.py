"""The deals of one funnel stage, in board order, loaded lazily with fetchMore."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from PySide6.QtCore import (
    QAbstractListModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from crm_desktop.services import funnel
from crm_desktop.services.funnel import DealCard
from crm_desktop.ui.display_text import day, money
from crm_desktop.ui.labels import rule_text
from crm_desktop.ui.models.row_window import RowWindow

DEAL_ID_ROLE = Qt.ItemDataRole.UserRole + 1
CARD_ROLE = Qt.ItemDataRole.UserRole + 2
BATCH = 100
ANY_INDEX = QModelIndex | QPersistentModelIndex


MIME_TYPE = "application/x-crm-desktop-deal"


class DealListModel(QAbstractListModel):
    """One stage column: rows appear `BATCH` at a time as the view scrolls (fetchMore).

    Cards are dragged as deal ids; a drop asks the board (`move_requested(deal, stage,
    row)`), which saves the move through the undo stack and reloads the columns.
    """

    move_requested = Signal(int, int, int)

    def __init__(self, stage_id: int, parent: Any = None):
        super().__init__(parent)
        self.stage_id = stage_id
        self.deal_filter = funnel.DealFilter()
        self.now: datetime | None = None
        self._window: RowWindow[DealCard] = RowWindow(funnel.deal_cards, page_size=BATCH)
        self._shown = 0

    def reload(self) -> None:
        self.beginResetModel()
        self._window.reset(funnel.deal_ids_in_stage(self.stage_id, self.deal_filter, self.now))
        self._shown = min(BATCH, len(self._window))
        self.endResetModel()

    def total(self) -> int:
        return len(self._window)

    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self._shown

    def canFetchMore(self, parent: ANY_INDEX) -> bool:
        return not parent.isValid() and self._shown < len(self._window)

    def fetchMore(self, parent: ANY_INDEX) -> None:
        if parent.isValid():
            return
        more = min(BATCH, len(self._window) - self._shown)
        if more <= 0:
            return
        self.beginInsertRows(QModelIndex(), self._shown, self._shown + more - 1)
        self._shown += more
        self.endInsertRows()

    # drag and drop ------------------------------------------------------------------------
    def flags(self, index: ANY_INDEX) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.ItemIsDropEnabled
        return (Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
                | Qt.ItemFlag.ItemIsDragEnabled)

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes: list[QModelIndex]) -> QMimeData:
        data = QMimeData()
        ids = [str(i.data(DEAL_ID_ROLE)) for i in indexes if i.isValid()]
        data.setData(MIME_TYPE, QByteArray(",".join(ids[:1]).encode()))
        return data

    def canDropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                        parent: ANY_INDEX) -> bool:
        return data.hasFormat(MIME_TYPE)

    def dropMimeData(self, data: QMimeData, action: Qt.DropAction, row: int, column: int,
                     parent: ANY_INDEX) -> bool:
        if not data.hasFormat(MIME_TYPE):
            return False
        text = bytes(data.data(MIME_TYPE).data()).decode()
        if not text.isdigit():
            return False
        if row < 0:
            row = parent.row() if parent.isValid() else self._shown
        self.move_requested.emit(int(text), self.stage_id, row)
        return False  # the board reloads both columns; nothing for Qt to remove

    def _explain(self, deal_id: int | None) -> str | None:
        """The card's tooltip: its lead score, rule by rule."""
        if deal_id is None:
            return None
        from crm_desktop.services import scoring

        lines = scoring.explain(deal_id, self.now or datetime.now(UTC))
        if not lines:
            return QCoreApplication.translate("DealListModel", "Lead score: no rule applies")
        total = sum(points for _, points in lines)
        head = QCoreApplication.translate("DealListModel", "Lead score {0}:").format(total)
        return "\n".join([head] + [f"{points:+d}  {rule_text(rule)}" for rule, points in lines])

    def id_at(self, row: int) -> int | None:
        return self._window.id_at(row)

    def row_of(self, deal_id: int) -> int:
        return self._window.row_of(deal_id)

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self._shown:
            return None
        if role == DEAL_ID_ROLE:
            return self._window.id_at(index.row())
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._explain(self._window.id_at(index.row()))
        if role not in (Qt.ItemDataRole.DisplayRole, CARD_ROLE):
            return None
        card = self._window.record(index.row())
        if card is None:
            return None
        if role == CARD_ROLE:
            return card
        close = day(card.expected_close_on) or "—"
        return (
            f"{card.title}\n{card.contact_name}\n"
            f"{money(card.value_minor, card.currency)} · {card.probability}% · {close}"
        )
