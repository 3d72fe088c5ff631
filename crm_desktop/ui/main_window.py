"""The main window: contacts and funnel tabs, the reminders dock, menus and status bar."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

# Message boxes and the tray icon are reached through the module: PySide makes a class on
# first use, and theirs (with their enums) are not needed for the first frame
from PySide6 import QtWidgets
from PySide6.QtCore import QEvent, QObject, QSettings, Qt, QThread, QTimer, Signal
from PySide6.QtGui import QAction, QActionGroup, QKeySequence, QUndoStack
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QTabWidget, QWidget

from crm_desktop import APP_NAME, __version__
from crm_desktop.db.models import database
from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.ui.display_text import count, left_to_right, local_minutes, set_calendar
from crm_desktop.ui.messages import error_text, message_text, report_wording
from crm_desktop.ui.widgets.contacts_view import ContactsView
from crm_desktop.ui.widgets.reminders_pane import RemindersPane
from crm_desktop.ui.window_state import restore

if TYPE_CHECKING:
    from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent, QShowEvent

    from crm_desktop.ui.widgets.funnel_board import FunnelBoard
    from crm_desktop.ui.workers import Background



def _save_file_name(*args: object) -> tuple[str, str]:
    """QFileDialog.getSaveFileName; the class is made on first use (2 ms of start-up)."""
    from PySide6.QtWidgets import QFileDialog

    return QFileDialog.getSaveFileName(*args)


GEOMETRY_KEY = "main_window/geometry"
STATE_KEY = "main_window/state"
TAB_KEY = "main_window/tab"
CALENDAR_KEY = "calendar"  # View > Calendar (ui.display_text.set_calendar)
OTHER_WRITERS_MS = 3000  # how soon another program's changes are shown
FUNNEL_TAB = 1
FIRST_SIZE = (1280, 780)  # the window at first start, on a screen large enough
FIRST_DOCK_WIDTH = 400  # the reminders dock at first start, on a screen wide enough


class _FirstPaint(QObject):
    """Emits the window's `first_painted` once its first frame is on screen, then steps
    aside (no cost for later paints)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, watched.first_painted.emit)  # once the frame is done
        return False


