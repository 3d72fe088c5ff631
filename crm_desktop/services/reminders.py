"""Open reminders, grouped the way the owner reads them: overdue, today, next 7 days, later."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, tzinfo
from enum import Enum

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import database


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


# Open reminders only: the (done_at, deleted_at, due_at) index keeps done ones out of the scan
_OPEN_SQL = """
    SELECT r.id, r.title, coalesce(r.snoozed_until, r.due_at) AS due, r.contact_id, c.name,
           r.deal_id, d.title, r.rrule IS NOT NULL
    FROM reminder r
    LEFT JOIN contact c ON c.id = r.contact_id
    LEFT JOIN deal d ON d.id = r.deal_id
    WHERE r.done_at IS NULL AND r.deleted_at IS NULL {extra}
    ORDER BY due, r.id"""


def open_reminders(until: datetime | None = None) -> list[ReminderRow]:
    """Open reminders due before `until` (all of them when None), soonest first."""
    extra, params = "", []
    if until is not None:
        extra = "AND coalesce(r.snoozed_until, r.due_at) < ?"
        params.append(to_storage(until))
    cursor = database.execute_sql(_OPEN_SQL.format(extra=extra), params)
    return [
        ReminderRow(r[0], r[1], from_storage(r[2]), r[3], r[4], r[5], r[6], bool(r[7]))
        for r in cursor
    ]


def bucket_of(due_at: datetime, now: datetime, tz: tzinfo | None = None) -> Bucket:
    """Which group a reminder belongs to, by the owner's local calendar day."""
    if due_at <= now:
        return Bucket.OVERDUE
    local_due = due_at.astimezone(tz).date()
    local_today = now.astimezone(tz).date()
    if local_due == local_today:
        return Bucket.TODAY
    if local_due <= local_today + timedelta(days=7):
        return Bucket.NEXT_7_DAYS
    return Bucket.LATER


def grouped(
    rows: list[ReminderRow], now: datetime, tz: tzinfo | None = None
) -> dict[Bucket, list[ReminderRow]]:
    groups: dict[Bucket, list[ReminderRow]] = {b: [] for b in Bucket}
    for row in rows:
        groups[bucket_of(row.due_at, now, tz)].append(row)
    return groups


def overdue_count(now: datetime) -> int:
    return database.execute_sql(
        "SELECT count(*) FROM reminder r WHERE r.done_at IS NULL AND r.deleted_at IS NULL "
        "AND coalesce(r.snoozed_until, r.due_at) <= ?",
        [to_storage(now)],
    ).fetchone()[0]
