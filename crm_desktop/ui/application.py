"""Starting the GUI: QApplication, language and direction, single-instance lock, database."""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
from collections.abc import Callable
from contextlib import suppress
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QSettings, Qt, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from crm_desktop import APP_NAME, gc_pause
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.errors import StorageError
from crm_desktop.paths import (
    DB_ENV_VAR,
    demo_db_path,
    ensure_private_dir,
    resolve_db_path,
    resource,
    settings_path,
)
from crm_desktop.ui.instance_lock import acquire_instance_lock
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.messages import error_text

DEMO_CONTACTS = 2000
BUNDLED_FAMILY = "DejaVu Sans"  # resources/fonts: Latin, Cyrillic and Persian
# names and notes come in these scripts, whatever the interface language
SCRIPTS_SHOWN = (QFontDatabase.WritingSystem.Latin, QFontDatabase.WritingSystem.Cyrillic,
                 QFontDatabase.WritingSystem.Arabic)


def utc_clock() -> datetime:
    return datetime.now(UTC)


LANGUAGE_KEY = "language"  # the window's language chosen in the window (language_choice)


def stored_language(settings: QSettings) -> str | None:
    """The language the owner chose under View > Language, if any."""
    value = settings.value(LANGUAGE_KEY, "")
    return value if value in ("en", "fa", "ru") else None


def create_application(argv: list[str] | None = None, lang: str | None = None) -> QApplication:
    """The QApplication with the bundled fonts, the language and its layout direction."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setApplicationName(APP_NAME)
    app.setOrganizationName(APP_NAME)
    bundled = _add_bundled_fonts_if_needed()
    locale = QLocale(lang) if lang else QLocale.system()
    QLocale.setDefault(locale)
    # Persian runs right to left: the whole layout mirrors
    app.setLayoutDirection(
        Qt.LayoutDirection.RightToLeft
        if locale.textDirection() == Qt.LayoutDirection.RightToLeft
        else Qt.LayoutDirection.LeftToRight
    )
    _install_translators(app, locale)
    if lang in ("fa", "ru") and BUNDLED_FAMILY in bundled:
        app.setFont(QFont(BUNDLED_FAMILY, app.font().pointSize()))
    return app


def set_window_icon(app: QApplication) -> None:
    """The app's icon for its windows and the tray. Set once the first frame is up: reading
    it costs 3 ms that the window can wait for, the window manager shows it a moment later."""
    from PySide6.QtGui import QIcon

    # the PNG rendered from crm-desktop.svg: an SVG loads Qt's SVG plugin (1 ms more)
    app.setWindowIcon(QIcon(str(resource("icons", "crm-desktop.png"))))


def _add_bundled_fonts_if_needed() -> list[str]:
    """Register the bundled fonts where the system has none for Persian or Cyrillic text;
    the families added. Registering costs ~6 ms of start-up, for nothing on most systems."""
    if all(QFontDatabase.families(system) for system in SCRIPTS_SHOWN):
        return []
    added: list[str] = []
    for name in ("DejaVuSans.ttf", "DejaVuSans-Bold.ttf"):
        font_id = QFontDatabase.addApplicationFont(str(resource("fonts", name)))
        added += QFontDatabase.applicationFontFamilies(font_id) if font_id >= 0 else []
    return added


_installed: list[QTranslator] = []  # this process's translators (the language can change)


def _install_translators(app: QApplication, locale: QLocale) -> None:
    """Qt's own strings and ours in the locale's language (resources/i18n/*.qm), in place
    of those of a language set before."""
    while _installed:
        app.removeTranslator(_installed.pop())
    for name, folder in (
        ("qtbase", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)),
        ("crm_desktop", str(resource("i18n"))),
    ):
        translator = QTranslator(app)
        if translator.load(locale, name, "_", folder):
            app.installTranslator(translator)
            _installed.append(translator)


def _schedule_daily_backup(app: QApplication, window: MainWindow, path: Path) -> None:
    from crm_desktop.ui.auto_backup import AutoBackup  # (after the first paint, not before)

    backups = AutoBackup(path, utc_clock, window.statusBar(), window)
    app.aboutToQuit.connect(backups.stop)  # a copy under way is cancelled, none left half
    backups.schedule()


def _forget_opened_documents() -> None:
    from crm_desktop.paths import opened_files_dir
    from crm_desktop.services.contact_files import forget_old_copies, forget_removed

    forget_old_copies(opened_files_dir(), utc_clock())
    forget_removed()  # held for an undo stack that ended with the last run


def _tell_unhandled_errors() -> None:
    from crm_desktop.ui import unhandled_errors  # (after the first paint, not before)

    unhandled_errors.install()


def _database_path(args: argparse.Namespace) -> Path:
    if args.demo:
        return demo_db_path()
    return resolve_db_path(args.db)


def _settle_currency() -> None:
    """A new database takes the currency of the computer's country (RUB in Russia), before
    anything is priced; after the first paint, as nothing on it needs it."""
    from crm_desktop.services.business_profile import settle_currency
    from crm_desktop.ui.home_region import suggested_currency, suggested_region

    with suppress(StorageError):  # another program is writing: tried at the next start
        settle_currency(suggested_currency(suggested_region()))


def run_gui(args: argparse.Namespace, on_first_paint: Callable[[], None] | None = None) -> int:
    """Open the main window on the chosen database; returns the exit status.

    Garbage collection, if paused for the start, resumes after the first paint."""
    settings = QSettings(str(settings_path()), QSettings.Format.IniFormat)
    app = create_application(lang=args.lang or stored_language(settings))
    path = _database_path(args)
    lock = None
    try:
        if args.demo or (not args.db and not os.environ.get(DB_ENV_VAR)):
            ensure_private_dir(path.parent)
        lock = acquire_instance_lock(path)
        db = open_database(path)
        if args.demo:
            from crm_desktop.db.models import Contact
            from crm_desktop.services.demo import build_demo

            if not Contact.select().exists():
                build_demo(db, contacts=DEMO_CONTACTS, seed=1)
    except StorageError as exc:
        from PySide6.QtWidgets import QMessageBox  # (its class costs start-up time)

        set_window_icon(app)
        QMessageBox.critical(None, APP_NAME, error_text(exc))
        print(f"{APP_NAME}: {exc}", file=sys.stderr)
        if lock is not None:
            lock.unlock()
        return 1
    window = MainWindow(path, settings, utc_clock)
    if on_first_paint is not None:  # first: told as soon as the frame is on screen
        window.first_painted.connect(on_first_paint)
    window.first_painted.connect(gc_pause.resume)
    window.first_painted.connect(lambda: set_window_icon(app))
    # the tray icon and the news of reminders missed while closed come with the window
    window.first_painted.connect(window.start_reminders)
    window.first_painted.connect(window.follow_other_writers)
    window.first_painted.connect(lambda: _schedule_daily_backup(app, window, path))
    window.first_painted.connect(_tell_unhandled_errors)
    window.first_painted.connect(_settle_currency)
    window.first_painted.connect(_forget_opened_documents)  # (copies of private documents)
    hook = sys.excepthook
    window.show()
    try:
        return app.exec()
    finally:
        sys.excepthook = hook
        close_database()
        lock.unlock()
        if window.restart_requested:  # (a language chosen): once the database is free
            from crm_desktop.ui.language_choice import restart_command

            subprocess.Popen(restart_command(sys.argv))
