"""What bringing in a customer costs, by lead source: the owner's marketing spend (an ad
campaign, a fair, a directory listing) set against the leads and the new customers each
source brought in a period.

A source is matched to contacts' lead_source whatever its case and surrounding spaces. A
contact became a customer on its first payment received or its first deal won, whichever
came first.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date, datetime, time, timedelta
from typing import NamedTuple

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import MarketingSpend, database
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services.money import to_minor
from crm_desktop.translatable import msg


class SourceCost(NamedTuple):
    source: str
    currency: str | None  # of the spend; None when nothing was spent on the source
    spent_minor: int
    leads: int  # contacts from the source added in the period
    customers: int  # contacts from the source that became customers in the period

    @property
    def per_lead(self) -> int | None:
        return self.spent_minor // self.leads if self.leads and self.spent_minor else None

    @property
    def per_customer(self) -> int | None:
        return (self.spent_minor // self.customers if self.customers and self.spent_minor
                else None)


def add_spend(source: str, spent_on: date, amount: str, currency: str,
              note: str | None = None) -> int:
    """Record money spent on a lead source; InvalidRecordError names the wrong fields."""
    source, currency = source.strip(), currency.strip().upper()
    errors = []
    if not source:
        errors.append(InputError(msg("name the source, as contacts have it"),
                                 field="lead_source"))
    elif len(source) > 150:
        errors.append(InputError(msg("at most {0} characters", 150), field="lead_source"))
    if len(currency) != 3 or not currency.isalpha():
        errors.append(InputError(msg("must be a 3-letter code such as USD"), field="currency"))
    try:
        amount_minor = to_minor(amount, currency if len(currency) == 3 else "USD")
    except (ValueError, ArithmeticError):
        errors.append(InputError(msg("'{0}' is not an amount", amount), field="amount"))
    else:
        if amount_minor <= 0 or amount_minor > 10**15:
            errors.append(InputError(msg("must be above zero and below 10^13"), field="amount"))
    if errors:
        raise InvalidRecordError(errors)
    return MarketingSpend.create(lead_source=source, spent_on=spent_on,
                                 amount_minor=amount_minor, currency=currency,
                                 note=(note or "").strip() or None).id


def delete_spend(spend_ids: Iterable[int]) -> list[dict]:
    """Delete spend; returns the rows as they were, for `restore_spend`."""
    ids = list(spend_ids)
    with database.atomic():
        rows = list(MarketingSpend.select().where(MarketingSpend.id.in_(ids)).dicts())
        MarketingSpend.delete().where(MarketingSpend.id.in_(ids)).execute()
    return rows


def restore_spend(rows: Iterable[dict]) -> None:
    """Put back spend `delete_spend` deleted, with the same ids."""
    rows = list(rows)
    if rows:
        MarketingSpend.insert_many(rows).execute()


def spending(start: date | None = None, end: date | None = None) -> list[MarketingSpend]:
    """What was spent in [start, end] (either open), newest first."""
    query = MarketingSpend.select()
    if start is not None:
        query = query.where(MarketingSpend.spent_on >= start)
    if end is not None:
        query = query.where(MarketingSpend.spent_on <= end)
    return list(query.order_by(MarketingSpend.spent_on.desc(), MarketingSpend.id.desc()))


def _key(source: str) -> str:
    return " ".join(source.split()).casefold()


# per lead source: the contacts (not in the Trash) that became customers in [:start, :end];
# looked for among those who paid or won in the period (all contacts with a source were
# 220 ms on the 100k demo, at every refresh of the metrics)
_BECAME_CUSTOMERS = """
    SELECT c.lead_source, count(*) FROM contact c
    WHERE c.id IN (
        SELECT p.contact_id FROM payment p WHERE p.paid_on BETWEEN :start AND :end
        UNION
        SELECT d.contact_id FROM deal d JOIN stage s ON s.id = d.stage_id
        WHERE d.closed_at >= :start AND d.closed_at < :after AND s.kind = 'won'
          AND d.deleted_at IS NULL)
      AND c.deleted_at IS NULL AND c.lead_source IS NOT NULL AND (
        SELECT min(first) FROM (
            SELECT min(p.paid_on) AS first FROM payment p
            WHERE p.contact_id = c.id AND p.paid_on IS NOT NULL
            UNION ALL
            SELECT min(date(d.closed_at)) FROM deal d JOIN stage s ON s.id = d.stage_id
            WHERE d.contact_id = c.id AND s.kind = 'won' AND d.deleted_at IS NULL)
        ) BETWEEN :start AND :end
    GROUP BY c.lead_source"""


def by_source(start: date, end: date) -> list[SourceCost]:
    """Spend, leads and new customers per lead source for the days start..end: the sources
    money was spent on (costliest first), then those that brought customers for free."""
    names: dict[str, str] = {}  # a source as the contacts spell it, else as the spend does
    leads: dict[str, int] = defaultdict(int)
    # (+: one pass over the table, 33 ms on the 100k demo; through the index of sources
    # and a lookup of each contact's creation, 81 ms)
    added = database.execute_sql(
        "SELECT lead_source, count(*) FROM contact WHERE +deleted_at IS NULL AND "
        "+lead_source IS NOT NULL AND created_at >= ? AND created_at <= ? GROUP BY lead_source",
        [to_storage(datetime.combine(start, time())),
         to_storage(datetime.combine(end, time(23, 59, 59)))])
    for source, n in added:
        leads[_key(source)] += n
        names.setdefault(_key(source), source)
    customers: dict[str, int] = defaultdict(int)
    for source, n in database.execute_sql(
            _BECAME_CUSTOMERS, {"start": start.isoformat(), "end": end.isoformat(),
                                "after": (end + timedelta(days=1)).isoformat()}):
        customers[_key(source)] += n
        names.setdefault(_key(source), source)
    spent: dict[tuple[str, str], int] = defaultdict(int)
    for s in spending(start, end):
        names.setdefault(_key(s.lead_source), s.lead_source)
        spent[_key(s.lead_source), s.currency] += s.amount_minor
    paid = [SourceCost(names[key], currency, amount, leads[key], customers[key])
            for (key, currency), amount in spent.items()]
    paid.sort(key=lambda r: (-r.spent_minor, r.source))
    spent_on = {key for key, _ in spent}
    free = [SourceCost(names[key], None, 0, leads[key], n) for key, n in customers.items()
            if key not in spent_on]
    free.sort(key=lambda r: (-r.customers, r.source))
    return paid + free