class MainWindow(QMainWindow):
    """Emits `first_painted()` once, after its first frame (start-up work waits for it)."""

    first_painted = Signal()

    def __init__(
        self,
        db_path: Path,
        settings: QSettings,
        clock: Callable[[], datetime],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.db_path = db_path
        self.settings = settings
        self.restart_requested = False  # set by restart(): run_gui starts the window again
        set_calendar(str(settings.value(CALENDAR_KEY, "")))  # before any date is shown
        self.setObjectName("MainWindow")
        self.setWindowTitle(self.tr("{0} — {1}").format(APP_NAME, db_path.name))
        # first start: a comfortable size that fits the screen (a saved geometry wins below)
        screen = self.screen().availableGeometry()
        self.resize(min(FIRST_SIZE[0], screen.width()), min(FIRST_SIZE[1], screen.height()))
        self.setAcceptDrops(True)  # a spreadsheet dropped on the window opens the import
        self._first_paint = _FirstPaint(self)
        self.installEventFilter(self._first_paint)

        self.clock = clock
        self.undo_stack = QUndoStack(self)
        self.checkpointing: Background | None = None  # after an import (see import_file)
        self.contacts = ContactsView(settings, self.undo_stack, clock, self)
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self.contacts, self.tr("Contacts"))
        # the board is built when its tab is first opened: start-up shows contacts only
        self._funnel: FunnelBoard | None = None
        self.tabs.addTab(QWidget(self), self.tr("Funnel"))
        self.tabs.currentChanged.connect(self._build_tab)
        self.setCentralWidget(self.tabs)

        self.reminders = RemindersPane(clock, self, self.undo_stack)
        self.reminders.notify.connect(self.show_notification)
        self.reminders.open_contact.connect(self.show_contact)
        self.reminders.open_deal.connect(self.open_deal)
        self.reminders.changed.connect(self._reminders_changed)
        self.tray: QtWidgets.QSystemTrayIcon | None = None
        self._seen_version = 0  # SQLite's data_version when the views last read (follow_...)
        self.reminders_dock = QDockWidget(self.tr("Reminders"), self)
        self.reminders_dock.setObjectName("RemindersDock")
        self.reminders_dock.setWidget(self.reminders)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.reminders_dock)

        self._contacts_status = QLabel(self)
        self._reminders_status = QLabel(self)
        self.statusBar().addWidget(self._contacts_status, 1)
        self.statusBar().addPermanentWidget(self._reminders_status)
        self.contacts.counts_changed.connect(self._show_contact_counts)
        self.contacts.data_changed.connect(self._data_changed)
        self.contacts.import_requested.connect(lambda: self.import_file())
        self.contacts.business_requested.connect(self.edit_business)
        self.contacts.deal_requested.connect(self.open_deal)
        self.contacts.contact_requested.connect(self.show_contact)
        self.contacts.told.connect(lambda text: self.statusBar().showMessage(text, 10000))
        # (after whatever else waits for the first frame)
        self.first_painted.connect(lambda: QTimer.singleShot(0, self.contacts.colour_tags))
        self.reminders.counts_changed.connect(self._show_reminder_counts)
        self._show_contact_counts(self.contacts.model.rowCount(), self.contacts.model.rowCount())
        self._show_reminder_counts(self.reminders.overdue_count(),
                                   self.reminders.model.open_count())

        self._build_menus()
        restore(settings, GEOMETRY_KEY, self.restoreGeometry)
        # first start (no saved layout): the dock's width is set when the window's own is
        # known, at show (a small screen shrinks the window)
        self._first_layout = not restore(settings, STATE_KEY, self.restoreState)
        tab = settings.value(TAB_KEY, 0)
        if isinstance(tab, (int, str)) and str(tab).isdigit():
            self.tabs.setCurrentIndex(int(tab))

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt's name)
        if self._first_layout:
            self._first_layout = False
            # room for the linked contact beside each reminder's title and time, but never
            # more than a third of a narrow window: the contacts come first
            self.resizeDocks([self.reminders_dock],
                             [min(FIRST_DOCK_WIDTH, self.width() // 3)],
                             Qt.Orientation.Horizontal)
        super().showEvent(event)

    @property
    def funnel(self) -> FunnelBoard:
        if self._funnel is None:
            from crm_desktop.ui.widgets.funnel_board import FunnelBoard

            self._funnel = FunnelBoard(self.undo_stack, self.clock, self)
            self._funnel.deal_opened.connect(self.open_deal)
            self._funnel.contact_opened.connect(self.show_contact)
            self._funnel.changed.connect(self._deals_changed)
            current = self.tabs.currentIndex()
            self.tabs.blockSignals(True)
            self.tabs.removeTab(FUNNEL_TAB)
            self.tabs.insertTab(FUNNEL_TAB, self._funnel, self.tr("Funnel"))
            self.tabs.setCurrentIndex(current)
            self.tabs.blockSignals(False)
        return self._funnel

    def _build_tab(self, index: int) -> None:
        if index == FUNNEL_TAB:
            self.funnel  # noqa: B018 (builds the board on first use)

    # menus -------------------------------------------------------------------------------
    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | str | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        # not connected directly: Qt would pass `checked` (False) to a slot with an optional
        # first parameter, and File > Import opened the wizard on a file named "False"
        action.triggered.connect(lambda: slot())
        return action

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        file_menu.addAction(self._action(self.tr("&Import contacts, deals or payments…"),
                                         self.import_file, "Ctrl+I"))
        file_menu.addAction(self._action(self.tr("&Undo last import…"), self.undo_last_import))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Export contacts in view…"),
                                         self.export_view, "Ctrl+E"))
        file_menu.addAction(self._action(self.tr("Export selected to &vCard…"),
                                         self.export_vcards))
        file_menu.addAction(self._action(self.tr("Export &deals…"), self.export_deals))
        file_menu.addAction(self._action(self.tr("Export &payments…"), self.export_payments))
        file_menu.addAction(self._action(self.tr("Export &interactions…"),
                                         self.export_interactions))
        file_menu.addAction(self._action(self.tr("Export reminders to &calendar…"),
                                         self.export_calendar))
        file_menu.addSeparator()
        file_menu.addAction(self._action(self.tr("&Back up database…"), self.backup_dialog))
        file_menu.addAction(self._action(self.tr("&Restore from backup…"),
                                         self.restore_dialog))
        file_menu.addAction(self._action(self.tr("&Automatic backups…"),
                                         self.automatic_backups_dialog))
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )

        edit_menu = self.menuBar().addMenu(self.tr("&Edit"))
        undo = self.undo_stack.createUndoAction(self, self.tr("&Undo"))
        undo.setShortcut(QKeySequence(QKeySequence.StandardKey.Undo))
        redo = self.undo_stack.createRedoAction(self, self.tr("&Redo"))
        redo.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        edit_menu.addAction(undo)
        edit_menu.addAction(redo)
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("&New contact…"), self._new_contact,
                                         QKeySequence.StandardKey.New))
        edit_menu.addAction(self._action(self.tr("New d&eal…"), self._new_deal, "Ctrl+D"))
        edit_menu.addAction(self._action(self.tr("New &reminder…"), self._new_reminder,
                                         "Ctrl+R"))
        edit_menu.addAction(self._action(self.tr("&Log an interaction…"), self.log_interaction,
                                         "Ctrl+L"))
        edit_menu.addAction(
            self._action(
                self.tr("&Find contacts"), self.focus_search, QKeySequence.StandardKey.Find
            )
        )
        edit_menu.addAction(self._action(self.tr("Find &duplicates…"), self.find_duplicates))
        edit_menu.addAction(self._action(self.tr("Ta&gs…"), self.edit_tags))
        edit_menu.addSeparator()
        edit_menu.addAction(self._action(self.tr("Empty &Trash…"), self.contacts.empty_trash))
        edit_menu.addAction(self._action(self.tr("Your &business…"), self.edit_business))
        edit_menu.addAction(self._action(self.tr("&Service levels and win-back…"),
                                         self.edit_service_levels))

        view_menu = self.menuBar().addMenu(self.tr("&View"))
        view_menu.addAction(
            self._action(self.tr("&Contacts"), lambda: self.tabs.setCurrentIndex(0), "Ctrl+1")
        )
        view_menu.addAction(
            self._action(self.tr("F&unnel"), lambda: self.tabs.setCurrentIndex(1), "Ctrl+2")
        )
        toggle = self.reminders_dock.toggleViewAction()
        toggle.setText(self.tr("&Reminders pane"))
        view_menu.addAction(toggle)
        view_menu.addSeparator()
        view_menu.addAction(
            self._action(self.tr("Re&fresh"), self.reload, QKeySequence.StandardKey.Refresh)
        )
        self._language_menu = view_menu.addMenu(self.tr("&Language"))
        self._language_menu.aboutToShow.connect(self._fill_language_menu)
        self._calendar_menu = view_menu.addMenu(self.tr("&Calendar"))
        self._calendar_menu.aboutToShow.connect(self._fill_calendar_menu)

        reports_menu = self.menuBar().addMenu(self.tr("&Reports"))
        reports_menu.addAction(self._action(self.tr("Customer &asset matrix…"),
                                            self.asset_matrix, "Ctrl+M"))
        # (the funnel and activity reports ask for their days before writing)
        for label, report in ((self.tr("&Funnel"), self.funnel_report),
                              (self.tr("A&ctivity"), self.activity_report),
                              (self.tr("&Unpaid invoices"), self.unpaid_report),
                              (self.tr("Customer &profile sheet"), self.profile_report),
                              (self.tr("Customer &statement of account"),
                               self.statement_report),
                              (self.tr("Contact &list of the view"),
                               self.contact_list_report)):
            sub = reports_menu.addMenu(label)
            sub.addAction(self._action(self.tr("Save as PDF…"), report))
            sub.addAction(self._action(self.tr("Print…"),
                                       lambda r=report: r(printing=True)))

        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&Keyboard shortcuts"), self.show_shortcuts,
                                         QKeySequence.StandardKey.HelpContents))
        help_menu.addAction(self._action(self.tr("&About crm-desktop"), self.about))

    # actions -----------------------------------------------------------------------------
    def show_shortcuts(self) -> None:
        from crm_desktop.ui.dialogs.shortcuts_dialog import ShortcutsDialog

        ShortcutsDialog(self.menuBar(), self).exec()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.search_box.setFocus()
        self.contacts.search_box.selectAll()

    # import ------------------------------------------------------------------------------
    def import_file(self, path: Path | None = None) -> None:
        from crm_desktop.ui.dialogs.import_wizard import ImportWizard

        wizard = ImportWizard(path, self)
        if wizard.exec() and wizard.result is not None:
            r = wizard.result
            self._checkpoint_in_background()
            self.contacts.refresh()  # (and the open record: changed, or gone)
            self.statusBar().showMessage(
                self.tr("Imported: {0} new, {1} updated, {2} skipped, {3} refused").format(
                    count(r.created), count(r.updated), count(r.skipped), count(r.rejected)),
                10000)

    def _checkpoint_in_background(self) -> None:
        """An import leaves the pages it wrote in the WAL (its commit does not wait to copy
        them into the database file): copied now, off the GUI thread, while the owner
        works on (a passive checkpoint blocks neither readers nor writers)."""
        from crm_desktop.db.connection import checkpoint
        from crm_desktop.ui.workers import Background

        if self.checkpointing is not None and self.checkpointing.running:
            return
        self.checkpointing = Background(lambda _: checkpoint(), self)
        QtWidgets.QApplication.instance().aboutToQuit.connect(self.checkpointing.stop)
        self.checkpointing.start()

    def undo_last_import(self) -> None:
        from crm_desktop.db.models import ImportBatch
        from crm_desktop.importers.import_undo import undo_import

        batch = (ImportBatch.select().where(ImportBatch.undone_at.is_null()
                                            & ImportBatch.finished_at.is_null(False))
                 .order_by(ImportBatch.id.desc()).first())
        if batch is None:
            QtWidgets.QMessageBox.information(self, self.tr("Undo import"),
                                              self.tr("There is no import to undo."))
            return
        from crm_desktop.importers.deal_import import FILE_FORMAT as DEALS
        from crm_desktop.importers.payment_import import FILE_FORMAT as PAYMENTS

        deals, payments = batch.file_format == DEALS, batch.file_format == PAYMENTS
        question = (
            self.tr("Undo the import of {0} (new deals: {1})? New deals and the contacts "
                    "made for them are removed, and contacts it made customers are put back; "
                    "deals you have worked on since are kept.") if deals else
            self.tr("Undo the import of {0} (new payments: {1}, invoices paid: {2})? New "
                    "payments and the contacts made for them are removed, invoices it paid, "
                    "in whole or in part, are open again as they were, and contacts it made "
                    "customers are put back.")
            if payments else
            self.tr("Undo the import of {0} ({1} new, {2} updated)? New contacts are removed "
                    "and changed ones put back as they were; contacts you have worked on "
                    "since are kept."))
        answer = QtWidgets.QMessageBox.question(
            self, self.tr("Undo import"),
            question.format(batch.file_name, count(batch.created_count),
                            count(batch.updated_count)))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        from crm_desktop.ui.workers import run_with_progress

        try:
            done = run_with_progress(self, self.tr("Undoing the import"),
                                     lambda progress: undo_import(batch.id, progress))
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Undo import"), error_text(exc))
            return
        self.undo_stack.clear()  # older commands may refer to removed contacts
        self.contacts.refresh()  # (and the open record: changed, or gone)
        if deals:
            self.statusBar().showMessage(
                self.tr("Import undone. Deals removed: {0}; contacts removed: {1}; deals kept "
                        "as you have worked on them since: {2}").format(
                    done.deals_removed, done.removed, done.deals_kept), 15000)
            return
        if payments:
            self.statusBar().showMessage(
                self.tr("Import undone. Payments removed: {0}; invoices open again: {1}; "
                        "contacts removed: {2}").format(
                    done.payments_removed, done.payments_restored, done.removed), 15000)
            return
        self.statusBar().showMessage(
            self.tr("Import undone: {0} removed, {1} put back, {2} kept as you have worked "
                    "on them since").format(done.removed, done.restored, done.kept), 15000)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        files = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if files:
            event.acceptProposedAction()
            self.import_file(Path(files[0]))

    def _data_changed(self) -> None:
        """Contacts changed (or an undo ran): the other views show names and counts too."""
        # (this window's own long jobs write through connections of their own: seen here)
        self._seen_version = self._data_version()
        self.reminders.refresh()
        if self._funnel is not None:
            self._funnel.data_changed()

    def _new_contact(self) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.new_contact()

    def open_deal(self, deal_id: int) -> None:
        from crm_desktop.ui.dialogs.deal_details import (
            DealDetails,
            DocumentKeeping,
            InvoicePaying,
        )

        def reopen(did: int) -> None:
            from crm_desktop.services import deal_archive

            first_open = next(c.stage.id for c in self.funnel.columns if c.stage.kind == "open")
            # one undo step: back in the first stage, and on the board if it was archived
            self.undo_stack.beginMacro(self.tr("Reopen deal"))
            try:
                self.funnel.request_move(did, first_open)
                if deal_archive.is_archived(did):
                    self.funnel.archive([did], False)
            finally:
                self.undo_stack.endMacro()

        def archive(did: int, archived: bool) -> None:
            self.funnel.archive([did], archived)

        def delete(did: int) -> None:
            self.funnel.delete([did])

        paying = InvoicePaying(self.contacts.correct_entry, self.contacts.pay_part,
                               lambda: self.clock().astimezone().date())
        keeping = DocumentKeeping(self.contacts.add_documents, self.contacts.remove_documents)
        details = DealDetails(deal_id, reopen, self, archive, delete, paying, keeping)
        saved = details.exec()
        # (a call logged is the deal's activity: its card may no longer be stale)
        if (saved or details.history_added) and self._funnel is not None:
            self._funnel.reload()  # (not built just to be read again)
        if (saved or details.history_added) and self.contacts.detail_shown():
            # the record's Deals tab shows the deal as saved, its Payments the new invoice
            self.contacts.refresh()

    # what other programs write ---------------------------------------------------------
    def follow_other_writers(self) -> None:
        """From now on, what another program commits (a `crm-desktop import` in a terminal,
        a script) is shown within seconds, without View > Refresh."""
        self._seen_version = self._data_version()
        timer = QTimer(self)
        timer.setInterval(OTHER_WRITERS_MS)
        timer.timeout.connect(self._show_other_writers_changes)
        timer.start()

    @staticmethod
    def _data_version() -> int:
        """Changes when another connection commits (SQLite's data_version: one cheap read)."""
        return database.execute_sql("PRAGMA data_version").fetchone()[0]

    def _show_other_writers_changes(self) -> None:
        if self._data_version() == self._seen_version:
            return
        # not inside a nested event loop (a dialog, a menu, a drag, this window's own long
        # job, whose commit its end shows) nor under a pressed button: the next check
        if QThread.currentThread().loopLevel() > 1 \
                or QtWidgets.QApplication.mouseButtons() != Qt.MouseButton.NoButton:
            return
        self.contacts.refresh()  # (the other views, and the seen version, follow it)
        self.statusBar().showMessage(
            self.tr("Shown again with changes made outside this window"), 8000)

    # reminders ---------------------------------------------------------------------------
    def start_reminders(self) -> None:
        """At start-up: a tray icon where the desktop has one, and what was missed."""
        if QtWidgets.QSystemTrayIcon.isSystemTrayAvailable():
            self.tray = QtWidgets.QSystemTrayIcon(self.windowIcon(), self)
            self.tray.setToolTip(APP_NAME)
            self.tray.show()
        self.reminders.start()

    def show_notification(self, title: str, text: str) -> None:
        if self.tray is not None:
            self.tray.showMessage(title, text, QtWidgets.QSystemTrayIcon.MessageIcon.Information,
                                  10000)
        self.statusBar().showMessage(f"{title}: {text.splitlines()[0]}", 15000)

    def show_contact(self, contact_id: int) -> None:
        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.show_contact_anywhere(contact_id)

    def _reminders_changed(self) -> None:
        if self._funnel is not None:
            self._funnel.reload()  # cards show the next reminder

    def _fill_language_menu(self) -> None:
        if self._language_menu.actions():
            return  # filled at its first opening: not on the way to the first paint
        from crm_desktop.ui.language_choice import fill_menu

        fill_menu(self._language_menu, self.settings, self, self.restart)

    def _fill_calendar_menu(self) -> None:
        """As the language has it (Persian: Solar Hijri; else Gregorian), or one chosen:
        an Iranian owner may read the window in English and date by the Persian calendar."""
        menu = self._calendar_menu
        if menu.actions():
            return
        group = QActionGroup(menu)
        chosen = str(self.settings.value(CALENDAR_KEY, ""))
        for key, text in (("", self.tr("As the language has it")),
                          ("gregorian", self.tr("Gregorian (2026-03-31)")),
                          ("solar", self.tr("Solar Hijri (1405/01/11)"))):
            action = menu.addAction(text)
            action.setCheckable(True)
            action.setChecked(key == chosen)
            action.setData(key)
            group.addAction(action)
        group.triggered.connect(lambda action: self.choose_calendar(action.data()))

    def choose_calendar(self, choice: str) -> None:
        """Date by `choice` ('', 'gregorian', 'solar') from now on, and from the next start."""
        self.settings.setValue(CALENDAR_KEY, choice)
        set_calendar(choice)
        self.reload()  # every date shown again

    def restart(self) -> None:
        """Close, and start again once closed (run_gui): a new language's texts."""
        self.restart_requested = True
        self.close()

    def edit_business(self) -> None:
        from crm_desktop.ui.dialogs.business_dialog import BusinessDialog

        BusinessDialog(self).exec()

    def edit_service_levels(self) -> None:
        from crm_desktop.ui.dialogs.service_levels_dialog import ServiceLevelsDialog

        if ServiceLevelsDialog(self).exec():
            self.reminders.refresh()

    def export_calendar(self) -> None:
        from crm_desktop.services.calendar_export import export_reminders
        from crm_desktop.ui import recent_folders

        target, _ = _save_file_name(
            self, self.tr("Export reminders"), recent_folders.suggest("export",
                                                                    "crm-reminders.ics"),
            self.tr("iCalendar (*.ics)"))
        recent_folders.remember("export", target)
        if not target:
            return
        try:
            n = export_reminders(Path(target), self.clock())
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Export failed"), error_text(exc))
            return
        self.statusBar().showMessage(
            self.tr("{0} reminders written to {1}").format(n, target), 8000)

    # reports -----------------------------------------------------------------------------
    def asset_matrix(self) -> None:
        from crm_desktop.ui.dialogs.asset_matrix_view import AssetMatrixView

        view = AssetMatrixView(self.clock, self.show_customers, self)
        view.exec()

    def save_report(self, title: str, file_name: str,
                    build: Callable[[Path, Callable[[int, int], bool]], object],
                    printing: bool = False) -> Path | None:
        """Ask where, build the PDF off the GUI thread, offer to open it; or, `printing`,
        build it aside and print its pages (QPrintDialog, rendered with QtPdf)."""
        from PySide6.QtCore import QUrl
        from PySide6.QtGui import QDesktopServices

        from crm_desktop.ui import recent_folders
        from crm_desktop.ui.workers import run_with_progress

        if printing:
            import tempfile

            from crm_desktop.ui.pdf_printing import print_pdf

            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / file_name
                try:
                    run_with_progress(self, title, lambda progress: build(path, progress))
                except CancelledError:
                    return None
                except CrmError as exc:
                    QtWidgets.QMessageBox.critical(self, title, error_text(exc))
                    return None
                print_pdf(path, self)
            return None
        name, _ = _save_file_name(self, title, recent_folders.suggest("reports", file_name),
                                  "PDF (*.pdf)")
        recent_folders.remember("reports", name)
        if not name:
            return None
        try:
            run_with_progress(self, title, lambda progress: build(Path(name), progress))
        except CancelledError:
            return None
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, title, error_text(exc))
            return None
        if QtWidgets.QMessageBox.question(self, title, self.tr("Open {0} now?").format(name)) == \
                QtWidgets.QMessageBox.StandardButton.Yes:
            QDesktopServices.openUrl(QUrl.fromLocalFile(name))
        return Path(name)

    def _report_period(self, title: str, days: int) -> tuple[datetime, datetime] | None:
        """The period a report covers, chosen in the window's calendar: the last `days`
        days to begin with; from the first day's start to the last day's end."""
        from crm_desktop.services.date_text import day_span
        from crm_desktop.ui.dialogs.report_period import ask_period

        today = self.clock().astimezone().date()
        chosen = ask_period(title, today - timedelta(days=days - 1), today, self)
        return day_span(*chosen) if chosen else None

    def funnel_report(self, printing: bool = False) -> None:
        from crm_desktop.reports.other_reports import build_funnel_report

        period = self._report_period(self.tr("Funnel report"), 365)
        if period is None:
            return
        wording = report_wording()  # (read here, on the GUI thread)
        self.save_report(self.tr("Funnel report"), "funnel.pdf", lambda path, progress: (
            build_funnel_report(path, *period, progress=progress, wording=wording)),
            printing)

    def activity_report(self, printing: bool = False) -> None:
        from crm_desktop.reports.other_reports import build_activity_report

        period = self._report_period(self.tr("Activity report"), 30)
        if period is None:
            return
        wording = report_wording()
        self.save_report(self.tr("Activity report"), "activity.pdf", lambda path, progress: (
            build_activity_report(path, *period, progress=progress, wording=wording)),
            printing)

    def contact_list_report(self, printing: bool = False) -> None:
        """The contacts the table shows, in its order, with how to reach them; named after
        the saved view the table shows, if it shows one."""
        from crm_desktop.reports.contact_list_report import (
            MOST_CONTACTS,
            build_contact_list,
            too_many,
        )
        from crm_desktop.services import contact_query

        self.tabs.setCurrentWidget(self.contacts)
        flt, (sort, descending) = self.contacts.current_filter(), self.contacts.model.sort_key
        if (n := contact_query.count(flt)) > MOST_CONTACTS:  # (told before asking where)
            QtWidgets.QMessageBox.information(self, self.tr("Contact list"),
                                              message_text(too_many(n).message))
            return
        name = self.contacts.shown_view_name()
        today, wording = self.clock().astimezone().date(), report_wording()
        self.save_report(self.tr("Contact list"), "contacts.pdf", lambda path, progress: (
            build_contact_list(path, flt, today, view_name=name, sort=sort,
                               descending=descending, progress=progress, wording=wording)),
            printing)

    def unpaid_report(self, printing: bool = False) -> None:
        from crm_desktop.reports.receivables_report import build_receivables_report

        today, wording = self.clock().astimezone().date(), report_wording()
        self.save_report(self.tr("Unpaid invoices"), "unpaid-invoices.pdf",
                         lambda path, progress: build_receivables_report(
                             path, today, progress=progress, wording=wording), printing)

    def statement_report(self, printing: bool = False) -> None:
        from crm_desktop.reports.receivables_report import STATEMENT_DAYS, build_statement
        from crm_desktop.ui.dialogs.report_period import ask_period

        contact_id = self.contacts.current_id()
        if contact_id is None:
            QtWidgets.QMessageBox.information(self, self.tr("Statement of account"),
                                              self.tr("Select a contact first."))
            return
        today = self.clock().astimezone().date()
        # the account's first and last day; the open invoices as of the last
        chosen = ask_period(self.tr("Statement of account"),
                            today - timedelta(days=STATEMENT_DAYS - 1), today, self,
                            self.tr("The account from the first day to the last, and the "
                                    "invoices still open on the last."))
        if chosen is None:
            return
        wording = report_wording()
        self.save_report(self.tr("Statement of account"), f"statement-{contact_id}.pdf",
                         lambda path, progress: build_statement(
                             path, contact_id, chosen[1], progress=progress, wording=wording,
                             since=chosen[0]),
                         printing)

    def profile_report(self, contact_id: int | None = None, printing: bool = False) -> None:
        from crm_desktop.reports.other_reports import build_customer_profile

        contact_id = contact_id or self.contacts.current_id()
        if contact_id is None:
            QtWidgets.QMessageBox.information(self, self.tr("Customer profile"),
                                    self.tr("Select a contact first."))
            return
        wording = report_wording()
        self.save_report(self.tr("Customer profile"), f"profile-{contact_id}.pdf",
                         lambda path, progress: build_customer_profile(
                             path, contact_id, progress=progress, wording=wording), printing)

    def show_customers(self, ids: list[int], title: str) -> None:
        """List exactly these contacts in the contacts table (a cell of the matrix)."""
        from dataclasses import replace

        self.tabs.setCurrentWidget(self.contacts)
        self.contacts.model.set_filter(replace(self.contacts.current_filter(),
                                               search="", ids=tuple(ids)))
        self.statusBar().showMessage(title, 10000)

    def _deals_changed(self) -> None:
        """A move can make a customer (won): the contacts show it."""
        self.contacts.reread()
        self.reminders.refresh()

    def _new_deal(self) -> None:
        self.contacts.new_deal()

    def _new_reminder(self) -> None:
        self.contacts.new_reminder()

    def log_interaction(self) -> None:
        """Edit > Log an interaction (Ctrl+L): about the card selected on the board, else
        with the contact selected in the table."""
        if self.tabs.currentIndex() == FUNNEL_TAB and self._funnel is not None:
            deal_id = self._funnel.focused_deal()
            if deal_id is not None:
                from crm_desktop.db.models import Deal

                self._funnel.log_interaction(deal_id, Deal.get_by_id(deal_id).contact_id)
                return
        if not self.contacts.log_interaction():
            QtWidgets.QMessageBox.information(self, self.tr("Log an interaction"),
                                              self.tr("Select a contact first."))

    def find_duplicates(self) -> None:
        from crm_desktop.services.duplicates import find_duplicates
        from crm_desktop.ui.dialogs.duplicates_dialog import DuplicatesDialog
        from crm_desktop.ui.workers import run_with_progress

        self.tabs.setCurrentWidget(self.contacts)
        try:
            pairs = run_with_progress(self, self.tr("Finding duplicates"),
                                      lambda progress: find_duplicates(progress=progress))
        except CancelledError:
            return
        DuplicatesDialog(pairs, self.contacts.merge_pair, self).exec()

    def edit_tags(self) -> None:
        from crm_desktop.ui.dialogs.tags_dialog import TagsDialog

        self.tabs.setCurrentWidget(self.contacts)
        TagsDialog(self.contacts.rename_tag, self.contacts.delete_tag, self.contacts.show_tag,
                   self, colour=self.contacts.set_tag_colour).exec()

    def _spreadsheet_filter(self) -> str:
        return self.tr("Excel workbook (*.xlsx);;CSV, UTF-8 (*.csv);;CSV for Excel, UTF-8 with "
                       "BOM (*.csv)")

    def export_view(self) -> None:
        from crm_desktop.ui import recent_folders

        target, chosen = _save_file_name(
            self, self.tr("Export contacts in view"),
            recent_folders.suggest("export", "contacts.xlsx"), self._spreadsheet_filter())
        recent_folders.remember("export", target)
        if target:
            self._export(Path(target), ids=None, bom="BOM" in chosen)

    def export_deals(self) -> None:
        from crm_desktop.services.export_deals import export_deals
        from crm_desktop.ui import recent_folders

        target, chosen = _save_file_name(self, self.tr("Export deals"),
                                         recent_folders.suggest("export", "deals.xlsx"),
                                         self._spreadsheet_filter())
        recent_folders.remember("export", target)
        if target:
            self._run_export(self.tr("Exporting deals"), lambda progress: export_deals(
                Path(target), bom="BOM" in chosen, progress=progress),
                self.tr("{0} deals written to {1}"), target)

    def export_payments(self) -> None:
        from crm_desktop.services.export_payments import export_payments
        from crm_desktop.ui import recent_folders

        target, chosen = _save_file_name(self, self.tr("Export payments"),
                                         recent_folders.suggest("export", "payments.xlsx"),
                                         self._spreadsheet_filter())
        recent_folders.remember("export", target)
        if target:
            self._run_export(self.tr("Exporting payments"), lambda progress: export_payments(
                Path(target), bom="BOM" in chosen, progress=progress),
                self.tr("{0} payments written to {1}"), target)

    def export_interactions(self) -> None:
        from crm_desktop.services.export_interactions import export_interactions
        from crm_desktop.ui import recent_folders

        target, chosen = _save_file_name(self, self.tr("Export interactions"),
                                         recent_folders.suggest("export", "interactions.xlsx"),
                                         self._spreadsheet_filter())
        recent_folders.remember("export", target)
        if target:
            self._run_export(self.tr("Exporting interactions"),
                             lambda progress: export_interactions(
                                 Path(target), bom="BOM" in chosen, progress=progress),
                             self.tr("{0} interactions written to {1}"), target)

    def export_vcards(self) -> None:
        from crm_desktop.ui import recent_folders

        ids = self.contacts.selected_ids()
        if not ids:
            QtWidgets.QMessageBox.information(self, self.tr("Export to vCard"),
                                    self.tr("Select the contacts to export first."))
            return
        target, _ = _save_file_name(
            self, self.tr("Export to vCard"), recent_folders.suggest("export", "contacts.vcf"),
            self.tr("vCard (*.vcf)"))
        recent_folders.remember("export", target)
        if target:
            self._export(Path(target), ids=ids, bom=False)

    def _export(self, target: Path, ids: list[int] | None, bom: bool) -> None:
        from crm_desktop.services.export_contacts import export_contacts

        model = self.contacts.model
        flt, columns, (sort, descending) = (model.contact_filter,
                                            self.contacts.visible_columns(), model.sort_key)
        self._run_export(self.tr("Exporting contacts"), lambda progress: export_contacts(
            target, flt, columns, sort=sort, descending=descending, bom=bom, ids=ids,
            progress=progress), self.tr("{0} contacts written to {1}"), target)

    def _run_export(self, title: str, job: Callable[[Callable[[int, int], bool]], int],
                    written: str, target: Path | str) -> None:
        """An export off the GUI thread: how many were written in the status bar, or why it
        failed in a message; a cancel says nothing (the file is gone)."""
        from crm_desktop.ui.workers import run_with_progress

        try:
            n = run_with_progress(self, title, job)
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Export failed"), error_text(exc))
            return
        self.statusBar().showMessage(written.format(count(n), target), 8000)

    def reload(self) -> None:
        self.contacts.reread()
        if self._funnel is not None:
            self._funnel.reload()
        self.reminders.refresh()

    def backup_dialog(self) -> None:
        suggested = str(self.db_path.with_name(self.db_path.stem + "-backup.sqlite3"))
        target, _ = _save_file_name(
            self, self.tr("Back up database"), suggested, self.tr("SQLite database (*.sqlite3)")
        )
        if not target:
            return
        try:
            from crm_desktop.services import backup
            from crm_desktop.ui.workers import run_with_progress

            run_with_progress(self, self.tr("Backing up"),
                              lambda progress: backup.backup_database(
                                  self.db_path, Path(target), progress))
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, self.tr("Backup failed"), error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Backup written to {0}").format(target), 8000)

    def automatic_backups_dialog(self) -> None:
        """Where the daily backups go, and the folder for a copy of each; a folder newly
        chosen gets the newest backup at once, so the owner sees it work."""
        from crm_desktop.services import auto_backup
        from crm_desktop.ui.dialogs.backup_copy_dialog import BackupCopyDialog
        from crm_desktop.ui.workers import run_with_progress

        dialog = BackupCopyDialog(self.db_path, self)
        if not dialog.exec():
            return
        folder = dialog.chosen
        if folder is None:
            self.statusBar().showMessage(self.tr("The daily backup is no longer copied "
                                                 "elsewhere."), 8000)
            return
        title = self.tr("Automatic backups")
        try:
            run_with_progress(self, title, lambda _: auto_backup.copy_newest(self.db_path,
                                                                              folder))
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.warning(self, title, error_text(exc))
            return
        self.statusBar().showMessage(self.tr("Each day's backup is copied to {0} too.").format(
            left_to_right(str(folder))), 8000)

    def restore_dialog(self) -> None:
        from PySide6.QtWidgets import QFileDialog

        from crm_desktop.services.auto_backup import folder_for

        daily = folder_for(self.db_path)  # where the automatic ones are
        name, _ = QFileDialog.getOpenFileName(
            self, self.tr("Restore from backup"),
            str(daily if daily.is_dir() else self.db_path.parent),
            self.tr("SQLite database (*.sqlite3 *.db);;All files (*)"))
        if name:
            self.restore_from(Path(name))

    def restore_from(self, path: Path) -> None:
        """Say what the backup holds against what is here now; on Yes, put it in place (the
        current data saved beside the database first) and show it."""
        from crm_desktop.services import backup
        from crm_desktop.ui.workers import run_with_progress

        title = self.tr("Restore from backup")
        try:
            there = run_with_progress(self, title, lambda _: backup.describe_backup(path))
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, title, error_text(exc))
            return
        contacts_now, deals_now, documents_now = backup.holdings()
        if there.documents or documents_now:  # (the line an owner of none need not read)
            question = self.tr(
                "Replace everything in this database with the backup?<br><br>"
                "<b>The backup</b> ({0}, saved {1}): {2} contacts, {3} deals, {6} documents."
                "<br><b>Now</b>: {4} contacts, {5} deals, {7} documents.<br><br>"
                "What is here now is first saved as a backup beside the database.")
        else:
            question = self.tr(
                "Replace everything in this database with the backup?<br><br>"
                "<b>The backup</b> ({0}, saved {1}): {2} contacts, {3} deals.<br>"
                "<b>Now</b>: {4} contacts, {5} deals.<br><br>"
                "What is here now is first saved as a backup beside the database.")
        question = question.format(
            left_to_right(path.name), local_minutes(there.modified), count(there.contacts),
            count(there.deals), count(contacts_now), count(deals_now), count(there.documents),
            count(documents_now))
        answer = QtWidgets.QMessageBox.question(
            self, title, question,
            QtWidgets.QMessageBox.StandardButton.Yes | QtWidgets.QMessageBox.StandardButton.No,
            QtWidgets.QMessageBox.StandardButton.No)
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        try:
            done = run_with_progress(self, self.tr("Restoring"),
                                     lambda progress: backup.restore_database(
                                         path, self.db_path, progress))
        except CancelledError:
            return
        except CrmError as exc:
            QtWidgets.QMessageBox.critical(self, title, error_text(exc))
            return
        self.undo_stack.clear()  # its commands name records of the data replaced
        self.contacts.refresh()  # (and the open record: changed, or gone)
        # where the replaced data went matters more than a status line that fades
        QtWidgets.QMessageBox.information(
            self, title, self.tr("Restored from {0}. The data it replaced is saved as {1}")
            .format(left_to_right(path.name), left_to_right(str(done.saved_as))))

    def about(self) -> None:
        QtWidgets.QMessageBox.about(self, self.tr("About crm-desktop"), self.about_text())

    def about_text(self) -> str:
        """Which database this is, and where its automatic backups are."""
        from crm_desktop.services.auto_backup import automatic_backups, copy_folder, folder_for

        text = self.tr("<b>{0}</b> {1}<br>An offline CRM for a small business.<br>"
                       "Database: {2}").format(APP_NAME, __version__,
                                               left_to_right(str(self.db_path)))
        daily = automatic_backups(self.db_path)
        if daily:
            made = datetime.fromtimestamp(daily[-1].stat().st_mtime, UTC)
            text += "<br>" + self.tr("Automatic backups: {0} in {1}, the newest {2}").format(
                len(daily), left_to_right(str(folder_for(self.db_path))), local_minutes(made))
        second = copy_folder()
        if second is not None:
            text += "<br>" + self.tr("Copied each day to {0}").format(
                left_to_right(str(second)))
        return text

    # status bar --------------------------------------------------------------------------
    def _show_contact_counts(self, shown: int, total: int) -> None:
        if shown == total:
            text = self.tr("Contacts: {0}").format(count(total))
        else:
            text = self.tr("Contacts: {0} of {1}").format(count(shown), count(total))
        self._contacts_status.setText(text)

    def _show_reminder_counts(self, overdue: int, open_: int) -> None:
        self._reminders_status.setText(
            self.tr("Reminders: {0} open, {1} overdue").format(count(open_), count(overdue))
        )
        title = self.tr("Reminders")
        self.reminders_dock.setWindowTitle(f"{title} ({count(overdue)})" if overdue else title)

    # state -------------------------------------------------------------------------------
    def closeEvent(self, event: QCloseEvent) -> None:
        self.settings.setValue(GEOMETRY_KEY, self.saveGeometry())
        self.settings.setValue(STATE_KEY, self.saveState())
        self.settings.setValue(TAB_KEY, self.tabs.currentIndex())
        self.contacts.save_state(self.settings)
        self.settings.sync()
        super().closeEvent(event)
