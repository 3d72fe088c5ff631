"""Open reminders, grouped the way the owner reads them: overdue, today, next 7 days, later."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo
from enum import Enum
from itertools import zip_longest
from typing import NamedTuple

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import OPEN_REMINDER_DUE, Reminder, database
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import birthdays, purchase_rhythm
from crm_desktop.translatable import msg


class Bucket(Enum):
    OVERDUE = "overdue"
    TODAY = "today"
    NEXT_7_DAYS = "next_7_days"
    LATER = "later"


class ReminderRow(NamedTuple):  # (a tuple: built by the page, 5x cheaper than a dataclass)
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
_SELECT = f"""
    SELECT r.id, r.title, {_DUE} AS due, r.contact_id, c.name, r.deal_id, d.title,
           r.rrule IS NOT NULL
    FROM reminder r {{indexed_by}}
    LEFT JOIN contact c ON c.id = r.contact_id
    LEFT JOIN deal d ON d.id = r.deal_id
    WHERE {_OPEN} AND {{where}}
    ORDER BY {_DUE}, r.id"""
_EARLIEST = "0000-01-01 00:00:00"
_LATEST = "9999-12-31 23:59:59"


def _select(where: str, params: dict | list, suffix: str = "",
            index: str | None = None) -> list[ReminderRow]:
    indexed_by = f"INDEXED BY {index}" if index else ""
    cursor = database.execute_sql(_SELECT.format(where=where, indexed_by=indexed_by) + suffix,
                                  params)
    return [ReminderRow(r[0], r[1], from_storage(r[2]), r[3], r[4], r[5], r[6], bool(r[7]))
            for r in cursor]


def _rows(start: str, end: str, offset: int = 0, limit: int = -1) -> list[ReminderRow]:
    return _select(f"{_DUE} > :start AND {_DUE} <= :end",
                   {"start": start, "end": end, "offset": offset, "limit": limit},
                   " LIMIT :limit OFFSET :offset")


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


def check_reminder(title: str, due_at: datetime) -> None:
    """InvalidRecordError naming each wrong field of a reminder to make."""
    errors = []
    if not title.strip():
        errors.append(InputError(msg("a reminder needs a title"), field="title"))
    if due_at.tzinfo is None:
        errors.append(InputError(msg("needs a time zone"), field="due_at"))
    if errors:
        raise InvalidRecordError(errors)


def create_reminder(title: str, due_at: datetime, *, contact_id: int | None = None,
                    deal_id: int | None = None, notes: str | None = None,
                    rrule: str | None = None, kind: str = "manual",
                    interaction_id: int | None = None) -> int:
    """A reminder; `interaction_id`: the interaction it follows up, with which it goes if
    that is deleted (services.history_corrections)."""
    check_reminder(title, due_at)
    return Reminder.create(title=title.strip(), due_at=due_at, contact=contact_id,
                           deal=deal_id, notes=notes or None, rrule=rrule or None,
                           kind=kind, interaction=interaction_id).id


def of_contact(contact_id: int, done_limit: int = 50) -> list[Reminder]:
    """A contact's reminders for their record: the open ones, soonest first, then the
    latest `done_limit` done."""
    live = (Reminder.contact == contact_id) & Reminder.deleted_at.is_null()
    open_ = list(Reminder.select().where(live & Reminder.done_at.is_null())
                 .order_by(Reminder.due_at))
    done = list(Reminder.select().where(live & Reminder.done_at.is_null(False))
                .order_by(Reminder.done_at.desc()).limit(done_limit))
    return open_ + done


# acting on reminders -----------------------------------------------------------------------


def _open(reminder_id: int) -> Reminder:
    reminder = Reminder.get_or_none(Reminder.id == reminder_id)
    if reminder is None or reminder.deleted_at is not None:
        raise InputError(msg("this reminder no longer exists"), field="reminder")
    return reminder


class Completion(NamedTuple):
    """What completing a reminder made, for its undo."""

    next_id: int | None  # a repeating reminder's next occurrence
    logged_id: int | None  # the interaction logged with its outcome (and its follow-up)


def complete(reminder_id: int, now: datetime, *, outcome: str | None = None,
             interaction_kind: str = "call", tz: tzinfo | None = None) -> int | None:
    """Mark done (optionally logging an interaction with its outcome). A repeating reminder
    gets its next occurrence, whose id is returned."""
    return complete_logged(reminder_id, now, outcome=outcome,
                           interaction_kind=interaction_kind, tz=tz).next_id


def complete_logged(reminder_id: int, now: datetime, *, outcome: str | None = None,
                    interaction_kind: str = "call", tz: tzinfo | None = None,
                    follow_up: tuple[str, datetime] | None = None) -> Completion:
    """Mark done, logging an interaction with the outcome if one is given (and its
    `follow_up` reminder, title and time); a repeating reminder gets its next occurrence.
    All or nothing."""
    from crm_desktop.services import recurrence
    from crm_desktop.services.customer_record import add_interaction

    with database.atomic():
        reminder = _open(reminder_id)
        reminder.done_at = now
        reminder.save()
        logged = None
        if outcome is not None and reminder.contact_id is not None:
            logged = add_interaction(reminder.contact_id, interaction_kind, now,
                                     outcome=outcome, subject=reminder.title,
                                     deal_id=reminder.deal_id, direction="outbound",
                                     follow_up=follow_up)
        if not reminder.rrule:
            return Completion(None, logged)
        following = recurrence.next_after(reminder.rrule, reminder.due_at, tz)
        while following is not None and following <= now:
            following = recurrence.next_after(reminder.rrule, following, tz)  # no backlog
        if following is None:
            return Completion(None, logged)
        return Completion(Reminder.create(
            title=reminder.title, notes=reminder.notes, contact=reminder.contact_id,
            deal=reminder.deal_id, kind=reminder.kind, due_at=following,
            rrule=reminder.rrule).id, logged)


def snooze(reminder_id: int, until: datetime) -> None:
    reminder = _open(reminder_id)
    reminder.snoozed_until = until
    reminder.notified_at = None  # it will tell again when the snooze ends
    reminder.save()


def reschedule(reminder_id: int, due_at: datetime) -> None:
    reminder = _open(reminder_id)
    reminder.due_at, reminder.snoozed_until, reminder.notified_at = due_at, None, None
    reminder.save()


def edit(reminder_id: int, *, title: str, due_at: datetime, notes: str | None,
         rrule: str | None) -> None:
    from crm_desktop.services import recurrence

    if not title.strip():
        raise InvalidRecordError([InputError(msg("a reminder needs a title"), field="title")])
    if rrule:
        recurrence.validate(rrule)
    reminder = _open(reminder_id)
    if reminder.due_at != due_at:
        reminder.snoozed_until, reminder.notified_at = None, None
    reminder.title, reminder.due_at = title.strip(), due_at
    reminder.notes, reminder.rrule = notes or None, rrule or None
    reminder.save()


def trash(reminder_id: int, now: datetime) -> None:
    Reminder.update(deleted_at=now).where(Reminder.id == reminder_id).execute()


def restore(reminder_id: int) -> None:
    Reminder.update(deleted_at=None).where(Reminder.id == reminder_id).execute()


def reopen(reminder_id: int, created_next: int | None, logged_id: int | None = None) -> None:
    """Undo of complete(): open again, and remove the occurrence it created and the
    interaction it logged (deleted as a correction: its follow-up goes with it, and the
    History says so)."""
    from crm_desktop.services import history_corrections

    with database.atomic():
        Reminder.update(done_at=None).where(Reminder.id == reminder_id).execute()
        if created_next is not None:
            Reminder.delete().where(Reminder.id == created_next).execute()
        if logged_id is not None:
            history_corrections.delete(history_corrections.INTERACTION, logged_id)


# notifications -----------------------------------------------------------------------------


def missed_at_start(now: datetime) -> int:
    """At start-up: reminders that fell due while the app was closed are shown as overdue,
    not replayed one by one; they count as told. Returns how many."""
    return Reminder.update(notified_at=now).where(
        Reminder.done_at.is_null() & Reminder.deleted_at.is_null()
        & Reminder.notified_at.is_null() & (now >= OPEN_REMINDER_DUE)).execute()


def to_notify(now: datetime) -> list[ReminderRow]:
    """Open reminders due by now that have not been told yet; marks them told (once)."""
    due = f"r.notified_at IS NULL AND {_DUE} <= ?"
    with database.atomic():
        rows = _select(due, [to_storage(now)])
        if rows:
            # the same reminders, by the same condition: a backlog a terminal wrote can be
            # more ids than SQLite binds at once
            database.execute_sql(
                f"UPDATE reminder SET notified_at = ? WHERE id IN (SELECT r.id FROM reminder r "
                f"WHERE {_OPEN} AND {due})", [to_storage(now), to_storage(now)])
    return rows


# service levels and suggestions ------------------------------------------------------------


def service_level_hours(contact_id: int, kind: str = "complaint") -> int | None:
    """The promised response time for this contact's segment (VIP first), if any."""
    from crm_desktop.db.models import Contact, ServiceLevel

    contact = Contact.get_by_id(contact_id)
    levels = list(ServiceLevel.select().where(ServiceLevel.interaction_kind == kind))
    ordered = sorted(levels, key=lambda s: (not s.vip_only, s.segment is None))
    for level in ordered:
        if level.vip_only and not contact.is_vip:
            continue
        if level.segment is not None and level.segment != contact.segment:
            continue
        return level.response_hours
    return None


