"""The bundled DejaVu Sans for every script, and Persian made printable.

reportlab draws glyphs left to right without joining Arabic letters, so Persian text is
shaped first (arabic-reshaper: the joined letter forms) and put in visual order
(python-bidi); DejaVu Sans has those presentation forms, Cyrillic and Latin.
"""

from __future__ import annotations

import re
from functools import lru_cache

import arabic_reshaper
from bidi.algorithm import get_display
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop.paths import resource

REGULAR = "DejaVuSans"
BOLD = "DejaVuSans-Bold"
_RTL = re.compile(r"[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufeff]")


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


@lru_cache(maxsize=65536)
def shape(text: str) -> str:
    """Text ready for reportlab: Persian/Arabic joined and in visual order, else as is."""
    if not text or not has_rtl(text):
        return text
    return get_display(arabic_reshaper.reshape(text))
