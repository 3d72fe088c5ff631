"""Undoing an import: what it created goes, what it changed comes back, and nothing the
owner did since is lost.

An import may be undone days later. Contacts it created that the owner has worked on since
(a deal, an interaction, a payment, an offer or a reminder on them, an edit, a person put in
their company) stay, with their company; so do the owner's later edits of contacts the
import had changed. Deals it created (a deals import) that the owner has worked on since (an
edit, a move to another stage, an interaction, a payment or a reminder on them) stay too, and
with them their contacts. Payments it created (a payments import) go, and those it paid or
split (paying part) are as they were, but for those the owner corrected since; their
contacts go unless worked on otherwise. Undo says how many it kept.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from datetime import datetime

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, ImportChange, database, utc_now
from crm_desktop.errors import CancelledError, InputError
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.progress import Progress
from crm_desktop.services import contacts
from crm_desktop.translatable import msg

# tables whose rows are the owner's work on a contact, and on a deal
_WORK_TABLES = ("deal", "interaction", "payment", "competitor_offer", "reminder")
_DEAL_WORK_TABLES = ("interaction", "payment", "reminder")
DELETE_STEP = 5000  # created contacts removed per statement, between progress reports
RESTORE_STEP = 2000  # changed contacts put back together, between progress reports


@dataclass(frozen=True)
class ImportUndone:
    removed: int  # contacts the import created, removed
    restored: int  # contacts the import changed, put back as they were
    kept: int  # contacts left as they are: the owner has worked on them since
    deals_removed: int = 0  # deals the import created, removed
    deals_kept: int = 0  # deals left: the owner has worked on them since
    payments_removed: int = 0  # payments the import created, removed
    payments_restored: int = 0  # payments it paid or split, as they were again


def undo_import(batch_id: int, progress: Progress | None = None) -> ImportUndone:
    """Undo import `batch_id` in one transaction; `progress` returning False cancels it
    (CancelledError, nothing changed)."""
    batch = ImportBatch.get_or_none(ImportBatch.id == batch_id)
    if batch is None:
        raise InputError(msg("there is no import {0}", batch_id), field="import")
    if batch.undone_at is not None:
        raise InputError(msg("import {0} was undone already", batch_id),
                         field="import")
    since = _after(batch)
    removed = restored = kept = deals_removed = deals_kept = 0
    changes = list(batch.changes)
    ranges = {table: [(c.row_id, json.loads(c.old_values)["last"]) for c in changes
                      if c.action == "create_range" and c.table_name == table]
              for table in ("contact", "deal", "payment")}
    updates = [c for c in changes if c.action == "update" and c.table_name == "contact"]
    paid = [c.row_id for c in changes if c.action == "update" and c.table_name == "payment"]
    total = len(updates) + len(paid) + sum(
        last - first + 1 for spans in ranges.values() for first, last in spans)
    done = 0

    def step(count: int) -> None:
        nonlocal done
        done += count
        if progress is not None and progress(done, total) is False:
            raise CancelledError(msg("undo cancelled; nothing was changed"))

    with database.atomic():
        # the deals first: a contact made for them goes with them, unless kept
        for first, last in ranges["deal"]:
            range_kept, range_removed = _remove_created_deals(first, last, since, step)
            deals_kept += range_kept
            deals_removed += range_removed
        # then the payments, but those the owner corrected since; the contacts made for
        # them go only once they have none
        condition, after = since
        corrected = (f"SELECT json_extract(coalesce(new_value, old_value), '$.id') FROM "
                     f"change_log WHERE table_name = 'contact' AND field = 'payment' AND "
                     f"{condition}")
        payments_removed = 0
        for first, last in ranges["payment"]:
            payments_removed += database.execute_sql(
                f"DELETE FROM payment WHERE id BETWEEN :first AND :last AND id NOT IN "
                f"({corrected})", {"first": first, "last": last, "after": after}).rowcount
            step(last - first + 1)
        # those it paid, or split paying part of them, as they were ({"paid_on": null} is
        # all an import before part payments recorded)
        payments_restored = 0
        for start in range(0, len(paid), RESTORE_STEP):
            chunk = paid[start:start + RESTORE_STEP]
            payments_restored += database.execute_sql(
                f"UPDATE payment SET paid_on = json_extract(c.old_values, '$.paid_on'), "
                f"amount_minor = coalesce(json_extract(c.old_values, '$.amount_minor'), "
                f"payment.amount_minor) FROM import_change c WHERE c.batch_id = :batch AND "
                f"c.table_name = 'payment' AND c.action = 'update' AND c.row_id = payment.id "
                f"AND payment.id IN ({','.join(str(int(pid)) for pid in chunk)}) AND "
                f"payment.id NOT IN ({corrected})",
                {"after": after, "batch": batch.id}).rowcount
            step(len(chunk))
        # then the changed contacts: put back, they no longer link to created companies
        for start in range(0, len(updates), RESTORE_STEP):
            chunk = updates[start:start + RESTORE_STEP]
            back = {c.row_id: snapshot_from_json(c.old_values) for c in chunk
                    if not _edited_since(c.row_id, since)}
            contacts.restore_many(back, source="import undo")
            restored += len(back)
            kept += len(chunk) - len(back)
            step(len(chunk))
        for first, last in ranges["contact"]:
            range_kept, range_removed = _remove_created(first, last, since, step)
            kept += range_kept
            removed += range_removed
        batch.undone_at = utc_now()
        batch.save()
    return ImportUndone(removed, restored, kept, deals_removed, deals_kept,
                        payments_removed, payments_restored)


def _after(batch: ImportBatch) -> tuple[str, int | str]:
    """The change-log condition for "written after the import", on the parameter :after."""
    if batch.last_log_id is not None:
        return "id > :after", batch.last_log_id
    # imports from before migration 0007: by time, to the second
    return "changed_at > :after", to_storage(batch.finished_at or batch.started_at)


def _edited_since(contact_id: int, since: tuple[str, int | str]) -> bool:
    condition, after = since
    return database.execute_sql(
        f"SELECT 1 FROM change_log WHERE table_name = 'contact' AND row_id = :id "
        f"AND {condition} LIMIT 1", {"id": contact_id, "after": after},
    ).fetchone() is not None


def _remove_created(first: int, last: int, since: tuple[str, int | str],
                    step: Callable[[int], None]) -> tuple[int, int]:
    """Remove the contacts first..last but those worked on since; (kept, removed)."""
    worked = " UNION ".join(
        f"SELECT contact_id FROM {table} WHERE contact_id BETWEEN :first AND :last"
        for table in _WORK_TABLES)
    condition, after = since
    params = {"first": first, "last": last, "after": after}
    database.execute_sql("DROP TABLE IF EXISTS temp.undo_kept")
    database.execute_sql(
        f"""CREATE TEMP TABLE undo_kept AS
            {worked}
            UNION SELECT row_id FROM change_log WHERE table_name = 'contact'
                  AND row_id BETWEEN :first AND :last AND {condition}
            UNION SELECT company_id FROM contact WHERE company_id BETWEEN :first AND :last
                  AND id NOT BETWEEN :first AND :last""", params)
    # a kept person keeps the company the import made for them
    database.execute_sql(
        "INSERT INTO temp.undo_kept SELECT company_id FROM contact WHERE company_id "
        "BETWEEN :first AND :last AND id IN (SELECT contact_id FROM temp.undo_kept) "
        "AND company_id NOT IN (SELECT contact_id FROM temp.undo_kept)", params)
    kept = database.execute_sql("SELECT count(DISTINCT contact_id) FROM temp.undo_kept "
                                "WHERE contact_id IS NOT NULL").fetchone()[0]
    removed = 0
    for low in range(first, last + 1, DELETE_STEP):
        high = min(low + DELETE_STEP - 1, last)
        removed += database.execute_sql(
            "DELETE FROM contact WHERE id BETWEEN :low AND :high AND id NOT IN "
            "(SELECT contact_id FROM temp.undo_kept WHERE contact_id IS NOT NULL)",
            {"low": low, "high": high}).rowcount
        step(high - low + 1)
    database.execute_sql("DROP TABLE temp.undo_kept")
    return kept, removed


def _remove_created_deals(first: int, last: int, since: tuple[str, int | str],
                          step: Callable[[int], None]) -> tuple[int, int]:
    """Remove the deals first..last but those worked on since; (kept, removed). The import
    gave each deal one stage-history entry: a second one is a move the owner made."""
    worked = " UNION ".join(
        f"SELECT deal_id FROM {table} WHERE deal_id BETWEEN :first AND :last"
        for table in _DEAL_WORK_TABLES)
    condition, after = since
    params = {"first": first, "last": last, "after": after}
    kept_sql = f"""{worked}
        UNION SELECT deal_id FROM stage_change WHERE deal_id BETWEEN :first AND :last
              GROUP BY deal_id HAVING count(*) > 1
        UNION SELECT row_id FROM change_log WHERE table_name = 'deal'
              AND row_id BETWEEN :first AND :last AND {condition}"""
    kept = database.execute_sql(f"SELECT count(*) FROM ({kept_sql})", params).fetchone()[0]
    removed = 0
    for low in range(first, last + 1, DELETE_STEP):
        high = min(low + DELETE_STEP - 1, last)
        removed += database.execute_sql(
            f"DELETE FROM deal WHERE id BETWEEN :low AND :high AND id NOT IN ({kept_sql})",
            {**params, "low": low, "high": high}).rowcount
        step(high - low + 1)
    return kept, removed


def record_created(batch: ImportBatch, table: str, first: int, after: int) -> None:
    """The rows of `table` an import made, ids first..after - 1 (none when equal)."""
    if after > first:
        ImportChange.create(batch=batch, table_name=table, row_id=first,
                            action="create_range", old_values=json.dumps({"last": after - 1}))


def record_finished(batch: ImportBatch, result: ImportResult, updated: int) -> None:
    """The import's counts, when it ended, and the last change it logged: what came after
    is the owner's work, which undo keeps."""
    batch.finished_at = utc_now()
    batch.last_log_id = database.execute_sql("SELECT max(id) FROM change_log").fetchone()[0]
    batch.created_count, batch.updated_count = result.created, updated
    batch.skipped_count, batch.rejected_count = result.skipped, result.rejected
    batch.save()


def record_overwritten(batch: ImportBatch, before: Mapping[int, contacts.Snapshot]) -> None:
    """The contacts an import changed, as they were, in bulk (an overwrite import may change
    a hundred thousand)."""
    database.connection().executemany(
        "INSERT INTO import_change (batch_id, table_name, row_id, action, old_values) "
        "VALUES (?, 'contact', ?, 'update', ?)",
        ((batch.id, cid, snapshot_to_json(snap)) for cid, snap in before.items()))


def snapshot_to_json(snap: contacts.Snapshot) -> str:
    """A contact as an import records it before changing it."""
    return json.dumps(
        {
            "values": snap.values,
            "emails": snap.emails,
            "phones": snap.phones,
            "tags": snap.tags,
            "deleted_at": snap.deleted_at.isoformat() if snap.deleted_at else None,
        },
        ensure_ascii=False,
    )


def snapshot_from_json(text: str) -> contacts.Snapshot:
    data = json.loads(text)
    deleted = datetime.fromisoformat(data["deleted_at"]) if data["deleted_at"] else None
    return contacts.Snapshot(
        data["values"],
        tuple(data["emails"]),
        tuple(tuple(p) for p in data["phones"]),
        tuple(data["tags"]),
        deleted,
    )
