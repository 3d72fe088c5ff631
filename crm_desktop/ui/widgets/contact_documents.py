"""The Documents tab of a record, or of a deal's details: what is kept with the contact (a
signed contract, a price list sent, a scanned business card), or about the deal. Added with
"Add…" or dropped from the desktop, opened by the program the system has for them, saved
elsewhere, removed (Undo brings them back). A record's list names each document's deal.

Adding and removing are emitted for the contacts view to push as undoable steps."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, Qt, QUrl, Signal
from PySide6.QtGui import (
    QDesktopServices,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.paths import opened_files_dir
from crm_desktop.services import contact_files
from crm_desktop.ui import recent_folders
from crm_desktop.ui.display_text import count, decimal, left_to_right, local_minutes
from crm_desktop.ui.messages import error_text

ID_ROLE = Qt.ItemDataRole.UserRole


def _dropped(event: QDragEnterEvent | QDropEvent) -> list[str]:
    """The local paths dragged (files and folders)."""
    urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
    return [u.toLocalFile() for u in urls if u.isLocalFile()]


class ContactDocuments(QWidget):
    add_requested = Signal(int, object, list)  # (contact, deal or None, paths of the files)
    remove_requested = Signal(list)  # the documents' ids

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id: int | None = None
        self.deal_id: int | None = None  # a deal's documents only (its details)
        self.list = QTreeWidget(self)
        self.list.setHeaderLabels([self.tr("Document"), self.tr("Size"), self.tr("Added"),
                                   self.tr("Deal")])
        self.list.setRootIsDecorated(False)
        header = self.list.header()  # the name takes the room; size and day what they need
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.setToolTip(self.tr("Double-click a document to open it; drop files here to "
                                     "keep them with the contact"))
        self.list.itemDoubleClicked.connect(lambda _item, _col: self.open_selected())
        self.list.itemSelectionChanged.connect(self._enable)
        self.add_button = QPushButton(self.tr("Add…"), self)
        self.open_button = QPushButton(self.tr("Open"), self)
        self.save_button = QPushButton(self.tr("Save a copy…"), self)
        self.remove_button = QPushButton(self.tr("Remove"), self)
        self.add_button.clicked.connect(self.add)
        self.open_button.clicked.connect(self.open_selected)
        self.save_button.clicked.connect(self.save_selected)
        self.remove_button.clicked.connect(self.remove_selected)
        self.list.installEventFilter(self)  # Delete removes (the table's Delete trashes)
        row = QHBoxLayout()
        for button in (self.add_button, self.open_button, self.save_button,
                       self.remove_button):
            row.addWidget(button)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 4, 0, 0)
        layout.addLayout(row)
        layout.addWidget(self.list)
        self.setAcceptDrops(True)  # (the list takes none: drops come through to here)
        self._enable()

    # showing -----------------------------------------------------------------------------
    def show_contact(self, contact_id: int | None, deal_id: int | None = None) -> None:
        """The contact's documents; with `deal_id`, those about that deal of theirs."""
        self.contact_id, self.deal_id = contact_id, deal_id
        self.list.clear()
        documents = (contact_files.files_of(contact_id, deal_id=deal_id)
                     if contact_id is not None else [])
        # the Deal column only where a document is about a deal (the name needs the room)
        self.list.setColumnHidden(3, deal_id is not None
                                  or not any(f.deal_id for f in documents))
        for f in documents:
            item = QTreeWidgetItem([f.name, self._size(f.size), local_minutes(f.added_at),
                                    f.deal_title or ""])
            item.setData(0, ID_ROLE, f.id)
            item.setToolTip(0, f.name)
            self.list.addTopLevelItem(item)
        self._enable()

    def _size(self, size: int) -> str:
        """As file managers write it: 1 KB at least, MB from a megabyte on."""
        if size < 1024 * 1024:
            return self.tr("{0} KB").format(count(max(1, -(-size // 1024))))
        return self.tr("{0} MB").format(decimal(size / (1024 * 1024)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt's)
        if (watched is self.list and event.type() == QEvent.Type.KeyPress
                and isinstance(event, QKeyEvent) and event.key() == Qt.Key.Key_Delete):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def selected_ids(self) -> list[int]:
        return [item.data(0, ID_ROLE) for item in self.list.selectedItems()]

    def _enable(self) -> None:
        chosen = len(self.selected_ids())
        self.add_button.setEnabled(self.contact_id is not None)
        self.open_button.setEnabled(chosen == 1)
        self.save_button.setEnabled(chosen == 1)
        self.remove_button.setEnabled(chosen > 0)

    # adding ------------------------------------------------------------------------------
    def add(self) -> None:
        if self.contact_id is None:
            return
        paths, _ = QFileDialog.getOpenFileNames(
            self, self.tr("Keep documents with the contact"), recent_folders.suggest("documents"))
        if paths:
            recent_folders.remember("documents", paths[0])
            self.add_requested.emit(self.contact_id, self.deal_id, paths)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 (Qt's)
        # (with no record open, the window's import takes the drop)
        if self.contact_id is not None and _dropped(event):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:  # noqa: N802 (Qt's)
        event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 (Qt's)
        dropped = _dropped(event)
        if self.contact_id is None or not dropped:
            return
        event.acceptProposedAction()
        files = [p for p in dropped if not Path(p).is_dir()]
        if files:  # (one gone meanwhile is named by the service)
            self.add_requested.emit(self.contact_id, self.deal_id, files)
        if len(files) < len(dropped):
            folder = next(p for p in dropped if Path(p).is_dir())
            QMessageBox.information(
                self, self.tr("Documents"),
                self.tr("{0} is a folder: a contact keeps files. Drop the files in it.")
                .format(left_to_right(Path(folder).name)))

    # using -------------------------------------------------------------------------------
    def open_selected(self) -> None:
        """The document opened by the program the system has for it, from a private copy."""
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        try:
            path = contact_files.copy_to_open(ids[0], opened_files_dir())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Open"), error_text(exc))
            return
        if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
            QMessageBox.information(
                self, self.tr("Open"),
                self.tr("No program here opens {0}. Save a copy… puts it where another "
                        "computer or program can take it.").format(left_to_right(path.name)))

    def save_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 1:
            return
        name = self.list.selectedItems()[0].text(0)
        target, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save a copy"),
            recent_folders.suggest("documents", contact_files.safe_name(name)))
        if not target:
            return
        recent_folders.remember("documents", target)
        try:
            contact_files.save_copy(ids[0], Path(target))
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Save a copy"), error_text(exc))

    def remove_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.remove_requested.emit(ids)
