"""Repeating reminders: RFC 5545 RRULEs, expanded with python-dateutil in the owner's
local time, so 9:00 stays 9:00 across daylight-saving changes and the 31st becomes the
last day of shorter months."""

from __future__ import annotations

from datetime import UTC, datetime, tzinfo

from dateutil.rrule import rrulestr

from crm_desktop.errors import InputError
from crm_desktop.translatable import listing, msg

WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")


def daily(interval: int = 1) -> str:
    return "FREQ=DAILY" if interval == 1 else f"FREQ=DAILY;INTERVAL={interval}"


def weekly(weekdays: list[str], interval: int = 1) -> str:
    bad = [d for d in weekdays if d not in WEEKDAYS]
    if bad or not weekdays:
        raise InputError(msg("choose one or more weekdays"), field="weekdays")
    rule = f"FREQ=WEEKLY;BYDAY={','.join(weekdays)}"
    return rule if interval == 1 else f"{rule};INTERVAL={interval}"


def monthly_on_day(day: int) -> str:
    """Day `day` of every month; past the month's end, its last day (31st -> 30th, 28th)."""
    if not 1 <= day <= 31:
        raise InputError(msg("a day of the month is 1 to 31"), field="day")
    if day <= 28:
        return f"FREQ=MONTHLY;BYMONTHDAY={day}"
    days = ",".join(str(d) for d in range(28, day + 1))
    return f"FREQ=MONTHLY;BYMONTHDAY={days};BYSETPOS=-1"


def monthly_nth_weekday(n: int, weekday: str) -> str:
    """E.g. the third Sunday (n=3, "SU"), or the last Friday (n=-1, "FR")."""
    if weekday not in WEEKDAYS or n not in (1, 2, 3, 4, -1):
        raise InputError(msg("choose first to fourth or last, and a weekday"),
                         field="nth")
    return f"FREQ=MONTHLY;BYDAY={n:+d}{weekday}"


def yearly(month: int | None = None, day: int | None = None) -> str:
    """Every year on the start's date; one that starts on 29 February comes on the 28th in
    the years without a 29th (plain RFC 5545 would skip three years out of four)."""
    if (month, day) == (2, 29):
        return "FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=28,29;BYSETPOS=-1"
    return "FREQ=YEARLY"


def validate(rule: str) -> str:
    try:
        rrulestr(rule, dtstart=datetime(2000, 1, 1))
    except (ValueError, TypeError) as exc:
        raise InputError(msg("'{0}' is not a recurrence rule: {1}", rule, exc),
                         field="rrule") from exc
    return rule


def next_after(rule: str, due_at: datetime, tz: tzinfo | None = None) -> datetime | None:
    """The occurrence after `due_at` (UTC in, UTC out), reckoned in local wall time."""
    local = due_at.astimezone(tz)
    start = local.replace(tzinfo=None)
    following = rrulestr(rule, dtstart=start).after(start)
    if following is None:
        return None
    if tz is None:
        return following.astimezone().astimezone(UTC)  # naive = system local time
    return following.replace(tzinfo=tz).astimezone(UTC)


def describe(rule: str | None) -> str:
    """A short description of a rule from elsewhere, for lists: a translatable.Message in
    English that the window shows in the owner's language (weekdays as iCalendar codes)."""
    if not rule:
        return ""
    parts = dict(p.split("=", 1) for p in rule.split(";") if "=" in p)
    freq = parts.get("FREQ", "")
    interval = parts.get("INTERVAL")
    if freq == "DAILY":
        return msg("every {0} days", interval) if interval else msg("daily")
    if freq == "WEEKLY" and "BYDAY" in parts:
        return msg("weekly on {0}", listing(parts["BYDAY"].split(",")))
    if freq == "MONTHLY" and "BYSETPOS" in parts:
        return msg("monthly on day {0} (or the last day)", parts["BYMONTHDAY"].split(",")[-1])
    if freq == "MONTHLY" and "BYMONTHDAY" in parts:
        return msg("monthly on day {0}", parts["BYMONTHDAY"])
    if freq == "MONTHLY" and "BYDAY" in parts:
        return msg("monthly on the {0}", parts["BYDAY"])
    return {"YEARLY": msg("yearly"), "MONTHLY": msg("monthly"), "WEEKLY": msg("weekly"),
            "HOURLY": msg("hourly")}.get(freq, freq.lower())
