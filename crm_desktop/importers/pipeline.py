"""An import from start to end: read, check, match duplicates, write; all or nothing.

The whole import is one transaction: cancel, an error or a crash leaves the database as it
was. A dry run is the same import rolled back at the end, so its figures are exactly what
the real import will do. Rows are handled in batches and never all held in memory.
The import is recorded (the ids it created, the records it changed) so it can be undone.
"""

from __future__ import annotations

import csv
import errno
import gc
import json
import os
import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any, NamedTuple

from crm_desktop.db import search_index, triggers
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, ImportChange, Tag, database, utc_now
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError, StorageError
from crm_desktop.importers.csv_source import CsvTable
from crm_desktop.importers.import_undo import record_overwritten
from crm_desktop.importers.mapping import Mapping, guess_mapping
from crm_desktop.importers.refused_rows import RefusedRows
from crm_desktop.importers.rows import Draft, Refused, RowReader
from crm_desktop.importers.spreadsheet_source import SPREADSHEET_SUFFIXES, SpreadsheetTable
from crm_desktop.importers.table import PREVIEW_ROWS, Table
from crm_desktop.importers.vcard_source import read_vcards
from crm_desktop.paths import PRIVATE_FILE_MODE
from crm_desktop.services import contacts
from crm_desktop.translatable import listing, msg

POLICIES = ("skip", "fill", "overwrite", "create")
BATCH = 5000
WARNINGS_KEPT = 1000  # phones kept as typed: a count, and the first ones as examples
ProgressFn = Callable[[int, int], bool]  # (rows done, rows expected) -> False to cancel

# contact columns an import writes, in the order of the INSERT below
_CONTACT_COLUMNS = (
    "id",
    "kind",
    "name",
    "sort_name",
    "first_name",
    "last_name",
    "company_id",
    "company_sort",
    "job_title",
    "email",
    "phone",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "website",
    "industry",
    "lead_source",
    "segment",
    "is_vip",
    "status",
    "notes",
    "created_at",
    "updated_at",
)
_DRAFT_FIELDS = (
    "first_name",
    "last_name",
    "job_title",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "website",
    "industry",
    "lead_source",
    "segment",
    "notes",
)


def open_table(path: Path, sheet: str | None = None) -> Table:
    """The right reader for the file (by its extension, else by a look inside)."""
    path = Path(path)
    if not path.exists():
        raise InputError(msg("{0} does not exist", path), field="file")
    if path.is_dir():
        raise InputError(msg("{0} is a folder, not a file", path), field="file")
    suffix = path.suffix.lower()
    if suffix in SPREADSHEET_SUFFIXES:
        return SpreadsheetTable(path, sheet)
    if suffix in (".vcf", ".vcard"):
        return read_vcards(path)
    with open(path, "rb") as fh:
        start = fh.read(4096)
    if b"BEGIN:VCARD" in start.upper().replace(b"\x00", b""):
        return read_vcards(path)
    if start.startswith(b"PK\x03\x04") or start.startswith(b"\xd0\xcf\x11\xe0"):
        return SpreadsheetTable(path, sheet)  # a workbook with another extension
    return CsvTable(path)


def preview(table: Table, rows: int = PREVIEW_ROWS) -> list[tuple[int, list[str]]]:
    out = []
    for item in table.rows():
        out.append(item)
        if len(out) >= rows:
            break
    return out


def auto_mapping(table: Table, region: str = "GB") -> Mapping:
    return guess_mapping(table.headers, [cells for _, cells in preview(table, 50)], region)


class Note(NamedTuple):
    """A row imported with something to know about it (a phone kept as typed)."""

    row: int
    field: str
    text: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    empty: int = 0
    companies_created: int = 0  # companies named in rows and not found: made, not counted
    contacts_created: int = 0  # (deals) the contacts deal rows named and were not found
    rows: int = 0
    refused: RefusedRows = field(default_factory=RefusedRows)
    warnings: list[Note] = field(default_factory=list)  # the first WARNINGS_KEPT
    warning_count: int = 0
    batch_id: int | None = None
    dry_run: bool = False
    seconds: float = 0.0

    def refuse(self, row: int, error: InputError, cells: Sequence[str]) -> None:
        """Count a row refused, keeping its cells and the (first) reason."""
        first = error.errors[0] if isinstance(error, InvalidRecordError) else error
        self.rejected += 1
        self.refused.append(Refused(row, first.field, first.message, list(cells)))

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
        }


class _DryRunDone(Exception):  # noqa: N818 (control flow, never escapes this module)
    pass


