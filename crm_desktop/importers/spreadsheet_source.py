"""XLSX, XLS and ODS through python-calamine, with the sheet chosen by name."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, datetime, time
from pathlib import Path

from python_calamine import CalamineWorkbook

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import header_score, recognise_layout
from crm_desktop.importers.table import HEADER_SEARCH_ROWS, clean_cell, find_header
from crm_desktop.translatable import listing, msg

SPREADSHEET_SUFFIXES = (".xlsx", ".xlsm", ".xls", ".ods")


def _cell(value: object) -> str:
    if isinstance(value, datetime):
        return (
            value.isoformat(sep=" ", timespec="minutes")
            if value.time() != time()
            else value.date().isoformat()
        )
    if isinstance(value, date):
        return value.isoformat()
    return clean_cell(value)


def _head(book: CalamineWorkbook, sheet: str) -> tuple[list[list[str]], int]:
    """The rows a header is looked for in (none when they are all blank), and how many
    rows the sheet has (calamine has read it whole by then)."""
    head = []
    data = book.get_sheet_by_name(sheet)
    for row in data.iter_rows():
        head.append([_cell(v) for v in row])
        if len(head) >= HEADER_SEARCH_ROWS:
            break
    return (head if any(any(c for c in row) for row in head) else []), data.height


def _first_table(book: CalamineWorkbook, names: list[str],
                 heads: dict[str, tuple[list[list[str]], int]]) -> str | None:
    """A cover or notes sheet often comes first: the first sheet whose header names a
    field (Name, E-mail…), else the first with data. `heads` keeps what was read."""
    with_data = None
    for name in names:
        heads[name] = head, _ = _head(book, name)
        if not head:
            continue
        with_data = with_data or name
        if max(header_score(row) for row in head) > 0:
            return name
    return with_data


class SpreadsheetTable:
    def __init__(self, path: Path, sheet: str | None = None):
        self.path = Path(path)
        try:
            book = CalamineWorkbook.from_path(str(self.path))
        except Exception as exc:  # calamine raises its own error types for damaged files
            raise InputError(msg("{0} cannot be read as a spreadsheet: {1}", self.path.name,
                                 exc), field="file") from exc
        names = book.sheet_names
        if not names:
            raise InputError(msg("{0} has no sheets", self.path.name), field="file")
        if sheet is not None and sheet not in names:
            raise InputError(msg("no sheet '{0}' in {1}; it has: {2}", sheet, self.path.name,
                                 listing(names)), field="sheet")
        heads = {}
        if sheet is None:
            sheet = _first_table(book, names, heads)
        self.sheet = sheet or names[0]
        self.sheets = names
        self.name = f"{self.path.name} — {self.sheet}"
        self._book = book
        head, height = heads[self.sheet] if self.sheet in heads else _head(book, self.sheet)
        if not head:
            raise InputError(msg("the sheet '{0}' is empty", self.sheet), field="sheet")
        index = find_header(head, header_score)
        self.header_row = index + 1
        self.estimated_rows = max(0, height - self.header_row)  # for a progress bar
        self.headers = head[index]
        self.layout = recognise_layout(self.headers)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        sheet = self._book.get_sheet_by_name(self.sheet)
        for number, row in enumerate(sheet.iter_rows(), start=1):
            if number > self.header_row:
                yield number, [_cell(v) for v in row]
