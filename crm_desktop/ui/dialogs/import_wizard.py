"""The import wizard: file and sheet, preview, mapping, duplicate policy, dry run, import.

The import runs off the GUI thread with a cancellable progress dialog, and stops before its
commit: the summary page shows what it did, "Import" commits exactly that (the file is read
once), Back or Cancel roll it back. Nothing is written before the owner has seen it.
"""

from __future__ import annotations

import html
from functools import partial
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from crm_desktop.errors import CancelledError, CrmError
from crm_desktop.importers import payment_columns, pipeline, refused_rows, saved_mappings
from crm_desktop.importers.deal_import import is_deal_table, run_deal_import
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.mapping import FIELDS, Mapping, further_address_columns
from crm_desktop.importers.payment_import import (
    UNDATED_BY_DUE,
    UNDATED_REFUSED,
    columns_of,
    is_payment_table,
    run_payment_import,
)
from crm_desktop.importers.table import Table
from crm_desktop.services import business_profile
from crm_desktop.stored_names import CONTACT_FIELD_NAMES
from crm_desktop.ui import recent_folders
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.display_text import count, isolated
from crm_desktop.ui.home_region import suggested_region
from crm_desktop.ui.labels import key_label, label
from crm_desktop.ui.messages import error_text, field_name, message_text
from crm_desktop.ui.workers import Paused, run_until_confirmed

CONTACTS, PAYMENTS, DEALS = "contacts", "payments", "deals"  # what a file's rows are
translate = QCoreApplication.translate  # (a name pyside6-lupdate reads, with its context)
FILE_PATTERNS = "*.csv *.tsv *.txt *.xlsx *.xlsm *.xls *.ods *.vcf *.vcard"
# the fields a column can feed, in the order the mapping page offers them
FIELD_ORDER = ("kind", "name", "first_name", "middle_name", "last_name", "company",
               "company_email", "job_title", "email", "phone", "address", "city", "region",
               "postal_code", "country", "website", "industry", "lead_source", "segment",
               "status", "birthday", "tags", "notes")
_IMPORT_ONLY = {"kind": QT_TRANSLATE_NOOP("Labels", "Kind (person/company)"),
                "name": QT_TRANSLATE_NOOP("Labels", "Full name"),
                "middle_name": QT_TRANSLATE_NOOP("Labels", "Middle name"),
                "company_email": QT_TRANSLATE_NOOP("Labels", "Company e-mail"),
                "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
                "phone": QT_TRANSLATE_NOOP("Labels", "Phone")}
FIELD_LABELS = {f: _IMPORT_ONLY.get(f) or CONTACT_FIELD_NAMES[f] for f in FIELD_ORDER}
POLICY_LABELS = (
    ("skip", QT_TRANSLATE_NOOP("Labels", "Skip them (keep what the database has)")),
    ("fill", QT_TRANSLATE_NOOP("Labels", "Fill in the empty fields of the existing contact")),
    ("overwrite",
     QT_TRANSLATE_NOOP("Labels", "Overwrite the existing contact with the file's values")),
    ("create", QT_TRANSLATE_NOOP("Labels", "Create them anyway, as new contacts")),
)
# what the values of a column look like (importers.mapping.kind_of_values)
VALUE_KIND_LABELS = {"email": QT_TRANSLATE_NOOP("Labels", "e-mails"),
                     "phone": QT_TRANSLATE_NOOP("Labels", "phones"),
                     "date": QT_TRANSLATE_NOOP("Labels", "dates")}


def _table_widget(parent: QWidget) -> QTableWidget:
    table = QTableWidget(parent)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setAlternatingRowColors(True)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
    table.horizontalHeader().setDefaultSectionSize(140)
    return table


def _column_grid(page: QWizardPage) -> QTableWidget:
    """A mapping page's table: each of the file's columns, a few of its values, and a
    choice of where it goes."""
    grid = _table_widget(page)
    grid.setColumnCount(3)
    grid.setHorizontalHeaderLabels([translate("MappingPage", "Column"),
                                    translate("MappingPage", "Examples"),
                                    translate("MappingPage", "Goes to")])
    grid.horizontalHeader().setStretchLastSection(True)
    grid.setColumnWidth(1, 320)
    return grid


