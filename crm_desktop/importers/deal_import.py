"""Importing deals from a file in the deals export's columns (services.export_deals).

Each row is a deal. Its contact is found by e-mail, else by name, else created. Its stage
and loss reason are found by name. The whole file goes in one transaction; a dry run is the
same import rolled back. Every refused row keeps its cells and the reason, and a row that
is already there (same title, contact and creation time) is skipped, so importing a file
twice adds nothing.

Rows are checked one by one and written a batch at a time, in bulk (the deals, their first
stage-history entries, the contacts they need), as the contacts import writes contacts.
The import is recorded like a contacts import, so that it can be undone.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from typing import NamedTuple

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, LossReason, Stage, database, utc_now
from crm_desktop.errors import InputError
from crm_desktop.importers.contact_finder import (
    IN_CHUNK,
    ContactFinder,
    contact_key,
)
from crm_desktop.importers.csv_source import CsvTable
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.import_undo import record_created, record_finished
from crm_desktop.importers.pipeline import Confirm, import_transaction, write_in_batches
from crm_desktop.importers.rows import ran_together
from crm_desktop.importers.table import Table
from crm_desktop.progress import Progress
from crm_desktop.services import funnel
from crm_desktop.services.cell_dates import read_day, read_moment
from crm_desktop.services.number_text import amount_text
from crm_desktop.services.spreadsheet_writer import unneutralise
from crm_desktop.translatable import msg

PROGRESS_EVERY = 200  # rows
BATCH = 2000  # rows written at a time
FILE_FORMAT = "deals"  # ImportBatch.file_format of a deals import


def is_deal_table(headers: Sequence[str]) -> bool:
    """Whether a file's columns are those of a deals export (title, stage, value or contact)."""
    names = {h.strip().casefold() for h in headers}
    return {"title", "stage"} <= names and bool({"value", "contact"} & names)


def run_deal_import(table: Table, *, dry_run: bool = False, progress: Progress | None = None,
                    expected_rows: int = 0, now: datetime | None = None,
                    confirm: Confirm | None = None) -> ImportResult:
    """Import every row of `table` as a deal, in one transaction."""
    result = ImportResult(dry_run=dry_run)
    moment = now or utc_now()
    with import_transaction(table, result, FILE_FORMAT, "skip", moment, confirm) as batch:
        csv_file = isinstance(table, CsvTable)
        # a spreadsheet program saving CSV with semicolons (Russian or German Excel, say)
        # writes its decimal comma too: 1250,5
        reader = _DealReader(table.headers, moment, quoted_text=csv_file,
                             decimal_comma=csv_file and table.delimiter == ";")
        writer = _DealWriter(moment, result)
        with search_index.bulk():  # the contacts it makes are indexed a batch at a time
            write_in_batches(table, result, reader.draft, writer.write, BATCH, progress,
                             expected_rows, PROGRESS_EVERY)
        writer.record(batch)
    return result


class _Deal(NamedTuple):
    """A row checked and ready to write, but for its contact (found or made in bulk)."""

    row: int
    cells: Sequence[str]
    title: str
    value_minor: int
    currency: str
    stage: Stage
    probability: int | None
    close_on: date | None
    created: datetime
    created_given: bool
    closed: datetime | None
    reason_id: int | None
    lost_note: str | None
    archived: bool
    notes: str | None
    source: str | None
    contact_key: tuple[str, str]  # ("email", address) or ("name", sort key)
    contact_name: str
    contact_email: str | None
    contact_kind: str  # as the row gives it


class _DealReader:
    """Checks a row's own fields: stage, amounts, dates, loss reason, the contact named."""

    def __init__(self, headers: Sequence[str], now: datetime, quoted_text: bool = False,
                 decimal_comma: bool = False):
        self.amounts_as = "ru" if decimal_comma else "en"  # (number_text's conventions)
        self.columns = {h.strip().casefold(): i for i, h in enumerate(headers)}
        # in a CSV a line break in a title or a name is rows run together (rows.ran_together)
        self.one_line = [(self.columns[h], field) for h, field in (
            ("title", "title"), ("contact", "contact"), ("contact e-mail", "contact_email"))
            if h in self.columns] if quoted_text else []
        self.now = now
        self.stages = {key: s for s in Stage.select() for key in (s.name.casefold(), s.key)}
        self.first_stage = funnel.list_stages()[0]
        self.reasons = {key: r.id for r in LossReason.select()
                        for key in (r.name.casefold(), r.key)}

    def _get(self, cells: Sequence[str], header: str) -> str:
        i = self.columns.get(header.casefold())
        return unneutralise(cells[i].strip()) if i is not None and i < len(cells) else ""

    def draft(self, number: int, cells: Sequence[str]) -> _Deal:
        get = self._get
        for i, field in self.one_line:
            if i < len(cells) and ("\n" in cells[i] or "\r" in cells[i]):
                raise InputError(ran_together(), field=field)
        stage_name = get(cells, "Stage")
        stage = self.stages.get(stage_name.casefold()) if stage_name else self.first_stage
        if stage is None:
            raise InputError(msg("there is no stage named '{0}'", stage_name), field="stage")
        probability = _number(get(cells, "Probability"), "probability")
        close_on = read_day(get(cells, "Expected close"), "expected_close_on")
        given_created = read_moment(get(cells, "Created (UTC)"), "created")
        closed = read_moment(get(cells, "Closed (UTC)"), "closed")
        reason_name = get(cells, "Lost reason")
        reason = self.reasons.get(reason_name.casefold()) if reason_name else None
        if reason_name and reason is None:
            raise InputError(msg("there is no loss reason named '{0}'", reason_name),
                             field="lost_reason")
        title, source = get(cells, "Title"), get(cells, "Source") or None
        lost_note, notes = get(cells, "Lost note") or None, get(cells, "Notes") or None
        value_minor, currency = funnel.checked_fields(
            title, amount_text(get(cells, "Value"), self.amounts_as) or "0",
            get(cells, "Currency") or "USD", probability,
            source=source, lost_note=lost_note, notes=notes)
        name, email = get(cells, "Contact"), get(cells, "Contact e-mail")
        if not (name or email):
            raise InputError(msg("the row names no contact"), field="contact")
        key, email = contact_key(name, email)
        return _Deal(
            number, cells, title.strip(), value_minor, currency, stage, probability, close_on,
            given_created or self.now, given_created is not None, closed, reason, lost_note,
            get(cells, "Archived").casefold() in ("yes", "true", "1"), notes, source, key,
            name or email, email, get(cells, "Contact kind"))


