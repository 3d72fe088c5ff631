"""The lock beside a database file that a window holds for its lifetime: a second window on
the same file is refused, and so is a restore from the command line (it replaces every
record under the window). QtCore's QLockFile tells a lock left by a crash from a live one."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QLockFile

from crm_desktop.errors import StorageError
from crm_desktop.paths import make_private
from crm_desktop.translatable import msg


def acquire_instance_lock(db_path: Path) -> QLockFile:
    """Refuse a second running instance on the same database (the lock dies with us)."""
    lock = QLockFile(str(db_path.with_name(db_path.name + ".lock")))
    lock.setStaleLockTime(0)  # held for the app's lifetime; a crash leaves a stale pid
    if not lock.tryLock(100):
        if lock.error() != QLockFile.LockError.LockFailedError:  # no folder, no permission
            if not db_path.parent.is_dir():
                raise StorageError(msg("The folder {0} does not exist.", db_path.parent))
            raise StorageError(msg("Cannot write beside {0} (a lock file goes there); check "
                                   "the folder's permissions.", db_path))
        raise StorageError(msg("{0} is already open in another crm-desktop window. Close it "
                               "there first; two programs writing to one file could damage it.",
                               db_path))
    make_private(db_path.with_name(db_path.name + ".lock"))
    return lock
