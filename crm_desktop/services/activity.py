"""What was done in a period: the interactions logged and the reminders completed (the
activity report), read as plain rows: a year of a large database is tens of thousands."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import NamedTuple

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import database
from crm_desktop.services.date_text import month_start, next_month, solar


class Logged(NamedTuple):
    occurred_at: datetime
    customer: str
    kind: str
    subject: str | None
    outcome: str | None


class Done(NamedTuple):
    done_at: datetime
    title: str
    customer: str | None  # a reminder need not be tied to a contact


def interactions_between(start: datetime, end: datetime) -> list[Logged]:
    """The interactions in [start, end), oldest first, with their customer's name."""
    rows = database.execute_sql(
        "SELECT i.occurred_at, c.name, i.kind, i.subject, i.outcome FROM interaction i "
        "JOIN contact c ON c.id = i.contact_id WHERE i.deleted_at IS NULL "
        "AND i.occurred_at >= ? AND i.occurred_at < ? ORDER BY i.occurred_at, i.id",
        [to_storage(start), to_storage(end)])
    return [Logged(from_storage(at), *rest) for at, *rest in rows]


def reminders_done_between(start: datetime, end: datetime) -> list[Done]:
    """The reminders completed in [start, end) and not since put in the Trash, oldest
    first."""
    rows = database.execute_sql(
        "SELECT r.done_at, r.title, c.name FROM reminder r "
        "LEFT JOIN contact c ON c.id = r.contact_id WHERE r.deleted_at IS NULL "
        "AND r.done_at >= ? AND r.done_at < ? ORDER BY r.done_at, r.id",
        [to_storage(start), to_storage(end)])
    return [Done(from_storage(at), title, name) for at, title, name in rows]


WEEKLY_UP_TO = timedelta(days=92)  # a quarter or less is told week by week; longer, by month


class PeriodCount(NamedTuple):
    start: date  # the Monday of the week, or the first of the month
    kinds: Counter[str]  # interactions of each kind
    done: int  # reminders completed


def by_period(interactions: Iterable[Logged], done: Iterable[Done], start: datetime,
              end: datetime, lang: str | None = None) -> tuple[bool, list[PeriodCount]]:
    """What was done week by week (a quarter or less) or month by month: (monthly, the
    periods from the first to the last of [start, end), quiet ones included). Months and
    weeks as `lang`'s calendar has them (services.date_text): a Persian week starts on
    Saturday, its month on the 21st or so of a Gregorian one."""
    monthly = end - start > WEEKLY_UP_TO
    first_weekday = 5 if solar(lang) else 0  # Saturday, Monday

    def period_of(moment: datetime) -> date:
        day = moment.astimezone().date()
        if monthly:
            return month_start(day, lang)
        return day - timedelta(days=(day.weekday() - first_weekday) % 7)

    kinds: dict[date, Counter[str]] = defaultdict(Counter)
    finished: Counter[date] = Counter()
    for i in interactions:
        kinds[period_of(i.occurred_at)][i.kind] += 1
    for r in done:
        finished[period_of(r.done_at)] += 1
    periods, current, last = [], period_of(start), period_of(end - timedelta(microseconds=1))
    while current <= last:
        periods.append(PeriodCount(current, kinds.get(current, Counter()), finished[current]))
        current = next_month(current, lang) if monthly else current + timedelta(days=7)
    return monthly, periods
