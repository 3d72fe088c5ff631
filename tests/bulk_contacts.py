"""Many plain contacts, quickly: for tests about sizes (SQLite's limits, selections)."""

from __future__ import annotations

from crm_desktop.db import triggers
from crm_desktop.db.models import database

STAMP = "2026-01-01 00:00:00"


def insert_people(n: int, *, trashed: bool = False) -> None:
    """`n` people named P00000, P00001, ...; not in the search index (a quick set-up)."""
    with database.atomic(), triggers.suspended("contact_search_"):
        database.connection().executemany(
            "INSERT INTO contact (kind, name, sort_name, is_vip, status, created_at, "
            "updated_at, deleted_at) VALUES ('person', ?, ?, 0, 'lead', ?, ?, ?)",
            [(f"P{i:05}", f"p{i:05}", STAMP, STAMP, STAMP if trashed else None)
             for i in range(n)])
