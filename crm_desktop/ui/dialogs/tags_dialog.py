"""Edit > Tags: every tag with the number of contacts that carry it; a tag renamed in place
(onto another tag's name: the two merged), deleted, or its contacts shown. Each change is
one step of the contacts' Undo."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt, QTimer
from PySide6.QtGui import QColor, QIcon, QKeySequence, QPixmap, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import tags
from crm_desktop.ui.display_text import count
from crm_desktop.ui.tones import tag_tone_name

NAME_ROLE = Qt.ItemDataRole.UserRole  # the tag's stored name, before any edit in the cell
COUNT_ROLE = Qt.ItemDataRole.UserRole + 1  # how many contacts carry it, as a number


class TagsDialog(QDialog):
    """`rename(old, new)`, `delete(name)`, `show(name)` and `colour(name, colour)` are the
    contacts view's: they push the Undo steps and show the contacts."""

    def __init__(self, rename: Callable[[str, str], None], delete: Callable[[str], None],
                 show: Callable[[str], None], parent: QWidget | None = None, *,
                 colour: Callable[[str, str | None], None] | None = None):
        super().__init__(parent)
        self._rename, self._delete, self._show = rename, delete, show
        self._colour = colour
        self.setWindowTitle(self.tr("Tags"))
        self.resize(460, 480)
        intro = QLabel(self.tr(
            "Double-click a tag to rename it on every contact. Give it the name of another "
            "tag and the two become one. Contacts in the Trash keep their tags too."), self)
        intro.setWordWrap(True)
        self.table = QTableWidget(0, 2, self)
        self.table.setHorizontalHeaderLabels([self.tr("Tag"), self.tr("Contacts")])
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.DoubleClicked
                                   | QAbstractItemView.EditTrigger.EditKeyPressed)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.empty = QLabel(self.tr("No tags yet. Tag contacts in their editor, or select "
                                    "several and choose Add tag… from the right-click menu."),
                            self)
        self.empty.setWordWrap(True)
        self.rename_button = QPushButton(self.tr("Rename"), self)
        self.rename_button.clicked.connect(self._edit_current)
        self.delete_button = QPushButton(self.tr("Delete…"), self)
        self.delete_button.clicked.connect(self.delete_current)
        self.show_button = QPushButton(self.tr("Show its contacts"), self)
        self.show_button.clicked.connect(self.show_current)
        # a colour the record writes the tag in
        self.colour_button = QPushButton(self.tr("Colour"), self)
        self.colour_button.setMenu(self._colour_menu())
        self.colour_button.setVisible(colour is not None)
        buttons = QHBoxLayout()
        for button in (self.rename_button, self.delete_button, self.show_button,
                       self.colour_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        close.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addLayout(buttons)
        layout.addWidget(close)
        delete_key = QShortcut(QKeySequence(QKeySequence.StandardKey.Delete), self.table)
        delete_key.activated.connect(self.delete_current)
        self.table.itemChanged.connect(self._edited)
        self.table.itemSelectionChanged.connect(self._enable)
        self.table.itemActivated.connect(self._activated)
        self.reload()

    def reload(self, *wanted: str) -> None:
        """The tags as they are now, the first of `wanted` that is one (else the row that
        was) selected."""
        uses = tags.tag_uses()
        names = {use.name for use in uses}
        current = next((name for name in (*wanted, self.current_name()) if name in names),
                       None)
        self.table.blockSignals(True)
        self.table.setRowCount(len(uses))
        for row, use in enumerate(uses):
            name = QTableWidgetItem(use.name)
            name.setData(NAME_ROLE, use.name)
            if use.colour:
                name.setForeground(QColor(tag_tone_name(use.colour)))
            number = QTableWidgetItem(count(use.contacts))
            number.setFlags(number.flags() & ~Qt.ItemFlag.ItemIsEditable)
            number.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            number.setData(COUNT_ROLE, use.contacts)
            self.table.setItem(row, 0, name)
            self.table.setItem(row, 1, number)
        self.table.blockSignals(False)
        rows = [use.name for use in uses]
        if uses:
            self.select_row(rows.index(current) if current in rows else 0)
        self.table.setVisible(bool(uses))
        self.empty.setVisible(not uses)
        self._enable()

    def select_row(self, row: int) -> None:
        # not selectRow: in a right-to-left dialog it finds no column at the viewport's
        # edge and selects nothing
        self.table.selectionModel().setCurrentIndex(
            self.table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def current_name(self) -> str | None:
        item = self.table.item(self.table.currentRow(), 0) if self.table.currentRow() >= 0 \
            else None
        return item.data(NAME_ROLE) if item is not None else None

    def _carriers(self, name: str) -> int:
        for row in range(self.table.rowCount()):
            if self.table.item(row, 0).data(NAME_ROLE) == name:
                return self.table.item(row, 1).data(COUNT_ROLE)
        return -1  # not a tag

    def _enable(self) -> None:
        chosen = self.current_name() is not None
        for button in (self.rename_button, self.delete_button, self.show_button,
                       self.colour_button):
            button.setEnabled(chosen)

    def _colour_menu(self) -> QMenu:
        menu = QMenu(self)
        names = {"red": self.tr("Red"), "orange": self.tr("Orange"), "green": self.tr("Green"),
                 "teal": self.tr("Teal"), "blue": self.tr("Blue"),
                 "purple": self.tr("Purple"), "grey": self.tr("Grey")}
        menu.addAction(self.tr("None"), lambda: self.set_colour(None))
        for key in tags.COLOURS:
            swatch = QPixmap(12, 12)
            swatch.fill(QColor(tag_tone_name(key)))
            menu.addAction(QIcon(swatch), names[key], lambda k=key: self.set_colour(k))
        return menu

    def set_colour(self, colour: str | None) -> None:
        name = self.current_name()
        if name is not None and self._colour is not None:
            self._colour(name, colour)
            self.reload(name)

    def _edit_current(self) -> None:
        item = self.table.item(self.table.currentRow(), 0)
        if item is not None:
            self.table.editItem(item)

    def _edited(self, item: QTableWidgetItem) -> None:
        old, new = item.data(NAME_ROLE), item.text().strip()
        if item.column() != 0 or new == old:
            return
        # after the cell's editor has let go of the item: the rename rebuilds the rows
        QTimer.singleShot(0, lambda: self.rename(old, new))

    def rename(self, old: str, new: str) -> None:
        """Rename `old`, asking first when `new` is another tag's name (a merge)."""
        into = self._carriers(new)
        if into >= 0 and QMessageBox.question(
                self, self.tr("Merge tags"),
                self.tr("“{0}” is a tag already ({1} contacts). Make “{2}” part of it?")
                .format(new, count(into), old)) != QMessageBox.StandardButton.Yes:
            self.reload(old)
            return
        self._rename(old, new)
        self.reload(new, old)  # (a refused name leaves the old one)

    def delete_current(self) -> None:
        name = self.current_name()
        if name is None:
            return
        carriers = self._carriers(name)
        if carriers > 0 and QMessageBox.question(
                self, self.tr("Delete tag"),
                self.tr("Take “{0}” off {1} contacts and delete it? Undo puts it back.")
                .format(name, count(carriers))) != QMessageBox.StandardButton.Yes:
            return
        row = self.table.currentRow()
        self._delete(name)
        self.reload()
        if self.table.rowCount():
            self.select_row(min(row, self.table.rowCount() - 1))

    def _activated(self, item: QTableWidgetItem) -> None:
        if item.column() == 1:  # (a double-click on the name edits it)
            self.show_current()

    def show_current(self) -> None:
        name = self.current_name()
        if name is not None:
            self._show(name)
            self.accept()

