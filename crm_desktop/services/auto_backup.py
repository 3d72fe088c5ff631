"""The daily backup the app makes by itself, so that an owner who never thinks of backups
still has yesterday's data: once a day, in a folder beside the database, the last few kept;
and, if the owner names one, copied to a second folder (another disk, a USB drive, a folder
their cloud storage syncs), since a backup beside the database is lost with its disk.

The window runs it in the background after it has painted (ui.auto_backup); it only reads
the database (the online backup API), so the owner works on meanwhile.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from crm_desktop.errors import StorageError
from crm_desktop.paths import create_private, ensure_private_dir
from crm_desktop.services.backup import backup_database, holdings
from crm_desktop.services.settings import get_setting, set_setting
from crm_desktop.translatable import msg

KEEP = 5  # days of backups kept: a mistake noticed within the week can be undone
EVERY = timedelta(hours=20)  # once a day, at whatever hour the owner starts work
_STAMP = "%Y%m%d-%H%M%S"
COPY_FOLDER = "backup_copy_folder"  # setting: the second folder, if the owner named one
_CHUNK = 1024 * 1024


class BackupCopyError(StorageError):
    """The daily backup was made, but its copy to the second folder was not."""


def folder_for(db_path: Path) -> Path:
    """Where the automatic backups of `db_path` go (the restore dialog opens there)."""
    return db_path.with_name(f"{db_path.stem}-backups")


def automatic_backups(db_path: Path, folder: Path | None = None) -> list[Path]:
    """The automatic backups of `db_path` (in `folder`, else their own), oldest first."""
    folder = folder or folder_for(db_path)
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


def copy_folder() -> Path | None:
    """The second folder the daily backup is copied to, if the owner named one."""
    folder = get_setting(COPY_FOLDER)
    return Path(folder) if folder else None


def set_copy_folder(folder: Path | None, db_path: Path) -> None:
    """Copy the daily backup to `folder` from now on (None: no more). It must be there, and
    not the backups' own folder."""
    if folder is not None:
        folder = Path(folder).expanduser()
        if not folder.is_dir():
            raise StorageError(msg("The folder {0} does not exist.", folder))
        if folder.resolve() == folder_for(db_path).resolve():
            raise StorageError(msg("That is where the daily backups are already; a copy "
                                   "belongs on another disk."))
    set_setting(COPY_FOLDER, str(folder) if folder is not None else None)


def copy_newest(db_path: Path, to: Path, keep: int = KEEP) -> Path | None:
    """The newest automatic backup copied into `to`, unless it is there already (a drive
    plugged in again gets the one it missed); then all but the newest `keep` of ours there
    removed. Written under a temporary name first: a drive pulled out halfway leaves no
    half backup under a backup's name. BackupCopyError if it cannot be."""
    backups = automatic_backups(db_path)
    if not backups:
        return None
    if not to.is_dir():
        raise BackupCopyError(msg("The folder {0} is not there (a drive not plugged in?).",
                                  to))
    newest = backups[-1]
    target = to / newest.name
    if target.exists():
        return None
    part = target.with_name(target.name + ".part")
    try:
        fd = create_private(part)
        with open(fd, "wb") as out, newest.open("rb") as source:
            while chunk := source.read(_CHUNK):
                out.write(chunk)
            out.flush()
            os.fsync(out.fileno())  # (on the drive before it is called a backup)
        os.replace(part, target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise BackupCopyError(msg("Cannot copy the backup to {0}: {1}", to,
                                  exc.strerror or str(exc))) from exc
    for old in automatic_backups(db_path, to)[:-keep]:
        old.unlink(missing_ok=True)
    return target


@dataclass(frozen=True)
class DailyBackup:
    made: Path | None  # today's backup, if one was due
    copied: Path | None  # its copy in the second folder, if one was made now
    copy_failed: BackupCopyError | None  # why the copy was not made


def daily_backup(db_path: Path, now: datetime,
                 progress: Callable[[int, int], bool] | None = None) -> DailyBackup:
    """backup_if_due, then its copy to the owner's second folder, if named. A copy that
    fails leaves the backup made, and is tried again at the next start."""
    made = backup_if_due(db_path, now, progress)
    second = copy_folder()
    if second is None:
        return DailyBackup(made, None, None)
    try:
        return DailyBackup(made, copy_newest(db_path, second), None)
    except BackupCopyError as exc:
        return DailyBackup(made, None, exc)
