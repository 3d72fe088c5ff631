"""The contacts workspace: search box, people/companies switch and the lazy table."""

from __future__ import annotations

from PySide6.QtCore import QSettings, Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLineEdit,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.ui.models.contact_table import ContactTableModel
from crm_desktop.ui.window_state import restore

SEARCH_DEBOUNCE_MS = 150
HEADER_STATE_KEY = "contacts/header"


class ContactsView(QWidget):
    """Emits `counts_changed(shown, total)` whenever the rows on screen change."""

    counts_changed = Signal(int, int)

    def __init__(self, settings: QSettings, parent: QWidget | None = None):
        super().__init__(parent)
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search names, companies, e-mails, phones…"))
        self.search_box.setClearButtonEnabled(True)
        self.kind_box = QComboBox(self)
        self.kind_box.addItem(self.tr("People and companies"), None)
        self.kind_box.addItem(self.tr("People"), "person")
        self.kind_box.addItem(self.tr("Companies"), "company")

        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.verticalHeader().setVisible(False)
        # fixed row height: Qt then never measures rows, which keeps a million rows cheap
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        header.setDefaultSectionSize(170)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)
        self._restore_state(settings)  # before sorting is on: the first query is the last
        self.table.setSortingEnabled(True)  # runs the first query (saved sort, else name)

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.kind_box)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        layout.addLayout(top)
        layout.addWidget(self.table)

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(self._debounce.start)
        self.kind_box.currentIndexChanged.connect(self.apply_filter)
        self.model.modelReset.connect(self._emit_counts)
        self.model.layoutChanged.connect(self._emit_counts)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(
            ContactFilter(search=self.search_box.text(), kind=self.kind_box.currentData())
        )

    def _emit_counts(self) -> None:
        shown = self.model.rowCount()
        unfiltered = self.model.contact_filter == ContactFilter()
        self.counts_changed.emit(shown, shown if unfiltered else contact_query.total_contacts())

    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())

    def _restore_state(self, settings: QSettings) -> None:
        restore(settings, HEADER_STATE_KEY, self.table.horizontalHeader().restoreState)
