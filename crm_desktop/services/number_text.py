"""Numbers as the owner's language writes them, shown and read back.

English and Persian: 12,345.50. (The Persian window keeps Latin digits, as it does for dates
and phone numbers; Persian digits and separators typed in are read all the same.)
Russian: 12 345,50. There the comma is the decimal point: "2,000 contacts" reads as two, and
"1500,50" typed as a deal's value must not become 150,050.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from decimal import Decimal

_ENGLISH = (",", ".")  # grouping, decimal point
_STYLES = {"ru": ("\u00a0", ",")}  # a no-break space: a number is not cut at a line end
# Persian and Arabic-Indic digits; their separators say what they are in any language (٬
# groups, ٫ is the point)
_TYPED = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩٫−", "01234567890123456789.-", "٬")
_SPACES = r"[\s\u00a0\u202f'’]"  # grouping by spaces, or apostrophes (Swiss)


def _grouped(group: str) -> re.Pattern[str]:
    """Groups of three after the first, then perhaps the other separator as the point:
    what a grouping separator must separate. (Compiled on first use, by re's own cache:
    the window shows numbers at start-up, and reads typed ones only later.)"""
    point = "." if group == "," else ","
    return re.compile(rf"^[-+]?\d{{1,3}}(?:{re.escape(group)}\d{{3}})+"
                      rf"(?:{re.escape(point)}\d*)?$")


def _style(lang: str | None) -> tuple[str, str]:
    return _STYLES.get((lang or "en")[:2].lower(), _ENGLISH)


def number_text(value: int | float | Decimal, lang: str | None, places: int = 0) -> str:
    """`value` grouped in thousands with `places` decimals, as `lang` writes it."""
    text = f"{value:,.{places}f}"
    group, point = _style(lang)
    if (group, point) == _ENGLISH:
        return text
    return text.translate({ord(","): group, ord("."): point})


def amount_text(typed: str, lang: str | None) -> str:
    """An amount the owner typed, as a plain number Decimal reads ('12345.50').

    Read by the conventions of `lang`; spaces and apostrophes group in any language. A
    separator that cannot be what the language makes it (in English, a comma not followed
    by three digits, as in "1500,50") is left in, so that the amount is refused by name
    rather than read a hundred times too big."""
    text = re.sub(_SPACES, "", typed.strip().translate(_TYPED))
    group, point = _style(lang)
    if point == ",":
        if "," in text and "." in text and _grouped(",").match(text):
            return text.replace(",", "")  # "1,234.50", written the English way
        if "," in text:  # "1.234,50": dots group, the comma is the point
            if "." in text and not _grouped(".").match(text):
                return text
            return text.replace(".", "").replace(",", ".", 1) if text.count(",") == 1 else text
        if text.count(".") > 1:  # "1.234.567": dots group
            return text.replace(".", "") if _grouped(".").match(text) else text
        return text  # "12.50": the dot typed out of habit is the point
    if "," in text:
        return text.replace(",", "") if _grouped(",").match(text) else text
    return text
