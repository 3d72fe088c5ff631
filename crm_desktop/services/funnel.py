"""The sales funnel: stages, their totals (in SQL) and the deals in each stage."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import fn

from crm_desktop.db.fields import from_storage
from crm_desktop.db.models import Deal, Stage, StageChange, database, utc_now
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services.money import to_minor


@dataclass
class StageSummary:
    """Open-board totals of one stage; money per currency (never summed across them)."""

    count: int = 0
    value_minor: dict[str, int] = field(default_factory=dict)
    weighted_minor: dict[str, int] = field(default_factory=dict)


@dataclass(frozen=True)
class DealCard:
    id: int
    title: str
    contact_name: str
    value_minor: int
    currency: str
    probability: int
    expected_close_on: date | None
    score: int
    stage_entered_at: datetime
    next_reminder_at: datetime | None


def list_stages(include_archived: bool = False) -> list[Stage]:
    query = Stage.select().order_by(Stage.position, Stage.id)
    if not include_archived:
        query = query.where(Stage.archived == False)  # noqa: E712 (SQL comparison)
    return list(query)


_ACTIVE = "d.deleted_at IS NULL AND d.archived = 0"


def stage_summaries() -> dict[int, StageSummary]:
    """Deal count, value and weighted value (value x probability) per stage, in SQL."""
    sql = f"""
        SELECT d.stage_id, d.currency, count(*), sum(d.value_minor),
               sum(d.value_minor * coalesce(d.probability, s.probability)) / 100
        FROM deal d JOIN stage s ON s.id = d.stage_id
        WHERE {_ACTIVE}
        GROUP BY d.stage_id, d.currency"""
    result: dict[int, StageSummary] = {}
    for stage_id, currency, n, value, weighted in database.execute_sql(sql):
        summary = result.setdefault(stage_id, StageSummary())
        summary.count += n
        summary.value_minor[currency] = value
        summary.weighted_minor[currency] = weighted
    return result


def deal_ids_in_stage(stage_id: int) -> array:
    """Ids of the stage's active deals in the board's manual order."""
    cursor = database.execute_sql(
        f"SELECT d.id FROM deal d WHERE {_ACTIVE} AND d.stage_id = ? ORDER BY d.position, d.id",
        [stage_id],
    )
    return array("q", (r[0] for r in cursor))


def deal_cards(ids: list[int]) -> dict[int, DealCard]:
    """What a card shows, for the given deals, in one query."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
        SELECT d.id, d.title, c.name, d.value_minor, d.currency,
               coalesce(d.probability, s.probability), d.expected_close_on, d.score,
               d.stage_entered_at,
               (SELECT min(coalesce(r.snoozed_until, r.due_at)) FROM reminder r
                 WHERE r.deal_id = d.id AND r.done_at IS NULL AND r.deleted_at IS NULL)
        FROM deal d JOIN contact c ON c.id = d.contact_id JOIN stage s ON s.id = d.stage_id
        WHERE d.id IN ({marks})"""
    cards = {}
    for r in database.execute_sql(sql, ids):
        cards[r[0]] = DealCard(
            r[0],
            r[1],
            r[2],
            r[3],
            r[4],
            r[5],
            date.fromisoformat(r[6]) if r[6] else None,
            r[7],
            from_storage(r[8]),
            from_storage(r[9]) if r[9] else None,
        )
    return cards


def create_deal(contact_id: int, title: str, *, value: str = "0", currency: str = "USD",
                stage_id: int | None = None, expected_close_on: date | None = None,
                probability: int | None = None, source: str | None = None,
                now: datetime | None = None) -> int:
    """A new deal at the end of its stage's column, with its first stage-history entry."""
    errors = []
    if not title.strip():
        errors.append(InputError("a deal needs a title", field="title"))
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors.append(InputError("must be a 3-letter code such as USD", field="currency"))
    value_minor = 0
    try:
        value_minor = to_minor(value or "0", currency if len(currency) == 3 else "USD")
    except (ValueError, ArithmeticError):
        errors.append(InputError(f"'{value}' is not an amount", field="value"))
    if value_minor < 0 or value_minor > 10**15:
        errors.append(InputError("must be zero or more, below 10^13", field="value"))
    if probability is not None and not 0 <= probability <= 100:
        errors.append(InputError("must be a percentage from 0 to 100", field="probability"))
    if errors:
        raise InvalidRecordError(errors)
    stage = Stage.get_by_id(stage_id) if stage_id else list_stages()[0]
    moment = now or utc_now()
    with database.atomic():
        last = (Deal.select(fn.max(Deal.position)).where(Deal.stage == stage.id).scalar()) or 0
        deal = Deal.create(title=title.strip(), contact=contact_id, stage=stage,
                           value_minor=value_minor, currency=currency,
                           expected_close_on=expected_close_on, probability=probability,
                           source=source or None, position=last + 1,
                           closed_at=moment if stage.kind != "open" else None,
                           stage_entered_at=moment, created_at=moment, updated_at=moment)
        StageChange.create(deal=deal, from_stage=None, to_stage=stage, changed_at=moment)
    return deal.id
