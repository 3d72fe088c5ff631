"""The customer asset matrix (shared/domain.md): customers placed by their value to the
business and by the strength of the relationship, each cell with its objective.

Computable as of any date, so a report can show how customers moved since the previous
period; every score keeps the inputs that gave it.
"""

from __future__ import annotations

import statistics
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import database
from crm_desktop.services import cost_to_serve
from crm_desktop.services.money import to_decimal
from crm_desktop.services.number_text import number_text
from crm_desktop.services.settings import get_setting
from crm_desktop.translatable import Message, msg

TIERS = ("low", "medium", "high")
# (value tier, relationship tier) -> objective
OBJECTIVES = {
    ("high", "high"): "retain", ("high", "medium"): "retain", ("high", "low"): "win back",
    ("medium", "high"): "develop", ("medium", "medium"): "develop",
    ("medium", "low"): "win back",
    ("low", "high"): "develop", ("low", "medium"): "efficiency", ("low", "low"): "efficiency",
}
ACQUISITION = "acquisition"  # prospects with no revenue yet


@dataclass
class CustomerScore:
    contact_id: int
    name: str
    company: str | None
    revenue_12m: float  # in the business currency's major units
    revenue_lifetime: float
    reliability: float | None  # share of settled invoices paid on time
    value: float
    satisfaction: float | None
    interactions_12m: int
    days_since_contact: int | None
    tenure_years: float
    open_complaints: int
    relationship: float
    open_deals: int
    last_contact: datetime | None
    value_tier: str = ""
    relationship_tier: str = ""
    currency: str = "USD"  # of the customer's payments: the revenue figures' currency
    # their contacts' time at the owner's hourly cost (cost_to_serve), 0 while none is set
    cost_to_serve_12m: float = 0.0

    @property
    def margin_12m(self) -> float:
        """Revenue of the last 12 months less the cost to serve."""
        return self.revenue_12m - self.cost_to_serve_12m

    @property
    def revenue_per_interaction(self) -> float | None:
        """Revenue of the last 12 months per interaction in them: revenue per unit of
        effort (None without interactions)."""
        return self.revenue_12m / self.interactions_12m if self.interactions_12m else None

    @property
    def objective(self) -> str:
        if self.revenue_lifetime <= 0:
            return ACQUISITION
        return OBJECTIVES[(self.value_tier, self.relationship_tier)]

    @property
    def cell(self) -> tuple[str, str] | None:
        return None if self.objective == ACQUISITION else (self.value_tier,
                                                           self.relationship_tier)

    def explain(self) -> dict[str, object]:
        """The inputs behind both scores."""
        served = ({"cost to serve 12 months": round(self.cost_to_serve_12m, 2),
                   "margin 12 months": round(self.margin_12m, 2)}
                  if self.cost_to_serve_12m else {})
        return {
            "revenue last 12 months": round(self.revenue_12m, 2),
            **served,
            "lifetime revenue": round(self.revenue_lifetime, 2),
            "paid on time": None if self.reliability is None else round(self.reliability, 2),
            "value score": round(self.value, 2),
            "average satisfaction": self.satisfaction,
            "interactions in 12 months": self.interactions_12m,
            "days since last contact": self.days_since_contact,
            "years as a customer": round(self.tenure_years, 1),
            "open complaints": self.open_complaints,
            "relationship score": round(self.relationship, 1),
        }


@dataclass
class Thresholds:
    """Tier limits: below `low_max` is low, above `high_min` is high (inclusive)."""

    value_low_max: float
    value_high_min: float
    relationship_low_max: float
    relationship_high_min: float


@dataclass
class Matrix:
    as_of: datetime
    thresholds: Thresholds
    customers: list[CustomerScore] = field(default_factory=list)
    _cells: dict | None = field(default=None, repr=False, compare=False)

    def cell(self, value_tier: str, relationship_tier: str) -> list[CustomerScore]:
        if self._cells is None:  # grouped once: the report asks for every cell
            self._cells = {}
            for c in self.customers:
                self._cells.setdefault(c.cell, []).append(c)
        return self._cells.get((value_tier, relationship_tier), [])

    def prospects(self) -> list[CustomerScore]:
        return [c for c in self.customers if c.objective == ACQUISITION]

    def cell_figures(self, value_tier: str, relationship_tier: str) -> tuple[int, float,
                                                                             float | None]:
        """(customers, revenue in 12 months, average satisfaction) of a cell."""
        members = self.cell(value_tier, relationship_tier)
        rated = [c.satisfaction for c in members if c.satisfaction is not None]
        return (len(members), sum(c.revenue_12m for c in members),
                sum(rated) / len(rated) if rated else None)

    def by_id(self) -> dict[int, CustomerScore]:
        return {c.contact_id: c for c in self.customers}