def _batches(table: Table, mapping: Mapping, result: ImportResult) -> Iterator[list[Draft]]:
    batch: list[Draft] = []
    draft = RowReader(mapping).draft
    rows = 0
    for number, cells in table.rows():
        rows += 1
        outcome = draft(number, cells)
        if type(outcome) is Draft:
            if outcome.warnings:
                result.warning_count += len(outcome.warnings)
                if len(result.warnings) < WARNINGS_KEPT:
                    result.warnings += [Note(number, f, w) for f, w in outcome.warnings]
            batch.append(outcome)
            if len(batch) >= BATCH:
                result.rows = rows
                yield batch
                batch = []
        elif outcome is None:
            result.empty += 1
        else:
            result.rejected += 1
            result.refused.append(outcome)
    result.rows = rows
    if batch:
        yield batch
    add_unreadable_rows(table, result)


def add_unreadable_rows(table: Table, result: ImportResult) -> None:
    """Once its rows are read: the rows a reader could not make cells of (a quote never
    closed, a broken vCard) as refused, and its remarks on rows it read as notes."""
    unreadable = getattr(table, "refused", ())  # CSV and vCard readers have these
    result.rows += len(unreadable)
    for refused in unreadable:
        result.rejected += 1
        result.refused.append(refused)
    for number, text in getattr(table, "notes", ()):
        result.warning_count += 1
        if len(result.warnings) < WARNINGS_KEPT:
            result.warnings.append(Note(number, "", text))


def run_import(
    table: Table,
    mapping: Mapping,
    policy: str = "skip",
    *,
    dry_run: bool = False,
    progress: ProgressFn | None = None,
    now: datetime | None = None,
    expected_rows: int = 0,
) -> ImportResult:
    """Import every row of `table` as contacts, in one transaction."""
    if policy not in POLICIES:
        raise InputError(msg("must be one of {0}", listing(POLICIES)),
                         field="on-duplicate")
    if len(mapping.columns) != len(table.headers):
        raise InputError(msg("the mapping does not fit this file's columns"),
                         field="mapping")
    result = ImportResult(dry_run=dry_run)
    moment = now or utc_now()
    file_format = Path(table.name).suffix.lstrip(".") or "csv"
    with import_transaction(table, result, file_format, policy, moment) as batch:
        # a company row may come after the people who name it: check links at commit
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        writer = _Writer(policy, moment, result)
        # the import writes company_sort and the search index itself, in bulk
        with search_index.bulk(), triggers.suspended("contact_company_sort_ai"):
            for drafts in _batches(table, mapping, result):
                writer.write(drafts)
                if progress and progress(result.rows, expected_rows) is False:
                    raise CancelledError(msg("import cancelled; nothing was changed"))
        writer.record(batch)
    return result


@contextmanager
def import_transaction(table: Table, result: ImportResult, file_format: str, policy: str,
                       moment: datetime) -> Iterator[ImportBatch]:
    """The frame of every import: one transaction; the record undo needs (the batch, which
    the body fills); a dry run rolled back at the end, so that its figures are the real
    import's; a file that fails to read midway as one clear error; the time taken."""
    started = time.perf_counter()
    try:
        with _cycle_collector_paused(), database.atomic():
            batch = ImportBatch.create(file_name=table.name, file_format=file_format,
                                       duplicate_policy=policy, started_at=moment)
            yield batch
            if result.dry_run:
                raise _DryRunDone
            result.batch_id = batch.id
    except _DryRunDone:
        pass
    except UnicodeDecodeError as exc:
        raise InputError(msg("cannot decode {0}: {1}", table.name, exc),
                         field="file") from exc
    except OSError as exc:
        raise StorageError(msg("reading {0} failed: {1}", table.name, exc)) from exc
    result.seconds = time.perf_counter() - started


