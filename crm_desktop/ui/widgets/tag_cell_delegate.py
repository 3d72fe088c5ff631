"""The contacts table's Tags cell: each tag in the colour the owner gave it (Edit > Tags), as
the record writes it. A cell with no coloured tag, or a selected row (whose highlight wants
one text colour), is painted by Qt as any other cell."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, Qt
from PySide6.QtGui import QColor, QPainter, QPalette
from PySide6.QtWidgets import QApplication, QStyle, QStyledItemDelegate, QStyleOptionViewItem

from crm_desktop.ui.tones import tag_tone_name

ANY_INDEX = QModelIndex | QPersistentModelIndex
SEPARATOR = ", "  # as the contacts query joins a contact's tags


class TagCellDelegate(QStyledItemDelegate):
    def __init__(self, colours: Callable[[], dict[str, str]], parent=None):
        super().__init__(parent)
        self._colours = colours  # tag name -> colour key, read when the rows were

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: ANY_INDEX) -> None:
        text = index.data()
        colours = self._colours() if text else None
        if (not colours or option.state & QStyle.StateFlag.State_Selected
                or not any(tag in colours for tag in text.split(SEPARATOR))):
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""  # the background, focus and grid from the style; the words below
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        margin = style.pixelMetric(QStyle.PixelMetric.PM_FocusFrameHMargin, None, widget) + 1
        area = opt.rect.adjusted(margin, 0, -margin, 0)
        plain = opt.palette.color(QPalette.ColorGroup.Normal, QPalette.ColorRole.Text)
        painter.save()
        painter.setFont(opt.font)
        painter.setClipRect(area)
        self._write(painter, opt, area, text.split(SEPARATOR), colours, plain)
        painter.restore()

    @staticmethod
    def _write(painter: QPainter, opt: QStyleOptionViewItem, area: QRect, tags: list[str],
               colours: dict[str, str], plain: QColor) -> None:
        """Each tag, then its separator, from the leading edge; the last that does not fit
        is elided, as Qt elides a cell."""
        rtl = opt.direction == Qt.LayoutDirection.RightToLeft
        align = (Qt.AlignmentFlag.AlignRight if rtl else Qt.AlignmentFlag.AlignLeft) \
            | Qt.AlignmentFlag.AlignVCenter
        metrics = opt.fontMetrics
        left, right = area.left(), area.right() + 1
        pieces = []
        for i, tag in enumerate(tags):
            pieces.append((tag, colours.get(tag)))
            if i < len(tags) - 1:
                pieces.append((SEPARATOR, None))
        for piece, colour in pieces:
            room = right - left
            if room <= 0:
                break
            width = metrics.horizontalAdvance(piece)
            if width > room:
                piece = metrics.elidedText(piece, Qt.TextElideMode.ElideRight, room)
                width = room
            painter.setPen(QColor(tag_tone_name(colour, opt.palette)) if colour else plain)
            box = QRect(right - width if rtl else left, area.top(), width, area.height())
            painter.drawText(box, int(align) | int(Qt.TextFlag.TextSingleLine), piece)
            if rtl:
                right -= width
            else:
                left += width