def relationship_score(satisfaction: float | None, days_since: int | None, interactions: int,
                       tenure_years: float, open_complaints: int) -> float:
    """0..100: satisfaction 30, recency 25, frequency 25, tenure 20; -15 a complaint."""
    score = 0.0
    if satisfaction is not None:
        score += (satisfaction - 1) / 4 * 30
    if days_since is not None:
        score += 25 if days_since <= 30 else 15 if days_since <= 90 else \
            5 if days_since <= 180 else 0
    score += min(interactions, 12) / 12 * 25
    score += min(tenure_years, 3) / 3 * 20
    return max(0.0, score - 15 * open_complaints)


def value_score(margin_12m: float, reliability: float | None) -> float:
    """Revenue of the last year less the cost to serve (nothing while the owner's hourly
    cost is not set), weighed down a little by late payment."""
    return margin_12m * (0.8 + 0.2 * (reliability if reliability is not None else 1.0))


def _tertiles(values: list[float]) -> tuple[float, float]:
    """The cut points that split the values in three equal groups (interpolated)."""
    if len(values) < 2:
        return (values[0], values[0]) if values else (0.0, 0.0)
    low, high = statistics.quantiles(values, n=3, method="inclusive")
    return low, high


def _tier(x: float, low_max: float, high_min: float) -> str:
    if x <= low_max:
        return "low"
    if x >= high_min:
        return "high"
    return "medium"


def compute(as_of: datetime, thresholds: Thresholds | None = None) -> Matrix:
    """Every customer and prospect with revenue or a won deal, placed as of `as_of`."""
    customers = _scores(as_of, "c.created_at <= :as_of AND (c.status = 'customer' OR "
                               "EXISTS (SELECT 1 FROM payment p WHERE p.contact_id = c.id))",
                        {})
    placed = [c for c in customers if c.revenue_lifetime > 0]
    if thresholds is None:
        v = _tertiles([c.value for c in placed])
        r = _tertiles([c.relationship for c in placed])
        thresholds = Thresholds(v[0], v[1], r[0], r[1])
    for c in placed:
        c.value_tier = _tier(c.value, thresholds.value_low_max, thresholds.value_high_min)
        c.relationship_tier = _tier(c.relationship, thresholds.relationship_low_max,
                                    thresholds.relationship_high_min)
    return Matrix(as_of, thresholds, customers)


def tenure_message(years: float, lang: str) -> Message:
    """How long they have been a customer, in the unit that says it: "less than a month",
    "7 months", "2.5 years", "3 years" (not "0.0 years" for a customer of two weeks, nor
    "3.0 years")."""
    months = int(years * 12)
    if months < 1:
        return msg("less than a month")
    if months == 1:
        return msg("1 month")
    if months < 12:
        return msg("{0} months", number_text(months, lang))
    tenths = round(years * 10)
    if tenths == 10:
        return msg("1 year")
    return msg("{0} years", number_text(tenths / 10, lang, 0 if tenths % 10 == 0 else 1))


def customer_figures(contact_id: int, as_of: datetime) -> CustomerScore | None:
    """One contact's figures as of `as_of` (revenue, payment reliability, satisfaction,
    interactions, tenure...), whether or not a customer yet; not placed in a tier, which
    needs every customer (`compute`). None if there is no such contact."""
    found = _scores(as_of, "c.id = :only", {"only": contact_id})
    return found[0] if found else None


