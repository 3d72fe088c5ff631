"""The change log: one row per field a user, an import or a merge changed, with the value
before and after, so that nothing is silently lost."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from crm_desktop.db.models import ChangeLog, utc_now


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


def history(table: str, row_id: int) -> list[ChangeLog]:
    """One row's change log, newest first."""
    return list(ChangeLog.select().where(
        (ChangeLog.table_name == table) & (ChangeLog.row_id == row_id))
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc()))
