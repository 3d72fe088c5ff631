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

import json
import re
from collections.abc import Sequence
from datetime import UTC, date, datetime
from typing import NamedTuple

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, ImportChange, LossReason, Stage, database, utc_now
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError
from crm_desktop.importers.contact_writer import insert_contacts
from crm_desktop.importers.csv_source import CsvTable
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.import_undo import record_overwritten
from crm_desktop.importers.pipeline import Confirm, add_unreadable_rows, import_transaction
from crm_desktop.importers.rows import fast_email, ran_together
from crm_desktop.importers.table import Table
from crm_desktop.progress import Progress
from crm_desktop.services import contacts, funnel
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
        drafts: list[_Deal] = []
        with search_index.bulk():  # the contacts it makes are indexed a batch at a time
            for number, cells in table.rows():
                result.rows += 1
                if not any(cell.strip() for cell in cells):
                    result.empty += 1
                else:
                    try:
                        drafts.append(reader.draft(number, cells))
                    except InputError as exc:
                        result.refuse(number, exc, cells)
                if len(drafts) >= BATCH:
                    writer.write(drafts)
                    drafts = []
                if progress and result.rows % PROGRESS_EVERY == 0 and \
                        progress(result.rows, expected_rows) is False:
                    raise CancelledError(msg("import cancelled; nothing was changed"))
            add_unreadable_rows(table, result)
            writer.write(drafts)
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
    contact_kind: str


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
        close_on = _day(get(cells, "Expected close"), "expected_close_on")
        given_created = _moment(get(cells, "Created (UTC)"), "created")
        closed = _moment(get(cells, "Closed (UTC)"), "closed")
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
        if email:
            # as stored; one that is not an address could never be found, nor be made
            email = fast_email(email)
        kind = get(cells, "Contact kind").casefold()
        return _Deal(
            number, cells, title.strip(), value_minor, currency, stage, probability, close_on,
            given_created or self.now, given_created is not None, closed, reason, lost_note,
            get(cells, "Archived").casefold() in ("yes", "true", "1"), notes, source,
            # by e-mail when the row gives one (two firms may share a name, never an
            # address), else by name
            ("email", email) if email else ("name", contacts.sort_key(name)),
            name or email, email or None, kind if kind in ("person", "company") else "person")


