"""How often a customer buys, and whether they are overdue: one who paid every month and
has not for three is at risk of leaving (churn) well before they go quiet.

A purchase is a day something was bought and paid for: an invoice's issue day (its
instalments, which share it, are one purchase), or the day paid of a payment without one.
The usual interval is the span from the first purchase to the last divided by the
intervals between them; it says something only from MIN_PURCHASES purchases over
MIN_SPAN_DAYS on (three payments of one order in a week tell no rhythm).
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import NamedTuple

from crm_desktop.db.models import database

MIN_PURCHASES = 3  # two intervals: fewer tell no rhythm
MIN_SPAN_DAYS = 28
OVERDUE_FACTOR = 2  # overdue once the wait is twice the usual interval...
MIN_OVERDUE_DAYS = 14  # ...and two weeks at least (a weekly buyer a week late is not leaving)
_BOUGHT = "coalesce(p.issued_on, p.paid_on)"  # a payment's purchase day


def grouped_sql(day: str, where: str = "") -> str:
    """Per contact with a rhythm, as of the day the SQL parameter `day` names (':day' or
    '?', bound twice); `where` narrows the payments."""
    # (by issue day, not by invoice: as cheap as counting days, where grouping the parts of
    # each invoice doubled the time, 80 -> 160 ms on 88,000 payments)
    return f"""
    SELECT p.contact_id AS contact_id, count(DISTINCT {_BOUGHT}) AS purchases,
           julianday(max({_BOUGHT})) - julianday(min({_BOUGHT})) AS span,
           julianday({day}) - julianday(max({_BOUGHT})) AS since, max({_BOUGHT}) AS last_bought,
           sum(p.amount_minor) AS paid
    FROM payment p WHERE p.paid_on <= {day} {where}
    GROUP BY p.contact_id HAVING purchases >= {MIN_PURCHASES} AND span >= {MIN_SPAN_DAYS}"""


# the rows of grouped_sql (as g) that are overdue
OVERDUE_SQL = (f"g.since >= {MIN_OVERDUE_DAYS} AND "
               f"g.since * (g.purchases - 1) > {OVERDUE_FACTOR} * g.span")


def overdue_ids_sql() -> str:
    """The ids of the contacts overdue as of a day, bound twice (?, ?)."""
    return f"SELECT g.contact_id FROM ({grouped_sql('?')}) g WHERE {OVERDUE_SQL}"


class Rhythm(NamedTuple):
    purchases: int
    span_days: int  # from the first purchase to the last
    since_days: int  # since the last purchase
    last_bought: str  # its day, ISO

    @property
    def every_days(self) -> int:
        """The usual interval between purchases."""
        return round(self.span_days / (self.purchases - 1))

    @property
    def overdue(self) -> bool:
        """As OVERDUE_SQL has it."""
        return (self.since_days >= MIN_OVERDUE_DAYS
                and self.since_days * (self.purchases - 1) > OVERDUE_FACTOR * self.span_days)


def day_of(as_of: datetime) -> str:
    """The day (ISO) payments are counted up to, as the asset matrix counts them."""
    return as_of.astimezone(UTC).date().isoformat()


def rhythm(contact_id: int, as_of: datetime) -> Rhythm | None:
    """The contact's buying rhythm as of `as_of`; None without MIN_PURCHASES purchases."""
    row = database.execute_sql(grouped_sql(":day", "AND p.contact_id = :contact"),
                               {"day": day_of(as_of), "contact": contact_id}).fetchone()
    if row is None:
        return None
    _, purchases, span, since, last_bought, _ = row
    return Rhythm(purchases, round(span), round(since), last_bought)
