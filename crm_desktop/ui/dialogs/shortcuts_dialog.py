"""Help > Keyboard shortcuts: every menu command that has a key, read from the menus
themselves (so the list cannot drift from them), and the keys that act in the lists."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMenuBar,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.ui.display_text import left_to_right


def menu_shortcuts(bar: QMenuBar) -> list[tuple[str, str]]:
    """(command, keys) of every action under the menu bar that has a shortcut, in menu
    order; the command named with its menu ("Edit › Undo")."""
    found: list[tuple[str, str]] = []

    def walk(actions: list[QAction], path: list[str]) -> None:
        for action in actions:
            name = action.text().replace("&", "").rstrip("…").strip()
            if action.menu() is not None:
                walk(action.menu().actions(), [*path, name])
            elif not action.isSeparator() and action.shortcuts():
                # as the keys are labelled (Ctrl, not a translation of it)
                keys = ", ".join(k.toString(QKeySequence.SequenceFormat.PortableText)
                                 for k in action.shortcuts())
                found.append((" › ".join([*path, name]), keys))

    walk(bar.actions(), [])
    return found


class ShortcutsDialog(QDialog):
    def __init__(self, bar: QMenuBar, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.resize(560, 520)
        # keys that act in a list rather than through a menu command
        in_lists = [
            (self.tr("Contacts › open the selected contact"), "Enter"),
            (self.tr("Contacts › move the selected contacts to the Trash"), "Del"),
            (self.tr("Funnel › open the selected deal"), "Enter"),
            (self.tr("Funnel › delete the selected deal"), "Del"),
            (self.tr("Funnel › move the selected deal to the next or previous stage"),
             "Ctrl+→, Ctrl+←"),
            (self.tr("A row's, a card's or a reminder's menu"), "Menu, Shift+F10"),
        ]
        rows = menu_shortcuts(bar) + in_lists
        self.table = QTableWidget(len(rows), 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Command"), self.tr("Keys")])
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.table.horizontalHeader().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        for row, (command, keys) in enumerate(rows):
            self.table.setItem(row, 0, QTableWidgetItem(command))
            # keys read left to right in a Persian window too ("Ctrl+Z", not "Z+Ctrl")
            self.table.setItem(row, 1, QTableWidgetItem(left_to_right(keys)))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