class _DealWriter:
    """Writes checked rows a batch at a time; remembers the contacts, stage columns and
    deals it has met, and what undo needs."""

    def __init__(self, now: datetime, result: ImportResult):
        self.now = now
        self.result = result
        self.conn = database.connection()
        self.first_contact = self._next_id("contact")
        self.next_contact = self.first_contact
        self.first_deal = self._next_id("deal")
        self.next_deal = self.first_deal
        self.contact_ids: dict[tuple[str, str], int] = {}
        self.positions: dict[int, int] = {}  # stage id -> last position in its column
        self.present: set[tuple] = set()  # (contact, title[, created]) of deals there
        self.checked: set[int] = set()  # contacts whose deals were read into `present`
        self.updated_before: dict[int, contacts.Snapshot] = {}

    def _next_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(id), 0) + 1 FROM {table}").fetchone()[0]

    def write(self, drafts: list[_Deal]) -> None:
        if not drafts:
            return
        drafts = self._resolve_contacts(drafts)
        self._read_present({self.contact_ids[d.contact_key] for d in drafts})
        deal_rows, history_rows, won = [], [], set()
        for d in drafts:
            cid = self.contact_ids[d.contact_key]
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
        self._make_customers(won)

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

    # contacts ----------------------------------------------------------------------------
    def _resolve_contacts(self, drafts: list[_Deal]) -> list[_Deal]:
        """Find or make every contact the batch names; the drafts whose contact could not be
        made are refused."""
        wanted = {d.contact_key for d in drafts} - self.contact_ids.keys()
        by_email = [k for kind, k in wanted if kind == "email"]
        by_name = [k for kind, k in wanted if kind == "name"]
        for start in range(0, len(by_email), 10_000):
            chunk = by_email[start:start + 10_000]
            for address, cid in self.conn.execute(
                    "SELECT e.address, min(e.contact_id) FROM contact_email e "
                    "JOIN contact c ON c.id = e.contact_id WHERE +c.deleted_at IS NULL AND "
                    f"e.address IN ({','.join('?' * len(chunk))}) GROUP BY e.address", chunk):
                self.contact_ids[("email", address)] = cid
        for start in range(0, len(by_name), 10_000):
            chunk = by_name[start:start + 10_000]
            for key, cid in self.conn.execute(
                    "SELECT sort_name, min(id) FROM contact WHERE deleted_at IS NULL AND "
                    f"sort_name IN ({','.join('?' * len(chunk))}) GROUP BY sort_name", chunk):
                self.contact_ids[("name", key)] = cid
        new, failed, kept = [], {}, []
        for d in drafts:
            key = d.contact_key
            if key in failed:
                self.result.refuse(d.row, failed[key], d.cells)
                continue
            if key not in self.contact_ids:
                try:
                    cleaned, _, _, _ = contacts.validate(
                        {"name": d.contact_name, "kind": d.contact_kind}, None, creating=True)
                except InputError as exc:
                    # the file's column is "Contact"; the error names the contact's field
                    first = exc.errors[0] if isinstance(exc, InvalidRecordError) else exc
                    failed[key] = InputError(first.message, field="contact")
                    self.result.refuse(d.row, failed[key], d.cells)
                    continue
                self.contact_ids[key] = self.next_contact
                self.next_contact += 1
                new.append((self.contact_ids[key], cleaned["kind"], cleaned["name"],
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

    def _read_present(self, contact_ids: set[int]) -> None:
        """The deals already on these contacts (made before this import), once each."""
        older = sorted(c for c in contact_ids - self.checked if c < self.first_contact)
        self.checked |= contact_ids
        for start in range(0, len(older), 10_000):
            chunk = older[start:start + 10_000]
            for cid, title, created in self.conn.execute(
                    "SELECT contact_id, trim(title), created_at FROM deal WHERE deleted_at IS "
                    f"NULL AND contact_id IN ({','.join('?' * len(chunk))})", chunk):
                self.present.update(((cid, title, created), (cid, title)))

    def _make_customers(self, contact_ids: set[int]) -> None:
        """A won deal makes its contact a customer, as a move into Won does (and logged
        like it); a contact that was there before is remembered for undo."""
        leads = [cid for (cid,) in self.conn.execute(
            f"SELECT id FROM contact WHERE status = 'lead' AND id IN "
            f"({','.join(str(int(c)) for c in contact_ids) or 'NULL'})")]
        self.updated_before.update(contacts.snapshots(
            cid for cid in leads if cid < self.first_contact and cid not in self.updated_before))
        stamp = to_storage(self.now)
        self.conn.executemany("UPDATE contact SET status = 'customer', updated_at = ? "
                              "WHERE id = ?", [(stamp, cid) for cid in leads])
        self.conn.executemany(
            "INSERT INTO change_log (table_name, row_id, action, field, old_value, new_value, "
            "source, changed_at) VALUES ('contact', ?, 'update', 'status', 'lead', "
            "'customer', 'import', ?)", [(cid, stamp) for cid in leads])

    def record(self, batch: ImportBatch) -> None:
        """What undo needs: the ranges of ids made, the contacts as they were."""
        for table, first, after in (("contact", self.first_contact, self.next_contact),
                                    ("deal", self.first_deal, self.next_deal)):
            if after > first:
                ImportChange.create(batch=batch, table_name=table, row_id=first,
                                    action="create_range",
                                    old_values=json.dumps({"last": after - 1}))
        record_overwritten(batch, self.updated_before)
        r = self.result
        batch.finished_at = utc_now()
        batch.last_log_id = self.conn.execute("SELECT max(id) FROM change_log").fetchone()[0]
        batch.created_count, batch.updated_count = r.created, len(self.updated_before)
        batch.skipped_count, batch.rejected_count = r.skipped, r.rejected
        batch.save()


def _number(text: str, field: str) -> int | None:
    if not text:
        return None
    try:
        return int(text)
    except ValueError as exc:
        raise InputError(msg("'{0}' is not a number", text), field=field) from exc


# day first with dots, as spreadsheet programs in Russian or German write a date back into a
# CSV (31.03.2026, perhaps with a time): never month first, so never ambiguous. Slashes are
# (31/03 or 03/31) and are refused.
_DOTTED = re.compile(r"^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:[ T](\d{1,2}):(\d{2})(?::(\d{2}))?)?$")


def _not_a_date(text: str, field: str) -> InputError:
    return InputError(msg("'{0}' is not a date like 2026-03-31 or 31.03.2026", text),
                      field=field)


def _dotted(text: str) -> datetime | None:
    found = _DOTTED.match(text)
    if found is None:
        return None
    day, month, year, hour, minute, second = found.groups()
    try:
        return datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0),
                        int(second or 0))
    except ValueError:
        return None  # 31.02.2026


def _day(text: str, field: str) -> date | None:
    if not text:
        return None
    try:
        return date.fromisoformat(text)
    except ValueError as exc:
        dotted = _dotted(text)
        if dotted is None or dotted.time() != datetime.min.time():
            raise _not_a_date(text, field) from exc
        return dotted.date()


def _moment(text: str, field: str) -> datetime | None:
    """A time as the export writes it (UTC, 'YYYY-MM-DD HH:MM:SS'); a bare date is midnight."""
    if not text:
        return None
    try:
        moment = datetime.fromisoformat(text)
    except ValueError as exc:
        dotted = _dotted(text)
        if dotted is None:
            raise _not_a_date(text, field) from exc
        moment = dotted
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)