def _examples(samples: list[list[str]], column: int) -> str:
    """The first values a column has, each in its own direction."""
    return " · ".join(isolated(row[column]) for row in samples
                      if column < len(row) and row[column])


class ImportWizard(QWizard):
    def __init__(self, path: Path | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import contacts, deals or payments"))
        self.resize(900, 600)
        self.table: Table | None = None
        self.mapping: Mapping | None = None
        self.payment_columns: dict[str, int] | None = None  # as the owner chose them
        self.undated_paid = UNDATED_REFUSED  # an invoice paid on a day the file lacks
        self.dry: ImportResult | None = None
        self.result: ImportResult | None = None
        self.pending: Paused | None = None  # the checked import, not yet written
        self.file_page = FilePage(self)
        self.mapping_page = MappingPage(self)
        self.policy_page = PolicyPage(self)
        self.payment_page = PaymentMappingPage(self)
        self.summary_page = SummaryPage(self)
        for page in (self.file_page, self.mapping_page, self.policy_page, self.payment_page,
                     self.summary_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        # the session ends with the wizard open: roll back and end the held import's thread
        # (a thread left waiting would abort the program on its way out)
        QApplication.instance().aboutToQuit.connect(self.discard)
        if path is not None:
            self.file_page.path.setText(str(path))
            self.file_page.load()

    def policy(self) -> str:
        return self.policy_page.group.checkedButton().property("policy")

    def holds_deals(self) -> bool:
        """A deals export (a deal per row): no mapping or duplicate policy to choose."""
        return self.table is not None and self.file_page.rows_are.currentData() == DEALS

    def holds_payments(self) -> bool:
        """Payments or invoices, one per row (as their headers say, or the owner): their
        columns to check, and no duplicate policy to choose."""
        return self.table is not None and self.file_page.rows_are.currentData() == PAYMENTS

    def nextId(self) -> int:  # noqa: N802 (Qt's name)
        ids = {page: self.pageIds()[i] for i, page in enumerate(
            (self.file_page, self.mapping_page, self.policy_page, self.payment_page,
             self.summary_page))}
        current = self.currentPage()
        if current is self.file_page and self.holds_deals():
            return ids[self.summary_page]  # straight to what will happen
        if current is self.file_page and self.holds_payments():
            return ids[self.payment_page]
        if current in (self.policy_page, self.payment_page):
            return ids[self.summary_page]
        return super().nextId()

    def check(self) -> ImportResult | None:
        """Run the import up to its commit, off the GUI thread; what it did (None if
        cancelled or failed). It stays open, unwritten, until `write` or `discard`."""
        self.discard()
        table, mapping, policy = self.table, self.mapping, self.policy()
        if self.holds_deals():
            job = partial(run_deal_import, table, expected_rows=table.estimated_rows)
        elif self.holds_payments():
            job = partial(run_payment_import, table, expected_rows=table.estimated_rows,
                          columns=self.payment_columns, undated_paid=self.undated_paid)
        else:
            job = partial(pipeline.run_import, table, mapping, policy,
                          expected_rows=table.estimated_rows)
        try:
            self.pending = run_until_confirmed(
                self, self.tr("Checking the file"),
                lambda progress, confirm: job(progress=progress, confirm=confirm))
        except CancelledError:
            return None
        except CrmError as exc:
            QMessageBox.critical(self, self.tr("Import"), error_text(exc))
            return None
        return self.pending.figures

    def discard(self) -> None:
        """Roll back the checked import, if one is waiting."""
        pending, self.pending = self.pending, None
        if pending is not None:
            pending.discard(self, self.tr("Import"),
                            self.tr("Putting the data back as it was…"))

    def accept(self) -> None:
        pending, self.pending = self.pending, None
        if pending is None:
            return
        try:
            self.result = pending.write(self, self.tr("Importing"))
        except CrmError as exc:  # the disk filled up at the commit, say: nothing written
            QMessageBox.critical(self, self.tr("Import"), error_text(exc))
            self.dry = None
            self.summary_page.completeChanged.emit()
            return
        if self.holds_payments() and self.payment_columns is not None:
            # the next file with these headers (next month's list) reads the same way
            saved_mappings.remember_payment_columns(self.table.headers, self.payment_columns)
        super().accept()

    def done(self, code: int) -> None:  # every way out: Import, Cancel, Esc, close
        self.discard()
        super().done(code)


class FilePage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Choose the file"))
        self.setSubTitle(self.tr("CSV or TSV in any encoding, Excel (XLSX, XLS), "
                                 "LibreOffice (ODS) or vCard."))
        self._wizard = wizard
        self.path = QLineEdit(self)
        browse = QPushButton(self.tr("Browse…"), self)
        browse.clicked.connect(self.browse)
        self.sheet = QComboBox(self)
        self.sheet.setEnabled(False)
        # what a row is: told by the headers, and the owner's to change (an invoice list
        # whose amount is "Сумма с НДС" is not recognised, but is one)
        self.rows_are = QComboBox(self)
        for text, kind in ((self.tr("a contact"), CONTACTS),
                           (self.tr("a payment or invoice"), PAYMENTS),
                           (self.tr("a deal (as crm-desktop exports them)"), DEALS)):
            self.rows_are.addItem(text, kind)
        self.rows_are.currentIndexChanged.connect(lambda _: self.completeChanged.emit())
        self.about = QLabel(self)
        self.about.setWordWrap(True)  # a deals file's facts widened the whole wizard
        self.error = error_label(self)
        self.preview = _table_widget(self)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form = QFormLayout()
        form.addRow(self.tr("File"), row)
        form.addRow(self.tr("Sheet"), self.sheet)
        form.addRow(self.tr("Each row is"), self.rows_are)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.about)
        layout.addWidget(self.error)
        layout.addWidget(self.preview, 1)
        self.path.editingFinished.connect(self.load)
        self.sheet.currentTextChanged.connect(lambda _: self.load(keep_sheets=True))

    def browse(self) -> None:
        name, _ = QFileDialog.getOpenFileName(self, self.tr("Import contacts, deals or payments"),
                                              recent_folders.suggest("import"),
                                              self.tr("Contacts, deals or payments ({0});;"
                                                      "All files (*)")
                                              .format(FILE_PATTERNS))
        recent_folders.remember("import", name)
        if name:
            self.path.setText(name)
            self.load()

    def load(self, keep_sheets: bool = False) -> None:
        path = Path(self.path.text().strip())
        self._wizard.table = None
        self.preview.clear()
        self.about.clear()
        if not keep_sheets:
            self.sheet.blockSignals(True)
            self.sheet.clear()
            self.sheet.blockSignals(False)
            self.sheet.setEnabled(False)
        try:
            # a workbook opens on its first sheet with data, whatever its file name says
            table = pipeline.open_table(path, self.sheet.currentText() if keep_sheets else None)
        except CrmError as exc:
            self.error.setText(error_text(exc))
            self.completeChanged.emit()
            return
        if not keep_sheets and getattr(table, "sheets", None):
            self.sheet.blockSignals(True)
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet)
            self.sheet.blockSignals(False)
            self.sheet.setEnabled(True)
        self.error.clear()
        self._wizard.table = table
        deals = is_deal_table(table.headers)
        # a deals file reads only as deals; any other never as deals
        self.rows_are.model().item(self.rows_are.findData(DEALS)).setEnabled(deals)
        payments = (is_payment_table(table.headers)
                    or saved_mappings.payment_columns_for(table.headers) is not None)
        self.rows_are.setCurrentIndex(self.rows_are.findData(
            DEALS if deals else PAYMENTS if payments else CONTACTS))
        rows = pipeline.preview(table)
        self.preview.setColumnCount(len(table.headers))
        self.preview.setHorizontalHeaderLabels(self._headers(table))
        self.preview.setRowCount(len(rows))
        self.preview.setVerticalHeaderLabels([str(n) for n, _ in rows])
        for r, (_, cells) in enumerate(rows):
            for c, value in enumerate(cells[:len(table.headers)]):
                self.preview.setItem(r, c, QTableWidgetItem(isolated(value)))
        facts = [self.tr("{0} columns, header on row {1}").format(len(table.headers),
                                                                   table.header_row)]
        if table.layout:
            facts.append(self.tr("recognised: {0}").format(table.layout))
        if is_deal_table(table.headers):
            facts.append(self.tr("deals as crm-desktop exports them: a deal per row, its "
                                 "contact found or made"))
        elif is_payment_table(table.headers):
            facts.append(self.tr("payments or invoices: one per row, its customer found by "
                                 "e-mail or name, or made"))
        if getattr(table, "encoding", None):
            facts.append(self.tr("encoding {0}, separator {1}").format(
                table.encoding, repr(table.delimiter)))
        self.about.setText(" · ".join(facts))
        self.completeChanged.emit()

    def isComplete(self) -> bool:
        return self._wizard.table is not None

    @staticmethod
    def _headers(table: Table) -> list[str]:
        """The file's headers; a payments file's with what each column gives (its columns
        are found by their names, with no mapping page to show it)."""
        if is_deal_table(table.headers) or not is_payment_table(table.headers):
            return list(table.headers)
        shown = list(table.headers)
        rtl = QApplication.layoutDirection() == Qt.LayoutDirection.RightToLeft
        arrow = "←" if rtl else "→"  # pointing the way the line reads
        for field, index in columns_of(table).items():
            shown[index] = f"{shown[index]}\n{arrow} {field_name(field)}"
        return shown


class MappingPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Guessed from the headers and the values; change any of "
                                 "them. Several columns can fill e-mail, phone and notes."))
        self._wizard = wizard
        self.grid = _column_grid(self)
        self.split_names = QCheckBox(self.tr("Split a full name into first and last name"),
                                     self)
        self.region = QLineEdit(self)
        self.region.setMaxLength(2)
        self.region.setToolTip(self.tr("Country code for phone numbers written without "
                                       "+country code, e.g. GB, RU, IR"))
        self.region_note = QLabel(self)  # why it is not the owner's country
        self.saved = QComboBox(self)
        load = QPushButton(self.tr("Use"), self)
        load.clicked.connect(self.use_saved)
        save = QPushButton(self.tr("Save mapping as…"), self)
        save.clicked.connect(self.save_mapping)
        options = QHBoxLayout()
        options.addWidget(self.split_names)
        options.addStretch(1)
        options.addWidget(QLabel(self.tr("Phone region"), self))
        options.addWidget(self.region)
        options.addWidget(self.region_note)
        saved_row = QHBoxLayout()
        saved_row.addWidget(QLabel(self.tr("Saved mappings"), self))
        saved_row.addWidget(self.saved, 1)
        saved_row.addWidget(load)
        saved_row.addWidget(save)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addLayout(options)
        layout.addLayout(saved_row)
        self.boxes: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        own = business_profile.phone_region(suggested_region())
        saved = saved_mappings.for_headers(table.headers)
        mapping = saved or pipeline.auto_mapping(table, own)
        samples = [cells for _, cells in pipeline.preview(table, 5)]
        self.grid.setRowCount(len(table.headers))
        self.boxes = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(isolated(header)))
            examples = _examples(samples, i)
            hint = mapping.hints.get(i)
            self.grid.setItem(i, 1, QTableWidgetItem(
                (f"[{label(VALUE_KIND_LABELS.get(hint, hint))}] " if hint else "") + examples))
            box = QComboBox(self.grid)
            box.addItem(self.tr("— skip —"), None)
            for field in FIELDS:
                box.addItem(label(FIELD_LABELS[field]), field)
            box.setCurrentIndex(max(0, box.findData(mapping.columns[i])))
            self.grid.setCellWidget(i, 2, box)
            self.boxes.append(box)
        # a known export's further addresses (Outlook's Home): skipped as a field, yet read
        for j in further_address_columns(table.headers, mapping.columns, table.layout):
            self.boxes[j].setItemText(0, self.tr("— another address —"))
            self.boxes[j].setToolTip(self.tr(
                "Read as the address of a row that has none in the first address's columns; "
                "beside one, kept in the notes"))
        self.split_names.setChecked(mapping.split_full_name)
        self.region.setText(mapping.region)  # the saved one's, or what the file's numbers say
        self.region_note.setText(
            self.tr("as the file's numbers with +code suggest")
            if saved is None and mapping.region != own else "")
        self.saved.clear()
        self.saved.addItems(saved_mappings.names())

    def current(self) -> Mapping:
        return Mapping([box.currentData() for box in self.boxes],
                       self.region.text().strip().upper(),
                       self.split_names.isChecked())

    def use_saved(self) -> None:
        name = self.saved.currentText()
        if not name:
            return
        try:
            mapping = saved_mappings.load(name, self._wizard.table.headers)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Saved mapping"), error_text(exc))
            return
        for box, target in zip(self.boxes, mapping.columns, strict=True):
            box.setCurrentIndex(max(0, box.findData(target)))
        self.split_names.setChecked(mapping.split_full_name)
        self.region.setText(mapping.region)

    def save_mapping(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Save mapping"), self.tr("Name:"))
        if ok and name.strip():
            saved_mappings.save(name, self._wizard.table.headers, self.current())
            self.saved.clear()
            self.saved.addItems(saved_mappings.names())

    def validatePage(self) -> bool:
        mapping = self.current()
        if not {"name", "first_name", "last_name", "company"} & set(mapping.columns):
            QMessageBox.warning(self, self.tr("Mapping"),
                                self.tr("Map at least one column to a name or a company."))
            return False
        if not business_profile.is_phone_region(mapping.region):
            QMessageBox.warning(self, self.tr("Mapping"), self.tr(
                "'{0}' is not a country code such as GB, RU or IR. Phone numbers written "
                "without +code are read as that country's.").format(mapping.region))
            self.region.setFocus()
            return False
        self._wizard.mapping = mapping
        return True


class PaymentMappingPage(QWizardPage):
    """Which column gives which part of a payment: found by the headers, changed by the
    owner where a header says it another way."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Which column is which"))
        self.setSubTitle(self.tr("Found from the headers; change any of them. A payment "
                                 "needs its amount, and its customer or their e-mail."))
        self._wizard = wizard
        self.grid = _column_grid(self)
        # an invoice list with balances but no paid day (QuickBooks' has none)
        self.by_due = QCheckBox(self.tr("Date invoices paid on a day the file does not give "
                                        "by their due day"), self)
        why = QLabel(self.tr("Such as a balance of 0 with no paid date, in an accounting "
                             "program's invoice list. Without a due day, the invoice date "
                             "is taken. Unticked, these rows are refused, so that you can "
                             "give the day they were paid: it tells whether they were paid "
                             "on time."), self)
        why.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.grid, 1)
        layout.addWidget(self.by_due)
        layout.addWidget(why)
        self.boxes: list[QComboBox] = []

    def initializePage(self) -> None:
        table = self._wizard.table
        chosen = (saved_mappings.payment_columns_for(table.headers)
                  or columns_of(table))  # as last time, or as they say
        found = {i: part for part, i in chosen.items()}
        samples = [cells for _, cells in pipeline.preview(table, 5)]
        self.grid.setRowCount(len(table.headers))
        self.boxes = []
        for i, header in enumerate(table.headers):
            self.grid.setItem(i, 0, QTableWidgetItem(isolated(header)))
            self.grid.setItem(i, 1, QTableWidgetItem(_examples(samples, i)))
            box = QComboBox(self.grid)
            box.addItem(self.tr("— skip —"), None)
            for part in payment_columns.PARTS:
                box.addItem(field_name(part), part)
            box.setCurrentIndex(max(0, box.findData(found.get(i))))
            self.grid.setCellWidget(i, 2, box)
            self.boxes.append(box)

    def current(self) -> dict[str, int]:
        """Each part -> its column (the first column given it)."""
        chosen: dict[str, int] = {}
        for i, box in enumerate(self.boxes):
            if box.currentData() is not None:
                chosen.setdefault(box.currentData(), i)
        return chosen

    def validatePage(self) -> bool:
        chosen = self.current()
        twice = [box.currentData() for i, box in enumerate(self.boxes)
                 if box.currentData() is not None and chosen[box.currentData()] != i]
        if twice:
            QMessageBox.warning(self, self.tr("Mapping"), self.tr(
                "Only one column can give {0}.").format(field_name(twice[0])))
            return False
        if not payment_columns.complete(chosen):
            QMessageBox.warning(self, self.tr("Mapping"), self.tr(
                "Choose the column of the amount, and of the customer or their e-mail."))
            return False
        self._wizard.payment_columns = chosen
        self._wizard.undated_paid = UNDATED_BY_DUE if self.by_due.isChecked() \
            else UNDATED_REFUSED
        return True


class PolicyPage(QWizardPage):
    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("Contacts you have already"))
        self.setSubTitle(self.tr("A row is the same contact when the e-mail or the phone "
                                 "matches, or the name and the company do. Repeats within "
                                 "the file are handled the same way."))
        self.group = QButtonGroup(self)
        layout = QVBoxLayout(self)
        for key, text in POLICY_LABELS:
            button = QRadioButton(label(text), self)
            button.setProperty("policy", key)
            button.setChecked(key == "skip")
            self.group.addButton(button)
            layout.addWidget(button)
        # what "fill" and "overwrite" do not do: nothing the contact has is taken away
        lists = QLabel(self.tr("Filling in or overwriting adds the file's e-mails, phones and "
                               "tags to those the contact has; none are removed. Every change "
                               "can be undone (File > Undo last import)."), self)
        lists.setWordWrap(True)
        layout.addSpacing(8)
        layout.addWidget(lists)
        layout.addStretch(1)


def _fill(table: QTableWidget, rows: list[tuple[int, str | None, str]]) -> None:
    """Rows of (row number, field key, message), the field and message as the owner reads
    them."""
    table.setRowCount(len(rows))
    for r, (number, field, text) in enumerate(rows):
        shown = (key_label(FIELD_LABELS, field) if field in FIELD_LABELS
                 else field_name(field) if field else "")
        for c, value in enumerate((str(number), shown or "", message_text(text))):
            item = QTableWidgetItem(value)
            if c == 2:
                item.setToolTip(value)  # a long reason is cut at the table's edge
            table.setItem(r, c, item)
    table.verticalHeader().hide()  # its own numbering would sit next to the file's rows
    # the row and field are short: the reason gets the width
    header = table.horizontalHeader()
    for column in (0, 1):
        header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)


class SummaryPage(QWizardPage):
    """The dry run: what the import will do, and every row it will refuse, and why."""

    def __init__(self, wizard: ImportWizard):
        super().__init__(wizard)
        self.setTitle(self.tr("What will happen"))
        # a page without a subtitle is drawn with another header than the pages before it
        self.setSubTitle(self.tr("Checked against your contacts. Import writes exactly "
                                 "this; Back or Cancel leave everything as it was."))
        self._wizard = wizard
        self.counts = QLabel(self)
        self.counts.setTextFormat(Qt.TextFormat.RichText)
        self.counts.setWordWrap(True)  # unwrapped, a long line widened the whole wizard
        self.rejects = _table_widget(self)
        self.rejects.setColumnCount(3)
        self.rejects.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                                self.tr("Reason")])
        self.rejects.horizontalHeader().setStretchLastSection(True)
        self.save_rejects = QPushButton(self.tr("Save refused rows as CSV…"), self)
        self.save_rejects.clicked.connect(self.write_rejects)
        self.rejects_saved = QLabel(self)  # where they went: the dialog gave no sign
        # rows that will be imported, with something to know (a phone kept as typed)
        self.notes_title = QLabel(self)
        self.notes = _table_widget(self)
        self.notes.setColumnCount(3)
        self.notes.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Field"),
                                              self.tr("Note")])
        self.notes.horizontalHeader().setStretchLastSection(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.counts)
        layout.addWidget(self.rejects, 2)
        saving = QHBoxLayout()
        saving.addWidget(self.save_rejects)
        saving.addWidget(self.rejects_saved, 1)
        layout.addLayout(saving)
        layout.addWidget(self.notes_title)
        layout.addWidget(self.notes, 1)

    def initializePage(self) -> None:
        dry = self._wizard.check()
        self._wizard.dry = dry
        if dry is None:
            self.counts.setText(self.tr("The check was cancelled; nothing was changed."))
            self.rejects.setRowCount(0)
            self.notes_title.hide()
            self.notes.hide()
            return
        empty = self.tr(", empty rows ignored: {0}").format(dry.empty) if dry.empty else ""
        if dry.companies_created:  # named by people in the file and not there yet
            empty = self.tr(", companies to add for the people: {0}").format(
                count(dry.companies_created)) + empty
        if self._wizard.holds_deals():
            self.counts.setText(self.tr(
                "New deals: <b>{0}</b> (new contacts: {1}), already there: <b>{2}</b>, "
                "refused: <b>{3}</b>{4}. Nothing has been written yet.").format(
                count(dry.created), count(dry.contacts_created), count(dry.skipped),
                count(dry.rejected), empty))
        elif self._wizard.holds_payments():
            self.counts.setText(self.tr(
                "New payments: <b>{0}</b> (new contacts: {1}), invoices now paid, in whole "
                "or in part: <b>{2}</b>, "
                "already there: <b>{3}</b>, refused: <b>{4}</b>{5}. Nothing has been written "
                "yet.").format(count(dry.created), count(dry.contacts_created),
                               count(dry.updated), count(dry.skipped), count(dry.rejected),
                               empty))
        else:
            text = self.tr(
                "New: <b>{0}</b>, updated: <b>{1}</b>, duplicates skipped: <b>{2}</b>, "
                "refused: <b>{3}</b>{4}. Nothing has been written yet.").format(
                count(dry.created), count(dry.updated), count(dry.skipped), count(dry.rejected),
                empty)
            # what the file holds that no field takes, said before it is left behind
            skipped = [isolated(h) for h in pipeline.unmapped_columns(self._wizard.table,
                                                                      self._wizard.mapping)]
            if skipped:
                text += "<br>" + self.tr("Columns not imported (no field chosen): {0}").format(
                    html.escape(", ".join(skipped)))
            self.counts.setText(text)
        self.rejects_saved.clear()
        shown = dry.refused.first  # the first ones; "Save refused rows" writes them all
        _fill(self.rejects, [(r.row, r.field, r.reason) for r in shown])
        self.save_rejects.setEnabled(bool(dry.refused))
        listed = len(dry.warnings)
        self.notes_title.setText(
            self.tr("Imported as typed, to check later: {0}").format(count(listed))
            if listed == dry.warning_count else
            self.tr("Imported as typed, to check later: {0} (the first {1} listed)").format(
                count(dry.warning_count), count(listed)))
        _fill(self.notes, [(n.row, n.field, n.text) for n in dry.warnings])
        for widget in (self.notes_title, self.notes):
            widget.setVisible(dry.warning_count > 0)

    def write_rejects(self) -> None:
        source = Path(self._wizard.file_page.path.text().strip())
        # beside the file they came from, to be put right and imported again
        name, _ = QFileDialog.getSaveFileName(self, self.tr("Save refused rows"),
                                              str(source.with_name(f"{source.stem}-refused.csv")),
                                              "CSV (*.csv)")
        if name and self._wizard.dry is not None:
            try:
                written = refused_rows.write_rejects(Path(name), self._wizard.table.headers,
                                                     self._wizard.dry.refused)
            except CrmError as exc:
                QMessageBox.warning(self, self.tr("Save refused rows"), error_text(exc))
                return
            self.rejects_saved.setText(self.tr("Refused rows saved: {0}, in {1}").format(
                count(len(self._wizard.dry.refused)), isolated(str(written))))

    def cleanupPage(self) -> None:  # noqa: N802 (Qt's name) Back: the check is undone
        self._wizard.discard()
        self._wizard.dry = None
        super().cleanupPage()

    def isComplete(self) -> bool:
        return self._wizard.dry is not None