def create_service_level_reminder(contact_id: int, interaction_id: int, occurred_at: datetime,
                                  subject: str | None, title: str | None = None) -> int | None:
    hours = service_level_hours(contact_id)
    if hours is None:
        return None
    return Reminder.create(title=title or f"Answer complaint: {subject or 'complaint'}",
                           contact=contact_id, interaction=interaction_id,
                           kind="service_level",
                           due_at=occurred_at + timedelta(hours=hours)).id


def at_risk(now: datetime, warning: timedelta = timedelta(hours=1)) -> list[ReminderRow]:
    """Service-level reminders that are broken or will be within `warning`."""
    # named: once PRAGMA optimize has left statistics, SQLite would pick the index of all
    # open reminders and read thousands of them (2 ms at every refresh, 10 ms cold)
    return _select(f"r.kind = 'service_level' AND {_DUE} <= ?",
                   [to_storage(now + warning)], index="reminder_open_service_level_due")


class Suggestion(NamedTuple):  # (a tuple: made at import ~7x faster than a dataclass)
    contact_id: int
    name: str
    kind: str  # OWES, BIRTHDAY, QUIET, LOST or OVERDUE
    # the last contact's date (ISO), the lost deal's title, the last purchase's date, the
    # day the unpaid invoice was due, or the day of the birthday
    detail: str
    every_days: int = 0  # OVERDUE: the usual interval between purchases
    invoice: str = ""  # OWES: the invoice's number, its amount and currency
    amount_minor: int = 0
    currency: str = ""
    turns: int = 0  # BIRTHDAY: the age they turn (0: the year is not known)

    @property
    def reason(self) -> str:
        if self.kind == OWES:
            from crm_desktop.services.money import to_decimal  # (not on start-up's path)

            return (f"owes {to_decimal(self.amount_minor, self.currency)} {self.currency} "
                    f"({self.invoice or 'an invoice'}), due {self.detail}")
        if self.kind == OVERDUE:
            return f"buys every {self.every_days} days; none since {self.detail}"
        if self.kind == BIRTHDAY:
            return f"birthday on {self.detail}" + (f", turns {self.turns}" if self.turns else "")
        return (f"no contact since {self.detail}" if self.kind == QUIET
                else f"lost “{self.detail}” lately")


