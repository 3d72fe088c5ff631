"""Where the owner last picked or saved a file of each kind (import, export, reports): the
next dialog of that kind opens there; the home folder the first time, or once that folder
is gone. Kept with the window's layout (paths.settings_path), not in the database: a
database restored on another machine must not bring this one's folders."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings

from crm_desktop.paths import settings_path


def _settings() -> QSettings:
    return QSettings(str(settings_path()), QSettings.Format.IniFormat)


def suggest(kind: str, file_name: str = "") -> str:
    """For a file dialog: `file_name` in the folder last used for `kind`."""
    folder = Path(str(_settings().value(f"recent_folders/{kind}", "") or Path.home()))
    if not folder.is_dir():
        folder = Path.home()
    return str(folder / file_name) if file_name else str(folder)


def remember(kind: str, chosen: str | Path) -> None:
    """The folder of a file the owner chose, for the next dialog of `kind`."""
    if chosen:
        settings = _settings()
        settings.setValue(f"recent_folders/{kind}", str(Path(chosen).parent))
        settings.sync()
