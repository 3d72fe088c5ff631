"""The bundled DejaVu Sans for every script, and Persian made printable.

reportlab draws glyphs left to right without joining Arabic letters, so Persian text is
shaped first (arabic-reshaper: the joined letter forms) and put in visual order
(python-bidi); DejaVu Sans has those presentation forms, Cyrillic and Latin.

Numbers, dates and Latin words inside Persian text are embedded left to right: after
Arabic letters the bidi algorithm reads 2026-11-24 as three Arabic numbers and turns it into
24-11-2026. Text that wraps is wrapped in reading order, and each line reordered after.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display  # (it mirrors brackets; bidi.get_display does not)
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_RTL_LETTERS = "\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff"
_LTR_LETTERS = "0-9A-Za-z\u00c0-\u024f\u0400-\u04ff"
_RTL = re.compile(f"[{_RTL_LETTERS}]")
_STRONG = re.compile(f"[{_RTL_LETTERS}A-Za-z\u00c0-\u024f\u0400-\u04ff]")
# from the first Latin/Cyrillic letter or digit to the last one before Persian resumes
_LTR_RUN = re.compile(f"[{_LTR_LETTERS}](?:[^{_RTL_LETTERS}]*[{_LTR_LETTERS}])?")
LRE, PDF = "\u202a", "\u202c"  # (this algorithm knows embeddings, not isolates)


@lru_cache(maxsize=1)
def register() -> tuple[str, str]:
    """Register the fonts once; returns (regular, bold) names."""
    pdfmetrics.registerFont(TTFont(REGULAR, str(resource("fonts", "DejaVuSans.ttf"))))
    pdfmetrics.registerFont(TTFont(BOLD, str(resource("fonts", "DejaVuSans-Bold.ttf"))))
    pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR,
                                  boldItalic=BOLD)
    return REGULAR, BOLD


def has_rtl(text: str) -> bool:
    return bool(_RTL.search(text))


def starts_right_to_left(text: str) -> bool:
    """The text's own direction: that of its first letter (the bidi rule P2)."""
    first = _STRONG.search(text)
    return first is not None and has_rtl(first.group())


def _visual(joined: str, base: str) -> str:
    embedded = _LTR_RUN.sub(lambda m: f"{LRE}{m.group()}{PDF}", joined)
    return get_display(embedded, base_dir=base)


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """One line ready for reportlab: Persian/Arabic joined and in visual order, else as
    is."""
    if not text or not has_rtl(text):
        return text
    return _visual(arabic_reshaper.reshape(text), "R" if starts_right_to_left(text) else "L")


def shape_lines(text: str, font: str, size: float, width: float) -> list[str]:
    """The lines of `text` that fit `width`, each ready to draw."""
    if not has_rtl(text):
        return simpleSplit(text, font, size, width) or [""]
    joined = arabic_reshaper.reshape(text)  # the letter forms; widths as printed
    base = "R" if starts_right_to_left(text) else "L"
    return [_visual(line, base) for line in simpleSplit(joined, font, size, width)] or [""]
