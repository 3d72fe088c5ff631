"""View > Language: the window's language chosen in the window, kept for the next start.

An owner who reads Persian on a laptop set up in English had only `--lang fa` in a
terminal. The choice is stored with the window's state (`LANGUAGE_KEY`); `--lang` still
wins for one start. The window's texts are made once, so the new language comes with a
restart, which is offered.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Sequence

from PySide6.QtCore import QCoreApplication, QLocale, QSettings
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox

from crm_desktop.ui.application import LANGUAGE_KEY, stored_language

# each language named in itself: found by someone who cannot read the current one
LANGUAGES = (("en", "English"), ("fa", "فارسی"), ("ru", "Русский"))
translate = QCoreApplication.translate  # (a name pyside6-lupdate reads, with its context)


def fill_menu(menu: QMenu, settings: QSettings, window: QMainWindow,
              restart: Callable[[], None]) -> None:
    """The language actions, the stored choice checked; `restart()` closes the window to
    start it again."""
    group = QActionGroup(menu)
    chosen = stored_language(settings) or ""
    for code, name in (("", translate("LanguageChoice", "The computer's language")), *LANGUAGES):
        action = QAction(name, menu)
        action.setCheckable(True)
        action.setChecked(code == chosen)
        action.setData(code)
        group.addAction(action)
        menu.addAction(action)
    group.triggered.connect(lambda action: _choose(action, settings, window, restart))


def _choose(action: QAction, settings: QSettings, window: QMainWindow,
            restart: Callable[[], None]) -> None:
    settings.setValue(LANGUAGE_KEY, action.data())
    settings.sync()
    chosen = QLocale(action.data()) if action.data() else QLocale.system()
    if _spoken(chosen) == _spoken(QLocale()):
        return  # the window speaks it already: nothing to start again for
    answer = QMessageBox.question(
        window, translate("LanguageChoice", "Language"),
        translate("LanguageChoice", "The window will speak {0} from its next start. Start it again "
                             "now?").format(action.text()),
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No)
    if answer == QMessageBox.StandardButton.Yes:
        restart()


def _spoken(locale: QLocale) -> QLocale.Language:
    """The language a window in `locale` speaks (untranslated "C" is English)."""
    language = locale.language()
    return QLocale.Language.English if language == QLocale.Language.C else language


def restart_command(argv: Sequence[str]) -> list[str]:
    """The command that starts the window again as `argv` (sys.argv) did, without a
    `--lang` that would override the choice just made."""
    args, skip = [], False
    for arg in argv[1:]:
        if skip:
            skip = False
        elif arg == "--lang":
            skip = True
        elif not arg.startswith("--lang="):
            args.append(arg)
    return [sys.executable, "-m", "crm_desktop", *args]
