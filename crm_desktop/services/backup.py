"""Backups of the open database: the SQLite online backup API, consistent while in use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from crm_desktop.db.models import database
from crm_desktop.db.online_backup import copy_database
from crm_desktop.errors import CancelledError, StorageError


def _stopper(progress: Callable[[int, int], bool] | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def step(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise CancelledError("backup cancelled")

    return step


def backup_database(source_path: Path, dest: Path,
                    progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write a consistent copy of the open database to `dest` (mode 0600) and verify it.

    `progress(done, total)` returning False cancels: CancelledError, no file left behind.
    """
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise StorageError(f"The folder {dest.parent} does not exist.")
    if dest.exists() and dest.resolve() == Path(source_path).resolve():
        raise StorageError("The backup cannot overwrite the database it copies.")
    try:
        copy_database(database.connection(), dest, _stopper(progress))
        check = sqlite3.connect(dest)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(f"Cannot write the backup {dest}: {exc}") from exc
    if result != "ok":
        raise StorageError(f"The backup {dest} failed its integrity check: {result}")
    return dest
