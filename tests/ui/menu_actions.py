"""Driving menus in tests: every action of a menu, each dialog it opens closed again."""

from __future__ import annotations

from types import ModuleType

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QMenu


class ClosingDialogs:
    """While in use: every modal dialog is closed (rejected) as soon as it opens; `opened`
    names each one, and the message it showed in its own error label, if any."""

    def __init__(self) -> None:
        self.opened: list[str] = []
        self._timer = QTimer()
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self._close)

    def __enter__(self) -> ClosingDialogs:
        self._timer.start(30)
        return self

    def __exit__(self, *exc: object) -> None:
        self._timer.stop()

    def said(self) -> list[str]:
        return [entry for entry in self.opened if entry.startswith("said: ")]

    def _close(self) -> None:
        modal = QApplication.activeModalWidget()
        if isinstance(modal, QDialog):
            self.opened.append(type(modal).__name__)
            error = modal.findChild(QLabel, "error")
            if error is not None and error.text():
                self.opened.append(f"said: {error.text()}")
            modal.reject()
        self._timer.start(30)


def leaf_actions(*menus: QMenu) -> list[QAction]:
    """The actions of these menus and of their submenus (each filled as it opens)."""
    pending, found = list(menus), []
    while pending:
        menu = pending.pop(0)
        menu.aboutToShow.emit()
        for action in menu.actions():
            if action.menu() is not None:
                pending.append(action.menu())
            elif not action.isSeparator():
                found.append(action)
    return found


def menus_shown(monkeypatch: pytest.MonkeyPatch, module: ModuleType) -> list[QMenu]:
    """The menus `module` pops up from now on, recorded instead of shown (Qt's exec cannot
    be patched on QMenu itself)."""
    shown: list[QMenu] = []

    class Shown(QMenu):
        def exec(self, *args: object) -> None:
            shown.append(self)

    monkeypatch.setattr(module, "QMenu", Shown)
    return shown
