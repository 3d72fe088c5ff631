"""Backups of the open database: the SQLite online backup API, consistent while in use."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

from crm_desktop.db.models import database
from crm_desktop.db.online_backup import copy_database
from crm_desktop.errors import CancelledError, StorageError
from crm_desktop.translatable import msg


def _stopper(progress: Callable[[int, int], bool] | None) -> Callable[[int, int], None] | None:
    if progress is None:
        return None

    def step(done: int, total: int) -> None:
        if progress(done, total) is False:
            raise CancelledError(msg("backup cancelled"))

    return step


def backup_database(source_path: Path, dest: Path,
                    progress: Callable[[int, int], bool] | None = None) -> Path:
    """Write a consistent copy of the open database to `dest` (mode 0600) and verify it.

    `progress(done, total)` returning False cancels: CancelledError, no file left behind.
    """
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", dest.parent))
    if dest.exists() and dest.resolve() == Path(source_path).resolve():
        raise StorageError(msg("The backup cannot overwrite the database it copies."))
    try:
        copy_database(database.connection(), dest, _stopper(progress))
        check = sqlite3.connect(dest)
        try:
            result = check.execute("PRAGMA integrity_check").fetchone()[0]
        finally:
            check.close()
    except (OSError, sqlite3.Error) as exc:
        raise StorageError(msg("Cannot write the backup {0}: {1}", dest, exc)) from exc
    if result != "ok":
        raise StorageError(msg("The backup {0} failed its integrity check: {1}",
                                   dest, result))
    return dest
