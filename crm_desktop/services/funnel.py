"""The sales funnel: stages, their totals (in SQL) and the deals in each stage."""

from __future__ import annotations

from array import array
from dataclasses import dataclass, field
from datetime import date, datetime

from peewee import fn

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.letter_forms import search_fold
from crm_desktop.db.models import (
    Deal,
    LossReason,
    Stage,
    StageChange,
    database,
    utc_now,
)
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import change_log, contacts
from crm_desktop.services.money import to_minor
from crm_desktop.translatable import msg


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
    contact_id: int
    contact_name: str
    value_minor: int
    currency: str
    probability: int
    expected_close_on: date | None
    score: int
    stage_entered_at: datetime
    last_activity_at: datetime  # the stage change or the newest interaction on the deal
    next_reminder_at: datetime | None
    stale_days: int | None  # the stage's limit

    def days_in_stage(self, now: datetime) -> int:
        return max(0, (now - self.stage_entered_at).days)

    def is_stale(self, now: datetime) -> bool:
        """No activity for longer than the stage allows."""
        return self.stale_days is not None and (now - self.last_activity_at).days > \
            self.stale_days

    def is_overdue(self, today: date) -> bool:
        return self.expected_close_on is not None and self.expected_close_on < today


def list_stages(include_archived: bool = False) -> list[Stage]:
    query = Stage.select().order_by(Stage.position, Stage.id)
    if not include_archived:
        query = query.where(Stage.archived == False)  # noqa: E712 (SQL comparison)
    return list(query)


_ACTIVE = "d.deleted_at IS NULL AND d.archived = 0"
_ARCHIVED = "d.deleted_at IS NULL AND d.archived = 1"  # (the same index serves both)


@dataclass(frozen=True)
class DealFilter:
    """What the board shows; every set field narrows it."""

    search: str = ""  # in the deal's title or the customer's name
    segment: str | None = None
    tag: str | None = None
    source: str | None = None
    min_value_minor: int | None = None
    max_value_minor: int | None = None
    close_from: date | None = None
    close_to: date | None = None
    stale_only: bool = False
    by_score: bool = False  # highest score first instead of the manual order
    archived: bool = False  # the deals archived instead of those on the board


_LAST_ACTIVITY = ("max(d.stage_entered_at, coalesce((SELECT max(i.occurred_at) FROM "
                  "interaction i WHERE i.deal_id = d.id AND i.deleted_at IS NULL), ''))")


def _deal_where(flt: DealFilter, now: datetime | None) -> tuple[str, list[object]]:
    clauses, params = [_ARCHIVED if flt.archived else _ACTIVE], []
    if flt.search.strip():
        # titles as typed, folded as the query (db.letter_forms); names by their sort key
        clauses.append("(search_fold(d.title) LIKE ? OR c.sort_name LIKE ?)")
        params += [f"%{search_fold(flt.search.strip())}%", f"%{contacts.sort_key(flt.search)}%"]
    for column, value in (("c.segment", flt.segment), ("coalesce(d.source, c.lead_source)",
                                                        flt.source)):
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if flt.tag:
        clauses.append("c.id IN (SELECT ct.contact_id FROM contact_tag ct JOIN tag t "
                       "ON t.id = ct.tag_id WHERE t.name = ?)")
        params.append(flt.tag)
    for op, value in ((">=", flt.min_value_minor), ("<=", flt.max_value_minor)):
        if value is not None:
            clauses.append(f"d.value_minor {op} ?")
            params.append(value)
    for op, value in ((">=", flt.close_from), ("<=", flt.close_to)):
        if value is not None:
            clauses.append(f"d.expected_close_on {op} ?")
            params.append(value.isoformat())
    if flt.stale_only and now is not None:
        # stale: no activity for longer than the stage's limit
        clauses.append(f"s.stale_days IS NOT NULL AND {_LAST_ACTIVITY} < "
                       "strftime('%Y-%m-%d %H:%M:%S', ?, '-' || s.stale_days || ' days')")
        params.append(to_storage(now))
    return " AND ".join(clauses), params


_DEALS = "FROM deal d JOIN stage s ON s.id = d.stage_id"
_FROM = f"{_DEALS} JOIN contact c ON c.id = d.contact_id"


def _from(flt: DealFilter) -> str:
    """The tables a filter reads: the customer only for a filter on the customer (their
    name, segment, tag or lead source); joining 66,000 deals to it halved the totals' speed."""
    return _FROM if flt.search.strip() or flt.segment or flt.tag or flt.source else _DEALS


