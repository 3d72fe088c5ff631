"""The contacts that rows of deals or payments name: found by e-mail, else by name, else
made, a batch at a time; and made customers, as what the rows record says they are.

Remembers what undo needs: the range of contacts made, the contacts changed as they were.
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence
from datetime import datetime
from typing import Protocol, TypeVar

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.importers.contact_writer import insert_contacts
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.import_undo import record_created, record_overwritten
from crm_desktop.importers.rows import fast_email
from crm_desktop.services import contacts

IN_CHUNK = 10_000  # ids or keys bound in one IN (...)
# a firm's legal form in its name: "Acme Ltd", "ООО «Вектор»", "شرکت پارس"
_LEGAL_FORM = re.compile(
    r"(?:^|[\s,.«\"'(])(?:(?i:ltd|llc|inc|plc|gmbh|corp|company|limited)|AG|BV|SA|SRL|"
    r"ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОО|شرکت|موسسه|مؤسسه)(?:$|[\s,.»\"')])|&\s*(?i:co)\b")


class NamesContact(Protocol):
    """A checked row, as far as its contact goes."""

    @property
    def row(self) -> int: ...
    @property
    def cells(self) -> Sequence[str]: ...
    @property
    def contact_key(self) -> tuple[str, str]: ...
    @property
    def contact_name(self) -> str: ...
    @property
    def contact_email(self) -> str | None: ...
    @property
    def contact_kind(self) -> str: ...  # as the row gives it ('' when it does not)


Row = TypeVar("Row", bound=NamesContact)


def contact_key(name: str, email: str) -> tuple[tuple[str, str], str | None]:
    """How a row's contact is looked for, and its e-mail as stored: by e-mail when the row
    gives one (two firms may share a name, never an address), else by name."""
    if email:
        # as stored; one that is not an address could never be found, nor be made
        email = fast_email(email)
        return ("email", email), email
    return ("name", contacts.sort_key(name)), None


def contact_kind(given: str, name: str) -> str:
    """The kind a row gives ('person' or 'company'), else what the name says."""
    given = given.strip().casefold()
    if given in ("person", "company"):
        return given
    return "company" if _LEGAL_FORM.search(name) else "person"


class ContactFinder:
    def __init__(self, conn, now: datetime, result: ImportResult):
        self.conn = conn
        self.now = now
        self.result = result
        self.first = self.next = conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]
        self.ids: dict[tuple[str, str], int] = {}
        self.updated_before: dict[int, contacts.Snapshot] = {}

    def resolve(self, drafts: list[Row]) -> list[Row]:
        """Find or make every contact the batch names; the drafts whose contact could not
        be made are refused, the others returned."""
        wanted = {d.contact_key for d in drafts} - self.ids.keys()
        by_email = [k for kind, k in wanted if kind == "email"]
        by_name = [k for kind, k in wanted if kind == "name"]
        for start in range(0, len(by_email), IN_CHUNK):
            chunk = by_email[start:start + IN_CHUNK]
            for address, cid in self.conn.execute(
                    "SELECT e.address, min(e.contact_id) FROM contact_email e "
                    "JOIN contact c ON c.id = e.contact_id WHERE +c.deleted_at IS NULL AND "
                    f"e.address IN ({','.join('?' * len(chunk))}) GROUP BY e.address", chunk):
                self.ids[("email", address)] = cid
        for start in range(0, len(by_name), IN_CHUNK):
            chunk = by_name[start:start + IN_CHUNK]
            for key, cid in self.conn.execute(
                    "SELECT sort_name, min(id) FROM contact WHERE deleted_at IS NULL AND "
                    f"sort_name IN ({','.join('?' * len(chunk))}) GROUP BY sort_name", chunk):
                self.ids[("name", key)] = cid
        new, failed, kept = [], {}, []
        for d in drafts:
            key = d.contact_key
            if key in failed:
                self.result.refuse(d.row, failed[key], d.cells)
                continue
            if key not in self.ids:
                try:
                    kind = contact_kind(d.contact_kind, d.contact_name)
                    cleaned, _, _, _ = contacts.validate(
                        {"name": d.contact_name, "kind": kind}, None, creating=True)
                except InputError as exc:
                    # the file's column is "Contact"; the error names the contact's field
                    first = exc.errors[0] if isinstance(exc, InvalidRecordError) else exc
                    failed[key] = InputError(first.message, field="contact")
                    self.result.refuse(d.row, failed[key], d.cells)
                    continue
                self.ids[key] = self.next
                self.next += 1
                new.append((self.ids[key], cleaned["kind"], cleaned["name"],
                            contacts.sort_key(cleaned["name"]), d.contact_email))
            kept.append(d)
        if new:
            insert_contacts(self.conn, new, to_storage(self.now))
            self.conn.executemany(
                "INSERT INTO change_log (table_name, row_id, action, source, changed_at) "
                "VALUES ('contact', ?, 'create', 'import', ?)",
                [(row[0], to_storage(self.now)) for row in new])
            search_index.index_range(new[0][0], new[-1][0])
            self.result.contacts_created += len(new)
        return kept

    def make_customers(self, contact_ids: Collection[int]) -> None:
        """Leads among these become customers, as a move into Won makes them (and logged
        like it); a contact that was there before is remembered for undo."""
        leads = [cid for (cid,) in self.conn.execute(
            f"SELECT id FROM contact WHERE status = 'lead' AND id IN "
            f"({','.join(str(int(c)) for c in contact_ids) or 'NULL'})")]
        self.updated_before.update(contacts.snapshots(
            cid for cid in leads if cid < self.first and cid not in self.updated_before))
        stamp = to_storage(self.now)
        self.conn.executemany("UPDATE contact SET status = 'customer', updated_at = ? "
                              "WHERE id = ?", [(stamp, cid) for cid in leads])
        self.conn.executemany(
            "INSERT INTO change_log (table_name, row_id, action, field, old_value, new_value, "
            "source, changed_at) VALUES ('contact', ?, 'update', 'status', 'lead', "
            "'customer', 'import', ?)", [(cid, stamp) for cid in leads])

    def record(self, batch: ImportBatch) -> None:
        """What undo needs: the range of contacts made, the contacts changed as they were."""
        record_created(batch, "contact", self.first, self.next)
        record_overwritten(batch, self.updated_before)