class _DealWriter:
    """Writes checked rows a batch at a time; remembers the contacts, stage columns and
    deals it has met, and what undo needs."""

    def __init__(self, now: datetime, result: ImportResult):
        self.now = now
        self.result = result
        self.conn = database.connection()
        self.contacts = ContactFinder(self.conn, now, result)
        self.first_deal = self._next_id("deal")
        self.next_deal = self.first_deal
        self.positions: dict[int, int] = {}  # stage id -> last position in its column
        self.present: set[tuple] = set()  # (contact, title[, created]) of deals there
        self.checked: set[int] = set()  # contacts whose deals were read into `present`

    def _next_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def write(self, drafts: list[_Deal]) -> None:
        if not drafts:
            return
        drafts = self.contacts.resolve(drafts)
        self._read_present({self.contacts.ids[d.contact_key] for d in drafts})
        deal_rows, history_rows, won = [], [], set()
        for d in drafts:
            cid = self.contacts.ids[d.contact_key]
            same = (cid, d.title, to_storage(d.created)) if d.created_given else (cid, d.title)
            if same in self.present:
                self.result.skipped += 1  # already there: a file imported twice adds nothing
                continue
            self.present.update(((cid, d.title, to_storage(d.created)), (cid, d.title)))
            deal_id = self.next_deal
            self.next_deal += 1
            created = to_storage(d.created)
            closed = None if d.stage.kind == "open" else to_storage(d.closed or d.created)
            deal_rows.append((
                deal_id, d.title, cid, d.stage.id, d.value_minor, d.currency, d.probability,
                d.close_on.isoformat() if d.close_on else None, d.source, d.reason_id,
                d.lost_note, closed, self._position(d.stage.id, d.archived), d.archived,
                d.notes, closed or created, created, created))
            history_rows.append((deal_id, d.stage.id, created))
            if d.stage.kind == "won":
                won.add(cid)
        self.conn.executemany(
            "INSERT INTO deal (id, title, contact_id, stage_id, value_minor, currency, "
            "probability, expected_close_on, source, lost_reason_id, lost_note, closed_at, "
            "position, archived, notes, stage_entered_at, created_at, updated_at, score) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)", deal_rows)
        self.conn.executemany(
            "INSERT INTO stage_change (deal_id, from_stage_id, to_stage_id, changed_at) "
            "VALUES (?, NULL, ?, ?)", history_rows)
        self.result.created += len(deal_rows)
        self.contacts.make_customers(won)

    def _position(self, stage_id: int, archived: bool) -> int:
        """After the last deal its column shows (as funnel.create_deal places a new one)."""
        if stage_id not in self.positions:
            self.positions[stage_id] = self.conn.execute(
                "SELECT coalesce(max(position), 0) FROM deal WHERE deleted_at IS NULL "
                "AND archived = 0 AND stage_id = ?", [stage_id]).fetchone()[0]
        if archived:
            return self.positions[stage_id] + 1  # hidden from the board: takes no place
        self.positions[stage_id] += 1
        return self.positions[stage_id]

    def _read_present(self, contact_ids: set[int]) -> None:
        """The deals already on these contacts (made before this import), once each."""
        older = sorted(c for c in contact_ids - self.checked if c < self.contacts.first)
        self.checked |= contact_ids
        for start in range(0, len(older), IN_CHUNK):
            chunk = older[start:start + IN_CHUNK]
            for cid, title, created in self.conn.execute(
                    "SELECT contact_id, trim(title), created_at FROM deal WHERE deleted_at IS "
                    f"NULL AND contact_id IN ({','.join('?' * len(chunk))})", chunk):
                self.present.update(((cid, title, created), (cid, title)))

    def record(self, batch: ImportBatch) -> None:
        """What undo needs: the ranges of ids made, the contacts as they were."""
        record_created(batch, "deal", self.first_deal, self.next_deal)
        self.contacts.record(batch)
        record_finished(batch, self.result, len(self.contacts.updated_before))


def _number(text: str, field: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError as exc:
        raise InputError(msg("'{0}' is not a number", text), field=field) from exc
