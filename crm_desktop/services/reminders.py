"""Open reminders, grouped the way the owner reads them: overdue, today, next 7 days, later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import Reminder, database
from crm_desktop.errors import InputError, InvalidRecordError


class Bucket(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    NEXT_7_DAYS = "next_7_days"
    LATER = "later"


@dataclass(frozen=True)
class ReminderRow:
    id: int
    title: str
    due_at: datetime  # when it is due now (the snooze time if snoozed), UTC
    contact_id: int | None
    contact_name: str | None
    deal_id: int | None
    deal_title: str | None
    recurring: bool


# Open reminders only, by the time they are due now: matches the partial index
# reminder_open_due, so done reminders are never read.
_DUE = "coalesce(r.snoozed_until, r.due_at)"
_OPEN = "r.done_at IS NULL AND r.deleted_at IS NULL"
_ROWS_SQL = f"""
    SELECT r.id, r.title, {_DUE} AS due, r.contact_id, c.name, r.deal_id, d.title,
           r.rrule IS NOT NULL
    FROM reminder r
    LEFT JOIN contact c ON c.id = r.contact_id
    LEFT JOIN deal d ON d.id = r.deal_id
    WHERE {_OPEN} AND {_DUE} > :start AND {_DUE} <= :end
    ORDER BY {_DUE}, r.id
    LIMIT :limit OFFSET :offset"""
_EARLIEST = "0000-01-01 00:00:00"
_LATEST = "9999-12-31 23:59:59"


def _rows(start: str, end: str, offset: int = 0, limit: int = -1) -> list[ReminderRow]:
    params = {"start": start, "end": end, "offset": offset, "limit": limit}
    return [ReminderRow(r[0], r[1], from_storage(r[2]), r[3], r[4], r[5], r[6], bool(r[7]))
            for r in database.execute_sql(_ROWS_SQL, params)]


def open_reminders() -> list[ReminderRow]:
    """Every open reminder, soonest first."""
    return _rows(_EARLIEST, _LATEST)


def _local_midnight(day: date, tz: tzinfo | None) -> datetime:
    naive = datetime.combine(day, time())
    # without a zone, astimezone() reads the naive time as the system's local time, DST-aware
    return naive.replace(tzinfo=tz) if tz is not None else naive.astimezone()


def bucket_bounds(now: datetime, tz: tzinfo | None = None) -> tuple[datetime, datetime]:
    """Ends of "today" and of "next 7 days" (local midnights), DST-correct."""
    today = now.astimezone(tz).date()
    return (_local_midnight(today + timedelta(days=1), tz),
            _local_midnight(today + timedelta(days=8), tz))


def _ranges(now: datetime, tz: tzinfo | None) -> dict[Bucket, tuple[str, str]]:
    """Each group as a (start, end] range of due times, in storage form (whole seconds):
    a day ends one second before the next local midnight."""
    today_end, week_end = bucket_bounds(now, tz)
    second = timedelta(seconds=1)
    cuts = [_EARLIEST, to_storage(now), to_storage(today_end - second),
            to_storage(week_end - second), _LATEST]
    return {bucket: (cuts[i], cuts[i + 1]) for i, bucket in enumerate(Bucket)}


def bucket_counts(now: datetime, tz: tzinfo | None = None) -> dict[Bucket, int]:
    """How many open reminders each group holds (index-only counts)."""
    ranges = _ranges(now, tz)
    parts = " UNION ALL ".join(
        f"SELECT count(*) FROM reminder r WHERE {_OPEN} AND {_DUE} > ? AND {_DUE} <= ?"
        for _ in ranges)
    params = [bound for start_end in ranges.values() for bound in start_end]
    counts = [row[0] for row in database.execute_sql(parts, params)]
    return dict(zip(ranges, counts, strict=True))


def reminders_in(bucket: Bucket, now: datetime, tz: tzinfo | None = None, *,
                 offset: int = 0, limit: int = 200) -> list[ReminderRow]:
    """One page of a group's reminders, soonest first."""
    start, end = _ranges(now, tz)[bucket]
    return _rows(start, end, offset, limit)


def overdue_count(now: datetime) -> int:
    return bucket_counts(now)[Bucket.OVERDUE]


def create_reminder(title: str, due_at: datetime, *, contact_id: int | None = None,
                    deal_id: int | None = None, notes: str | None = None,
                    rrule: str | None = None, kind: str = "manual") -> int:
    errors = []
    if not title.strip():
        errors.append(InputError("a reminder needs a title", field="title"))
    if due_at.tzinfo is None:
        errors.append(InputError("needs a time zone", field="due_at"))
    if errors:
        raise InvalidRecordError(errors)
    return Reminder.create(title=title.strip(), due_at=due_at, contact=contact_id,
                           deal=deal_id, notes=notes or None, rrule=rrule or None,
                           kind=kind).id
