"""The full-text index (contact_search) for bulk writes.

Triggers keep the index right row by row (migration 0001). A bulk import instead drops the
index triggers inside its transaction, writes, indexes the new rows in one statement per
batch, and puts the triggers back; a rollback restores them with everything else.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from contextlib import AbstractContextManager

from crm_desktop.db import triggers
from crm_desktop.db.letter_forms import folded_sql
from crm_desktop.db.models import database

# the same row as the triggers of migration 0010 write (kept identical on purpose: a
# migration is frozen, this is the app's current definition); its text has the letters
# typed two ways folded (letter_forms), as searches are
ROW = f"""
INSERT INTO contact_search(rowid, name, company, emails, phones, city, notes)
SELECT c.id, {folded_sql("c.name")}, {folded_sql("co.name")},
       (SELECT group_concat(e.address, ' ') FROM contact_email e WHERE e.contact_id = c.id),
       (SELECT group_concat(p.number || ' ' || coalesce(p.raw, ''), ' ')
          FROM contact_phone p WHERE p.contact_id = c.id),
       {folded_sql("c.city")}, {folded_sql("c.notes")}
FROM contact c LEFT JOIN contact co ON co.id = c.company_id
WHERE {{where}}"""
# the contact fields ROW reads, besides e-mails and phones: a change to any other (a
# segment, a tag) leaves a contact's entry as it was
INDEXED_FIELDS = frozenset({"name", "company", "city", "notes"})
_TRIGGER_PREFIXES = ("contact_search_", "contact_email_", "contact_phone_")


def bulk() -> AbstractContextManager[None]:
    """Inside a transaction: no per-row index triggers until the block ends."""
    return triggers.suspended(*_TRIGGER_PREFIXES)


def index_range(first: int, last: int) -> None:
    """(Re)index the contacts with ids first..last."""
    index_range_on(database.connection(), first, last)


def index_range_on(conn: sqlite3.Connection, first: int, last: int) -> None:
    """index_range on the connection given (an import's, from its indexing thread)."""
    conn.execute("DELETE FROM contact_search WHERE rowid BETWEEN ? AND ?", [first, last])
    conn.execute(ROW.format(where="c.id BETWEEN ? AND ?"), [first, last])


IDS_PER_STATEMENT = 10_000  # well within SQLite's 32,766 bound values


def reindex(ids: Iterable[int], companies: Iterable[int] = ()) -> None:
    """(Re)index some contacts, and the people of `companies` (renamed: their people are
    found by the company's name too)."""
    reindex_on(database.connection(), ids, companies)


def reindex_on(conn: sqlite3.Connection, ids: Iterable[int],
               companies: Iterable[int] = ()) -> None:
    """reindex on the connection given (an import's, from its indexing thread)."""
    ids = list(dict.fromkeys(ids))
    companies = list(companies)
    for start in range(0, len(companies), IDS_PER_STATEMENT):
        chunk = companies[start:start + IDS_PER_STATEMENT]
        ids += [pid for (pid,) in conn.execute(
            f"SELECT id FROM contact WHERE company_id IN ({','.join('?' * len(chunk))})",
            chunk)]
    for start in range(0, len(ids), IDS_PER_STATEMENT):
        chunk = ids[start:start + IDS_PER_STATEMENT]
        marks = ",".join("?" * len(chunk))
        conn.execute(f"DELETE FROM contact_search WHERE rowid IN ({marks})", chunk)
        conn.execute(ROW.format(where=f"c.id IN ({marks})"), chunk)
