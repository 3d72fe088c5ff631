"""Archiving deals: hopeless leads taken off the board (and its totals) without losing
them; an archived deal keeps its stage, history and reminders and can be brought back."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.db.models import Deal, database, utc_now
from crm_desktop.services import change_log


def set_archived(deal_ids: list[int], archived: bool,
                 now: datetime | None = None) -> list[int]:
    """Archive the deals, or bring them back; returns those whose flag changed (the others
    were already so), so that an undo puts back exactly these. A deal keeps its place in
    its column's manual order, so one brought back returns where it was."""
    moment = now or utc_now()
    with database.atomic():
        changing = [d for d in Deal.select(Deal.id, Deal.archived)
                    .where(Deal.id.in_(deal_ids) & Deal.deleted_at.is_null())
                    if d.archived != archived]
        for deal in changing:
            Deal.update(archived=archived, updated_at=moment).where(Deal.id == deal.id).execute()
            change_log.record("deal", deal.id, "update", [("archived", deal.archived, archived)],
                              "app", moment)
    return [d.id for d in changing]


def is_archived(deal_id: int) -> bool:
    return bool(Deal.select(Deal.archived).where(Deal.id == deal_id).scalar())
