"""The daily backup the app makes by itself, so that an owner who never thinks of backups
still has yesterday's data: once a day, in a folder beside the database, the last few kept.

The window runs it in the background after it has painted (ui.auto_backup); it only reads
the database (the online backup API), so the owner works on meanwhile.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crm_desktop.paths import ensure_private_dir
from crm_desktop.services.backup import backup_database, holdings

KEEP = 5  # days of backups kept: a mistake noticed within the week can be undone
EVERY = timedelta(hours=20)  # once a day, at whatever hour the owner starts work
_STAMP = "%Y%m%d-%H%M%S"


def folder_for(db_path: Path) -> Path:
    """Where the automatic backups of `db_path` go (the restore dialog opens there)."""
    return db_path.with_name(f"{db_path.stem}-backups")


def automatic_backups(db_path: Path) -> list[Path]:
    """The automatic backups of `db_path`, oldest first."""
    folder = folder_for(db_path)
    if not folder.is_dir():
        return []
    found = []
    for path in folder.glob(f"{db_path.stem}-*{db_path.suffix}"):
        try:
            stamp = datetime.strptime(path.stem[len(db_path.stem) + 1:], _STAMP)
        except ValueError:  # a file the owner put there: not ours to rotate away
            continue
        found.append((stamp, path))
    return [path for _, path in sorted(found)]


def _made_at(path: Path, db_path: Path) -> datetime:
    return datetime.strptime(path.stem[len(db_path.stem) + 1:], _STAMP).replace(tzinfo=UTC)


def backup_if_due(db_path: Path, now: datetime,
                  progress: Callable[[int, int], bool] | None = None,
                  keep: int = KEEP) -> Path | None:
    """Write today's backup unless one was made within EVERY, or there is nothing to keep;
    then remove all but the newest `keep`. Returns the new backup, if one was written."""
    existing = automatic_backups(db_path)
    # (a newest backup from the future: the clock was wrong then, or is now; go on making them)
    if existing and timedelta(0) <= now - _made_at(existing[-1], db_path) < EVERY:
        return None
    if not any(holdings()):
        return None
    folder = ensure_private_dir(folder_for(db_path))
    made = backup_database(
        db_path, folder / f"{db_path.stem}-{now.astimezone(UTC):{_STAMP}}{db_path.suffix}",
        progress)
    for old in [*existing, made][:-keep]:
        old.unlink(missing_ok=True)
    return made
