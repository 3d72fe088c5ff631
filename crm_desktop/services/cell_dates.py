"""Dates as files give them in a cell, read without guessing.

- ISO: 2026-03-31, perhaps with a time (what the app's exports and spreadsheet cells give);
  2026/03/31 and 2026.03.31 too (the year first, the month always next);
- day first with dots, as spreadsheet programs in Russian or German write a date back into
  a CSV: 31.03.2026, perhaps with a time;
- the Persian (Solar Hijri) calendar, as Iranian accounting programs write it:
  1403/05/12 or 1403-05-12, in Latin or Persian digits. No Gregorian business record is
  dated in the 14th century, so the year says which calendar it is;
- with slashes, 31/03/2026 or 03/31/2026, only when the file's own dates say which comes
  first (a number above 12 in that place, in the value or elsewhere in the file:
  `slash_order`); never by guess.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import UTC, date, datetime

import jdatetime

from crm_desktop.errors import InputError
from crm_desktop.translatable import msg

# Persian and Arabic-Indic digits read as the same numbers
LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")
_SOLAR = re.compile(r"^(1[34]\d\d)[/\-](\d{1,2})[/\-](\d{1,2})$")
_SLASHED = re.compile(r"^(\d{1,2})/(\d{1,2})/(\d{4})$")
_YEAR_FIRST = re.compile(r"^(\d{4})[/.](\d{1,2})[/.](\d{1,2})$")  # 2026/03/31: never y/d/m
DAY_FIRST, MONTH_FIRST = "dmy", "mdy"
ORDER_SAMPLE = 2000  # rows read first to learn which number of a file's slashed dates is the day


def not_a_date(text: str, field: str) -> InputError:
    return InputError(msg("'{0}' is not a date like 2026-03-31 or 31.03.2026", text),
                      field=field)


def _dotted(text: str) -> datetime | None:
    found = _DOTTED.match(text)
    if found is None:
        return None
    day, month, year, hour, minute, second = found.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:
        return None  # 31.02.2026


def _solar(text: str) -> date | None:
    found = _SOLAR.match(text)
    if found is None:
        return None
    try:
        return jdatetime.date(*(int(part) for part in found.groups())).togregorian()
    except ValueError:
        return None  # 1403/13/01


def _slashed(text: str, order: str | None, field: str) -> date | None:
    found = _SLASHED.match(text)
    if found is None:
        return None
    first, second, year = (int(part) for part in found.groups())
    if order is None and max(first, second) > 12:  # 31/03 or 03/31: the value says
        order = DAY_FIRST if first > 12 else MONTH_FIRST
    if order is None:
        raise InputError(msg("'{0}': is it day/month or month/day? Nothing in the file says; "
                             "write it as 2026-03-31", text), field=field)
    day, month = (first, second) if order == DAY_FIRST else (second, first)
    try:
        return date(year, month, day)
    except ValueError:
        return None


def read_day(text: str, field: str, slash_order: str | None = None) -> date | None:
    """The day a cell gives (None when empty); InputError naming `field` when it is not
    one."""
    text = text.strip().translate(LATIN_DIGITS)
    if not text:
        return None
    solar = _solar(text)  # before ISO, which reads 1403-05-12 as a Gregorian day
    if solar is not None:
        return solar
    try:
        return date.fromisoformat(text)
    except ValueError:
        pass
    dotted = _dotted(text)
    if dotted is not None and dotted.time() == datetime.min.time():
        return dotted.date()
    if len(text) > 10 and text[10] in " T":  # a spreadsheet date cell with a time
        try:
            return datetime.fromisoformat(text).date()
        except ValueError:
            pass
    year_first = _YEAR_FIRST.match(text)
    if year_first is not None and not _SOLAR.match(text):
        try:
            return date(*(int(part) for part in year_first.groups()))
        except ValueError:
            raise not_a_date(text, field) from None
    if _SOLAR.match(text):
        raise InputError(msg("'{0}' is not a day of the Persian calendar, such as 1403/05/12",
                             text), field=field)
    found = _slashed(text, slash_order, field)
    if found is None:
        raise not_a_date(text, field)
    return found


def read_moment(text: str, field: str) -> datetime | None:
    """A time as the app's exports write it (UTC, 'YYYY-MM-DD HH:MM:SS'); a bare date is
    midnight."""
    text = text.strip().translate(LATIN_DIGITS)
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        dotted = _dotted(text)
        if dotted is None:
            raise not_a_date(text, field) from exc
        moment = dotted
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


def slash_order(cells: Iterable[str]) -> str | None:
    """Which comes first in a column's slashed dates: a first number above 12 is a day, a
    second one above 12 is; None when nothing says so, or the column says both."""
    day_first = month_first = False
    for cell in cells:
        found = _SLASHED.match(cell.strip().translate(LATIN_DIGITS))
        if found is not None:
            first, second = int(found.group(1)), int(found.group(2))
            day_first |= first > 12
            month_first |= second > 12
    if day_first == month_first:
        return None
    return DAY_FIRST if day_first else MONTH_FIRST
