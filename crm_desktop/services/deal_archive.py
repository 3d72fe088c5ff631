"""Archiving deals: hopeless leads taken off the board (and its totals) without losing
them; an archived deal keeps its stage, history and reminders and can be brought back."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.db.models import Deal, database, utc_now
from crm_desktop.services import change_log
from crm_desktop.services.contacts import id_chunks


def set_archived(deal_ids: list[int], archived: bool,
                 now: datetime | None = None) -> list[int]:
    """Archive the deals, or bring them back; returns those whose flag changed (the others
    were already so), so that an undo puts back exactly these. A deal keeps its place in
    its column's manual order, so one brought back returns where it was."""
    moment = now or utc_now()
    ids = list(deal_ids)
    changed: list[int] = []
    with database.atomic():
        # (a column of the won can hold more deals than SQLite takes bound values at once)
        for chunk in id_chunks(ids):
            changing = [d.id for d in Deal.select(Deal.id)
                        .where(Deal.id.in_(chunk) & Deal.deleted_at.is_null()
                               & (Deal.archived != archived))]
            if not changing:
                continue
            Deal.update(archived=archived, updated_at=moment).where(
                Deal.id.in_(changing)).execute()
            change_log.record_same("deal", changing, "archived", not archived, archived, "app",
                                   moment)
            changed += changing
    return changed


def is_archived(deal_id: int) -> bool:
    return bool(Deal.select(Deal.archived).where(Deal.id == deal_id).scalar())
