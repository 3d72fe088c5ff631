"""The kanban funnel board: one column per stage, cards painted by a delegate.

Deals move by drag and drop (between columns and within one) or with Ctrl+Left/Right.
Each move is saved at once through the undo stack; Lost asks for a reason first. Column
headers show count, total and weighted value, computed in SQL. Won and Lost fold away.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from html import escape

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShowEvent, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QLabel,
    QListView,
    QMenu,
    QPushButton,
    QScrollArea,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.connection import waiting_at_most
from crm_desktop.db.models import Stage
from crm_desktop.errors import StorageError
from crm_desktop.services import funnel, scoring
from crm_desktop.services.funnel import StageSummary
from crm_desktop.ui.display_text import count, money
from crm_desktop.ui.labels import named
from crm_desktop.ui.models.deal_list import CARD_ROLE, DEAL_ID_ROLE, DealListModel
from crm_desktop.ui.widgets.board_filters import BoardFilters
from crm_desktop.ui.widgets.deal_card_delegate import DealCardDelegate

COLUMN_WIDTH = 250
FOLDED_WIDTH = 44


class StageColumn(QFrame):
    def __init__(self, stage: Stage, clock: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.stage = stage
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setFixedWidth(COLUMN_WIDTH)
        self.title = QLabel(self)
        self.title.setObjectName("stageTitle")
        self.totals = QLabel(self)
        self.totals.setWordWrap(True)
        self.fold = QToolButton(self)
        self.fold.setCheckable(True)
        self.fold.setAutoRaise(True)
        self.fold.setToolTip(self.tr("Fold or unfold this column"))
        self.fold.setVisible(stage.kind != "open")
        self.fold.toggled.connect(self.set_folded)
        self.model = DealListModel(stage.id, self)
        self.list = QListView(self)
        self.list.setModel(self.model)
        self.list.setItemDelegate(DealCardDelegate(clock, self.list))
        self.list.setUniformItemSizes(True)  # no per-card measuring for thousands of deals
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setDragDropMode(QAbstractItemView.DragDropMode.DragDrop)
        self.list.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.list.setDragEnabled(True)
        self.list.setAcceptDrops(True)
        self.list.setDropIndicatorShown(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        head = QHBoxLayout()
        head.addWidget(self.title, 1)
        head.addWidget(self.fold)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(head)
        layout.addWidget(self.totals)
        layout.addWidget(self.list, 1)
        self.fold.setText("◂")

    def set_folded(self, folded: bool) -> None:
        """A folded column is a narrow strip with its name and count."""
        self.list.setVisible(not folded)
        self.totals.setVisible(not folded)
        self.setFixedWidth(FOLDED_WIDTH + 60 if folded else COLUMN_WIDTH)
        self.fold.setText("▸" if folded else "◂")

    def show_summary(self, summary: StageSummary) -> None:
        self.title.setText(f"<b>{escape(named(self.stage.name))}</b> · {count(summary.count)}")
        if not summary.value_minor:
            self.totals.setText(self.tr("No deals"))
            return
        value = ", ".join(money(v, c) for c, v in sorted(summary.value_minor.items()))
        weighted = ", ".join(money(v, c) for c, v in sorted(summary.weighted_minor.items()))
        self.totals.setText(self.tr("Total {0}\nWeighted {1}").format(value, weighted))

    def selected_deal(self) -> int | None:
        index = self.list.currentIndex()
        return index.data(DEAL_ID_ROLE) if index.isValid() else None


class FunnelBoard(QWidget):
    """Emits `deal_opened(id)` on a double-click or Enter on a card, `contact_opened(id)`
    when its customer's record is asked for."""

    deal_opened = Signal(int)
    contact_opened = Signal(int)
    changed = Signal()

    def __init__(self, undo_stack: QUndoStack, clock: Callable[[], datetime],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self.clock = clock
        self.columns: list[StageColumn] = []
        self.filters = BoardFilters(self)
        self.filters.changed.connect(self.reload)
        self.new_button = QPushButton(self.tr("New deal…"), self)
        self.new_button.clicked.connect(self.new_deal)
        # the board's settings, seldom changed, behind one button: beside the search and the
        # other buttons, in Persian or Russian, two more did not fit a laptop's screen
        # (a push button: a tool button's menu arrow was drawn over its last letter)
        self.setup_button = QPushButton(self.tr("Set up"), self)
        setup = QMenu(self.setup_button)
        setup.addAction(self.tr("Stages…"), self.edit_stages)
        setup.addAction(self.tr("Scoring rules…"), self.edit_rules)
        setup.addAction(self.tr("Marketing spend…"), self.edit_spend)
        self.setup_button.setMenu(setup)
        self.metrics_button = QPushButton(self.tr("Metrics"), self)
        self.metrics_button.setCheckable(True)
        self.metrics_button.toggled.connect(self.show_metrics)
        self.metrics: QWidget | None = None
        inner = QWidget(self)
        self._row = QHBoxLayout(inner)
        self._row.setContentsMargins(6, 6, 6, 6)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(inner)
        top = QHBoxLayout()
        top.addWidget(self.filters, 1)
        for button in (self.new_button, self.setup_button):
            top.addWidget(button, 0, Qt.AlignmentFlag.AlignTop)
        top.addWidget(self.metrics_button, 0, Qt.AlignmentFlag.AlignTop)
        self._body = QHBoxLayout()
        self._body.addWidget(scroll, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addLayout(self._body, 1)
        self._inner = inner
        self._build_columns()
        self._stale = True  # read on first show: start-up does not wait for a hidden tab
        self._scores_stale = False  # contacts changed since the scores were worked out

    def _build_columns(self) -> None:
        """One column per stage (again after the stages were edited)."""
        for column in self.columns:
            self._row.removeWidget(column)
            column.deleteLater()
        self.columns = []
        while self._row.count():
            self._row.takeAt(0)
        for stage in funnel.list_stages():
            column = StageColumn(stage, self.clock, self._inner)
            column.model.move_requested.connect(self.request_move)
            column.list.doubleClicked.connect(
                lambda index: self.deal_opened.emit(index.data(DEAL_ID_ROLE)))
            column.list.installEventFilter(self)
            column.list.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
            column.list.customContextMenuRequested.connect(
                lambda pos, c=column: self._card_menu(c, pos))
            self.columns.append(column)
            self._row.addWidget(column)
        self._row.addStretch(1)

    def new_deal(self) -> None:
        from crm_desktop.ui.dialogs.deal_dialog import DealDialog

        if DealDialog(None, self).exec():
            self._after_move()

    def edit_stages(self) -> None:
        from crm_desktop.ui.dialogs.funnel_settings import FunnelSettings

        if FunnelSettings(self).exec():
            self._build_columns()
            self._stale = True
            self.reload()

    def showEvent(self, event: QShowEvent) -> None:
        if self._scores_stale:
            self._rescore()
        if self._stale:
            self.reload()
        super().showEvent(event)

    def data_changed(self) -> None:
        """Contacts or their history changed: they feed the lead scores. Scored again now if
        the board is on screen, else when it is next shown (on 100,000 contacts a scoring
        takes 0.3 s, which each edit in the contacts tab paid)."""
        self._scores_stale = True
        if self.isVisible():
            self._rescore()
        self.reload()

    def _rescore(self) -> None:
        try:
            # derived, so put off (to the next change or showing) rather than wait on another
            # program's write lock, or a refresh the owner did not ask for would end in a
            # "busy" message
            with waiting_at_most(0):
                scoring.recompute(self.clock())
            self._scores_stale = False
            self._stale = True  # the cards show the scores
        except StorageError:
            pass

    def reload(self, stage_ids: set[int] | None = None) -> None:
        """Read the deals again now if the board is on screen, else when it is next shown;
        only the columns of `stage_ids` when a move touched just those."""
        if not self.isVisible():
            self._stale = True
            return
        if self._stale:
            stage_ids = None
        self._stale = False
        flt, now = self.filters.current(), self.clock()
        summaries = funnel.stage_summaries(flt, now, stage_ids)
        for column in self.columns:
            # archived deals are looked at, not ordered: dragging would place them among
            # the board's own
            column.list.setDragEnabled(not flt.archived)
            column.list.setAcceptDrops(not flt.archived)
            if stage_ids is not None and column.stage.id not in stage_ids:
                continue
            column.model.deal_filter, column.model.now = flt, now
            column.model.reload()
            column.show_summary(summaries.get(column.stage.id, StageSummary()))

    def column_for(self, stage_key: str) -> StageColumn:
        return next(c for c in self.columns if c.stage.key == stage_key)

    def _column_of_stage(self, stage_id: int) -> StageColumn:
        return next(c for c in self.columns if c.stage.id == stage_id)

    # moving ------------------------------------------------------------------------------
    def request_move(self, deal_id: int, stage_id: int, index: int | None = None) -> bool:
        """Move a deal (asks for the reason when it goes to Lost); False if not moved."""
        from crm_desktop.ui.undo_commands import MoveDealCommand

        column = self._column_of_stage(stage_id)
        stage = column.stage
        if index is not None and column.model.deal_filter != funnel.DealFilter():
            # a filtered or score-ordered column: the row maps to the manual order
            anchor = column.model.id_at(index) if index < column.model.total() else None
            full = list(funnel.deal_ids_in_stage(stage_id))
            index = full.index(anchor) if anchor in full else None
        reason = note = None
        if stage.kind == "lost":
            from crm_desktop.db.models import Deal
            from crm_desktop.ui.dialogs.loss_reason_dialog import LossReasonDialog

            if Deal.get_by_id(deal_id).stage_id != stage_id:
                dialog = LossReasonDialog(Deal.get_by_id(deal_id).title, self)
                if not dialog.exec():
                    return False  # cancel: the deal stays where it was
                reason, note = dialog.reason_id(), dialog.note.text()
        from crm_desktop.db.models import Deal

        touched = {Deal.get_by_id(deal_id).stage_id, stage_id}
        self.undo_stack.push(MoveDealCommand(deal_id, stage_id, index,
                                             lambda: self._after_move(touched), reason, note,
                                             self.clock()))
        self.select_deal(deal_id)
        return True

    def _after_move(self, stage_ids: set[int] | None = None) -> None:
        # a move changes no input of the lead score: only the columns it touched are read
        self.reload(stage_ids)
        if self.metrics is not None and self.metrics.isVisible():
            self.metrics.refresh()
        self.changed.emit()

    # scoring and metrics -----------------------------------------------------------------
    def edit_rules(self) -> None:
        from crm_desktop.ui.dialogs.scoring_dialog import ScoringDialog

        if ScoringDialog(self).exec():
            scoring.recompute(self.clock())
            self.reload()

    def edit_spend(self) -> None:
        from crm_desktop.ui.dialogs.marketing_spend_dialog import MarketingSpendDialog

        MarketingSpendDialog(self).exec()
        if self.metrics is not None and self.metrics.isVisible():
            self.metrics.refresh()

    def show_metrics(self, shown: bool) -> None:
        if shown and self.metrics is None:
            from crm_desktop.ui.widgets.funnel_metrics_panel import FunnelMetricsPanel

            self.metrics = FunnelMetricsPanel(self.clock, self)
            self._body.addWidget(self.metrics)
        if self.metrics is not None:
            self.metrics.setVisible(shown)
            if shown:
                self.metrics.refresh()

    def select_deal(self, deal_id: int) -> None:
        for column in self.columns:
            row = column.model.row_of(deal_id)
            if row >= 0:
                while column.model.rowCount() <= row and column.model.canFetchMore(
                        column.list.rootIndex()):
                    column.model.fetchMore(column.list.rootIndex())
                index = column.model.index(row)
                column.list.setCurrentIndex(index)
                column.list.scrollTo(index)
                column.list.setFocus()
                return

    # a card's menu -----------------------------------------------------------------------
    def _card_menu(self, column: StageColumn, pos: QPoint) -> None:
        index = column.list.indexAt(pos)
        if not index.isValid():
            return
        column.list.setCurrentIndex(index)
        deal_id = index.data(DEAL_ID_ROLE)
        card = index.data(CARD_ROLE)  # (as the card shows it: no query of its own)
        if card is None:
            return  # gone since the column was read
        archived = column.model.deal_filter.archived  # the archived deals are shown so
        menu = QMenu(self)
        menu.addAction(self.tr("Open…"), lambda: self.deal_opened.emit(deal_id))
        if not archived:
            move = menu.addMenu(self.tr("Move to"))
            for other in self.columns:
                if other.stage.id != column.stage.id:
                    move.addAction(named(other.stage.name),
                                   lambda s=other.stage.id: self.request_move(deal_id, s))
        menu.addAction(self.tr("Log an interaction…"),
                       lambda: self.log_interaction(deal_id, card.contact_id))
        menu.addAction(self.tr("New reminder…"),
                       lambda: self.new_reminder(deal_id, card.contact_id))
        menu.addAction(self.tr("Customer record"),
                       lambda: self.contact_opened.emit(card.contact_id))
        menu.addSeparator()
        if archived:
            menu.addAction(self.tr("Bring back to the board"),
                           lambda: self.archive([deal_id], False))
        else:
            archive = menu.addAction(self.tr("Archive"), lambda: self.archive([deal_id], True))
            archive.setToolTip(self.tr("Off the board and its totals; kept with its history"))
            shown = column.model.total()
            if shown > 1:  # (with "Stale only" or a search: the hopeless ones at once)
                menu.addAction(self.tr("Archive all {0} shown in this column…")
                               .format(count(shown)), lambda: self.archive_column(column))
        delete = menu.addAction(self.tr("Delete"), lambda: self.delete([deal_id]))
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))  # (shown, not bound)
        delete.setToolTip(self.tr("A deal entered by mistake; its open reminders go with it"))
        menu.exec(column.list.viewport().mapToGlobal(pos))

    def archive_column(self, column: StageColumn) -> bool:
        """Archive every deal the column shows (as filtered), once the owner agrees; one
        step to undo. False if nothing was archived."""
        from PySide6.QtWidgets import QMessageBox

        ids = list(funnel.deal_ids_in_stage(column.stage.id, column.model.deal_filter,
                                            column.model.now))
        if not ids:
            return False
        answer = QMessageBox.question(
            self, self.tr("Archive deals"),
            self.tr("Archive the {0} deals shown in “{1}”? They leave the board and its "
                    "totals, keeping their history; Undo brings them back.")
            .format(count(len(ids)), named(column.stage.name)))
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.archive(ids, True)
        return True

    def new_reminder(self, deal_id: int, contact_id: int) -> None:
        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if ReminderDialog(self.clock, contact_id, deal_id, self).exec():
            self._after_move({self._stage_of_card(deal_id)})

    def log_interaction(self, deal_id: int, contact_id: int) -> None:
        """A call or meeting about the deal: its activity (the card is no longer stale),
        and its follow-up if asked for."""
        from crm_desktop.ui.dialogs.history_dialogs import InteractionDialog

        if InteractionDialog(contact_id, self, deal_id=deal_id).exec():
            self._after_move({self._stage_of_card(deal_id)})  # (the record, the pane too)

    def _stage_of_card(self, deal_id: int) -> int:
        return next((c.stage.id for c in self.columns if c.model.row_of(deal_id) >= 0),
                    self.columns[0].stage.id)

    def archive(self, deal_ids: list[int], archived: bool) -> None:
        """Archive deals (off the board, kept with their history), or bring them back."""
        from crm_desktop.ui.undo_commands import ArchiveDealsCommand

        self.undo_stack.push(ArchiveDealsCommand(deal_ids, archived, self._after_move,
                                                 self.clock()))

    def delete(self, deal_ids: list[int]) -> None:
        """Delete deals entered by mistake (with their open reminders), undoably."""
        from crm_desktop.ui.undo_commands import DeleteDealsCommand

        self.undo_stack.push(DeleteDealsCommand(deal_ids, self._after_move, self.clock()))

    def focused_deal(self) -> int | None:
        """The card selected in the column that has the keyboard, if any."""
        return next((c.selected_deal() for c in self.columns
                     if c.list.hasFocus() and c.selected_deal() is not None), None)

    def move_selected(self, step: int) -> None:
        """Ctrl+Left/Right: the selected card to the previous/next stage."""
        for i, column in enumerate(self.columns):
            deal = column.selected_deal()
            if deal is not None and column.list.hasFocus():
                target = i + step
                if 0 <= target < len(self.columns):
                    self.request_move(deal, self.columns[target].stage.id)
                return

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
            rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
            if ctrl and event.key() in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                forward = (event.key() == Qt.Key.Key_Right) != rtl  # mirrored in RTL
                self.move_selected(1 if forward else -1)
                return True
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                column = next((c for c in self.columns if c.list is watched), None)
                if column and column.selected_deal() is not None:
                    self.deal_opened.emit(column.selected_deal())
                    return True
            if event.matches(QKeySequence.StandardKey.Delete):
                column = next((c for c in self.columns if c.list is watched), None)
                if column and column.selected_deal() is not None:
                    self.delete([column.selected_deal()])
                    return True
        return super().eventFilter(watched, event)