def stage_summaries(flt: DealFilter = DealFilter(),  # noqa: B008 (frozen)
                    now: datetime | None = None,
                    stage_ids: set[int] | None = None) -> dict[int, StageSummary]:
    """Deal count, value and weighted value (value x probability) per stage, in SQL."""
    where, params = _deal_where(flt, now)
    if stage_ids:
        where += f" AND d.stage_id IN ({','.join(str(int(i)) for i in stage_ids)})"
    sql = f"""
        SELECT d.stage_id, d.currency, count(*), sum(d.value_minor),
               sum(d.value_minor * coalesce(d.probability, s.probability)) / 100
        {_from(flt)} WHERE {where}
        GROUP BY d.stage_id, d.currency"""
    result: dict[int, StageSummary] = {}
    for stage_id, currency, n, value, weighted in database.execute_sql(sql, params):
        summary = result.setdefault(stage_id, StageSummary())
        summary.count += n
        summary.value_minor[currency] = value
        summary.weighted_minor[currency] = weighted
    return result


def deal_ids_in_stage(stage_id: int, flt: DealFilter = DealFilter(),  # noqa: B008
                      now: datetime | None = None) -> array:
    """Ids of the stage's deals on the board, in manual order (or by score)."""
    where, params = _deal_where(flt, now)
    order = "d.score DESC, d.position, d.id" if flt.by_score else "d.position, d.id"
    if where == _ACTIVE and not flt.by_score:  # the common case needs no joins
        sql = f"SELECT d.id FROM deal d WHERE {_ACTIVE} AND d.stage_id = ? ORDER BY {order}"
        cursor = database.execute_sql(sql, [stage_id])
    else:
        cursor = database.execute_sql(
            f"SELECT d.id {_from(flt)} WHERE {where} AND d.stage_id = ? ORDER BY {order}",
            [*params, stage_id])
    return array("q", (r[0] for r in cursor))


def deal_cards(ids: list[int]) -> dict[int, DealCard]:
    """What a card shows, for the given deals, in one query."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
        SELECT d.id, d.title, c.id, c.name, d.value_minor, d.currency,
               coalesce(d.probability, s.probability), d.expected_close_on, d.score,
               d.stage_entered_at,
               max(d.stage_entered_at, coalesce(
                   (SELECT max(i.occurred_at) FROM interaction i
                     WHERE i.deal_id = d.id AND i.deleted_at IS NULL), '')),
               (SELECT min(coalesce(r.snoozed_until, r.due_at)) FROM reminder r
                 WHERE r.deal_id = d.id AND r.done_at IS NULL AND r.deleted_at IS NULL),
               s.stale_days
        FROM deal d JOIN contact c ON c.id = d.contact_id JOIN stage s ON s.id = d.stage_id
        WHERE d.id IN ({marks})"""
    cards = {}
    for r in database.execute_sql(sql, ids):
        cards[r[0]] = DealCard(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6],
            date.fromisoformat(r[7]) if r[7] else None, r[8], from_storage(r[9]),
            from_storage(r[10]), from_storage(r[11]) if r[11] else None, r[12])
    return cards


def checked_fields(title: str, value: str, currency: str, probability: int | None,
                   **texts: str | None) -> tuple[int, str]:
    """A deal's own fields checked all at once: (value in minor units, currency). `texts`
    are its other text fields by name (source, notes...), checked for length."""
    errors = [InputError(msg("is longer than {0} characters", format(contacts.MAX_TEXT, ",")),
                         field=name)
              for name, text in {"title": title, **texts}.items()
              if text and len(text) > contacts.MAX_TEXT]
    if not title.strip():
        errors.append(InputError(msg("a deal needs a title"), field="title"))
    currency = currency.strip().upper()
    if len(currency) != 3 or not currency.isalpha():
        errors.append(InputError(msg("must be a 3-letter code such as USD"), field="currency"))
        currency = "USD"
    value_minor = 0
    try:
        value_minor = to_minor(value or "0", currency)
    except (ValueError, ArithmeticError):
        errors.append(InputError(msg("'{0}' is not an amount", value), field="value"))
    if not 0 <= value_minor <= 10**15:
        errors.append(InputError(msg("must be zero or more, below 10^13"), field="value"))
    if probability is not None and not 0 <= probability <= 100:
        errors.append(InputError(msg("must be a percentage from 0 to 100"), field="probability"))
    if errors:
        raise InvalidRecordError(errors)
    return value_minor, currency


