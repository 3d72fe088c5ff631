"""Errors no slot caught, told to the owner in a message box.

Without this, PySide prints them to a terminal the owner never sees (the window was started
from the desktop) and the window goes on as if the change was saved. A dialog that was
saving stays open with what was typed: the error left its slot before `accept`.
"""

from __future__ import annotations

import sys
import traceback
from collections.abc import Callable
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop import APP_NAME
from crm_desktop.errors import CrmError
from crm_desktop.ui.messages import error_text

Hook = Callable[[type[BaseException], BaseException, TracebackType | None], object]


def error_box(exc: BaseException) -> QMessageBox:
    """The message box telling `exc`: what to do for an error the owner can act on (the
    database busy, a file gone), else that it is a fault, with its details to copy."""
    box = QMessageBox(QApplication.activeWindow())
    box.setWindowTitle(APP_NAME)
    if isinstance(exc, CrmError):
        box.setIcon(QMessageBox.Icon.Warning)
        box.setText(error_text(exc))
        return box
    box.setIcon(QMessageBox.Icon.Critical)
    box.setText(QCoreApplication.translate(
        "UnhandledError", "Something went wrong in crm-desktop, and what you were doing may "
        "not have been saved. What was saved before is safe."))
    box.setInformativeText(f"{type(exc).__name__}: {exc}")
    box.setDetailedText("".join(traceback.format_exception(exc)))
    return box


def install() -> Hook:
    """Tell the owner of every error no slot caught, from now on; returns the hook it
    replaced (which still prints the traceback of a fault)."""
    previous = sys.excepthook
    showing = False

    def hook(kind: type[BaseException], exc: BaseException,
             tb: TracebackType | None) -> None:
        nonlocal showing
        if not isinstance(exc, CrmError):
            previous(kind, exc, tb)
        if showing or not isinstance(exc, Exception) or QApplication.instance() is None:
            return  # (an error while the box is up, say in a repaint, is printed only)
        showing = True
        try:
            error_box(exc).exec()
        finally:
            showing = False

    sys.excepthook = hook
    return previous
