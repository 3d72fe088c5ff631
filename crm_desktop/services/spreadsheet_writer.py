"""Writing rows to a CSV or XLSX file: private to the owner (0600), formulas neutralised,
progress told and cancellable; a cancelled or failed write leaves no file.

Values a spreadsheet would run as a formula (=, +, -, @, tab, CR first) are neutralised:
in CSV with a leading apostrophe, in XLSX by writing every value as a text cell.
"""

from __future__ import annotations

import csv
import os
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TextIO

import xlsxwriter

from crm_desktop.errors import CancelledError, InputError, StorageError
from crm_desktop.paths import create_private
from crm_desktop.progress import Progress
from crm_desktop.translatable import Message, listing, msg

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
TICK = 2000  # rows between progress reports
EXPORT_CANCELLED = msg("export cancelled")


def neutralise(value: str) -> str:
    """A cell a spreadsheet shows as text instead of running it as a formula."""
    return "'" + value if value.startswith(_FORMULA_STARTS) else value


def unneutralise(value: str) -> str:
    """A cell as it was before `neutralise` (for reading our own files back)."""
    return value[1:] if value[:1] == "'" and value[1:2] in _FORMULA_STARTS else value


def open_private(path: Path, newline: str | None = None,
                 encoding: str | None = None) -> TextIO:
    """A new text file only its owner can read (the caller closes it)."""
    fd = create_private(path)
    return open(fd, "w", newline=newline, encoding=encoding)  # noqa: SIM115 (caller closes)


def tick(progress: Progress | None, done: int, total: int,
         cancelled: Message = EXPORT_CANCELLED) -> None:
    """Tell progress every TICK rows; CancelledError(`cancelled`) when told to stop."""
    if progress and done % TICK == 0 and progress(done, total) is False:
        raise CancelledError(cancelled)


def checked_output(path: Path, formats: Sequence[str]) -> Path:
    """`path`, if an export can write it: a format of `formats` (by its extension), in a
    folder that exists."""
    path = Path(path)
    if path.suffix.lower() not in formats:
        raise InputError(msg("'{0}' is not a format I can write; use {1}",
                             path.suffix.lower() or path.name, listing(formats)),
                         field="output")
    if not path.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", path.parent))
    return path


def write_rows(path: Path, sheet: str, headers: Sequence[str], rows: Iterable[Sequence[str]],
               total: int, *, bom: bool = False, progress: Progress | None = None,
               cancelled: Message = EXPORT_CANCELLED) -> int:
    """Write `headers` and `rows` to `path` as CSV or XLSX (by its extension); returns the
    number of rows."""
    path = Path(path)
    try:
        if path.suffix.lower() == ".xlsx":
            return _write_xlsx(path, sheet, headers, rows, total, progress, cancelled)
        return _write_csv(path, headers, rows, total, bom, progress, cancelled)
    except CancelledError:
        path.unlink(missing_ok=True)
        raise
    except OSError as exc:
        path.unlink(missing_ok=True)
        raise StorageError(msg("Cannot write {0}: {1}", path, exc)) from exc


def _write_csv(path: Path, headers: Sequence[str], rows: Iterable[Sequence[str]], total: int,
               bom: bool, progress: Progress | None, cancelled: Message) -> int:
    n = 0
    with open_private(path, newline="", encoding="utf-8-sig" if bom else "utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(headers)
        for values in rows:
            writer.writerow([neutralise(v) for v in values])
            n += 1
            tick(progress, n, total, cancelled)
    return n


def _write_xlsx(path: Path, sheet_name: str, headers: Sequence[str],
                rows: Iterable[Sequence[str]], total: int, progress: Progress | None,
                cancelled: Message) -> int:
    # made private before xlsxwriter writes it: it rewrites the file in place at close,
    # which keeps the mode, where a file it made would be readable by all until chmod
    os.close(create_private(path))
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True,
                                           "strings_to_formulas": False,
                                           "strings_to_numbers": False,
                                           "strings_to_urls": False})
    sheet = book.add_worksheet(sheet_name)
    bold = book.add_format({"bold": True})
    for col, header in enumerate(headers):
        sheet.write_string(0, col, header, bold)
    n = 0
    try:
        for n, values in enumerate(rows, start=1):
            for col, value in enumerate(values):
                if value:
                    sheet.write_string(n, col, value)  # text cells: never run as formulas
            tick(progress, n, total, cancelled)
    finally:
        book.close()
    return n