def create_deal(contact_id: int, title: str, *, value: str = "0", currency: str = "USD",
                stage_id: int | None = None, expected_close_on: date | None = None,
                probability: int | None = None, source: str | None = None,
                now: datetime | None = None) -> int:
    """A new deal at the end of its stage's column, with its first stage-history entry."""
    value_minor, currency = checked_fields(title, value, currency, probability, source=source)
    stage = Stage.get_by_id(stage_id) if stage_id else list_stages()[0]
    moment = now or utc_now()
    with database.atomic():
        # after the last deal the column shows; the conditions match the index's leading
        # columns, so this is a seek, not a scan of every deal (an import adds thousands)
        last = (Deal.select(fn.max(Deal.position))
                .where(Deal.deleted_at.is_null() & (Deal.archived == False)  # noqa: E712
                       & (Deal.stage == stage.id)).scalar()) or 0
        deal = Deal.create(title=title.strip(), contact=contact_id, stage=stage,
                           value_minor=value_minor, currency=currency,
                           expected_close_on=expected_close_on, probability=probability,
                           source=source or None, position=last + 1,
                           closed_at=moment if stage.kind != "open" else None,
                           stage_entered_at=moment, created_at=moment, updated_at=moment)
        StageChange.create(deal=deal, from_stage=None, to_stage=stage, changed_at=moment)
    return deal.id


# moving deals ------------------------------------------------------------------------------


@dataclass(frozen=True)
class MoveRecord:
    """Everything a move changed, to put it back exactly (undo)."""

    deal_id: int
    deal_before: dict
    positions_before: dict[int, int]  # deal id -> position, in the columns it touched
    contact_id: int
    contact_status_before: str
    stage_change_id: int | None


_DEAL_STATE = ("stage_id", "position", "stage_entered_at", "closed_at", "lost_reason_id",
               "lost_note", "updated_at")


def _column(stage_id: int) -> list[int]:
    return list(deal_ids_in_stage(stage_id))


def move_deal(deal_id: int, to_stage_id: int, index: int | None = None, *,
              lost_reason_id: int | None = None, lost_note: str | None = None,
              now: datetime | None = None) -> MoveRecord:
    """Put a deal in a stage at `index` of its column (the end if None), at once.

    Into "lost" it needs a loss reason; into "won" it closes and makes the contact a
    customer; out of won/lost it reopens. A change of stage is recorded (from, to, when).
    """
    moment = now or utc_now()
    stage = Stage.get_by_id(to_stage_id)
    if stage.kind == "lost" and lost_reason_id is None:
        raise InputError(msg("say why the deal was lost"), field="lost_reason")
    with database.atomic():
        deal = Deal.get_by_id(deal_id)
        contact = deal.contact
        before = {k: getattr(deal, k) for k in _DEAL_STATE}
        target = _column(to_stage_id)
        positions = dict(database.execute_sql(
            "SELECT id, position FROM deal WHERE stage_id IN (?, ?)",
            [deal.stage_id, to_stage_id]).fetchall())
        changing = deal.stage_id != to_stage_id
        target = [i for i in target if i != deal_id]
        index = len(target) if index is None else max(0, min(index, len(target)))
        target.insert(index, deal_id)
        if changing:
            deal.stage = stage
            deal.stage_entered_at = moment
            if stage.kind == "open":
                deal.closed_at, deal.lost_reason, deal.lost_note = None, None, None
            else:
                deal.closed_at = moment
                deal.lost_reason = lost_reason_id if stage.kind == "lost" else None
                deal.lost_note = (lost_note or None) if stage.kind == "lost" else None
        deal.updated_at = moment
        deal.save()
        # the column's manual order, renumbered (a few thousand rows at most)
        database.connection().executemany("UPDATE deal SET position = ? WHERE id = ?",
                                          [(p, i) for p, i in enumerate(target)])
        change_id = None
        if changing:
            change_id = StageChange.create(deal=deal_id, from_stage=before["stage_id"],
                                           to_stage=to_stage_id, changed_at=moment).id
        status_before = contact.status
        if changing and stage.kind == "won" and contact.status != "customer":
            contacts.save_contact(contact.id, {"status": "customer"}, source="funnel")
    return MoveRecord(deal_id, before, positions, contact.id, status_before, change_id)


def undo_move(record: MoveRecord) -> None:
    with database.atomic():
        Deal.update(**{k: v for k, v in record.deal_before.items()}).where(
            Deal.id == record.deal_id).execute()
        database.connection().executemany("UPDATE deal SET position = ? WHERE id = ?",
                                          [(p, i) for i, p in record.positions_before.items()])
        if record.stage_change_id is not None:
            StageChange.delete().where(StageChange.id == record.stage_change_id).execute()
        contacts.save_contact(record.contact_id, {"status": record.contact_status_before},
                              source="undo")


