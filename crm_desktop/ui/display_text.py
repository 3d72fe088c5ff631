"""Text shown the same way in both layout directions.

Dates, times, phone numbers and addresses read left to right even inside a Persian
(right-to-left) layout; without an isolate, Unicode's bidi rules show "2026-11-14 07:00"
as "07:00 2026-11-14" and "+98 912 …" as "912 … 98+".
"""

from __future__ import annotations

import re
from datetime import date, datetime

from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtGui import QGuiApplication

from crm_desktop.services import birthdays
from crm_desktop.services.date_text import DATING, day_text, minutes_text, month_day_text
from crm_desktop.services.number_text import amount_text, number_text

LRI, FSI, PDI = "\u2066", "\u2068", "\u2069"  # left-to-right / first-strong isolate, pop


def left_to_right(text: str | None) -> str | None:
    """`text` isolated left to right (empty and None as they are)."""
    return f"{LRI}{text}{PDI}" if text else text


def money(amount_minor: int, currency: str) -> str:
    """An amount with its currency, read left to right ('2,415.00 USD', not 'USD 2,415.00'
    in a Persian window), grouped as the window's language does ('2 415,00 USD')."""
    from crm_desktop.services.money import format_money  # (not on start-up's path)

    return f"{LRI}{format_money(amount_minor, currency, QLocale().name())}{PDI}"


def count(n: int | float) -> str:
    """A count (or a whole amount) grouped as the window's language does: 2,000 (2 000 in
    Russian, where '2,000' reads as two)."""
    return number_text(n, QLocale().name())


def decimal(value: float, places: int = 1) -> str:
    """A measure with decimals, as the window's language writes it: 4.5 (4,5 in Russian)."""
    return number_text(value, QLocale().name(), places)


def amount_for_editing(amount_minor: int, currency: str) -> str:
    """An amount put in a field to edit, as `typed_amount` reads it back."""
    from crm_desktop.services.money import exponent, to_decimal

    return number_text(to_decimal(amount_minor, currency), QLocale().name(), exponent(currency))


def typed_amount(text: str) -> str:
    """An amount typed into the window, as a plain number for the services ('1500,50' in
    a Russian window is 1500.50)."""
    return amount_text(text, QLocale().name())


def isolated(text: str) -> str:
    """A name or title set in its own direction: a Persian name does not turn the line it
    sits in around."""
    return f"{FSI}{text}{PDI}"


def standing(text: str) -> str:
    """A value shown alone (a customer's name in a form), isolated and starting where the
    window's lines start: a label takes its direction from its first letter, so a Latin
    name stood at the left of a Persian dialog."""
    mark = "\u200f" if QGuiApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft \
        else ""
    return f"{mark}{isolated(text)}"


_calendar = ""  # View > Calendar: "" (as the language has it), "gregorian" or "solar"


def set_calendar(choice: str) -> None:
    """The calendar the window dates by from now on (date_text.DATING's keys; '' as the
    language has it)."""
    global _calendar
    _calendar = choice if choice in DATING else ""


def dating() -> str:
    """The language whose dates the window writes (services.date_text): its own, unless a
    calendar was chosen apart."""
    return DATING.get(_calendar) or QLocale().name()


def local_minutes(moment: datetime | None) -> str:
    """A stored (UTC) time as the owner's local day and time ('2026-03-31 14:05', in a
    Persian window '1405/01/11 14:05': services.date_text); '' for none."""
    if moment is None:
        return ""
    return f"{LRI}{minutes_text(moment, dating())}{PDI}"


def day(value: date | str | None) -> str:
    """A day (or an ISO day's text) as the window dates it, left to right; '' for none."""
    if not value:
        return ""
    if isinstance(value, str):
        value = date.fromisoformat(value)
    return f"{LRI}{day_text(value, dating())}{PDI}"


def birthday_for_editing(stored: str | None) -> str:
    """A stored birthday as the contact form shows it to change: the day as the window
    dates it (read back by services.birthdays), or --MM-DD without the year."""
    if not stored or stored.startswith("--"):
        return stored or ""
    return day_text(date.fromisoformat(stored), dating())


def birthday_day(stored: str | None) -> str:
    """A stored birthday's day as the window dates days, or its day and month by name in the
    window's language when the year is not known; '' for none."""
    if not stored:
        return ""
    year, month, day_ = birthdays.parts(stored)
    if year is None:
        return month_day_text(month, day_, QLocale().name())
    return day(stored)


def birthday(stored: str | None, today: date) -> str:
    """A stored birthday as the record shows it: the day and the age, or the day and
    month in the window's language when the year is not known."""
    if not stored or birthdays.parts(stored)[0] is None:
        return birthday_day(stored)
    age = birthdays.age_on(stored, today)
    return QCoreApplication.translate("Birthday", "{0}, aged {1}").format(day(stored),
                                                                          count(age or 0))


# Arabic-script letters (Persian included): the italic faces of common fonts (DejaVu Sans
# Oblique, say) have none, and Qt then draws boxes instead of falling back
_ARABIC_SCRIPT = re.compile("[\u0600-\u06ff\u0750-\u077f\u08a0-\u08ff\ufb50-\ufdff\ufe70-\ufeff]")


def can_be_italic(text: str) -> bool:
    """Whether `text` may be set in italics without losing its letters."""
    return _ARABIC_SCRIPT.search(text) is None
