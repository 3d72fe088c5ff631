"""'Find duplicates': probable pairs, most likely first; merge the one selected.

The search runs before the dialog opens (off the GUI thread: see MainWindow). After a merge
the list drops the pairs of the contact that went to the Trash instead of searching again.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contact_query
from crm_desktop.services.duplicates import DuplicatePair
from crm_desktop.stored_names import DUPLICATE_REASON_NAMES
from crm_desktop.ui.display_text import count
from crm_desktop.ui.labels import key_label

SHOWN = 1000


class DuplicatesDialog(QDialog):
    def __init__(self, pairs: list[DuplicatePair], merge: Callable[[int, int], None],
                 parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Probable duplicates"))
        self.resize(760, 480)
        self._merge = merge
        self.summary = QLabel(self)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Contact"), self.tr("Contact"), self.tr("Why"),
                                   self.tr("Score")])
        self.list.setRootIsDecorated(False)
        # the reasons take the room, the score a number's width
        header = self.list.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 1):
            self.list.setColumnWidth(column, 170)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.itemDoubleClicked.connect(lambda *_: self.merge_selected())
        self.merge_button = QPushButton(self.tr("Merge…"), self)
        self.merge_button.clicked.connect(self.merge_selected)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.addButton(self.merge_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.all_pairs = pairs
        self.show_pairs()

    def show_pairs(self) -> None:
        pairs = self.all_pairs
        self.pairs: list[DuplicatePair] = pairs[:SHOWN]
        ids = [i for p in self.pairs for i in (p.first, p.second)]
        rows = contact_query.rows_for(ids)
        self.list.clear()
        for pair in self.pairs:
            a, b = rows.get(pair.first), rows.get(pair.second)
            if a is None or b is None:
                continue
            why = ", ".join(key_label(DUPLICATE_REASON_NAMES, r) for r in pair.reasons)
            item = QTreeWidgetItem([a.name, b.name, why,
                                    f"{pair.score:.0f}"])
            item.setData(0, Qt.ItemDataRole.UserRole, (pair.first, pair.second))
            item.setToolTip(2, why)  # (the whole of it, where the column cuts it)
            self.list.addTopLevelItem(item)
        shown = self.list.topLevelItemCount()
        self.summary.setText(self.tr("{0} probable pairs").format(count(len(pairs)))
                             + (self.tr(" (showing the first {0})").format(shown)
                                if len(pairs) > shown else ""))
        if shown:
            self.list.setCurrentItem(self.list.topLevelItem(0))
        self.merge_button.setEnabled(bool(shown))

    def merge_selected(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        self._merge(*item.data(0, Qt.ItemDataRole.UserRole))
        gone = contact_query.in_trash([i for p in self.all_pairs for i in (p.first, p.second)])
        if gone:
            self.all_pairs = [p for p in self.all_pairs
                              if p.first not in gone and p.second not in gone]
            self.show_pairs()
