"""The buttons every editing dialog ends with: Save (or OK) and Cancel."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFormLayout, QVBoxLayout


def confirm_buttons(dialog: QDialog, on_confirm: Callable[[], object] | None = None, *,
                    save: bool = True) -> QDialogButtonBox:
    """Save (OK where nothing is saved yet, `save=False`) and Cancel. Save calls
    `on_confirm`, which accepts the dialog once its input is right (by default Save
    accepts it at once); Cancel and Esc reject it."""
    confirm = (QDialogButtonBox.StandardButton.Save if save
               else QDialogButtonBox.StandardButton.Ok)
    buttons = QDialogButtonBox(confirm | QDialogButtonBox.StandardButton.Cancel, dialog)
    buttons.accepted.connect(on_confirm or dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


def form_with_buttons(dialog: QDialog, form: QFormLayout,
                      on_confirm: Callable[[], object] | None = None, *,
                      save: bool = True) -> QDialogButtonBox:
    """The dialog laid out as its form over confirm_buttons."""
    buttons = confirm_buttons(dialog, on_confirm, save=save)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)
    return buttons