QUIET, LOST, OVERDUE, OWES, BIRTHDAY = "quiet", "lost", "overdue", "owes", "birthday"
BIRTHDAY_DAYS = 7  # birthdays suggested this many days ahead, to plan greetings


_NO_OPEN_REMINDER = (f"NOT EXISTS (SELECT 1 FROM reminder r WHERE r.contact_id = c.id "
                     f"AND {_OPEN})")
# parameters: last contact before, limit
QUIET_CUSTOMERS_SQL = (
    f"SELECT c.id, c.name, c.last_contact_at FROM contact c WHERE c.deleted_at IS NULL "
    f"AND +c.status = 'customer' AND c.last_contact_at < ? AND {_NO_OPEN_REMINDER} "
    f"ORDER BY c.last_contact_at LIMIT ?")
# parameters: closed since, limit. From the deals closed lately (CROSS JOIN keeps that
# order): a few rows, not all
RECENTLY_LOST_SQL = (
    f"SELECT DISTINCT c.id, c.name, d.title FROM deal d CROSS JOIN contact c ON c.id = "
    f"d.contact_id CROSS JOIN stage s ON s.id = d.stage_id WHERE s.kind = 'lost' "
    f"AND +d.deleted_at IS NULL AND c.deleted_at IS NULL AND d.closed_at >= ? "
    f"AND {_NO_OPEN_REMINDER} ORDER BY d.closed_at DESC LIMIT ?")


LAPSED_DAYS = 365  # a year without buying: lapsed, left to the quiet and lost suggestions
# parameters: day, lapsed, limit. Those who paid the most first (a big customer slipping
# matters most); every customer's payments are grouped: 45 ms on 80,000 payments
OVERDUE_CUSTOMERS_SQL = (
    f"SELECT c.id, c.name, g.last_bought, g.span, g.purchases "
    f"FROM ({purchase_rhythm.grouped_sql(':day')}) g "
    f"CROSS JOIN contact c ON c.id = g.contact_id WHERE {purchase_rhythm.OVERDUE_SQL} "
    f"AND g.since <= :lapsed "
    f"AND c.deleted_at IS NULL AND +c.status = 'customer' AND {_NO_OPEN_REMINDER} "
    f"ORDER BY g.paid DESC, c.id LIMIT :limit")


