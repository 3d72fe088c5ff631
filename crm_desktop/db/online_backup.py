"""Copy a live SQLite database with the online backup API (consistent while it is in use)."""

from __future__ import annotations

import os
import sqlite3
from collections.abc import Callable
from pathlib import Path

from crm_desktop.paths import PRIVATE_FILE_MODE

PAGES_PER_STEP = 4096


def copy_database(source: sqlite3.Connection, dest: Path,
                  progress: Callable[[int, int], None] | None = None) -> Path:
    """Write a consistent copy of `source` to `dest` (mode 0600), replacing it atomically.

    The copy is written beside `dest` first and renamed into place, so a failure never
    leaves a half-written file under the final name. `progress(done, total)` is called
    with pages copied; an exception it raises stops the copy.
    """
    dest = Path(dest)
    tmp = dest.with_name(f".{dest.name}.part")
    tmp.unlink(missing_ok=True)
    fd = os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
    os.close(fd)
    try:
        target = sqlite3.connect(tmp)
        try:
            if progress is None:
                source.backup(target)
            else:
                source.backup(target, pages=PAGES_PER_STEP,
                              progress=lambda _, left, total: progress(total - left, total))
            # a backup is one self-contained file: no -wal beside it
            target.execute("PRAGMA journal_mode=DELETE")
        finally:
            target.close()
        os.replace(tmp, dest)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
    return dest