@contextmanager
def _cycle_collector_paused() -> Iterator[None]:
    """Drafts hold no reference cycles; without the pause the collector walks every live
    object again and again while a big file makes hundreds of thousands of them."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


@dataclass
class _Revised:
    """A contact as the rows matched to it leave it, before it is written."""

    values: dict[str, Any]
    emails: list[str]
    phones: list[tuple[str, str | None]]
    tags: set[str]


class _Writer:
    """Matches drafts against the database (which holds earlier batches of this file too)
    and writes them, a batch at a time."""

    def __init__(self, policy: str, now: datetime, result: ImportResult):
        self.policy = policy
        self.moment = now
        self.now = to_storage(now)
        self.result = result
        self.conn = database.connection()
        self.first_new = self._next_id()
        self.next_id = self.first_new
        self.companies: dict[str, int] = {}  # company sort key -> id
        self.company_emails: dict[str, int] = {}  # a company's address -> its id
        self.people: dict[str, dict[str, int]] = {}  # company sort key -> person -> id
        self.tags: dict[str, int] = {}
        self.updated_before: dict[int, contacts.Snapshot] = {}

    def _next_id(self) -> int:
        return self.conn.execute("SELECT coalesce(max(id), 0) + 1 FROM contact").fetchone()[0]

    # matching ----------------------------------------------------------------------------
    def _lookup(self, sql: str, keys: list[str]) -> dict[str, int]:
        found: dict[str, int] = {}
        for start in range(0, len(keys), 30000):
            chunk = keys[start : start + 30000]
            marks = ",".join("?" * len(chunk))
            for key, cid in self.conn.execute(sql.format(marks), chunk):
                found.setdefault(key, cid)
        return found

    def _existing(self, drafts: list[Draft]) -> tuple[dict, dict]:
        # "+c.deleted_at": drive the lookup from the address index, not from every contact
        emails = self._lookup(
            "SELECT e.address, e.contact_id FROM contact_email e JOIN contact c ON "
            "c.id = e.contact_id WHERE +c.deleted_at IS NULL AND e.address IN ({})",
            list({a for d in drafts for a in d.emails}),
        )
        phones = self._lookup(
            "SELECT p.number, p.contact_id FROM contact_phone p JOIN contact c ON "
            "c.id = p.contact_id WHERE +c.deleted_at IS NULL AND p.number IN ({})",
            list({n for d in drafts for n, _ in d.phones if n.startswith("+")}),
        )
        return emails, phones

    def _named(self, key: tuple) -> int | None:
        """The contact a name key points to."""
        kind, sort_name, company_sort = key
        if kind == "company":
            return self._company_lookup(sort_name)
        return self._people_of(company_sort).get(sort_name)

    def _people_of(self, company_sort: str) -> dict[str, int]:
        """A company's people by name, read once, the first time the import meets the
        company, and kept up to date as it creates people: a common name may have thousands
        of namesakes, but few in one company."""
        people = self.people.get(company_sort)
        if people is None:
            people = {}
            for name, cid in self.conn.execute(
                    "SELECT sort_name, min(id) FROM contact WHERE deleted_at IS NULL "
                    "AND company_sort = ? AND kind = 'person' GROUP BY sort_name",
                    [company_sort]):
                people[name] = cid
            self.people[company_sort] = people
        return people

    def _company_lookup(self, sort_name: str) -> int | None:
        if sort_name not in self.companies:
            row = self.conn.execute(
                "SELECT min(id) FROM contact WHERE kind = 'company' AND deleted_at IS NULL "
                "AND sort_name = ?", [sort_name]).fetchone()
            if row[0] is None:
                return None
            self.companies[sort_name] = row[0]
        return self.companies[sort_name]

    def _match(self, d: Draft, emails: dict, phones: dict) -> int | None:
        for address in d.emails:
            if address in emails:
                return emails[address]
        for number, _ in d.phones:
            if number in phones:
                return phones[number]
        if d.emails and d.values["kind"] == "company":
            return None  # two firms may share a name, never an address: a new one
        return self._named(d.name_key) if d.name_key else None

    # writing -----------------------------------------------------------------------------
    def write(self, drafts: list[Draft]) -> None:
        emails, phones = self._existing(drafts)
        new: list[Draft] = []
        pending: dict[int, Draft] = {}  # new ids of this batch -> their drafts
        revising: dict[int, list[Draft]] = {}  # contacts there before this batch -> rows
        for d in drafts:
            match = self._match(d, emails, phones)
            if match is not None and self.policy != "create":
                if match in pending:
                    self._merge_pending(pending[match], d)
                    self.result.skipped += 1
                elif self.policy == "skip":
                    self.result.skipped += 1
                else:
                    revising.setdefault(match, []).append(d)
                continue
            cid = self.next_id
            self.next_id += 1
            pending[cid] = d
            new.append(d)
            d.values["id"] = cid
            if d.values["kind"] == "company":
                self.companies.setdefault(d.sort_name, cid)  # people below may name it
                for address in d.emails:
                    self.company_emails.setdefault(address, cid)
            for address in d.emails:
                emails.setdefault(address, cid)
            for number, _ in d.phones:
                phones.setdefault(number, cid)
            key = d.name_key
            if key and key[0] == "person":
                self._people_of(key[2]).setdefault(key[1], cid)
        self._insert(new)
        self.result.created += len(new)
        self._revise(revising)

    def _merge_pending(self, target: Draft, d: Draft) -> None:
        """A repeat within the batch: fill or overwrite the draft not yet written."""
        if self.policy == "skip":
            return
        for key, value in d.values.items():
            if key == "id" or not value:
                continue
            if self.policy == "overwrite" or not target.values.get(key):
                target.values[key] = value
        target.emails += [a for a in d.emails if a not in target.emails]
        target.phones += [p for p in d.phones if p[0] not in {n for n, _ in target.phones}]
        target.tags += [t for t in d.tags if t not in target.tags]
        if target.values["name"] == d.values["name"]:
            target.sort_name = d.sort_name  # overwritten by the repeat's name: sort by it

    def _revise(self, revising: dict[int, list[Draft]]) -> None:
        """Fill or overwrite the contacts rows matched, a batch at a time: read together,
        worked out row by row in file order, written together."""
        if not revising:
            return
        before = contacts.snapshots(revising)
        revisions = {}
        for cid, drafts in revising.items():
            snap = before[cid]
            state = _Revised(dict(snap.values), list(snap.emails), list(snap.phones),
                             set(snap.tags))
            for d in drafts:
                if self._apply(state, d) and cid < self.first_new:
                    self.result.updated += 1
                else:  # nothing new, or a repeat of a row this import created
                    self.result.skipped += 1
            revision = contacts.Revision(
                {k: v for k, v in state.values.items() if snap.values[k] != v},
                state.emails[len(snap.emails):], state.phones[len(snap.phones):],
                sorted(state.tags - set(snap.tags)))
            if revision:
                if cid < self.first_new and cid not in self.updated_before:
                    self.updated_before[cid] = snap
                revisions[cid] = (snap, revision)
        contacts.revise_many(revisions, source="import", at=self.moment)
        search_index.reindex(revisions, companies=contacts.renamed_companies(revisions))

    def _apply(self, state: _Revised, d: Draft) -> bool:
        """One row's values on a contact as the policy says: True if it changed anything."""
        overwrite = self.policy == "overwrite"
        changed = {}
        for key in ("name", *_DRAFT_FIELDS, "status"):
            new = d.values.get(key)
            if new and (overwrite or not state.values.get(key)) and state.values.get(key) != new:
                changed[key] = new
        if d.company:
            company_id = self._company_id(d.company, d.company_sort, d.company_email)
            if (overwrite or not state.values.get("company")) \
                    and state.values.get("company") != company_id:
                changed["company"] = company_id
        emails = [a for a in d.emails if a not in state.emails]
        known = {n for n, _ in state.phones}
        phones = [(n, r) for n, r in d.phones if n not in known]
        tags = {t for t in d.tags if t} - state.tags
        if not (changed or emails or phones or tags):
            return False
        state.values.update(changed)
        state.emails += emails
        state.phones += phones
        state.tags |= tags
        return True

    def _company_id(self, name: str, key: str, email: str | None = None) -> int:
        """The company a person row names: by its address when the file gives one (two
        firms may share a name), else by name; made for the import when not there."""
        if email:
            if email not in self.company_emails:
                found = self.conn.execute(
                    "SELECT e.contact_id FROM contact_email e JOIN contact c ON c.id = "
                    "e.contact_id WHERE e.address = ? AND c.kind = 'company' "
                    "AND c.deleted_at IS NULL LIMIT 1", [email]).fetchone()
                self.company_emails[email] = found[0] if found else self._new_company(
                    name, key, email)
            return self.company_emails[email]
        if self._company_lookup(key) is None:  # named but not there: made for the import
            self._new_company(name, key)
        return self.companies[key]

    def _new_company(self, name: str, key: str, email: str | None = None) -> int:
        cid = self.next_id
        self.next_id += 1
        insert_contacts(self.conn, [(cid, "company", name, key, email)], self.now)
        search_index.reindex([cid])
        self.result.companies_created += 1
        self.companies.setdefault(key, cid)
        return cid

    def _tag_id(self, name: str) -> int:
        if name not in self.tags:
            Tag.insert(name=name).on_conflict_ignore().execute()
            self.tags[name] = Tag.get(Tag.name == name).id
        return self.tags[name]

    def _insert(self, drafts: list[Draft]) -> None:
        if not drafts:
            return
        rows, email_rows, phone_rows, tag_rows, log_rows = [], [], [], [], []
        for d in drafts:
            v = d.values
            cid = v["id"]
            company_id = (self._company_id(d.company, d.company_sort, d.company_email)
                          if d.company else None)
            rows.append(
                (
                    cid,
                    v["kind"],
                    v["name"],
                    d.sort_name,
                    v.get("first_name"),
                    v.get("last_name"),
                    company_id,
                    d.company_sort,
                    v.get("job_title"),
                    d.emails[0] if d.emails else None,
                    d.phones[0][0] if d.phones else None,
                    v.get("address"),
                    v.get("city"),
                    v.get("region"),
                    v.get("postal_code"),
                    v.get("country"),
                    v.get("website"),
                    v.get("industry"),
                    v.get("lead_source"),
                    v.get("segment"),
                    0,
                    v.get("status", "lead"),
                    v.get("notes"),
                    self.now,
                    self.now,
                )
            )
            email_rows += [(cid, a, "work", i) for i, a in enumerate(d.emails)]
            phone_rows += [(cid, n, r, "mobile", i) for i, (n, r) in enumerate(d.phones)]
            tag_rows += [(cid, self._tag_id(t)) for t in dict.fromkeys(d.tags)]
            log_rows.append(("contact", cid, "create", "import", self.now))
        marks = ", ".join("?" * len(_CONTACT_COLUMNS))
        self.conn.executemany(
            f"INSERT INTO contact ({', '.join(_CONTACT_COLUMNS)}) VALUES ({marks})", rows
        )
        self.conn.executemany(
            "INSERT INTO contact_email (contact_id, address, kind, position) VALUES (?, ?, ?, ?)",
            email_rows,
        )
        self.conn.executemany(
            "INSERT INTO contact_phone (contact_id, number, raw, kind, "
            "position) VALUES (?, ?, ?, ?, ?)",
            phone_rows,
        )
        self.conn.executemany(
            "INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tag_rows
        )
        self.conn.executemany(
            "INSERT INTO change_log (table_name, row_id, action, source, "
            "changed_at) VALUES (?, ?, ?, ?, ?)",
            log_rows,
        )
        search_index.index_range(drafts[0].values["id"], drafts[-1].values["id"])

    def record(self, batch: ImportBatch) -> None:
        """What undo needs: the range of ids created, the records as they were."""
        if self.next_id > self.first_new:
            ImportChange.create(
                batch=batch,
                table_name="contact",
                row_id=self.first_new,
                action="create_range",
                old_values=json.dumps({"last": self.next_id - 1}),
            )
        record_overwritten(batch, self.updated_before)
        r = self.result
        batch.finished_at = utc_now()
        batch.last_log_id = self.conn.execute("SELECT max(id) FROM change_log").fetchone()[0]
        batch.created_count, batch.updated_count = r.created, r.updated
        batch.skipped_count, batch.rejected_count = r.skipped, r.rejected
        batch.save()


