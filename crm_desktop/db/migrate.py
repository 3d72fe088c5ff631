"""Numbered schema migrations (playhouse.migrations), run when a database is opened.

Before a migration changes a database that already holds data, a copy is written next to
it with the SQLite online backup API.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from peewee import SqliteDatabase

from crm_desktop.errors import StorageError
from crm_desktop.translatable import msg

MIGRATIONS_DIR = Path(__file__).resolve().parent / "migrations"
HISTORY_TABLE = "schema_migration"


def known_migrations() -> list[str]:
    """Names of the migration files this version of the app ships, in order."""
    return sorted(p.stem for p in MIGRATIONS_DIR.glob("[0-9][0-9][0-9][0-9]_*.py"))


def latest_version() -> int:
    return max(int(name.split("_", 1)[0]) for name in known_migrations())


def applied_names(db: SqliteDatabase) -> set[str]:
    if HISTORY_TABLE not in db.get_tables():
        return set()
    return {row[0] for row in db.execute_sql(f"SELECT name FROM {HISTORY_TABLE}")}


def schema_version(db: SqliteDatabase) -> int:
    """Number of the newest migration applied to `db` (0 for an empty database)."""
    return max((int(name.split("_", 1)[0]) for name in applied_names(db)), default=0)


def check_compatible(db: SqliteDatabase) -> None:
    """Refuse a database made by a newer version of the app or by another program."""
    tables = db.get_tables()
    applied = applied_names(db)
    if tables and not applied:
        raise StorageError(msg("This file is a SQLite database, but not a crm-desktop "
                               "database; it was left unchanged."))
    unknown = applied - set(known_migrations())
    if unknown:
        raise StorageError(msg("This database was made by a newer version of crm-desktop "
                               "(schema {0}, this version knows up to {1}). Update crm-desktop "
                               "to open it; the file was left unchanged.",
                               schema_version(db), latest_version()))


def backup_path_for(db_path: Path, from_version: int) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    return db_path.with_name(f"{db_path.stem}.before-v{from_version}-{stamp}{db_path.suffix}")


def upgrade(
    db: SqliteDatabase, db_path: Path | None = None, *, target: str | None = None
) -> list[str]:
    """Apply pending migrations (up to `target`), backing up a non-empty database first.

    Returns the names applied. Each migration runs in its own transaction.
    """
    check_compatible(db)
    applied = applied_names(db)
    if all(name in applied for name in known_migrations()):
        return []  # the usual start-up: nothing to load or run
    from playhouse.migrations import Runner  # only when there is work to do

    from crm_desktop.db.online_backup import copy_database

    if db_path is not None and applied:
        copy_database(db.connection(), backup_path_for(db_path, schema_version(db)))
    return Runner(db, str(MIGRATIONS_DIR), table_name=HISTORY_TABLE).up(target)