def _scores(as_of: datetime, which: str, params: dict) -> list[CustomerScore]:
    """The figures and scores of the contacts `which` (SQL over `c`) selects. (`+i.kind`
    keeps SQLite on the contact's own interactions: by the kind index it read every
    complaint of every customer for each one, 6 ms a customer on 100,000 contacts.)"""
    as_of_s = to_storage(as_of)
    day = as_of.astimezone(UTC).date().isoformat()
    year_ago = (as_of - timedelta(days=365))
    hourly = cost_to_serve.hourly_cost()
    # (read only when the owner's hour has a cost: else there is nothing to take off)
    minutes = ("0" if not hourly else
               f"(SELECT coalesce(sum({cost_to_serve.minutes_sql()}), 0) FROM interaction i "
               "WHERE i.contact_id = c.id AND i.deleted_at IS NULL "
               "AND i.occurred_at <= :as_of AND i.occurred_at > :year)")
    rows = database.execute_sql("""
        SELECT c.id, c.name, co.name, c.created_at,
          (SELECT coalesce(sum(p.amount_minor), 0) FROM payment p WHERE p.contact_id = c.id
             AND p.paid_on IS NOT NULL AND p.paid_on <= :day AND p.paid_on > :year_day),
          (SELECT coalesce(sum(p.amount_minor), 0) FROM payment p WHERE p.contact_id = c.id
             AND p.paid_on IS NOT NULL AND p.paid_on <= :day),
          (SELECT count(*) FROM payment p WHERE p.contact_id = c.id AND p.due_on IS NOT NULL
             AND p.paid_on IS NOT NULL AND p.paid_on <= :day),
          (SELECT count(*) FROM payment p WHERE p.contact_id = c.id AND p.due_on IS NOT NULL
             AND p.paid_on IS NOT NULL AND p.paid_on <= :day AND p.paid_on <= p.due_on),
          (SELECT avg(i.satisfaction) FROM interaction i WHERE i.contact_id = c.id
             AND i.deleted_at IS NULL AND i.satisfaction IS NOT NULL
             AND i.occurred_at <= :as_of),
          (SELECT count(*) FROM interaction i WHERE i.contact_id = c.id AND i.deleted_at IS NULL
             AND i.kind != 'note' AND i.occurred_at <= :as_of AND i.occurred_at > :year),
          (SELECT max(i.occurred_at) FROM interaction i WHERE i.contact_id = c.id
             AND i.deleted_at IS NULL AND i.kind != 'note' AND i.occurred_at <= :as_of),
          (SELECT count(*) FROM interaction i WHERE i.contact_id = c.id AND i.deleted_at IS NULL
             AND +i.kind = 'complaint' AND i.occurred_at <= :as_of
             AND (i.resolved_at IS NULL OR i.resolved_at > :as_of)),
          (SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id
             WHERE d.contact_id = c.id AND d.deleted_at IS NULL AND d.archived = 0
               AND s.kind = 'open'),
          (SELECT min(coalesce(p.issued_on, p.due_on, p.paid_on)) FROM payment p
             WHERE p.contact_id = c.id
               AND coalesce(p.issued_on, p.due_on, p.paid_on) <= :day),
          (SELECT p.currency FROM payment p WHERE p.contact_id = c.id LIMIT 1),
          """ + minutes + """
        FROM contact c LEFT JOIN contact co ON co.id = c.company_id
        WHERE c.deleted_at IS NULL AND """ + which,
        {"day": day, "year_day": year_ago.astimezone(UTC).date().isoformat(),
         "as_of": as_of_s, "year": to_storage(year_ago), **params})
    customers = []
    business_currency = get_setting("currency")
    for (cid, name, company, created, rev12, revall, settled, on_time, sat, n12, last,
         complaints, open_deals, first_bought, currency, spent_minutes) in rows:
        currency = currency or "USD"
        cost = (float(to_decimal(round(hourly * spent_minutes / 60), business_currency))
                if hourly else 0.0)
        reliability = on_time / settled if settled else None
        last_at = from_storage(last) if last else None
        since = (as_of - last_at).days if last_at else None
        # a customer since their first purchase: the day it was invoiced, paid or not yet
        start = (date.fromisoformat(first_bought) if first_bought
                 else from_storage(created).date())
        tenure = max(0.0, (as_of.date() - start).days / 365.25)
        r12 = float(to_decimal(rev12, currency))
        customers.append(CustomerScore(
            cid, name, company, r12, float(to_decimal(revall, currency)), reliability,
            value_score(r12 - cost, reliability), round(sat, 2) if sat is not None else None,
            n12, since, tenure, complaints,
            relationship_score(sat, since, n12, tenure, complaints), open_deals, last_at,
            currency=currency, cost_to_serve_12m=cost))
    return customers


def movements(previous: Matrix, current: Matrix) -> Counter:
    """How many customers went from each cell (or prospect) to each other one."""
    before = previous.by_id()
    moves: Counter = Counter()
    for c in current.customers:
        old = before.get(c.contact_id)
        start = (old.cell or ACQUISITION) if old else "new"
        end = c.cell or ACQUISITION
        if start != end:
            moves[(start, end)] += 1
    return moves


def end_of_day(day: date) -> datetime:
    return datetime.combine(day, time(23, 59, 59), UTC)
