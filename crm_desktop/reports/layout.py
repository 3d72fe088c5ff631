"""The frame every report shares: A4 or Letter, header and footer, "page N of M"."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from crm_desktop.errors import CancelledError, InputError
from crm_desktop.paths import PRIVATE_FILE_MODE
from crm_desktop.reports.fonts import has_rtl, register, shape
from crm_desktop.translatable import listing, msg

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm


def styles() -> dict[str, ParagraphStyle]:
    regular, bold = register()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12)
    return {
        "body": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5),
        "cell": ParagraphStyle("cell", parent=base, fontSize=8, leading=10),
        "head": ParagraphStyle("head", parent=base, fontName=bold, fontSize=8, leading=10,
                               textColor=colors.white),
        "h1": ParagraphStyle("h1", parent=base, fontName=bold, fontSize=20, leading=26,
                             spaceAfter=10),
        "h2": ParagraphStyle("h2", parent=base, fontName=bold, fontSize=13, leading=17,
                             spaceBefore=10, spaceAfter=6),
    }


def para(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of any script: escaped, Persian shaped and set from the right; long
    words wrap in the cell."""
    raw = "" if text is None else str(text)
    if has_rtl(raw):
        style = ParagraphStyle(style.name + "-rtl", parent=style, alignment=TA_RIGHT)
    return Paragraph(escape(shape(raw)), style)


CELL_PADDING = 3  # points around the text inside a cell
HEADER_FILL = colors.HexColor("#1f5f8b")
STRIPE_FILL = colors.HexColor("#f1f4f7")
GRID = colors.HexColor("#c8d0d8")


