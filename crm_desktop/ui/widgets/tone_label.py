"""A label written in a tone (an error, a warning), kept readable when the desktop turns
dark or light while it is shown: a dialog left open kept its first palette's colour.

The tone is the label's palette's text colour, not a style sheet: a widget with a style
sheet holds its palette and is no longer told of the application's new one."""

from __future__ import annotations

from PySide6.QtCore import QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.ui.tones import tone

_PALETTE_CHANGES = (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange)


class ToneLabel(QLabel):
    def __init__(self, tone_: str, parent: QWidget | None = None):
        super().__init__(parent)
        self._tone = tone_
        self.setWordWrap(True)
        self._recolour()

    def colour_name(self) -> str:
        """The text's colour now, as #rrggbb."""
        return self.palette().color(QPalette.ColorRole.WindowText).name()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802 (Qt's)
        super().changeEvent(event)
        if event.type() in _PALETTE_CHANGES:
            self._recolour()

    def _recolour(self) -> None:
        palette = self.palette()
        wanted = tone(self._tone, palette)  # (light or dark by the inherited window colour)
        if palette.color(QPalette.ColorRole.WindowText) != wanted:  # (else a change again)
            palette.setColor(QPalette.ColorRole.WindowText, wanted)
            self.setPalette(palette)
