"""The frame every report shares: A4 or Letter, header and footer, "page N of M"."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from html import escape
from pathlib import Path

from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT, TA_RIGHT
from reportlab.lib.pagesizes import A4, LETTER, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Flowable, Paragraph, SimpleDocTemplate

from crm_desktop.errors import CancelledError, InputError
from crm_desktop.paths import create_private
from crm_desktop.reports.fonts import (
    has_rtl,
    register,
    shape,
    shape_lines,
    starts_right_to_left,
)
from crm_desktop.reports.wording import Wording
from crm_desktop.translatable import listing, msg

PAGE_SIZES = {"A4": A4, "Letter": LETTER}
MARGIN = 16 * mm


def styles(right_to_left: bool = False) -> dict[str, ParagraphStyle]:
    """The report's paragraph styles; set from the right for a right-to-left language."""
    regular, bold = register()
    base = ParagraphStyle("base", fontName=regular, fontSize=9, leading=12,
                          alignment=TA_RIGHT if right_to_left else TA_LEFT)
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


def para(text: object, style: ParagraphStyle) -> Flowable:
    """A paragraph of any script: Persian shaped, wrapped in reading order and set from the
    right; other text as a plain (escaped) Paragraph."""
    raw = "" if text is None else str(text)
    if has_rtl(raw):
        return RightToLeftParagraph(raw, style)
    return Paragraph(escape(raw), style)


class RightToLeftParagraph(Flowable):
    """Text with Persian in it: a Paragraph of the reordered text would wrap it from the
    wrong end, so the lines are found in reading order and each reordered (shape_lines).
    Set from the right unless the text starts left to right (a Latin name, say)."""

    def __init__(self, text: str, style: ParagraphStyle, _lines: list[str] | None = None):
        super().__init__()
        self.text, self.style, self.lines = text, style, _lines
        self.from_right = starts_right_to_left(text) or style.alignment == TA_RIGHT

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        if self.lines is None:
            self.lines = shape_lines(self.text, self.style.fontName, self.style.fontSize,
                                     avail_width)
        self.width, self.height = avail_width, len(self.lines) * self.style.leading
        return self.width, self.height

    def split(self, avail_width: float, avail_height: float) -> list[Flowable]:
        self.wrap(avail_width, avail_height)
        fit = int(avail_height // self.style.leading)
        if fit <= 0 or fit >= len(self.lines):
            return []
        return [RightToLeftParagraph(self.text, self.style, self.lines[:fit]),
                RightToLeftParagraph(self.text, self.style, self.lines[fit:])]

    def getSpaceBefore(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceBefore

    def getSpaceAfter(self) -> float:  # noqa: N802 (reportlab's name)
        return self.style.spaceAfter

    def draw(self) -> None:
        canvas, style = self.canv, self.style
        canvas.setFont(style.fontName, style.fontSize)
        canvas.setFillColor(style.textColor)
        y = self.height - style.fontSize
        for line in self.lines:
            if self.from_right:
                canvas.drawRightString(self.width, y, line)
            else:
                canvas.drawString(0, y, line)
            y -= style.leading


CELL_PADDING = 3  # points around the text inside a cell
MIN_HEAD_SIZE = 6  # points: a header word is set no smaller to fit its column
HEADER_FILL = colors.HexColor("#1f5f8b")
STRIPE_FILL = colors.HexColor("#f1f4f7")
GRID = colors.HexColor("#c8d0d8")


class FastTable(Flowable):
    """A table drawn straight onto the canvas: the header (if it has words) repeats on every
    page, long cells wrap onto more lines (never overflow), right-to-left text is shaped and
    set from the right. Splitting is by whole rows and linear, so thousands of rows stay fast.
    `right_to_left` lays the columns out from the right (a Persian report)."""

    def __init__(self, header: Sequence[str], rows: Sequence[Sequence[object]],
                 widths: Sequence[float], font: str, bold: str, size: float = 8,
                 leading: float = 10, _prepared: tuple | None = None,
                 right_to_left: bool = False):
        super().__init__()
        self.font, self.bold = font, bold
        self.size, self.leading = size, leading
        self.right_to_left = right_to_left
        if right_to_left and _prepared is None:
            widths, header = list(widths)[::-1], list(header)[::-1]
            rows = [list(row)[::-1] for row in rows]
        self.widths = list(widths)
        if _prepared is None:
            self.header = self._lines_of(header, bold, fit_words=True)
            self.rows = [self._lines_of(row, font) for row in rows]
            self.heights = [self._height(r) for r in self.rows]
        else:  # a part after a page break: rows laid out and measured once, not per page
            self.header, self.rows, self.heights = _prepared
        # a list of facts (a field, its value) has no header: no empty bar above it
        blank = all(lines == [""] for lines, _, _ in self.header)
        self.header_height = 0.0 if blank else self._height(self.header)

    def _lines_of(self, row: Sequence[object], font: str, fit_words: bool = False
                  ) -> list[tuple[list[str], bool, float]]:
        """Each cell's lines, direction and font size. `fit_words` (the header): a word
        wider than its column ("Удовлетворённость") is set smaller, down to MIN_HEAD_SIZE,
        rather than cut in two."""
        cells = []
        for value, width in zip(row, self.widths, strict=True):
            raw = "" if value is None else str(value)
            rtl = self.right_to_left or has_rtl(raw)
            text = shape(raw)
            room = width - 2 * CELL_PADDING
            size = self.size
            if fit_words:
                widest = max((stringWidth(shape(w), font, 1) for w in raw.split()), default=0)
                if widest * size > room:
                    size = max(MIN_HEAD_SIZE, int(room / widest * 2) / 2)  # (half points)
            if stringWidth(text, font, size) <= room:
                cells.append(([text], rtl, size))
            else:
                lines = shape_lines(raw, font, size, room)
                cells.append(([piece for line in lines
                               for piece in self._hard_wrap(line, font, size, room)], rtl,
                              size))
        return cells

    @staticmethod
    def _hard_wrap(line: str, font: str, size: float, room: float) -> list[str]:
        """A word longer than the cell (a URL, a name without spaces) is cut, not spilled."""
        if stringWidth(line, font, size) <= room:
            return [line]
        pieces, current = [], ""
        for ch in line:
            if current and stringWidth(current + ch, font, size) > room:
                pieces.append(current)
                current = ""
            current += ch
        return [*pieces, current]

    def _height(self, cells: list[tuple[list[str], bool]]) -> float:
        return max((len(lines) for lines, _, _ in cells), default=1) * self.leading + \
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
                         _prepared=(self.header, self.rows[rows], self.heights[rows]),
                         right_to_left=self.right_to_left)

    def draw(self) -> None:
        canvas = self.canv
        width, top = sum(self.widths), self.height
        if self.header_height:
            canvas.setFillColor(HEADER_FILL)
            canvas.rect(0, top - self.header_height, width, self.header_height, stroke=0,
                        fill=1)
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
        x = 0.0
        for (lines, rtl, size), width in zip(cells, self.widths, strict=True):
            canvas.setFont(font, size)
            y = top - CELL_PADDING - self.size
            for line in lines:
                if rtl:
                    canvas.drawRightString(x + width - CELL_PADDING, y, line)
                else:
                    canvas.drawString(x + CELL_PADDING, y, line)
                y -= self.leading
            x += width


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          st: dict[str, ParagraphStyle], right_to_left: bool = False) -> list[Flowable]:
    """A table for a report (a list, so callers can extend their story with it); columns
    given first to last, laid out from the right for a right-to-left language."""
    regular, bold = register()
    cell = st["cell"]
    return [FastTable(header, rows, widths, regular, bold, cell.fontSize, cell.leading,
                      right_to_left=right_to_left)]


