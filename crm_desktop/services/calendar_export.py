"""Reminders to an iCalendar (.ics) file, recurrence rules included, for the owner's
calendar app (written with the icalendar library)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta
from pathlib import Path

from icalendar import Calendar, Event, vRecur

from crm_desktop import APP_NAME, __version__
from crm_desktop.db.models import Reminder
from crm_desktop.errors import StorageError
from crm_desktop.paths import create_private
from crm_desktop.translatable import msg

EVENT_LENGTH = timedelta(minutes=30)


def export_reminders(path: Path, now: datetime, *, include_done: bool = False,
                     ids: Sequence[int] | None = None) -> int:
    """Write open (or all) reminders as events; returns how many."""
    query = Reminder.select().where(Reminder.deleted_at.is_null())
    if not include_done:
        query = query.where(Reminder.done_at.is_null())
    if ids is not None:
        query = query.where(Reminder.id.in_(list(ids)))
    calendar = Calendar()
    calendar.add("prodid", f"-//{APP_NAME}//{__version__}//EN")
    calendar.add("version", "2.0")
    n = 0
    for reminder in query.order_by(Reminder.due_at):
        event = Event()
        event.add("uid", f"reminder-{reminder.id}@{APP_NAME}")
        event.add("dtstamp", now)
        start = reminder.snoozed_until or reminder.due_at
        event.add("dtstart", start)
        event.add("dtend", start + EVENT_LENGTH)
        event.add("summary", reminder.title)
        details = [x for x in (reminder.contact.name if reminder.contact else None,
                               reminder.deal.title if reminder.deal else None,
                               reminder.notes) if x]
        if details:
            event.add("description", "\n".join(details))
        if reminder.rrule:
            event.add("rrule", vRecur.from_ical(reminder.rrule))
        calendar.add_component(event)
        n += 1
    path = Path(path)
    if not path.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", path.parent))
    fd = create_private(path)
    with open(fd, "wb") as fh:
        fh.write(calendar.to_ical())
    return n