def insert_contacts(conn: sqlite3.Connection,
                    rows: Sequence[tuple[int, str, str, str, str | None]], now: str) -> None:
    """New contacts known by a name and perhaps an e-mail: (id, kind, name, sort key,
    e-mail) each, written in bulk as leads. The caller indexes them for search."""
    conn.executemany(
        "INSERT INTO contact (id, kind, name, sort_name, email, is_vip, status, created_at, "
        "updated_at) VALUES (?, ?, ?, ?, ?, 0, 'lead', ?, ?)",
        [(cid, kind, name, key, email, now, now) for cid, kind, name, key, email in rows])
    conn.executemany(
        "INSERT INTO contact_email (contact_id, address, kind, position) "
        "VALUES (?, ?, 'work', 0)", [(row[0], row[4]) for row in rows if row[4]])


def write_rejects(path: Path, headers: list[str], refused: Iterable[Refused]) -> Path:
    """The refused rows as a CSV to fix and import again: their cells, then why."""
    check_rejects_path(path)
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
        with open(fd, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([*headers, "Row", "Field", "Reason"])
            for r in refused:
                cells = r.cells + [""] * (len(headers) - len(r.cells))
                writer.writerow([*cells[: len(headers)], r.row, r.field or "", r.reason])
    except OSError as exc:
        raise StorageError(msg("cannot write {0}: {1}", path, exc.strerror or exc)) from exc
    return Path(path)


def check_rejects_path(path: Path) -> None:
    """Before an import: the refused rows' file can be written where the owner asked."""
    path = Path(path)
    if not path.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", path.parent))
    if path.is_dir():
        raise StorageError(msg("{0} is a folder, not a file", path))
    if not os.access(path if path.exists() else path.parent, os.W_OK):
        raise StorageError(msg("cannot write {0}: {1}", path, os.strerror(errno.EACCES)))
