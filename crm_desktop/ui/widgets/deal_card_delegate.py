"""Deal cards painted by a delegate: no widget per card, so thousands of deals stay fast.

A card shows the title, the customer, value and probability, the expected close date, the
lead score, days in the stage and the next reminder. Stale cards get an amber edge, an
overdue close date is red. Cards mirror in right-to-left layouts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette, QPen
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.services.date_text import day_text
from crm_desktop.services.funnel import DealCard
from crm_desktop.ui.display_text import dating, day, isolated, left_to_right, money
from crm_desktop.ui.models.deal_list import CARD_ROLE
from crm_desktop.ui.tones import ALARM, CAUTION, STALE_EDGE, tone

CARD_HEIGHT = 88
MARGIN = 4
ANY_INDEX = QModelIndex | QPersistentModelIndex


class DealCardDelegate(QStyledItemDelegate):
    def __init__(self, clock: Callable[[], datetime], parent=None):
        super().__init__(parent)
        self._clock = clock

    def sizeHint(self, option: QStyleOptionViewItem, index: ANY_INDEX) -> QSize:
        return QSize(120, CARD_HEIGHT)  # the width follows the column (never scrolls sideways)

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ANY_INDEX) -> None:
        card: DealCard | None = index.data(CARD_ROLE)
        if card is None:
            return
        now = self._clock()
        rtl = option.direction == Qt.LayoutDirection.RightToLeft
        palette = option.palette
        rect = option.rect.adjusted(MARGIN, MARGIN // 2, -MARGIN, -MARGIN // 2)
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setPen(QPen(palette.color(QPalette.ColorRole.Highlight) if selected
                            else palette.color(QPalette.ColorRole.Mid), 2 if selected else 1))
        painter.setBrush(palette.color(QPalette.ColorRole.Base))
        painter.drawRoundedRect(rect, 6, 6)
        stale = card.is_stale(now)
        if stale:
            edge = QRect(rect.right() - 4 if rtl else rect.left(), rect.top(), 5, rect.height())
            painter.fillRect(edge, tone(STALE_EDGE, palette))
        inner = rect.adjusted(10, 6, -10, -6)
        align = Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft
        bold = QFont(option.font)
        bold.setBold(True)
        line = QFontMetrics(option.font).height()
        text = palette.color(QPalette.ColorRole.Text)

        def write(row: int, value: str, font: QFont = option.font, color: QColor = text,
                  flags: Qt.AlignmentFlag = align) -> None:
            painter.setFont(font)
            painter.setPen(color)
            box = QRect(inner.left(), inner.top() + row * line, inner.width(), line)
            elided = QFontMetrics(font).elidedText(value, Qt.TextElideMode.ElideRight,
                                                   inner.width())
            painter.drawText(box, flags | Qt.AlignmentFlag.AlignVCenter, elided)

        # each in its own direction: «ООО «Меридиан»» keeps its quotes in a Persian window
        write(0, isolated(card.title), bold)
        write(1, isolated(card.contact_name))
        # numbers and codes read left to right in a Persian window too
        write(2, left_to_right(f"{money(card.value_minor, card.currency)}"
                               f" · {card.probability}% · ★{card.score}"))
        close = day(card.expected_close_on) or "—"
        days = card.days_in_stage(now)
        overdue = card.is_overdue(now.astimezone().date())
        write(3, self.tr("close {0}").format(close),
              color=tone(ALARM, palette) if overdue else text)
        other = Qt.AlignmentFlag.AlignLeft if rtl else Qt.AlignmentFlag.AlignRight
        tail = self.tr("{0} d").format(days) + (
            self.tr(" · next {0}").format(
                left_to_right(day_text(card.next_reminder_at.astimezone().date(),
                                       dating())[5:]))
            if card.next_reminder_at else "")
        write(3, tail, color=tone(CAUTION, palette) if stale
              else palette.color(QPalette.ColorRole.PlaceholderText),
              flags=other)
        painter.restore()
