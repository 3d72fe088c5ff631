"""What serving a customer costs: the time their contacts took (calls, meetings, e-mails,
complaints) at what an hour of the owner's time costs (Edit > Your business).

The time of a contact is a typical one by kind (MINUTES): the record says what it was, not
how long it took. Notes cost nothing: they are the owner's own.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import database
from crm_desktop.services.settings import stored_setting

MINUTES = {"call": 15, "email": 5, "meeting": 60, "complaint": 30, "feedback": 10, "note": 0}


def minutes_spent(contact_id: int, as_of: datetime) -> int:
    """The owner's time the contact took in the 12 months before `as_of`, in minutes."""
    rows = database.execute_sql(
        "SELECT kind, count(*) FROM interaction WHERE contact_id = ? AND deleted_at IS NULL "
        "AND occurred_at > ? AND occurred_at <= ? GROUP BY kind",
        [contact_id, to_storage(as_of - timedelta(days=365)), to_storage(as_of)])
    return sum(MINUTES.get(kind, 0) * n for kind, n in rows)


def cost_to_serve(contact_id: int, as_of: datetime) -> int | None:
    """What the contact's 12 months of contacts cost, in the business currency's minor
    units; None while no hourly cost is set."""
    hourly = stored_setting("hourly_cost_minor")
    if hourly is None:
        return None
    return round(hourly * minutes_spent(contact_id, as_of) / 60)
