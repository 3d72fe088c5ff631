"""Dates as the reader's language writes them.

English and Russian: ISO, 2026-03-31 (14:05): sortable, never read the wrong way round.
Persian: the Solar Hijri calendar, in which Iranian businesses date everything, year first
with slashes: 1405/01/11 (14:05), in Latin digits as the Persian window keeps numbers. The
window's date fields follow it (ui.iso_dates); files the app writes for other programs
(exports, calendars, backups) keep ISO Gregorian dates.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

SOLAR_LANGUAGES = frozenset({"fa"})
# a calendar chosen apart from the language (View > Calendar, `report --calendar`): the
# language whose dates to write, passed as `lang` below
DATING = {"gregorian": "en", "solar": "fa"}


def solar(lang: str | None) -> bool:
    """Whether `lang` (a language or locale name: 'fa', 'fa_IR') dates by the Solar Hijri
    calendar."""
    return (lang or "en")[:2].lower() in SOLAR_LANGUAGES


def _solar_parts(day: date) -> tuple[int, int, int]:
    import jdatetime  # (not on start-up's path: an English window never needs it)

    j = jdatetime.date.fromgregorian(date=day)
    return j.year, j.month, j.day


def day_text(day: date | None, lang: str | None) -> str:
    """A day, '' for none."""
    if day is None:
        return ""
    if not solar(lang):
        return day.isoformat()
    return "{:04d}/{:02d}/{:02d}".format(*_solar_parts(day))


# a yearless birthday's month by name: the Gregorian month it is stored in, since without
# the year its Persian solar day is not fixed
_MONTH_NAMES = {
    "en": ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December"),
    # the genitive, as a day of the month is said: 22 октября
    "ru": ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа",
           "сентября", "октября", "ноября", "декабря"),
    "fa": ("ژانویه", "فوریه", "مارس", "آوریل", "مه", "ژوئن", "ژوئیه", "اوت", "سپتامبر",
           "اکتبر", "نوامبر", "دسامبر"),
}


def month_day_text(month: int, day: int, lang: str | None) -> str:
    """A day of the year without its year, by the month's name: 22 October, 22 октября,
    22 اکتبر (Latin digits, as every figure the app writes)."""
    names = _MONTH_NAMES.get((lang or "en")[:2].lower(), _MONTH_NAMES["en"])
    return f"{day} {names[month - 1]}"


def minutes_text(moment: datetime | None, lang: str | None) -> str:
    """A stored (UTC) time as the reader's local day and time, '' for none."""
    if moment is None:
        return ""
    local = moment.astimezone()
    return f"{day_text(local.date(), lang)} {local.hour:02d}:{local.minute:02d}"


def day_span(first: date, last: date) -> tuple[datetime, datetime]:
    """A report's period: from the first day's start to the last day's end, both in the
    computer's time zone (as the owner's days begin and end)."""
    return (datetime.combine(first, time.min).astimezone(),
            datetime.combine(last, time(23, 59, 59)).astimezone())


def month_start(day: date, lang: str | None) -> date:
    """The first day of the month `day` is in, in the reader's calendar."""
    if not solar(lang):
        return day.replace(day=1)
    return day - timedelta(days=_solar_parts(day)[2] - 1)


def next_month(start: date, lang: str | None) -> date:
    """The first day of the month after the one `start` begins."""
    return month_start(start + timedelta(days=32), lang)


def month_text(start: date, lang: str | None) -> str:
    """A month, by its first day: 2026-03, or 1405/01."""
    if not solar(lang):
        return start.isoformat()[:7]
    year, month, _ = _solar_parts(start)
    return f"{year:04d}/{month:02d}"