class FastTable(Flowable):
    """A table drawn straight onto the canvas: the header repeats on every page, long cells
    wrap onto more lines (never overflow), right-to-left text is shaped and set from the
    right. Splitting is by whole rows and linear, so thousands of rows stay fast."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[object]],
                 widths: Sequence[float], font: str, bold: str, size: float = 8,
                 leading: float = 10, _prepared: tuple | None = None):
        super().__init__()
        self.widths, self.font, self.bold = list(widths), font, bold
        self.size, self.leading = size, leading
        if _prepared is None:
            self.header = self._lines_of(header, bold)
            self.rows = [self._lines_of(row, font) for row in rows]
            self.heights = [self._height(r) for r in self.rows]
        else:  # a part after a page break: rows laid out and measured once, not per page
            self.header, self.rows, self.heights = _prepared
        self.header_height = self._height(self.header)

    def _lines_of(self, row: Sequence[object], font: str) -> list[tuple[list[str], bool]]:
        cells = []
        for value, width in zip(row, self.widths, strict=True):
            raw = "" if value is None else str(value)
            rtl = has_rtl(raw)
            text = shape(raw)
            room = width - 2 * CELL_PADDING
            if stringWidth(text, font, self.size) <= room:
                cells.append(([text], rtl))
            else:
                lines = simpleSplit(text, font, self.size, room) or [""]
                cells.append(([piece for line in lines
                               for piece in self._hard_wrap(line, font, room)], rtl))
        return cells

    def _hard_wrap(self, line: str, font: str, room: float) -> list[str]:
        """A word longer than the cell (a URL, a name without spaces) is cut, not spilled."""
        if stringWidth(line, font, self.size) <= room:
            return [line]
        pieces, current = [], ""
        for ch in line:
            if current and stringWidth(current + ch, font, self.size) > room:
                pieces.append(current)
                current = ""
            current += ch
        return [*pieces, current]

    def _height(self, cells: list[tuple[list[str], bool]]) -> float:
        return max((len(lines) for lines, _ in cells), default=1) * self.leading + \
            2 * CELL_PADDING

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.width = sum(self.widths)
        self.height = self.header_height + sum(self.heights)
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        used, fit = self.header_height, 0
        for height in self.heights:
            if used + height > avail_height:
                break
            used += height
            fit += 1
        if fit == 0 or fit == len(self.rows):
            return []  # nothing fits here (a new page), or everything does
        return [self._part(slice(None, fit)), self._part(slice(fit, None))]

    def _part(self, rows: slice) -> FastTable:
        return FastTable([], [], self.widths, self.font, self.bold, self.size, self.leading,
                         _prepared=(self.header, self.rows[rows], self.heights[rows]))

    def draw(self) -> None:
        canvas = self.canv
        width, top = sum(self.widths), self.height
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, top - self.header_height, width, self.header_height, stroke=0, fill=1)
        self._draw_row(self.header, top, colors.white, self.bold)
        y = top - self.header_height
        for i, (cells, height) in enumerate(zip(self.rows, self.heights, strict=True)):
            if i % 2:
                canvas.setFillColor(STRIPE_FILL)
                canvas.rect(0, y - height, width, height, stroke=0, fill=1)
            self._draw_row(cells, y, colors.black, self.font)
            y -= height
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.25)
        canvas.rect(0, 0, width, top, stroke=1, fill=0)
        x = 0.0
        for w in self.widths[:-1]:
            x += w
            canvas.line(x, 0, x, top)
        y = top - self.header_height
        for height in self.heights[:-1]:
            y -= height
            canvas.line(0, y, width, y)

    def _draw_row(self, cells: list, top: float, colour, font: str) -> None:
        canvas = self.canv
        canvas.setFillColor(colour)
        canvas.setFont(font, self.size)
        x = 0.0
        for (lines, rtl), width in zip(cells, self.widths, strict=True):
            y = top - CELL_PADDING - self.size
            for line in lines:
                if rtl:
                    canvas.drawRightString(x + width - CELL_PADDING, y, line)
                else:
                    canvas.drawString(x + CELL_PADDING, y, line)
                y -= self.leading
            x += width


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          st: dict[str, ParagraphStyle]) -> list[Flowable]:
    """A table for a report (a list, so callers can extend their story with it)."""
    regular, bold = register()
    cell = st["cell"]
    return [FastTable(header, rows, widths, regular, bold, cell.fontSize, cell.leading)]


def numbered_canvas(title: str, business: str, made: datetime):
    """A canvas class that writes the header and "page N of M" once all pages are known."""
    regular, _ = register()

    class NumberedCanvas(Canvas):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self) -> None:  # noqa: N802 (reportlab's name)
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self._decorate(total)
                super().showPage()
            super().save()

        def _decorate(self, total: int) -> None:
            width, height = self._pagesize
            self.setFont(regular, 7.5)
            self.setFillColor(colors.HexColor("#555555"))
            self.drawString(MARGIN, height - 10 * mm, shape(f"{business} — {title}"))
            self.drawRightString(width - MARGIN, height - 10 * mm, f"{made:%Y-%m-%d %H:%M}")
            self.drawRightString(width - MARGIN, 9 * mm,
                                 f"page {self._pageNumber} of {total}")
            self.drawString(MARGIN, 9 * mm, "crm-desktop")

    return NumberedCanvas


class _ProgressDoc(SimpleDocTemplate):
    """Reports progress after each flowable; the progress callback returning False
    cancels the build (CancelledError)."""

    progress: Callable[[int, int], bool] | None = None
    total = 0
    done = 0

    def afterFlowable(self, flowable) -> None:  # noqa: N802 (reportlab's name)
        self.done += 1
        if self.progress and self.done % 20 == 0 and \
                self.progress(min(self.done, self.total), self.total) is False:
            raise CancelledError(msg("report cancelled"))


def document(path: Path, page_size: str, title: str) -> SimpleDocTemplate:
    if page_size not in PAGE_SIZES:
        raise InputError(msg("page size must be {0}", listing(PAGE_SIZES, " or ")),
                         field="page-size")
    return _ProgressDoc(str(path), pagesize=PAGE_SIZES[page_size], title=title,
                        author="crm-desktop", leftMargin=MARGIN, rightMargin=MARGIN,
                        topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN)


def write_pdf(path: Path, page_size: str, title: str, story: list, business: str,
              progress: Callable[[int, int], bool] | None = None) -> None:
    """Lay the story out into `path` (mode 0600); a cancel or an error leaves no file."""
    path = Path(path)
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    os.close(fd)
    doc = document(path, page_size, title)
    doc.progress, doc.total = progress, len(story)
    try:
        doc.build(story, canvasmaker=numbered_canvas(title, business,
                                                     datetime.now().astimezone()))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