# parameters: day, lapsed day, limit. The invoices unpaid past their due day (within a
# year: older debts are the accountant's), the longest overdue first, read from the index of
# unpaid invoices (migration 0013)
OWING_CUSTOMERS_SQL = (
    f"SELECT c.id, c.name, p.due_on, p.invoice_number, p.amount_minor, p.currency "
    f"FROM payment p CROSS JOIN contact c ON c.id = p.contact_id WHERE p.paid_on IS NULL "
    f"AND p.due_on < :day AND p.due_on >= :lapsed AND c.deleted_at IS NULL "
    f"AND {_NO_OPEN_REMINDER} ORDER BY p.due_on, p.id LIMIT :limit")


def suggestions(now: datetime, silent_days: int | None = None, lost_days: int = 30,
                limit: int = 20) -> list[Suggestion]:
    """Customers who owe money (an invoice unpaid past its due day, within a year),
    contacts whose birthday comes within BIRTHDAY_DAYS, customers overdue for their usual
    purchase (within a year), customers gone quiet (longer than the setting
    win_back_after_days) and deals lost lately, with no open reminder: get paid, greet them,
    keep them or win them back. Taken in turn from each kind, a customer once."""
    if silent_days is None:
        from crm_desktop.services.settings import get_setting

        silent_days = int(get_setting("win_back_after_days") or 90)
    quiet = database.execute_sql(
        QUIET_CUSTOMERS_SQL, [to_storage(now - timedelta(days=silent_days)), limit]).fetchall()
    lost = database.execute_sql(
        RECENTLY_LOST_SQL, [to_storage(now - timedelta(days=lost_days)), limit]).fetchall()
    overdue = database.execute_sql(
        OVERDUE_CUSTOMERS_SQL,
        {"day": purchase_rhythm.day_of(now), "lapsed": LAPSED_DAYS, "limit": limit}).fetchall()
    today = now.astimezone().date()
    owing = database.execute_sql(
        OWING_CUSTOMERS_SQL,
        {"day": today.isoformat(), "lapsed": (today - timedelta(days=LAPSED_DAYS)).isoformat(),
         "limit": limit}).fetchall()
    coming = birthdays.coming(today, BIRTHDAY_DAYS, limit, _NO_OPEN_REMINDER)
    kinds = [
        [Suggestion(cid, name, OWES, due, 0, invoice or "", amount, currency)
         for cid, name, due, invoice, amount, currency in owing],
        [Suggestion(c.contact_id, c.name, BIRTHDAY, c.on.isoformat(), turns=c.turns or 0)
         for c in coming],
        [Suggestion(cid, name, OVERDUE, last,
                    purchase_rhythm.Rhythm(purchases, round(span), 0, last).every_days)
         for cid, name, last, span, purchases in overdue],
        [Suggestion(cid, name, QUIET, from_storage(last).date().isoformat())
         for cid, name, last in quiet],
        [Suggestion(cid, name, LOST, title) for cid, name, title in lost],
    ]
    out: dict[int, Suggestion] = {}
    for turn in zip_longest(*kinds):
        for s in turn:
            if s is not None and s.contact_id not in out:
                out[s.contact_id] = s
    return list(out.values())[:limit]


class Promise(NamedTuple):
    """A service level: complaints from this segment (or any), VIP only or not, answered
    within `hours`."""

    segment: str | None
    vip_only: bool
    hours: int


def service_levels() -> list[Promise]:
    from crm_desktop.db.models import ServiceLevel

    return [Promise(s.segment, s.vip_only, s.response_hours)
            for s in ServiceLevel.select().order_by(ServiceLevel.id)]


def save_service_levels(promises: list[Promise]) -> None:
    from crm_desktop.db.models import ServiceLevel

    errors = [InputError(msg("must be 1 hour or more"), field="hours", row=i)
              for i, p in enumerate(promises, start=1) if p.hours < 1]
    if errors:
        raise InvalidRecordError(errors)
    with database.atomic():
        ServiceLevel.delete().execute()
        for p in promises:
            ServiceLevel.create(segment=(p.segment or "").strip() or None, vip_only=p.vip_only,
                                interaction_kind="complaint", response_hours=p.hours)
