"""What serving a customer costs: the time their contacts took (calls, meetings, e-mails,
complaints) at what an hour of the owner's time costs (Edit > Your business). The asset
matrix takes it from the revenue (the margin) when the hourly cost is set.

The time of a contact is a typical one by kind (MINUTES): the record says what it was, not
how long it took. Notes cost nothing: they are the owner's own.
"""

from __future__ import annotations

from crm_desktop.services.settings import stored_setting

MINUTES = {"call": 15, "email": 5, "meeting": 60, "complaint": 30, "feedback": 10, "note": 0}
# an interaction `i`'s minutes, in SQL
MINUTES_SQL = ("CASE i.kind " + " ".join(f"WHEN '{kind}' THEN {n}" for kind, n in MINUTES.items())
               + " ELSE 0 END")


def hourly_cost() -> int | None:
    """An hour of the owner's time, in the business currency's minor units; None until
    set."""
    return stored_setting("hourly_cost_minor")
