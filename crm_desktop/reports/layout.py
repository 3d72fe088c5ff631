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
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from crm_desktop.errors import CancelledError, InputError
from crm_desktop.paths import PRIVATE_FILE_MODE
from crm_desktop.reports.fonts import has_rtl, register, shape

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


CHUNK_ROWS = 40  # a long table is built in pieces: splitting one huge table is quadratic
CELL_PADDING = 12  # points left and right inside a cell


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          st: dict[str, ParagraphStyle]) -> list[Table]:
    """Tables whose header row repeats on every page and whose long cells wrap.

    A cell that fits on one line is drawn as plain text (fast); only a long one, or one in
    a right-to-left script, becomes a wrapping paragraph.
    """
    regular, bold = register()
    cell_style = st["cell"]
    head = [para(h, st["head"]) for h in header]

    def cell(value: object, width: float) -> object:
        text = "" if value is None else str(value)
        if has_rtl(text) or stringWidth(text, regular, cell_style.fontSize) > width - \
                CELL_PADDING:
            return para(text, cell_style)
        return text

    style = TableStyle([
        ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#1f5f8b")),
        ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.HexColor("#f1f4f7")]),
        ("GRID", (0, 0), (-1, -1), 0.25, colors.HexColor("#c8d0d8")),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("FONT", (0, 1), (-1, -1), regular, cell_style.fontSize, cell_style.leading),
    ])
    out = []
    for start in range(0, max(len(rows), 1), CHUNK_ROWS):
        chunk = [[cell(v, w) for v, w in zip(row, widths, strict=True)]
                 for row in rows[start:start + CHUNK_ROWS]]
        t = Table([head, *chunk], colWidths=widths, repeatRows=1)
        t.setStyle(style)
        out.append(t)
    return out


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
            raise CancelledError("report cancelled")


def document(path: Path, page_size: str, title: str) -> SimpleDocTemplate:
    if page_size not in PAGE_SIZES:
        raise InputError(f"page size must be {' or '.join(PAGE_SIZES)}", field="page-size")
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
