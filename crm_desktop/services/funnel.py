"""The sales funnel: stages, their totals (in SQL) and the deals in each stage."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, datetime

from crm_desktop.db.fields import from_storage
from crm_desktop.db.models import Stage, database


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
