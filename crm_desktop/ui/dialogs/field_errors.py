"""Form rows that show their own error under the field (the services name the field)."""

from __future__ import annotations

from PySide6.QtWidgets import QFormLayout, QLabel, QWidget

from crm_desktop.ui.messages import message_text
from crm_desktop.ui.tones import ALARM
from crm_desktop.ui.widgets.tone_label import ToneLabel


def error_label(parent: QWidget) -> QLabel:
    """A wrapping label in the error colour, for a dialog's or a field's message."""
    label = ToneLabel(ALARM, parent)
    label.setObjectName("error")
    return label


class FieldErrors:
    """Adds labelled rows to a form, each with a hidden error label below it."""

    def __init__(self, form: QFormLayout, parent: QWidget):
        self._form = form
        self._parent = parent
        self._labels: dict[str, QLabel] = {}

    def add(self, key: str, label: str, widget: QWidget) -> None:
        self._form.addRow(label, widget)
        error = error_label(self._parent)
        error.hide()
        self._labels[key] = error
        self._form.addRow("", error)

    def show(self, found: dict[str, str]) -> None:
        """Show these errors by field; hide the others."""
        for key, label in self._labels.items():
            label.setText(message_text(found.get(key, "")))
            label.setVisible(key in found)

    def __getitem__(self, key: str) -> QLabel:
        return self._labels[key]