def loss_reasons() -> list[LossReason]:
    return list(LossReason.select().where(LossReason.archived == False)  # noqa: E712
                .order_by(LossReason.position))


def stage_history(deal_id: int) -> list[tuple[datetime, str | None, str]]:
    """(when, from stage, to stage), oldest first."""
    rows = database.execute_sql(
        "SELECT sc.changed_at, f.name, t.name FROM stage_change sc "
        "LEFT JOIN stage f ON f.id = sc.from_stage_id JOIN stage t ON t.id = sc.to_stage_id "
        "WHERE sc.deal_id = ? ORDER BY sc.changed_at, sc.id", [deal_id])
    return [(from_storage(w), f, t) for w, f, t in rows]


def update_deal(deal_id: int, *, title: str, value: str, currency: str,
                probability: int | None, expected_close_on: date | None,
                source: str | None, now: datetime | None = None) -> None:
    """Change a deal's own fields (its stage changes only by moving it); each change is
    logged, like a contact's."""
    value_minor, currency = checked_fields(title, value, currency, probability, source=source)
    moment = now or utc_now()
    new = {"title": title.strip(), "value_minor": value_minor, "currency": currency,
           "probability": probability, "expected_close_on": expected_close_on,
           "source": source or None}
    with database.atomic():
        deal = Deal.get_by_id(deal_id)
        changed = [(k, getattr(deal, k), v) for k, v in new.items() if getattr(deal, k) != v]
        if not changed:
            return
        Deal.update(**new, updated_at=moment).where(Deal.id == deal_id).execute()
        change_log.record("deal", deal_id, "update", changed, "app", moment)


# configuring stages and loss reasons -------------------------------------------------------


@dataclass
class StageSpec:
    """A stage as the editor shows it; id None for a new one."""

    id: int | None
    name: str
    probability: int
    stale_days: int | None
    archived: bool = False


def save_stages(specs: list[StageSpec]) -> None:
    """Rename, reorder (the list order), add and archive open stages. Won and Lost stay
    last; a stage that still holds deals cannot be archived."""
    errors = []
    for i, spec in enumerate(specs, start=1):
        if not spec.name.strip():
            errors.append(InputError(msg("a stage needs a name"), field="name", row=i))
        if not 0 <= spec.probability <= 100:
            errors.append(InputError(msg("must be from 0 to 100"), field="probability", row=i))
        if spec.stale_days is not None and spec.stale_days < 1:
            errors.append(InputError(msg("must be 1 day or more"), field="stale_days", row=i))
        if spec.archived and spec.id is not None and Deal.select().where(
                (Deal.stage == spec.id) & Deal.deleted_at.is_null()).exists():
            errors.append(InputError(msg("move its deals to another stage first"),
                                     field="archived", row=i))
    if errors:
        raise InvalidRecordError(errors)
    with database.atomic():
        for position, spec in enumerate(specs):
            if spec.id is None:
                key = f"stage_{Stage.select().count() + 1}"
                Stage.create(key=key, name=spec.name.strip(), position=position, kind="open",
                             probability=spec.probability, stale_days=spec.stale_days,
                             archived=spec.archived)
            else:
                Stage.update(name=spec.name.strip(), position=position,
                             probability=spec.probability, stale_days=spec.stale_days,
                             archived=spec.archived).where(Stage.id == spec.id).execute()
        closed = Stage.select().where(Stage.kind != "open").order_by(Stage.position)
        for offset, stage in enumerate(closed, start=len(specs)):
            Stage.update(position=offset).where(Stage.id == stage.id).execute()


def open_stage_specs() -> list[StageSpec]:
    return [StageSpec(s.id, s.name, s.probability, s.stale_days, s.archived)
            for s in list_stages(include_archived=True) if s.kind == "open"]


def save_loss_reasons(names: list[str]) -> None:
    """The list offered when a deal is lost: keeps used reasons (archived if removed)."""
    clean = [n.strip() for n in names if n.strip()]
    if not clean:
        raise InvalidRecordError([InputError(msg("keep at least one reason"), field="reasons")])
    with database.atomic():
        existing = {r.name: r for r in LossReason.select()}
        for position, name in enumerate(clean):
            if name in existing:
                LossReason.update(position=position, archived=False).where(
                    LossReason.id == existing[name].id).execute()
            else:
                LossReason.create(key=f"reason_{LossReason.select().count() + 1}", name=name,
                                  position=position)
        for name, reason in existing.items():
            if name not in clean:
                LossReason.update(archived=True).where(LossReason.id == reason.id).execute()
