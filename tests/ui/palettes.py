"""A dark palette, as Qt gets one from Windows or macOS in dark mode or a dark theme."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

DARK = {QPalette.ColorRole.Window: "#2b2b2b", QPalette.ColorRole.WindowText: "#e6e6e6",
        QPalette.ColorRole.Base: "#1e1e1e", QPalette.ColorRole.AlternateBase: "#262626",
        QPalette.ColorRole.Text: "#e6e6e6", QPalette.ColorRole.Button: "#353535",
        QPalette.ColorRole.ButtonText: "#e6e6e6"}


@contextmanager
def dark_palette() -> Iterator[QPalette]:
    """The application's palette made dark for the block, then put back."""
    app = QApplication.instance()
    before = app.palette()
    palette = QPalette(before)
    for role, colour in DARK.items():
        palette.setColor(role, QColor(colour))
    app.setPalette(palette)
    app.processEvents()  # (the widgets told, as after a change of the desktop's)
    try:
        yield palette
    finally:
        app.setPalette(before)
        app.processEvents()
