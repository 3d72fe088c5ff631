"""The rows an import refused, however many: the first ones in memory, to show; every one in
a private temporary file, to save as a CSV of rejects.

A file mapped wrongly may refuse all of its million rows; kept as objects they took 650 MB.
"""

from __future__ import annotations

import csv
import errno
import os
import tempfile
import weakref
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import IO, overload

from crm_desktop.errors import StorageError
from crm_desktop.importers.rows import Refused
from crm_desktop.paths import create_private
from crm_desktop.translatable import msg

SHOWN = 1000  # refused rows kept in memory (the dry run lists them)
# the columns a rejects file adds after the source's own
REJECT_COLUMNS = ("Row", "Field", "Reason")


class RefusedRows:
    """Appended to like a list; `len()` counts them all, indexing and slicing reach the first
    SHOWN, iterating goes through them all (from the file beyond the first SHOWN)."""

    def __init__(self) -> None:
        self.first: list[Refused] = []
        self._count = 0
        self._spool: IO[str] | None = None  # the rows after the first SHOWN

    def append(self, refused: Refused) -> None:
        self._count += 1
        if len(self.first) < SHOWN:
            self.first.append(refused)
            return
        if self._spool is None:
            # private (0600) and deleted on close, which comes with this object's end
            self._spool = tempfile.TemporaryFile(  # noqa: SIM115 (lives as the result does)
                "w+", newline="", encoding="utf-8")
            weakref.finalize(self, self._spool.close)
        csv.writer(self._spool).writerow(
            [refused.row, refused.field or "", refused.reason, *refused.cells])

    def __len__(self) -> int:
        return self._count

    def __bool__(self) -> bool:
        return self._count > 0

    @overload
    def __getitem__(self, index: int) -> Refused: ...

    @overload
    def __getitem__(self, index: slice) -> list[Refused]: ...

    def __getitem__(self, index: int | slice) -> Refused | list[Refused]:
        return self.first[index]

    def __iter__(self) -> Iterator[Refused]:
        yield from self.first
        if self._spool is None:
            return
        self._spool.flush()
        self._spool.seek(0)
        for row, field, reason, *cells in csv.reader(self._spool):
            yield Refused(int(row), field or None, reason, cells)
        self._spool.seek(0, 2)  # further rows go at the end


def write_rejects(path: Path, headers: list[str], refused: Iterable[Refused]) -> Path:
    """The refused rows as a CSV to fix and import again: their cells, then why."""
    check_rejects_path(path)
    try:
        fd = create_private(path)
        with open(fd, "w", newline="", encoding="utf-8-sig") as fh:
            writer = csv.writer(fh)
            writer.writerow([*headers, *REJECT_COLUMNS])
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
