"""What serving a customer costs: the time their contacts took (calls, meetings, e-mails,
complaints) at what an hour of the owner's time costs (Edit > Your business). The asset
matrix takes it from the revenue (the margin) when the hourly cost is set.

The time of a contact is a typical one by kind, which the owner may set (a consultant's
meeting takes two hours, a shop's call five minutes): the record says what a contact was,
not how long it took. Notes cost nothing: they are the owner's own.
"""

from __future__ import annotations

from collections.abc import Mapping

from crm_desktop.errors import InputError
from crm_desktop.services.settings import stored_setting
from crm_desktop.translatable import msg

DEFAULT_MINUTES = {"call": 15, "email": 5, "meeting": 60, "complaint": 30, "feedback": 10}
MAX_MINUTES = 600  # ten hours: a day's work for one contact


def hourly_cost() -> int | None:
    """An hour of the owner's time, in the business currency's minor units; None until
    set."""
    return stored_setting("hourly_cost_minor")


def minutes_by_kind() -> dict[str, int]:
    """The minutes a contact of each kind counts for (notes count none). Only the known
    kinds are read from the stored setting: it is written into SQL (minutes_sql)."""
    stored = stored_setting("contact_minutes") or {}
    return {kind: int(stored.get(kind, default)) for kind, default in DEFAULT_MINUTES.items()}


def minutes_sql() -> str:
    """An interaction `i`'s minutes, in SQL."""
    cases = " ".join(f"WHEN '{kind}' THEN {n}" for kind, n in minutes_by_kind().items())
    return f"CASE i.kind {cases} ELSE 0 END"


def check_minutes(minutes: Mapping[str, int]) -> list[InputError]:
    """What is wrong with minutes by kind (the field contact_minutes, the kind named)."""
    errors = []
    for kind, n in minutes.items():
        if kind not in DEFAULT_MINUTES:
            errors.append(InputError(msg("'{0}' is not a kind of contact", kind),
                                     field="contact_minutes"))
        elif not isinstance(n, int) or not 0 <= n <= MAX_MINUTES:
            errors.append(InputError(msg("{0}: must be from 0 to {1} minutes", kind,
                                         MAX_MINUTES), field="contact_minutes"))
    return errors
