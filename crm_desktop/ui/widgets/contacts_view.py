"""The contacts workspace: search, filters, the lazy table, the detail panel and the actions
on contacts (new, open, delete to Trash, restore, tag, segment, merge, export).

Every change goes through the undo stack.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import date, datetime
from typing import TYPE_CHECKING

# dialogs through the module: PySide makes their classes on first use, not at start-up
from PySide6 import QtWidgets
from PySide6.QtCore import (
    QItemSelection,
    QItemSelectionModel,
    QPoint,
    QSettings,
    Qt,
    QTimer,
    QUrl,
    Signal,
)
from PySide6.QtGui import QAction, QKeySequence, QUndoCommand, QUndoStack
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMenu,
    QSplitter,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.ui.messages import error_text
from crm_desktop.ui.models.contact_table import (
    COLUMNS,
    ID_ROLE,
    OPTIONAL_COLUMNS,
    ContactTableModel,
)
from crm_desktop.ui.widgets.saved_views_button import SavedViewsButton
from crm_desktop.ui.window_state import restore

if TYPE_CHECKING:
    from crm_desktop.services.mail_addresses import Addresses
    from crm_desktop.services.saved_views import SavedView
    from crm_desktop.ui.widgets.contact_detail import ContactDetail
    from crm_desktop.ui.widgets.contact_filters import FilterBar
    from crm_desktop.ui.widgets.empty_hint import EmptyHint

SEARCH_DEBOUNCE_MS = 150
# rows kept selected across a change when no more than these: found again by one scan of
# the view's ids (a select-all is kept as such, at any size)
RESELECT_AT_MOST = 10_000
HEADER_STATE_KEY = "contacts/header"
# the columns there were when the header was saved: a column added since is put in the
# layout as a new window has it (a saved layout gives it no width and shows it)
HEADER_COLUMNS_KEY = "contacts/header_columns"
SPLITTER_STATE_KEY = "contacts/splitter"
FILTERS_SHOWN_KEY = "contacts/filters_shown"
# first-start widths: name, company, e-mail and phone fit beside the detail panel
COLUMN_WIDTHS = {"name": 150, "company": 140, "email": 200, "phone": 140, "city": 110,
                 "tags": 110, "last_contact": 100, "status": 100, "segment": 110,
                 "industry": 120, "country": 110, "lead_source": 110}


def _undo():
    """The undo commands, imported on first use: start-up does not need them."""
    from crm_desktop.ui import undo_commands

    return undo_commands


VIEWS = (("all", None), ("people", "person"), ("companies", "company"), ("trash", None))


class ContactsView(QWidget):
    """Emits `counts_changed(shown, total)` whenever the rows on screen change, and
    `data_changed()` after any change it made (other views refresh then)."""

    counts_changed = Signal(int, int)
    data_changed = Signal()
    import_requested = Signal()  # from the empty table's "Import a file…"
    business_requested = Signal()  # and "Your business…": a new owner's first settings
    deal_requested = Signal(int)  # a deal double-clicked in the open record
    contact_requested = Signal(int)  # a contact person double-clicked there
    told = Signal(str)  # what a step did, for the status bar (addresses copied, ...)

    def __init__(self, settings: QSettings, undo_stack: QUndoStack,
                 clock: Callable[[], datetime], parent: QWidget | None = None):
        super().__init__(parent)
        self.undo_stack = undo_stack
        self._clock = clock
        self.search_box = QLineEdit(self)
        self.search_box.setPlaceholderText(self.tr("Search names, companies, e-mails, phones…"))
        self.search_box.setClearButtonEnabled(True)
        self.view_box = QComboBox(self)
        for label in (self.tr("People and companies"), self.tr("People"),
                      self.tr("Companies"), self.tr("Trash")):
            self.view_box.addItem(label)
        self.filters_button = QToolButton(self)
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setCheckable(True)
        self._filters: FilterBar | None = None  # built when first shown
        self.views_button = SavedViewsButton(self.current_view, self.open_view,
                                             lambda: not self.in_trash, self)

        self.model = ContactTableModel(self)
        self.table = QTableView(self)
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        # Return/Enter or a double-click, as the platform activates items
        self.table.activated.connect(lambda _: self.open_current())
        self.table.verticalHeader().setVisible(False)
        # fixed row height: Qt then never measures rows, which keeps a million rows cheap
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.verticalHeader().setDefaultSectionSize(
            self.table.fontMetrics().height() + 10)
        header = self.table.horizontalHeader()
        header.setSectionsMovable(True)
        header.setStretchLastSection(True)
        for column, (key, _) in enumerate(COLUMNS):  # a saved layout wins (restored below)
            header.resizeSection(column, COLUMN_WIDTHS.get(key, 120))
            header.setSectionHidden(column, key in OPTIONAL_COLUMNS)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._column_menu)
        header.setSortIndicator(0, Qt.SortOrder.AscendingOrder)

        # the detail panel is built when the first contact is shown (its six lists and tabs
        # cost start-up time and show nothing until then)
        self._detail: ContactDetail | None = None
        self._empty: EmptyHint | None = None  # over the table when it has no rows
        self._no_detail = QLabel(self.tr("<i>Select a contact to see the whole record.</i>"),
                                 self)
        self._no_detail.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeading)
        self._no_detail.setContentsMargins(12, 12, 12, 12)
        self._no_detail.setWordWrap(True)  # in a narrow window the table keeps the room
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self._no_detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([840, 340])  # the table first; a saved layout wins

        top = QHBoxLayout()
        top.addWidget(self.search_box, 1)
        top.addWidget(self.view_box)
        top.addWidget(self.filters_button)
        top.addWidget(self.views_button)
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(6, 6, 6, 6)
        self._layout.addLayout(top)
        self._layout.addWidget(self.splitter, 1)

        self._restore_state(settings)  # before sorting is on: the first query is the last
        self.table.setSortingEnabled(True)  # runs the first query (saved sort, else name)
        self._show_filters(self.filters_button.isChecked())

        self._debounce = QTimer(self)
        self._debounce.setSingleShot(True)
        self._debounce.setInterval(SEARCH_DEBOUNCE_MS)
        self._debounce.timeout.connect(self.apply_filter)
        self.search_box.textChanged.connect(self._debounce.start)
        self.view_box.currentIndexChanged.connect(self.apply_filter)
        self.filters_button.toggled.connect(self._show_filters)
        self.model.modelReset.connect(self._emit_counts)
        self.model.layoutChanged.connect(self._emit_counts)
        self.table.selectionModel().currentRowChanged.connect(self._show_current)
        self._add_shortcuts()
        self._say_why_empty()

    # the query ---------------------------------------------------------------------------
    @property
    def in_trash(self) -> bool:
        return VIEWS[self.view_box.currentIndex()][0] == "trash"

    def current_filter(self) -> ContactFilter:
        _, kind = VIEWS[self.view_box.currentIndex()]
        base = ContactFilter(search=self.search_box.text(), kind=kind, trash=self.in_trash)
        return self._filters.apply_to(base) if self._filters is not None else base

    @property
    def filters(self) -> FilterBar:
        """The filter bar, built when first wanted: most starts keep it hidden, and its
        dozen fields cost ~2 ms of start-up."""
        if self._filters is None:
            from crm_desktop.ui.widgets.contact_filters import FilterBar

            self._filters = FilterBar(self._clock, self)
            self._filters.setVisible(False)
            self._filters.changed.connect(self.apply_filter)
            self._layout.insertWidget(1, self._filters)  # under the search line
        return self._filters

    def current_view(self, name: str) -> SavedView:
        """The search, filters, order and columns on screen, as a view named `name`."""
        from crm_desktop.services.saved_views import SavedView

        _, kind = VIEWS[self.view_box.currentIndex()]
        chosen = self._filters.chosen() if self._filters is not None else {}
        sort, descending = self.model.sort_key
        return SavedView(name, search=self.search_box.text().strip(), kind=kind, **chosen,
                         sort=sort, descending=descending,
                         columns=tuple(self.visible_columns()))

    def shown_view_name(self) -> str | None:
        """The name of the saved view the screen shows as it was saved, if any."""
        from crm_desktop.services.saved_views import same_contacts, saved_views

        return next((v.name for v in saved_views()
                     if same_contacts(self.current_view(v.name), v)), None)

    def open_view(self, view: SavedView) -> None:
        """Show what the saved view shows, its filters set in the bar where they can be
        seen and changed."""
        from crm_desktop.services.saved_views import FILTER_KEYS

        self._debounce.stop()
        for widget in (self.search_box, self.view_box):
            widget.blockSignals(True)
        self.search_box.setText(view.search)
        self.view_box.setCurrentIndex(
            next(i for i, (_, kind) in enumerate(VIEWS) if kind == view.kind))
        for widget in (self.search_box, self.view_box):
            widget.blockSignals(False)
        if view.columns is not None:
            self.show_columns(view.columns)
        self._sort_quietly(view.sort, view.descending)  # (the filter's reload reads it)
        chosen = {key: getattr(view, key) for key in FILTER_KEYS}
        if any(chosen.values()) or self._filters is not None:
            if any(chosen.values()):
                self.filters_button.setChecked(True)
            self.filters.choose_all(chosen)  # (applies the whole view, once)
        else:
            self.apply_filter()

    def _show_filters(self, shown: bool) -> None:
        if shown or self._filters is not None:
            self.filters.setVisible(shown)

    def apply_filter(self) -> None:
        self._debounce.stop()
        self.model.set_filter(self.current_filter())
        self._show_detail(None)

    def show_all(self) -> None:
        """Every contact: no search, no filter, people and companies."""
        self.search_box.clear()
        if self._filters is not None:
            self._filters.clear()
        self.view_box.setCurrentIndex(0)
        self.apply_filter()

    def _say_why_empty(self) -> None:
        if self._empty is None and self.model.rowCount():
            return  # the usual case: nothing to say, nothing to load
        from crm_desktop.ui.widgets.empty_hint import say_over

        self._empty = say_over(self.table, self._empty, self._why_empty())

    def _why_empty(self) -> tuple[str, list] | None:
        if self.model.rowCount():
            return None
        flt = self.model.contact_filter
        if flt.trash:
            return self.tr("The Trash is empty."), []
        if flt.narrowed:
            return (self.tr("No contact matches the search or the filters."),
                    [(self.tr("Show all contacts"), self.show_all)])
        return (self.tr("<b>No contacts yet.</b><br><br>Bring them in from a spreadsheet or "
                        "a phone's address book (CSV, Excel, OpenDocument, vCard), or add the "
                        "first one by hand. A file dropped on this window is imported too."),
                [(self.tr("Import a file…"), self.import_requested.emit),
                 (self.tr("New contact…"), self.new_contact),
                 (self.tr("Your business…"), self.business_requested.emit)])

    def _emit_counts(self) -> None:
        self._say_why_empty()
        shown = self.model.rowCount()
        narrowed = self.model.contact_filter.narrowed or self.model.contact_filter.trash
        self.counts_changed.emit(shown, contact_query.total_contacts() if narrowed else shown)

    # selection ---------------------------------------------------------------------------
    def selected_ids(self) -> list[int]:
        """The selected contacts in table order. Read range by range: select-all over a
        million rows is one range, not a million indexes."""
        ranges = sorted((r.top(), r.bottom()) for r in self.table.selectionModel().selection())
        ids: list[int] = []
        end = -1  # last row taken (ranges of several columns of one row overlap)
        for top, bottom in ranges:
            if bottom > end:
                ids += self.model.contact_ids(max(top, end + 1), bottom)
                end = bottom
        return ids

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def _show_current(self) -> None:
        self._show_detail(self.current_id())

    @property
    def detail(self) -> ContactDetail:
        """The detail panel, built on first use in place of the hint beside the table."""
        if self._detail is None:
            from crm_desktop.ui.widgets.contact_detail import ContactDetail

            self._detail = ContactDetail(lambda: self._clock().astimezone().date(), self)
            self._detail.edit_requested.connect(self.open_contact)
            self._detail.history_changed.connect(lambda _: self._after_change())
            self._detail.entry_edited.connect(self.correct_entry)
            self._detail.entry_deleted.connect(lambda kind, entry_id: self._push(
                _undo().DeleteEntryCommand(kind, entry_id, self._after_change)))
            self._detail.part_paid.connect(self.pay_part)
            self._detail.deal_opened.connect(self.deal_requested)
            self._detail.contact_opened.connect(self.contact_requested)
            self._detail.reminder_requested.connect(self.new_reminder_for)
            self._detail.reminder_opened.connect(self.edit_reminder)
            self._detail.documents.add_requested.connect(self.add_documents)
            self._detail.documents.remove_requested.connect(self.remove_documents)
            self.splitter.replaceWidget(1, self._detail)
            self._no_detail.deleteLater()
        return self._detail

    def correct_entry(self, kind: str, entry_id: int, values: dict) -> None:
        """An interaction, payment or offer corrected as one step of Undo (a record's or a
        deal's), the record shown again after it and after its undo."""
        self._push(_undo().EditEntryCommand(kind, entry_id, values, self._after_change))

    def add_documents(self, contact_id: int, deal_id: int | None, paths: list[str]) -> None:
        """Files kept with the contact (about one of their deals, if `deal_id`) as one step
        of Undo; one that cannot be kept (too big, unreadable) is told by name and none is
        added."""
        self._push(_undo().AddFilesCommand(contact_id, paths, self._after_change, self,
                                           deal_id=deal_id))

    def remove_documents(self, file_ids: list[int]) -> None:
        """Documents taken off their contact, as one step of Undo."""
        self._push(_undo().RemoveFilesCommand(file_ids, self._after_change, self))

    def pay_part(self, payment_id: int, amount: str, day: date) -> None:
        """Part of an open invoice paid, as one step of Undo."""
        self._push(_undo().PayPartCommand(payment_id, amount, day, self._after_change))

    def _push(self, command: QUndoCommand) -> None:
        title = command.text()  # (a command that failed is gone once push returns)
        try:
            self.undo_stack.push(command)
        except CrmError as exc:  # not written (the database busy, the entry gone, refused)
            QtWidgets.QMessageBox.warning(self, title, error_text(exc))

    def detail_shown(self) -> bool:
        """Whether a record is open beside the table."""
        return self._detail is not None and self._detail.contact_id is not None

    def _show_detail(self, contact_id: int | None) -> None:
        if contact_id is not None or self._detail is not None:
            self.detail.show_contact(contact_id)

    def select_contact(self, contact_id: int) -> bool:
        row = self.model.row_of(contact_id)
        if row < 0:
            return False
        # not QTableView.selectRow: in a right-to-left window whose columns are wider than
        # the table it finds no column at the viewport's edge and selects nothing
        index = self.model.index(row, 0)
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.table.scrollTo(index)
        return True

    # actions -----------------------------------------------------------------------------
    def _add_shortcuts(self) -> None:
        delete = QAction(self.tr("Move to Trash"), self.table)
        delete.setShortcut(QKeySequence(QKeySequence.StandardKey.Delete))
        delete.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        delete.triggered.connect(self.delete_selected)
        self.table.addAction(delete)

    def refresh(self) -> None:
        """After the data changed elsewhere (an import, its undo, a restore): the rows, the
        open record (shown again as it is now, or closed if it is gone), the other views."""
        self._after_change()

    def _after_change(self) -> None:
        """Called after every change, undo and redo."""
        self._reload_keeping_selection()
        self.data_changed.emit()

    def reread(self) -> None:
        """The rows and the open record read again after a change made in another view (a
        deal won makes a customer) or by another program; the contact shown stays shown
        and selected. The other views are left to the caller."""
        self._reload_keeping_selection()

    def _reload_keeping_selection(self) -> None:
        """The rows again, and the open record. The rows selected stay selected (a tag
        added to fifty contacts, then their segment set), when they are few enough to find
        again cheaply, or all of them."""
        keep = self.current_id()
        picked = sum(r.bottom() - r.top() + 1 for r in self.table.selectionModel().selection())
        every = 1 < picked >= self.model.rowCount()
        selected = (set(self.selected_ids()) if 1 < picked <= RESELECT_AT_MOST and not every
                    else None)
        self.model.reload()
        if self._filters is not None:
            self._filters.reload_choices()
        if keep is None or not self.select_contact(keep):
            self._show_detail(None)
        else:
            self._show_detail(keep)
        if every:
            self.table.selectAll()
        elif selected:
            self._select_rows(self.model.rows_of(selected))

    def _select_rows(self, rows: list[int]) -> None:
        """Select these rows (sorted) as ranges, keeping the current row."""
        selection = QItemSelection()
        start = previous = None
        for row in [*rows, None]:
            if row is not None and previous is not None and row == previous + 1:
                previous = row
                continue
            if start is not None:
                selection.select(self.model.index(start, 0), self.model.index(previous, 0))
            start = previous = row
        self.table.selectionModel().select(
            selection, QItemSelectionModel.SelectionFlag.Select
            | QItemSelectionModel.SelectionFlag.Rows)

    def new_contact(self) -> None:
        self.open_contact(None)

    def open_current(self) -> None:
        cid = self.current_id()
        if cid is not None:
            self.open_contact(cid)

    def open_contact(self, contact_id: int | None) -> None:
        from crm_desktop.ui.dialogs.contact_editor import ContactEditor

        editor = ContactEditor(contact_id, self)
        while editor.exec():
            values, emails, phones, tags = editor.changes()
            if contact_id is not None and not values and (emails, phones, tags) == (
                    None, None, None):
                return  # saved unchanged: no step to undo
            command = _undo().SaveContactCommand(contact_id, values, emails, phones, tags,
                                                 self._after_change, region=editor.region)
            try:
                self.undo_stack.push(command)
            except CrmError as exc:  # not saved (the database busy): the editor comes back
                QtWidgets.QMessageBox.warning(self, editor.windowTitle(), error_text(exc))
                continue
            self.select_contact(command.contact_id)
            return
        if editor.open_instead is not None:  # the contact entered before, chosen instead
            self.show_contact_anywhere(editor.open_instead)

    def show_contact_anywhere(self, contact_id: int) -> None:
        """Select the contact, with every contact shown if the search or filters hid it."""
        if not self.select_contact(contact_id):
            self.show_all()
            self.select_contact(contact_id)

    def new_deal(self) -> None:
        from crm_desktop.ui.dialogs.deal_dialog import DealDialog

        if DealDialog(self.current_id(), self).exec():
            self._after_change()

    def log_interaction(self) -> bool:
        """A call, e-mail or meeting with the selected contact, and its follow-up; with
        several selected, the same one with each (one step of Undo). False when no
        contact is selected."""
        from crm_desktop.ui.dialogs.history_dialogs import (
            InteractionDialog,
            ManyInteractionsDialog,
        )

        ids = self.selected_ids()
        if len(ids) > 1:
            dialog = ManyInteractionsDialog(len(ids), self)
            if dialog.exec() and dialog.logged is not None:
                self._push(_undo().LogInteractionsCommand(ids, dialog.logged,
                                                          self._after_change, self))
            return True
        contact_id = self.current_id()
        if contact_id is None:
            return False
        if InteractionDialog(contact_id, self).exec():
            self._after_change()
        return True

    def colour_tags(self) -> None:
        """The Tags column writes each tag in its colour from now on. Called once the first
        frame is up: the delegate needs QStyle, whose enums cost 5 ms to make, and the
        tags' colours can come a frame after the rows."""
        from crm_desktop.ui.widgets.tag_cell_delegate import TagCellDelegate

        column = [key for key, _ in COLUMNS].index("tags")
        if self.table.itemDelegateForColumn(column) is None:
            self.table.setItemDelegateForColumn(
                column, TagCellDelegate(self.model.tag_colours, self.table))
            self.table.viewport().update()

    def write_email(self) -> None:
        """One message to the selected contacts in the owner's mail program, each in Bcc.
        When no program opens it, or they are too many for a mail link, their addresses are
        copied to paste into it instead."""
        from PySide6.QtGui import QDesktopServices

        from crm_desktop.services.mail_addresses import addresses_of

        found = addresses_of(self.selected_ids())
        if not found.addresses:
            self.told.emit(self._no_addresses(found.without))
            return
        link = found.mailto()
        if link is not None and QDesktopServices.openUrl(QUrl(link)):
            return
        self._copy(found, self.tr("no program here writes e-mail") if link
                   else self.tr("too many for one mail link: paste them into Bcc"))

    def copy_emails(self) -> None:
        """The selected contacts' e-mail addresses on the clipboard, to paste into a
        message's Bcc (or a mailing program)."""
        from crm_desktop.services.mail_addresses import addresses_of

        found = addresses_of(self.selected_ids())
        if found.addresses:
            self._copy(found, "")
        else:
            self.told.emit(self._no_addresses(found.without))

    def _copy(self, found: Addresses, why: str) -> None:
        from PySide6.QtGui import QGuiApplication

        from crm_desktop.ui.display_text import count

        QGuiApplication.clipboard().setText(found.text())
        told = self.tr("E-mail addresses copied: {0}").format(count(len(found.addresses)))
        if why:
            told += f" ({why})"
        if found.without:
            told += ". " + self.tr("Without an address: {0}").format(count(found.without))
        self.told.emit(told)

    def _no_addresses(self, without: int) -> str:
        if without == 1:
            return self.tr("The contact selected has no e-mail address.")
        return self.tr("None of the contacts selected has an e-mail address.")

    def new_reminder(self) -> None:
        self.new_reminder_for(self.current_id())

    def new_reminder_for(self, contact_id: int | None) -> None:
        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if ReminderDialog(self._clock, contact_id, parent=self).exec():
            self._after_change()

    def edit_reminder(self, reminder_id: int) -> None:
        from crm_desktop.ui.dialogs.reminder_dialog import ReminderDialog

        if ReminderDialog(self._clock, parent=self, reminder_id=reminder_id).exec():
            self._after_change()

    def delete_selected(self) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if self.in_trash:
            self.restore_selected()
            return
        self.undo_stack.push(_undo().TrashCommand(ids, self._after_change, self))

    def restore_selected(self) -> None:
        ids = self.selected_ids()
        if ids:
            self.undo_stack.push(_undo().RestoreCommand(ids, self._after_change, self))

    def tag_selected(self, tag: str | None = None, add: bool = True) -> None:
        ids = self.selected_ids()
        if not ids:
            return
        if tag is None:
            tag, ok = QtWidgets.QInputDialog.getItem(
                self, self.tr("Add tag"), self.tr("Tag:"), contact_query.tag_names(), 0, True)
            if not ok or not tag.strip():
                return
        self.undo_stack.push(_undo().TagCommand(ids, tag.strip(), add, self._after_change,
                                                self))

    def rename_tag(self, old: str, new: str) -> None:
        """A tag renamed on every contact (merged into another of that name), one step of
        Undo."""
        self._push(_undo().RenameTagCommand(old, new, self._after_change, self._tag_renamed,
                                            self))

    def delete_tag(self, name: str) -> None:
        """A tag taken off every contact and forgotten, one step of Undo."""
        self._push(_undo().DeleteTagCommand(name, self._after_change, self))

    def set_tag_colour(self, name: str, colour: str | None) -> None:
        """A tag's colour (None: none), one step of Undo."""
        self._push(_undo().TagColourCommand(name, colour, self._after_change))

    def _tag_renamed(self, old: str, new: str) -> None:
        # a filter on the tag follows it, rather than falling back to every contact
        if self._filters is not None and self._filters.boxes["tag"].currentData() == old:
            self._filters.set_choice("tag", new)

    def show_tag(self, name: str) -> None:
        """The contacts that carry the tag, whatever was searched or filtered before."""
        self.show_all()
        self.filters_button.setChecked(True)
        self.filters.set_choice("tag", name)

    def set_field_selected(self, field: str, value: object) -> None:
        ids = self.selected_ids()
        if ids:  # (a value refused, say too long, is told; the stack keeps no step)
            self._push(_undo().SetFieldCommand(ids, field, value, self._after_change, self))

    def ask_field(self, field: str) -> None:
        """Set a classifying field (segment, industry, lead source) on the selected
        contacts: one of the values contacts have, or a new one; empty clears it."""
        title, label = {
            "segment": (self.tr("Set segment"), self.tr("Segment:")),
            "industry": (self.tr("Set industry"), self.tr("Industry:")),
            "lead_source": (self.tr("Set lead source"), self.tr("Lead source:")),
        }[field]
        value, ok = QtWidgets.QInputDialog.getItem(
            self, title, label, contact_query.filter_values(field), 0, True)
        if ok:
            self.set_field_selected(field, value.strip() or None)

    def ask_segment(self) -> None:
        self.ask_field("segment")

    def merge_selected(self) -> None:
        ids = self.selected_ids()
        if len(ids) != 2:
            QtWidgets.QMessageBox.information(self, self.tr("Merge"),
                                              self.tr("Select exactly two contacts to merge."))
            return
        self.merge_pair(*ids)

    def merge_pair(self, first: int, second: int) -> None:
        from crm_desktop.services import merge
        from crm_desktop.ui.dialogs.merge_dialog import MergeDialog
        from crm_desktop.ui.undo_commands import MergeCommand

        dialog = MergeDialog(first, second, self)
        if dialog.exec():
            survivor, other, values = dialog.result_values()
            try:
                merge.check_merge(survivor, other, values)
            except CrmError as exc:
                QtWidgets.QMessageBox.warning(self, self.tr("Merge two contacts"), error_text(exc))
                return
            self.undo_stack.push(MergeCommand(survivor, other, values, self._after_change))
            self.select_contact(survivor)

    def empty_trash(self) -> None:
        from crm_desktop.services.contact_files import in_the_trash
        from crm_desktop.ui.display_text import count

        n = contact_query.count(ContactFilter(trash=True))
        if n == 0:
            return
        documents = in_the_trash()  # (kept nowhere else: said before they go)
        question = (self.tr("Remove the {0} contacts in the Trash for good, with their history "
                            "and their {1} documents? This cannot be undone.").format(
                                count(n), count(documents)) if documents else
                    self.tr("Remove the {0} contacts in the Trash for good, with their "
                            "history? This cannot be undone.").format(count(n)))
        answer = QtWidgets.QMessageBox.warning(
            self, self.tr("Empty Trash"), question,
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.Cancel,
            QtWidgets.QMessageBox.StandardButton.Cancel)
        if answer == QtWidgets.QMessageBox.StandardButton.Yes:
            from crm_desktop.services.contacts import empty_trash
            from crm_desktop.ui.messages import error_text
            from crm_desktop.ui.workers import run_with_progress

            try:
                # off the GUI thread (20,000 contacts and their history: 1.8 s); one
                # statement, so it runs to its end or changes nothing
                run_with_progress(self, self.tr("Emptying the Trash"),
                                  lambda _: empty_trash(), cancellable=False)
            except CrmError as exc:
                QtWidgets.QMessageBox.critical(self, self.tr("Empty Trash"), error_text(exc))
                return
            self.undo_stack.clear()  # older commands may refer to removed contacts
            self._after_change()

    def _context_menu(self, pos: QPoint) -> None:
        if not self.table.indexAt(pos).isValid():
            menu = QMenu(self)
            menu.addAction(self.tr("New contact…"), self.new_contact)
            menu.exec(self.table.viewport().mapToGlobal(pos))
            return
        many = len(self.selected_ids())
        menu = QMenu(self)
        if self.in_trash:
            menu.addAction(self.tr("Restore"), self.restore_selected)
            menu.addAction(self.tr("Empty Trash…"), self.empty_trash)
        else:
            menu.addAction(self.tr("Open…"), self.open_current).setEnabled(many == 1)
            menu.addAction(self.tr("New deal…"), self.new_deal).setEnabled(many == 1)
            menu.addAction(self.tr("New reminder…"), self.new_reminder).setEnabled(many == 1)
            menu.addAction(self.tr("Log an interaction…"), self.log_interaction)
            menu.addAction(self.tr("Write an e-mail…"), self.write_email)
            menu.addAction(self.tr("Copy e-mail addresses"), self.copy_emails)
            menu.addAction(self.tr("Profile sheet (PDF)…"),
                           lambda: self.window().profile_report(self.current_id())
                           ).setEnabled(many == 1)
            menu.addSeparator()
            menu.addAction(self.tr("Add tag…"), self.tag_selected)
            remove = menu.addMenu(self.tr("Remove tag"))
            from crm_desktop.services.contacts import tags_of

            for tag in sorted({t for cid in self.selected_ids() for t in tags_of(cid)}):
                remove.addAction(tag, lambda t=tag: self.tag_selected(t, add=False))
            remove.setEnabled(not remove.isEmpty())
            menu.addAction(self.tr("Set segment…"), self.ask_segment)
            menu.addAction(self.tr("Set industry…"), lambda: self.ask_field("industry"))
            menu.addAction(self.tr("Set lead source…"), lambda: self.ask_field("lead_source"))
            status = menu.addMenu(self.tr("Status"))
            for label, key in ((self.tr("Lead"), "lead"), (self.tr("Customer"), "customer"),
                               (self.tr("Lost customer"), "lost")):
                status.addAction(label, lambda k=key: self.set_field_selected("status", k))
            vip = menu.addMenu(self.tr("VIP"))
            vip.addAction(self.tr("Mark as VIP"), lambda: self.set_field_selected("is_vip", True))
            vip.addAction(self.tr("Not VIP"), lambda: self.set_field_selected("is_vip", False))
            menu.addAction(self.tr("Merge…"), self.merge_selected).setEnabled(many == 2)
            menu.addSeparator()
            menu.addAction(self.tr("Move to Trash"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    def _column_menu(self, pos: QPoint) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(len(COLUMNS)):
            action = menu.addAction(self.model.headerData(column, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the name always shows
            action.toggled.connect(lambda on, c=column: header.setSectionHidden(c, not on))
        menu.exec(header.mapToGlobal(pos))

    def show_columns(self, keys: Sequence[str]) -> None:
        """Show these columns, in this order, and hide the others."""
        header = self.table.horizontalHeader()
        logical = {key: column for column, (key, _) in enumerate(COLUMNS)}
        for position, key in enumerate(keys):
            header.moveSection(header.visualIndex(logical[key]), position)
            header.setSectionHidden(logical[key], False)
        for key, column in logical.items():
            if key not in keys:
                header.setSectionHidden(column, True)

    def _sort_quietly(self, key: str, descending: bool) -> None:
        """The header's arrow and the model's order set, without a query of their own."""
        column = next(i for i, (k, _) in enumerate(COLUMNS) if k == key)
        header = self.table.horizontalHeader()
        header.blockSignals(True)
        header.setSortIndicator(column, Qt.SortOrder.DescendingOrder if descending
                                else Qt.SortOrder.AscendingOrder)
        header.blockSignals(False)
        self.model.set_sort_key(key, descending)

    def visible_columns(self) -> list[str]:
        """Column keys as shown (order and visibility), for exporting the view."""
        header = self.table.horizontalHeader()
        keys = []
        for visual in range(header.count()):
            logical = header.logicalIndex(visual)
            if not header.isSectionHidden(logical):
                keys.append(COLUMNS[logical][0])
        return keys

    # state -------------------------------------------------------------------------------
    def save_state(self, settings: QSettings) -> None:
        settings.setValue(HEADER_STATE_KEY, self.table.horizontalHeader().saveState())
        settings.setValue(HEADER_COLUMNS_KEY, [key for key, _ in COLUMNS])
        settings.setValue(SPLITTER_STATE_KEY, self.splitter.saveState())
        settings.setValue(FILTERS_SHOWN_KEY, self.filters_button.isChecked())

    def _restore_state(self, settings: QSettings) -> None:
        header = self.table.horizontalHeader()
        if restore(settings, HEADER_STATE_KEY, header.restoreState):
            # (saved before this setting was: the columns that were not optional)
            known = settings.value(HEADER_COLUMNS_KEY, None, type=list) or [
                key for key, _ in COLUMNS if key not in OPTIONAL_COLUMNS]
            for column, (key, _) in enumerate(COLUMNS):
                if key not in known:
                    header.resizeSection(column, COLUMN_WIDTHS.get(key, 120))
                    header.setSectionHidden(column, key in OPTIONAL_COLUMNS)
        restore(settings, SPLITTER_STATE_KEY, self.splitter.restoreState)
        # type=bool: the value is a bool before the file is written, "true" after
        self.filters_button.setChecked(settings.value(FILTERS_SHOWN_KEY, False, type=bool))