def _fitted(business: str, title: str, font: str, size: float, width: float) -> str:
    """The header's "business — title", ready to draw, the business name cut short (…) if
    the line would run into the date beside it."""
    line = shape(f"{business} — {title}")
    if stringWidth(line, font, size) <= width:
        return line
    low, high = 0, len(business)  # the longest start of the name that fits
    while low < high:
        mid = (low + high + 1) // 2
        if stringWidth(shape(f"{business[:mid].rstrip()}… — {title}"), font, size) <= width:
            low = mid
        else:
            high = mid - 1
    return shape(f"{business[:low].rstrip()}… — {title}")


def numbered_canvas(title: str, business: str, made: datetime, say: Wording | None = None):
    """A canvas class that writes the header and "page N of M" once all pages are known
    (mirrored for a right-to-left language)."""
    regular, _ = register()
    say = say or Wording()

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
            start, end = self.drawString, self.drawRightString
            first, last = MARGIN, width - MARGIN
            if say.right_to_left:
                start, end, first, last = end, start, last, first
            stamp = say.moment(made)
            room = abs(last - first) - stringWidth(stamp, regular, 7.5) - 6 * mm
            start(first, height - 10 * mm, _fitted(business, title, regular, 7.5, room))
            end(last, height - 10 * mm, stamp)
            end(last, 9 * mm, shape(say(msg("page {0} of {1}", self._pageNumber, total))))
            start(first, 9 * mm, "crm-desktop")

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


def document(path: Path, page_size: str, title: str, *,
             across: bool = False) -> SimpleDocTemplate:
    """A report's document; `across`: the page turned landscape (a wide list)."""
    if page_size not in PAGE_SIZES:
        raise InputError(msg("page size must be {0}", listing(PAGE_SIZES, " or ")),
                         field="page-size")
    size = landscape(PAGE_SIZES[page_size]) if across else PAGE_SIZES[page_size]
    return _ProgressDoc(str(path), pagesize=size, title=title,
                        author="crm-desktop", leftMargin=MARGIN, rightMargin=MARGIN,
                        topMargin=MARGIN + 4 * mm, bottomMargin=MARGIN)


def write_pdf(path: Path, page_size: str, title: str, story: list, business: str,
              progress: Callable[[int, int], bool] | None = None,
              say: Wording | None = None, parts: int = 0, across: bool = False) -> None:
    """Lay the story out into `path` (mode 0600); a cancel or an error leaves no file.
    `parts`: about how many pages a long table adds, each told to `progress` as a step;
    `across`: landscape pages."""
    path = Path(path)
    fd = create_private(path)
    os.close(fd)
    doc = document(path, page_size, title, across=across)
    doc.progress, doc.total = progress, len(story) + parts
    try:
        doc.build(story, canvasmaker=numbered_canvas(title, business,
                                                     datetime.now().astimezone(), say))
    except BaseException:
        path.unlink(missing_ok=True)
        raise
