"""Backups of the open database, and putting one back.

Both go through the SQLite online backup API: a backup is consistent while the app runs; a
restore copies the backup's pages into the open database in one write transaction, so it
completes or leaves the data as it was, and the data it replaces is first saved beside it.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from peewee import DatabaseError, DatabaseProxy, SqliteDatabase

from crm_desktop.db import migrate
from crm_desktop.db.connection import busy_error
from crm_desktop.db.models import database
from crm_desktop.db.online_backup import PAGES_PER_STEP, copy_database
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
                    progress: Callable[[int, int], bool] | None = None, *,
                    reader: sqlite3.Connection | None = None) -> Path:
    """Write a consistent copy of the open database to `dest` (mode 0600) and verify it,
    read through `reader` if given (else the open connection).

    `progress(done, total)` returning False cancels: CancelledError, no file left behind.
    """
    dest = Path(dest).expanduser()
    if not dest.parent.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", dest.parent))
    if dest.exists() and dest.resolve() == Path(source_path).resolve():
        raise StorageError(msg("The backup cannot overwrite the database it copies."))
    try:
        copy_database(reader or database.connection(), dest, _stopper(progress))
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


@dataclass(frozen=True)
class BackupInfo:
    """What a backup file holds, shown to the owner before it replaces their data."""

    path: Path
    schema: int
    contacts: int
    deals: int
    documents: int  # kept with its contacts (none in a backup from before they could be)
    modified: datetime  # the file's time, UTC


@dataclass(frozen=True)
class Restored:
    backup: BackupInfo
    saved_as: Path | None  # the data the restore replaced, kept as a backup


# what the owner compares before a restore (the trash is not counted: it is not in view)
_HOLDINGS = ("SELECT (SELECT count(*) FROM contact WHERE deleted_at IS NULL), "
             "(SELECT count(*) FROM deal WHERE deleted_at IS NULL)")


_DOCUMENTS = ("SELECT count(*) FROM contact_file f JOIN contact c ON c.id = f.contact_id "
              "WHERE c.deleted_at IS NULL")


def _documents(db: SqliteDatabase | DatabaseProxy) -> int:
    """The documents kept with contacts outside the Trash; 0 in a file older than them."""
    if not db.table_exists("contact_file"):
        return 0
    return db.execute_sql(_DOCUMENTS).fetchone()[0]


def holdings() -> tuple[int, int, int]:
    """(contacts, deals, documents) in the open database, counted as `describe_backup`
    counts them."""
    contacts, deals = database.execute_sql(_HOLDINGS).fetchone()
    return contacts, deals, _documents(database)


def describe_backup(path: Path) -> BackupInfo:
    """Read a backup file (never changing it); StorageError if it is not a whole
    crm-desktop database this version can open."""
    path = Path(path).expanduser()
    if not path.is_file():
        raise StorageError(msg("{0} does not exist", path))
    # read-only: a wrong pick must not be touched, not even given a -wal file
    db = SqliteDatabase(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    try:
        migrate.check_compatible(db)
        if not migrate.applied_names(db):
            raise StorageError(msg("{0} is an empty database: there is nothing to restore.",
                                   path))
        problem = db.execute_sql("PRAGMA quick_check").fetchone()[0]
        if problem != "ok":
            raise StorageError(msg("{0} is damaged ({1}); it cannot be restored.", path,
                                   problem))
        contacts, deals = db.execute_sql(_HOLDINGS).fetchone()
        documents = _documents(db)
        schema = migrate.schema_version(db)
    except DatabaseError as exc:  # not SQLite at all, or cut short
        raise StorageError(msg("{0} is not a crm-desktop backup: {1}", path, exc)) from exc
    finally:
        db.close()
    modified = datetime.fromtimestamp(path.stat().st_mtime, UTC)
    return BackupInfo(path, schema, contacts, deals, documents, modified)


def before_restore_path(db_path: Path) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}.before-restore-{stamp}{db_path.suffix}")


def restore_database(source: Path, db_path: Path,
                     progress: Callable[[int, int], bool] | None = None, *,
                     keep_current: bool = True,
                     pages_per_step: int = PAGES_PER_STEP) -> Restored:
    """Replace the open database's data with the backup `source`'s, all or nothing.

    The current data is first saved as a backup beside the database (`saved_as`; not with
    `keep_current` False, for a database just made to restore into); a backup
    made by an older version is upgraded after it is copied in. `progress(done, total)`
    returning False cancels before the copy ends: CancelledError, nothing changed.
    """
    source = Path(source).expanduser()
    if source.exists() and source.resolve() == Path(db_path).resolve():
        raise StorageError(msg("{0} is the open database itself, not a backup of it.", source))
    info = describe_backup(source)
    src = sqlite3.connect(f"{source.resolve().as_uri()}?mode=ro", uri=True)
    try:
        live = database.connection()
        here = live.execute("PRAGMA page_count").fetchone()[0] if keep_current else 0
        incoming = src.execute("PRAGMA page_count").fetchone()[0]
        total = here + incoming
        saved: Path | None = None

        def save_current() -> Path:
            """The data as it is: read through a connection of its own, which sees what
            was committed (the restore's pages in this one are not, yet)."""
            reader = sqlite3.connect(db_path)
            try:
                return backup_database(db_path, before_restore_path(db_path),
                                       None if progress is None else
                                       lambda done, _: progress(done, total), reader=reader)
            finally:
                reader.close()

        def step(status: int, left: int, pages: int) -> None:
            nonlocal saved
            if status in (sqlite3.SQLITE_BUSY, sqlite3.SQLITE_LOCKED):
                raise busy_error()  # (the step has waited the busy timeout for the lock)
            if keep_current and saved is None:
                # after the first step this connection holds the write lock, nothing is
                # committed yet, and nothing else can commit: the copy is of the data the
                # restore replaces, with every write made before it (taken before the
                # lock, a write committed in between was in neither)
                saved = save_current()
            # once no page is left the copy has committed: too late to call it cancelled
            if left and progress is not None and \
                    progress(here + pages - left, total) is False:
                raise CancelledError(msg("restore cancelled; nothing was changed"))

        if keep_current and incoming < 2:  # (one step: no moment between lock and commit)
            saved = save_current()
        try:
            # at least two steps, so that the current data is saved between them
            src.backup(live, pages=max(1, min(pages_per_step, incoming // 2)), progress=step)
        except CancelledError:
            if saved is not None:  # the data is as it was: no copy of it is needed
                saved.unlink(missing_ok=True)
            raise
        except sqlite3.Error as exc:
            raise StorageError(msg("Restoring {0} failed, nothing was changed: {1}", source,
                                   exc)) from exc
    finally:
        src.close()
    migrate.upgrade(database)  # a backup from an older version (it is its own copy)
    return Restored(info, saved)
