"""An import from start to end: read, check, match duplicates, write; all or nothing.

The whole import is one transaction: cancel, an error or a crash leaves the database as it
was. A dry run is the same import rolled back at the end, so its figures are exactly what
the real import will do. Rows are handled in batches and never all held in memory.
The import is recorded (the ids it created, the records it changed) so it can be undone.
"""

from __future__ import annotations

import gc
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import replace
from datetime import datetime
from itertools import islice
from pathlib import Path
from typing import TypeVar

from crm_desktop.db import search_index, triggers
from crm_desktop.db.connection import checkpoints_deferred
from crm_desktop.db.models import ImportBatch, database, utc_now
from crm_desktop.errors import CancelledError, InputError, StorageError
from crm_desktop.importers.contact_writer import ContactWriter
from crm_desktop.importers.csv_source import CsvTable
from crm_desktop.importers.import_result import WARNINGS_KEPT, ImportResult, Note
from crm_desktop.importers.mapping import (
    Mapping,
    further_address_columns,
    further_addresses,
    guess_mapping,
)
from crm_desktop.importers.rows import Draft, RowReader
from crm_desktop.importers.spreadsheet_source import SPREADSHEET_SUFFIXES, SpreadsheetTable
from crm_desktop.importers.table import PREVIEW_ROWS, Table
from crm_desktop.importers.vcard_source import read_vcards
from crm_desktop.services.cell_dates import ORDER_SAMPLE, slash_order
from crm_desktop.translatable import listing, msg

POLICIES = ("skip", "fill", "overwrite", "create")
BATCH = 5000
T = TypeVar("T")
ProgressFn = Callable[[int, int], bool]  # (rows done, rows expected) -> False to cancel
# called once every row is written, before the commit, with what the import did (marked as
# a dry run: nothing is visible yet); False rolls it all back. The wizard shows these
# figures and commits them on "Import", so the file is read once and what the owner was
# shown is exactly what is written.
Confirm = Callable[[ImportResult], bool]



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


class _DryRunDone(Exception):  # noqa: N818 (control flow, never escapes this module)
    pass


def _batches(table: Table, mapping: Mapping, result: ImportResult) -> Iterator[list[Draft]]:
    batch: list[Draft] = []
    draft = RowReader(mapping, table.delimiter if isinstance(table, CsvTable) else None,
                      birthday_order(table, mapping),
                      further_addresses(table.headers, mapping.columns, table.layout)).draft
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


def unmapped_columns(table: Table, mapping: Mapping) -> list[str]:
    """The headers of the columns no field takes (a known export's further addresses are
    taken: read when the first is empty, else kept in the notes), and the vCard
    properties the reader keeps no column for."""
    read = further_address_columns(table.headers, mapping.columns, table.layout)
    return [h for j, (h, target) in enumerate(zip(table.headers, mapping.columns, strict=True))
            if h.strip() and not target and j not in read] + sorted(
        getattr(table, "unread", {}))  # (a vCard's properties no column holds)


def birthday_order(table: Table, mapping: Mapping) -> str | None:
    """Which number of the file's slashed birthdays is the day, as its first rows say."""
    if "birthday" not in mapping.columns:
        return None
    i = mapping.columns.index("birthday")
    return slash_order(cells[i] for _, cells in islice(table.rows(), ORDER_SAMPLE)
                       if i < len(cells))


def write_in_batches(table: Table, result: ImportResult, draft: Callable[[int, list[str]], T],
                     write: Callable[[list[T]], None], batch: int,
                     progress: ProgressFn | None = None, expected_rows: int = 0,
                     progress_every: int = 200) -> None:
    """The frame of a deals or payments import: each row of `table` checked by `draft` (an
    InputError refuses it, with its cells), empty rows counted, the checked ones written
    `batch` at a time by `write`; `progress` returning False cancels."""
    drafts: list[T] = []
    for number, cells in table.rows():
        result.rows += 1
        if not any(cell.strip() for cell in cells):
            result.empty += 1
        else:
            try:
                drafts.append(draft(number, cells))
            except InputError as exc:
                result.refuse(number, exc, cells)
        if len(drafts) >= batch:
            write(drafts)
            drafts = []
        if progress and result.rows % progress_every == 0 and \
                progress(result.rows, expected_rows) is False:
            raise CancelledError(msg("import cancelled; nothing was changed"))
    add_unreadable_rows(table, result)
    if drafts:
        write(drafts)


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
    confirm: Confirm | None = None,
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
    with import_transaction(table, result, file_format, policy, moment, confirm) as batch:
        # a company row may come after the people who name it: check links at commit
        database.execute_sql("PRAGMA defer_foreign_keys = ON")
        writer = ContactWriter(policy, moment, result, batch)
        # the import writes company_sort and the search index itself, in bulk
        with search_index.bulk(), triggers.suspended("contact_company_sort_ai"):
            try:
                for drafts in _batches(table, mapping, result):
                    writer.write(drafts)
                    if progress and progress(result.rows, expected_rows) is False:
                        raise CancelledError(msg("import cancelled; nothing was changed"))
            finally:
                writer.close()  # the last batch indexed before anything else uses SQL
        writer.record(batch)
    return result


@contextmanager
def import_transaction(table: Table, result: ImportResult, file_format: str, policy: str,
                       moment: datetime, confirm: Confirm | None = None,
                       ) -> Iterator[ImportBatch]:
    """The frame of every import: one transaction; the record undo needs (the batch, which
    the body fills); a dry run rolled back at the end, so that its figures are the real
    import's; the owner's word before the commit (`confirm`); a file that fails to read
    midway as one clear error; the time taken (not counting the wait for the owner)."""
    started = time.perf_counter()
    try:
        with _cycle_collector_paused(), checkpoints_deferred(), database.atomic():
            batch = ImportBatch.create(file_name=table.name, file_format=file_format,
                                       duplicate_policy=policy, started_at=moment)
            yield batch
            if result.dry_run:
                raise _DryRunDone
            if confirm is not None:
                asked = time.perf_counter()
                if not confirm(replace(result, dry_run=True,
                                       seconds=asked - started)):
                    raise CancelledError(msg("import cancelled; nothing was changed"))
                started += time.perf_counter() - asked
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


