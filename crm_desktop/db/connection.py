"""Opening the one SQLite database: checks, pragmas, migrations, private file modes."""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from peewee import OperationalError, SqliteDatabase

from crm_desktop.db import migrate
from crm_desktop.db.letter_forms import search_fold
from crm_desktop.db.models import database
from crm_desktop.errors import StorageError
from crm_desktop.paths import PRIVATE_FILE_MODE, companion_files, make_private
from crm_desktop.translatable import msg

SQLITE_MAGIC = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 5000

PRAGMAS = {
    "journal_mode": "wal",
    "foreign_keys": 1,
    "busy_timeout": BUSY_TIMEOUT_MS,
    "synchronous": "normal",  # safe with WAL; a power cut loses at most the last commit
    # 32 MB of page cache (the default is 2 MB): a contact has a dozen indexes, and a bulk
    # import or a sort over a million rows touches their pages all over
    "cache_size": -32768,
}


# what SQLite says when another connection (a second window, a `crm-desktop import` in a
# terminal) held the write lock for all of BUSY_TIMEOUT_MS
_BUSY_MESSAGES = frozenset({"database is locked", "database is busy"})


def busy_error() -> StorageError:
    """What to tell when the write lock could not be had for the busy timeout."""
    return StorageError(msg("The database is busy: another crm-desktop window or command is "
                            "writing to it. Nothing was written; try again when it has "
                            "finished."))


@contextmanager
def _busy_told() -> Iterator[None]:
    try:
        yield
    except OperationalError as exc:
        if str(exc) not in _BUSY_MESSAGES:
            raise
        raise busy_error() from exc


class AppDatabase(SqliteDatabase):
    """Peewee's SQLite database, telling a write that could not get the write lock as a
    StorageError (which the window and the CLI show), not as a bare OperationalError: a
    traceback in the terminal, and in the window a change silently not saved."""

    def __init__(self, *args: Any, **kwargs: Any):
        super().__init__(*args, **kwargs)
        self.register_function(search_fold, "search_fold", 1, deterministic=True)

    def begin(self, lock_type: str | None = None) -> None:
        with _busy_told():
            super().begin(lock_type)

    def execute_sql(self, sql: str, params: object = None) -> sqlite3.Cursor:
        with _busy_told():
            return super().execute_sql(sql, params)


@contextmanager
def waiting_at_most(milliseconds: int) -> Iterator[None]:
    """For a write that had better be put off than wait (a periodic one in the window):
    the busy timeout, for the block only."""
    database.execute_sql(f"PRAGMA busy_timeout = {int(milliseconds)}")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")


def _check_file(path: Path) -> bool:
    """Raise StorageError for a file we must not touch; True if the file exists already."""
    folder = path.parent
    if not folder.is_dir():
        raise StorageError(msg("The folder {0} does not exist.", folder))
    if not path.exists():
        if not os.access(folder, os.W_OK):
            raise StorageError(msg("Cannot create {0}: the folder is read-only.", path))
        return False
    if path.is_dir():
        raise StorageError(msg("{0} is a folder, not a database file.", path))
    if not os.access(path, os.R_OK):
        raise StorageError(msg("Cannot read {0}: permission denied.", path))
    with open(path, "rb") as fh:
        header = fh.read(len(SQLITE_MAGIC))
    if header and header != SQLITE_MAGIC:
        raise StorageError(msg("{0} is not a crm-desktop database (not a SQLite file).", path))
    # the owner's write bit too: os.access() says yes to root for a file marked read-only
    writable = os.access(path, os.W_OK) and bool(path.stat().st_mode & stat.S_IWUSR)
    if not writable or not os.access(folder, os.W_OK):
        raise StorageError(msg("{0} is read-only (the file or its folder cannot be written); "
                               "crm-desktop needs to write to its database.", path))
    return True


def _inspect_existing(path: Path) -> None:
    """Look inside an existing file without changing it: refuse foreign or newer ones."""
    probe = SqliteDatabase(str(path))  # no pragmas: WAL would rewrite a foreign file's header
    try:
        probe.connect()
        migrate.check_compatible(probe)
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("{0} is not a usable SQLite database ({1}).", path, exc)) from exc
    finally:
        probe.close()


def connect(path: Path) -> SqliteDatabase:
    """A configured connection to `path` bound to the model proxy, without migrating."""
    # an import indexes its batches for search from a helper thread, on its own connection
    # (importers.batch_indexer; SQLite serialises a connection's calls, threadsafety 3)
    db = AppDatabase(str(path), pragmas=PRAGMAS, lock_type="IMMEDIATE",
                     check_same_thread=False)
    database.initialize(db)
    try:
        db.connect(reuse_if_open=True)
    except sqlite3.DatabaseError as exc:
        raise StorageError(msg("Cannot open {0}: {1}", path, exc)) from exc
    return db


def open_database(path: str | os.PathLike[str], *, upgrade: bool = True) -> SqliteDatabase:
    """Open (creating if needed) the CRM database at `path` and bring its schema up to date.

    Refuses, with a StorageError and without changing anything, a missing folder, a file
    that is not a SQLite database, another program's database, one from a newer version of
    the app, and a read-only file.
    """
    path = Path(path)
    if _check_file(path):
        _inspect_existing(path)
    else:
        fd = os.open(path, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE_MODE)
        os.close(fd)
    make_private(path)
    db = connect(path)
    try:
        if upgrade:
            migrate.upgrade(db, path)
    except sqlite3.OperationalError as exc:
        db.close()
        raise StorageError(msg("Cannot update the database {0}: {1}", path, exc)) from exc
    # WAL and shared-memory files hold the same data as the database: keep them private too
    for companion in companion_files(path):
        make_private(companion)
    return db


AUTOCHECKPOINT_PAGES = 1000  # SQLite's default


@contextmanager
def checkpoints_deferred() -> Iterator[None]:
    """For a bulk write: its commit does not also copy every page it wrote from the WAL
    into the database file (a third of a big import's commit). Call `checkpoint` after,
    off the GUI thread; a closing connection does it by itself."""
    database.execute_sql("PRAGMA wal_autocheckpoint = 0")
    try:
        yield
    finally:
        database.execute_sql(f"PRAGMA wal_autocheckpoint = {AUTOCHECKPOINT_PAGES}")


def checkpoint() -> tuple[int, int]:
    """Copy what the WAL holds into the database file, without waiting on or blocking
    readers and writers; (pages in the WAL, pages copied)."""
    _, pages, copied = database.execute_sql("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
    return pages, copied


def close_database() -> None:
    """Close the bound database if it is open (safe to call twice)."""
    if database.obj is not None and not database.is_closed():
        # SQLite's advice: refresh the planner's statistics where they went stale
        database.execute_sql("PRAGMA optimize")
        database.close()
