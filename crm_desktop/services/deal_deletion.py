"""Deleting deals: one entered by mistake, or twice, leaves the board, its totals, the
customer's record and the metrics. Its open reminders go with it; the interactions and
payments tied to it stay in the customer's history, as they happened. A deal deleted is
kept (marked), so that Undo brings back the deal and exactly the reminders that went."""

from __future__ import annotations

from datetime import datetime

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import Deal, Reminder, database, utc_now
from crm_desktop.services import change_log
from crm_desktop.services.contacts import id_chunks


def delete(deal_ids: list[int], now: datetime | None = None) -> list[int]:
    """Delete the deals and their open reminders; returns the deals deleted (those already
    deleted are left as they were), so that an undo restores exactly these."""
    moment = now or utc_now()
    ids = list(deal_ids)
    deleted: list[int] = []
    with database.atomic():
        for chunk in id_chunks(ids):
            deleting = [d.id for d in Deal.select(Deal.id).where(
                Deal.id.in_(chunk) & Deal.deleted_at.is_null())]
            if not deleting:
                continue
            # marked with the deal's own moment: restore() finds them by it
            Reminder.update(deleted_at=moment).where(
                Reminder.deal.in_(deleting) & Reminder.done_at.is_null()
                & Reminder.deleted_at.is_null()).execute()
            Deal.update(deleted_at=moment, updated_at=moment).where(
                Deal.id.in_(deleting)).execute()
            change_log.record_same("deal", deleting, "deleted_at", None, to_storage(moment),
                                   "app", moment)
            deleted += deleting
    return deleted


def restore(deal_ids: list[int], now: datetime | None = None) -> list[int]:
    """Undo delete(): the deals back, with the reminders deleted with them (not those the
    owner had deleted before); returns the deals restored."""
    moment = now or utc_now()
    ids = list(deal_ids)
    restored: list[int] = []
    with database.atomic():
        for chunk in id_chunks(ids):
            was = {d.id: d.deleted_at for d in Deal.select(Deal.id, Deal.deleted_at).where(
                Deal.id.in_(chunk) & Deal.deleted_at.is_null(False))}
            if not was:
                continue
            marks = ",".join("?" * len(was))
            database.execute_sql(
                f"UPDATE reminder SET deleted_at = NULL WHERE deal_id IN ({marks}) AND "
                "deleted_at = (SELECT d.deleted_at FROM deal d WHERE d.id = reminder.deal_id)",
                list(was))
            Deal.update(deleted_at=None, updated_at=moment).where(Deal.id.in_(list(was))).execute()
            change_log.record_each("deal", "deleted_at", (
                (deal_id, to_storage(when), None) for deal_id, when in was.items()), "app",
                moment)
            restored += list(was)
    return restored


def is_deleted(deal_id: int) -> bool:
    return Deal.select().where((Deal.id == deal_id) & Deal.deleted_at.is_null(False)).exists()
