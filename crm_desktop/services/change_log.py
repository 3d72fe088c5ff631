"""The change log: one row per field a user, an import or a merge changed, with the value
before and after, so that nothing is silently lost."""

from __future__ import annotations

import json
from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ChangeLog, database, utc_now


def record(table: str, row_id: int, action: str,
           changes: Iterable[tuple[str | None, Any, Any]], source: str,
           at: datetime | None = None) -> None:
    """Log `changes` as (field, old, new) of one row of `table`."""
    moment = at or utc_now()
    rows = [
        {"table_name": table, "row_id": row_id, "action": action, "field": field,
         "old_value": None if old is None else str(old),
         "new_value": None if new is None else str(new), "source": source,
         "changed_at": moment}
        for field, old, new in changes
    ]
    if rows:
        ChangeLog.insert_many(rows).execute()


def record_same(table: str, row_ids: Iterable[int], field: str, old: Any, new: Any,
                source: str, at: datetime | None = None) -> None:
    """Log one change of `field` (old -> new) to many rows of `table`, in one statement."""
    record_each(table, field, ((row_id, old, new) for row_id in row_ids), source, at)


def record_each(table: str, field: str, changes: Iterable[tuple[int, Any, Any]], source: str,
                at: datetime | None = None) -> None:
    """Log a change of `field` to many rows of `table`, each (row id, old, new), in one
    statement."""
    when = to_storage(at or utc_now())
    database.connection().executemany(
        "INSERT INTO change_log (table_name, row_id, action, field, old_value, new_value, "
        "source, changed_at) VALUES (?, ?, 'update', ?, ?, ?, ?, ?)",
        [(table, row_id, field, None if old is None else str(old),
          None if new is None else str(new), source, when) for row_id, old, new in changes])


def record_entry(contact_id: int, action: str, kind: str, entry_id: int,
                 old: Mapping[str, Any] | None, new: Mapping[str, Any] | None,
                 at: datetime | None = None) -> None:
    """An entry of a customer's history (`kind`: an interaction, payment or competitor's
    offer) added, changed, removed or put back, logged on the contact: the entry before
    and after, as JSON with its id (an import's undo keeps what was corrected since)."""
    record("contact", contact_id, action,
           [(kind, _entry_text(entry_id, old), _entry_text(entry_id, new))], "app", at)


def record_entries(action: str, kind: str,
                   entries: Iterable[tuple[int, int, Mapping[str, Any] | None,
                                           Mapping[str, Any] | None]],
                   at: datetime | None = None) -> None:
    """record_entry for many, each (contact id, entry id, old, new), in one statement."""
    when = to_storage(at or utc_now())
    database.connection().executemany(
        "INSERT INTO change_log (table_name, row_id, action, field, old_value, new_value, "
        "source, changed_at) VALUES ('contact', ?, ?, ?, ?, ?, 'app', ?)",
        [(contact_id, action, kind, _entry_text(entry_id, old), _entry_text(entry_id, new),
          when) for contact_id, entry_id, old, new in entries])


def _entry_text(entry_id: int, values: Mapping[str, Any] | None) -> str | None:
    return None if values is None else json.dumps({"id": entry_id, **values},
                                                  ensure_ascii=False, sort_keys=True)


def history(table: str, row_id: int) -> list[ChangeLog]:
    """One row's change log, newest first."""
    return list(ChangeLog.select().where(
        (ChangeLog.table_name == table) & (ChangeLog.row_id == row_id))
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc()))
