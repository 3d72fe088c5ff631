"""The one owner of file locations: the user's database, the demo database, resources.

The database lives in the platformdirs user-data folder unless `--db` or `CRM_DESKTOP_DB`
says otherwise. Folders the app creates are private to the user (0700), files 0600.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

import platformdirs

from crm_desktop import APP_NAME

DB_ENV_VAR = "CRM_DESKTOP_DB"
DB_FILE_NAME = "crm.sqlite3"
DEMO_DB_FILE_NAME = "demo.sqlite3"
PRIVATE_DIR_MODE = 0o700
PRIVATE_FILE_MODE = 0o600


def user_data_dir() -> Path:
    """Folder for the user's data (e.g. ~/.local/share/crm-desktop on Linux)."""
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def resolve_db_path(
    cli_value: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None
) -> Path:
    """`--db` wins, then `CRM_DESKTOP_DB`, then the user-data folder."""
    environ = os.environ if environ is None else environ
    if cli_value:
        return Path(cli_value).expanduser()
    if environ.get(DB_ENV_VAR):
        return Path(environ[DB_ENV_VAR]).expanduser()
    return user_data_dir() / DB_FILE_NAME


def demo_db_path() -> Path:
    """The demo database `crm-desktop --demo` opens (built once)."""
    return user_data_dir() / DEMO_DB_FILE_NAME


def ensure_private_dir(path: Path) -> Path:
    """Create the folder (and parents) readable by the user alone. One level at a time:
    mkdir(parents=True) gives the parents it makes the default mode, not this one."""
    missing = []
    folder = Path(path)
    while not folder.exists():
        missing.append(folder)
        folder = folder.parent
    for folder in reversed(missing):
        folder.mkdir(mode=PRIVATE_DIR_MODE, exist_ok=True)
    return path


def companion_files(db_path: Path) -> list[Path]:
    """SQLite's WAL and shared-memory files that sit beside a database."""
    return [db_path.with_name(db_path.name + suffix) for suffix in ("-wal", "-shm")]


def create_private(path: Path) -> int:
    """A descriptor of `path` opened empty for writing, the file private to the owner
    whether new or there before (open's mode applies only to a file it creates: last
    month's export overwritten would keep its old mode)."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE_MODE)
    if hasattr(os, "fchmod"):  # (not on Windows, which has no such modes)
        try:
            os.fchmod(fd, PRIVATE_FILE_MODE)
        except OSError:
            os.close(fd)
            raise
    return fd


def make_private(path: Path) -> None:
    """chmod 0600 if the file exists (no-op where the OS has no such modes)."""
    if path.exists() and os.name == "posix":
        os.chmod(path, PRIVATE_FILE_MODE)


def resources_dir() -> Path:
    """Bundled resources: inside the installed package, or `resources/` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "resources", here.parent / "resources"):
        if (candidate / "fonts").is_dir():
            return candidate
    raise FileNotFoundError("crm-desktop resources are missing (fonts/ not found)")


def resource(*parts: str) -> Path:
    """Path of one bundled file, e.g. resource('fonts', 'DejaVuSans.ttf')."""
    return resources_dir().joinpath(*parts)


def opened_files_dir() -> Path:
    """Where a contact's document is written to be opened by the program the system has
    for it (the user cache folder: nothing there is kept)."""
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False)) / "opened"


def settings_path() -> Path:
    """Window layout and other per-user UI state (an INI file, not the database)."""
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "ui-state.ini"
