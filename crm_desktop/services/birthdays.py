"""Birthdays: read as people and programs write them, kept in one form, and the ones coming.

Stored 'YYYY-MM-DD', or '--MM-DD' when the year is not known: vCard 4 and Google Contacts
write a birthday without its year so, and a phone's contact often has none. Read besides
are the days services.cell_dates reads (31.03.1980, the Persian calendar, slashes the file
explains), vCard 3's 19800331, 31.03 without a year, and Apple's year 1604, which stands
for no year.
"""

from __future__ import annotations

import re
from datetime import date, timedelta
from typing import NamedTuple

from crm_desktop.db.models import database
from crm_desktop.errors import InputError
from crm_desktop.translatable import msg

MIN_YEAR = 1900
APPLE_NO_YEAR = 1604  # Apple Contacts' year for a birthday without one
_NO_YEAR = re.compile(r"^--(\d{2})-?(\d{2})$")  # --03-31, --0331
_DOTTED_NO_YEAR = re.compile(r"^(\d{1,2})\.(\d{1,2})\.?$")  # 31.03, as Russians write it
_BASIC = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:T[\d:]*Z?)?$")  # 19800331, 19800331T000000Z
# what address books write for "none": Outlook's 0/0/00, and zero days
_NONE = frozenset({"0/0/00", "0/0/0000", "00.00.0000", "0000-00-00", "00/00/0000"})


def read_birthday(text: str, field: str = "birthday", slash_order: str | None = None,
                  today: date | None = None) -> str | None:
    """The stored form of a birthday as typed or given by a file; None when there is none;
    InputError naming `field` when it is not a day, or not one a person was born on."""
    # (not on start-up's path: cell_dates brings the Persian calendar's module)
    from crm_desktop.services.cell_dates import LATIN_DIGITS, read_day

    typed = text.strip()
    latin = typed.translate(LATIN_DIGITS)
    if not latin or latin in _NONE:
        return None
    no_year = _NO_YEAR.match(latin)
    if no_year is not None:
        month, day = int(no_year.group(1)), int(no_year.group(2))
        return _month_day(month, day, typed, field)
    dotted = _DOTTED_NO_YEAR.match(latin)
    if dotted is not None:
        return _month_day(int(dotted.group(2)), int(dotted.group(1)), typed, field)
    basic = _BASIC.match(latin)
    if basic is not None:
        latin = "-".join(basic.groups())
    elif len(latin) > 10 and latin[10] == "T":  # vCard 4's date and time
        latin = latin[:10]
    day = read_day(latin, field, slash_order)
    if day is None:
        return None
    if day.year == APPLE_NO_YEAR:
        return _month_day(day.month, day.day, typed, field)
    if day > (today or date.today()):
        raise InputError(msg("'{0}' cannot be a birthday: it is still to come", typed),
                         field=field)
    if day.year < MIN_YEAR:
        raise InputError(msg("'{0}' cannot be a birthday: the year is {1}", typed, day.year),
                         field=field)
    return day.isoformat()


def _month_day(month: int, day: int, typed: str, field: str) -> str:
    try:
        date(2000, month, day)  # a leap year: 29 February is someone's birthday
    except ValueError:
        raise InputError(msg("'{0}' is not a day of the year", typed), field=field) from None
    return f"--{month:02d}-{day:02d}"


def parts(stored: str) -> tuple[int | None, int, int]:
    """(year or None, month, day) of a stored birthday."""
    if stored.startswith("--"):
        return None, int(stored[2:4]), int(stored[5:7])
    return int(stored[:4]), int(stored[5:7]), int(stored[8:10])


def next_birthday(stored: str, today: date) -> date:
    """The day it is next celebrated, today included (29 February on 28 February in a
    year without one)."""
    _, month, day = parts(stored)
    for year in (today.year, today.year + 1):
        try:
            when = date(year, month, day)
        except ValueError:
            when = date(year, 2, 28)
        if when >= today:
            return when
    raise AssertionError("a birthday comes within a year")


def age_on(stored: str, day: date) -> int | None:
    """How old the person is on `day`; None without the year."""
    year, month, birth_day = parts(stored)
    if year is None:
        return None
    return day.year - year - ((day.month, day.day) < (month, birth_day))


class Coming(NamedTuple):
    contact_id: int
    name: str
    birthday: str  # stored form
    on: date  # the day it falls
    turns: int | None  # the age they turn, if the year is known


def coming(today: date, days: int = 7, limit: int = 20, where: str = "") -> list[Coming]:
    """The contacts (not in the trash) whose birthday falls within `days` from today,
    the soonest first; `where` narrows them (SQL over contact c)."""
    month_days = days_ahead(today, days)
    found = database.execute_sql(
        f"SELECT c.id, c.name, c.birthday FROM contact c WHERE c.birthday IS NOT NULL "
        f"AND substr(c.birthday, -5) IN ({', '.join('?' * len(month_days))}) "
        f"AND c.deleted_at IS NULL {'AND ' + where if where else ''}",
        list(month_days)).fetchall()
    rows = []
    for cid, name, stored in found:
        on = today + timedelta(days=month_days[stored[-5:]])
        year = parts(stored)[0]
        rows.append(Coming(cid, name, stored, on, None if year is None else on.year - year))
    rows.sort(key=lambda c: (c.on, c.name, c.contact_id))
    return rows[:limit]


def days_ahead(today: date, days: int) -> dict[str, int]:
    """'MM-DD' of each day from today to `days` ahead -> how many days ahead; a 29 February
    birthday falls on the 28th in a year without one. (A stored birthday's last five
    characters are its 'MM-DD'.)"""
    month_days: dict[str, int] = {}
    for ahead in range(days + 1):
        day = today + timedelta(days=ahead)
        month_days.setdefault(f"{day.month:02d}-{day.day:02d}", ahead)
        if (day.month, day.day) == (2, 28) and not _leap(day.year):
            month_days.setdefault("02-29", ahead)
    return month_days


def _leap(year: int) -> bool:
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
