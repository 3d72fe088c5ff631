"""The import wizard driven page by page, and a file dropped on the main window."""

from __future__ import annotations

from pathlib import Path

import xlsxwriter
from PySide6.QtCore import QMimeData, QPointF, QSettings, Qt, QTimer, QUrl
from PySide6.QtGui import QDropEvent
from PySide6.QtWidgets import QApplication

from crm_desktop.db.connection import waiting_at_most
from crm_desktop.db.models import Contact, ImportBatch
from crm_desktop.errors import StorageError
from crm_desktop.services import contacts
from crm_desktop.ui.dialogs.import_wizard import ImportWizard
from crm_desktop.ui.display_text import isolated
from crm_desktop.ui.main_window import MainWindow
from tests.fixed_time import NOW


def _file(tmp_path: Path) -> Path:
    path = tmp_path / "клиенты.csv"
    path.write_bytes("Имя;Фамилия;Эл. почта;Город\r\n"
                     "Иван;Петров;ivan@example.ru;Москва\r\n"
                     "Ольга;Смирнова;olga@@example;Казань\r\n"
                     "Анна;Иванова;anna@example.ru;Самара\r\n".encode("cp1251"))
    return path


def test_the_wizard_previews_maps_dry_runs_and_imports(qtbot, db, tmp_path: Path) -> None:
    contacts.save_contact(None, {"name": "Анна Иванова"}, emails=["anna@example.ru"])
    wizard = ImportWizard(_file(tmp_path))
    qtbot.addWidget(wizard)
    wizard.show()
    page = wizard.file_page
    assert page.isComplete()
    assert page.preview.rowCount() == 3
    assert page.preview.item(0, 0).text() == isolated("Иван")  # each cell its own direction
    assert "cp1251" in page.about.text()
    wizard.next()
    mapping = wizard.mapping_page
    assert [b.currentData() for b in mapping.boxes] == ["first_name", "last_name", "email",
                                                        "city"]
    wizard.next()
    wizard.policy_page.group.buttons()[1].setChecked(True)  # fill
    wizard.next()  # runs the dry run
    summary = wizard.summary_page
    assert (wizard.dry.created, wizard.dry.updated, wizard.dry.rejected) == (1, 1, 1)
    assert summary.rejects.item(0, 0).text() == "3"
    assert summary.rejects.item(0, 1).text() == "E-mail"
    assert "Columns not imported" not in summary.counts.text()  # each has its field
    wizard.back()
    wizard.back()
    mapping.boxes[3].setCurrentIndex(0)  # the city left out: said before the import
    wizard.next()
    wizard.next()
    assert summary.counts.text().endswith(
        f"<br>Columns not imported (no field chosen): {isolated('Город')}")
    wizard.back()
    wizard.back()
    mapping.boxes[3].setCurrentIndex(mapping.boxes[3].findData("city"))
    wizard.next()
    wizard.next()
    assert Contact.select().count() == 1  # nothing written by the dry run
    wizard.accept()
    assert wizard.result.counts() == {"created": 1, "updated": 1, "skipped": 0, "rejected": 1}
    assert Contact.get(Contact.name == "Анна Иванова").city == "Самара"
    assert Contact.get(Contact.name == "Иван Петров").email == "ivan@example.ru"


def _to_summary(wizard: ImportWizard) -> None:
    wizard.show()
    while wizard.currentPage() is not wizard.summary_page:
        wizard.next()


def _writable(db) -> bool:
    """Whether this (GUI thread) connection can write at once: no transaction holds the
    lock."""
    try:
        with waiting_at_most(0), db.atomic():
            db.execute_sql("UPDATE contact SET city = city WHERE id = -1")
        return True
    except StorageError:  # the database is busy
        return False


def test_import_writes_what_the_check_showed_without_reading_the_file_again(
        qtbot, db, tmp_path: Path) -> None:
    path = _file(tmp_path)
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    _to_summary(wizard)
    assert wizard.dry.counts() == {"created": 2, "updated": 0, "skipped": 0, "rejected": 1}
    assert Contact.select().count() == 0 and not _writable(db)  # held, not written
    # the file changes (or goes) between the check and "Import": what was shown is written
    path.write_text("Name,Email\nSomeone Else,else@example.com\n", encoding="utf-8")
    wizard.accept()
    assert wizard.result.counts() == wizard.dry.counts()
    assert sorted(c.name for c in Contact.select()) == ["Анна Иванова", "Иван Петров"]
    assert _writable(db)


def test_back_and_cancel_roll_the_check_back_and_free_the_database(
        qtbot, db, tmp_path: Path) -> None:
    wizard = ImportWizard(_file(tmp_path))
    qtbot.addWidget(wizard)
    _to_summary(wizard)
    assert not _writable(db)
    wizard.back()  # to the duplicate policy: the check is rolled back
    assert _writable(db) and wizard.dry is None
    assert not wizard.summary_page.isComplete()
    wizard.next()  # checked again
    assert wizard.dry.created == 2 and not _writable(db)
    wizard.reject()
    assert _writable(db)
    assert Contact.select().count() == 0 and ImportBatch.select().count() == 0


def test_quitting_with_a_checked_import_open_rolls_it_back(qtbot, db, tmp_path: Path) -> None:
    wizard = ImportWizard(_file(tmp_path))
    qtbot.addWidget(wizard)
    _to_summary(wizard)
    assert not _writable(db)
    QApplication.instance().aboutToQuit.emit()  # logout, say, with the wizard open
    assert _writable(db) and Contact.select().count() == 0


def test_the_sheet_is_chosen_from_the_workbook(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "book.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Cover")
    book.add_worksheet("Customers").write_row(0, 0, ["Name", "Email"])
    book.worksheets()[1].write_row(1, 0, ["Ann Lee", "ann@example.com"])
    book.add_worksheet("Suppliers").write_row(0, 0, ["Company", "City"])
    for row, cells in enumerate([["Acme Ltd", "Leeds"], ["Bolt plc", "York"]], start=1):
        book.worksheets()[2].write_row(row, 0, cells)
    book.close()
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    page = wizard.file_page
    sheets = [page.sheet.itemText(i) for i in range(page.sheet.count())]
    assert sheets == ["Cover", "Customers", "Suppliers"]
    assert page.sheet.isEnabled() and page.sheet.currentText() == "Customers"
    assert page.preview.rowCount() == 1 and page.isComplete()
    page.sheet.setCurrentText("Suppliers")
    assert page.preview.rowCount() == 2
    assert page.preview.item(1, 1).text() == isolated("York")
    assert wizard.table.sheet == "Suppliers"
    page.sheet.setCurrentText("Cover")
    assert "is empty" in page.error.text() and not page.isComplete()
    assert page.sheet.count() == 3  # still there to choose another


def test_the_summary_counts_the_companies_the_people_bring(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "people.csv"
    path.write_text("Name,Company,Email\nAnn Lee,Acme Ltd,ann@x.example\n"
                    "Bob Ray,Acme Ltd,bob@x.example\nCy Dunn,,cy@x.example\n\n",
                    encoding="utf-8")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    for _ in range(3):
        wizard.next()
    text = wizard.summary_page.counts.text()
    assert "New: <b>3</b>" in text
    assert "companies to add for the people: 1, empty rows ignored: 1." in text
    assert Contact.select().count() == 0


def test_a_bad_file_says_why_and_cannot_go_on(qtbot, db, tmp_path: Path) -> None:
    path = tmp_path / "photo.xlsx"
    path.write_bytes(b"\x89PNG not a workbook")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    assert not wizard.file_page.isComplete()
    assert "cannot be read as a spreadsheet" in wizard.file_page.error.text()


def test_dropping_a_file_on_the_window_opens_the_import(qtbot, db, db_path: Path,
                                                       tmp_path: Path) -> None:
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"),
                                           QSettings.Format.IniFormat), lambda: NOW)
    qtbot.addWidget(window)
    window.show()
    seen = {}

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        seen["wizard"] = isinstance(wizard, ImportWizard)
        seen["path"] = wizard.file_page.path.text()
        wizard.reject()

    QTimer.singleShot(0, look)
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(_file(tmp_path)))])
    event = QDropEvent(QPointF(50, 50), Qt.DropAction.CopyAction, data,
                       Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    window.dropEvent(event)
    assert seen == {"wizard": True, "path": str(_file(tmp_path))}


def _window_answering_yes(qtbot, db_path: Path, tmp_path: Path,
                          monkeypatch) -> tuple[MainWindow, list[str]]:
    """The main window, with every question answered Yes; the questions asked."""
    from PySide6.QtWidgets import QMessageBox

    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"),
                                           QSettings.Format.IniFormat), lambda: NOW)
    qtbot.addWidget(window)
    asked: list[str] = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(
        lambda _parent, _title, text: asked.append(text) or QMessageBox.StandardButton.Yes))
    return window, asked


def test_undo_last_import_from_the_menu_keeps_what_was_worked_on(
        qtbot, db, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    from crm_desktop.db.models import Interaction
    from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import

    table = open_table(_file(tmp_path))
    run_import(table, auto_mapping(table), "skip")
    ivan = Contact.get(Contact.email == "ivan@example.ru").id
    Interaction.create(contact=ivan, kind="call", occurred_at=NOW)
    window, asked = _window_answering_yes(qtbot, db_path, tmp_path, monkeypatch)
    window.undo_last_import()
    assert "worked on since are kept" in asked[0]
    assert [c.email for c in Contact.select()] == ["ivan@example.ru"]
    assert window.statusBar().currentMessage() == (
        "Import undone: 1 removed, 0 put back, 1 kept as you have worked on them since")
    assert window.contacts.model.rowCount() == 1


def test_undo_last_import_undoes_a_deals_import(qtbot, db, db_path: Path, tmp_path: Path,
                                                monkeypatch) -> None:
    from crm_desktop.db.models import Deal
    from crm_desktop.importers.deal_import import run_deal_import
    from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import

    table = open_table(_file(tmp_path))
    run_import(table, auto_mapping(table), "skip")  # the contacts first, then their deals
    people = Contact.select().count()
    deals = tmp_path / "deals.csv"
    deals.write_text("Title,Contact,Contact e-mail,Value,Stage\n"
                     "Pilot,Ivan,ivan@example.ru,100,Interest\n"
                     "Audit,New Firm,info@new.example,200,Interest\n", encoding="utf-8")
    run_deal_import(open_table(deals))
    window, asked = _window_answering_yes(qtbot, db_path, tmp_path, monkeypatch)
    window.undo_last_import()  # the deals import, not the contacts one before it
    assert asked[0].startswith("Undo the import of deals.csv (new deals: 2)?")
    assert Deal.select().count() == 0 and Contact.select().count() == people
    assert window.statusBar().currentMessage() == (
        "Import undone. Deals removed: 2; contacts removed: 1; deals kept as you have worked "
        "on them since: 0")


def test_refused_rows_and_bad_files_are_explained_in_the_owners_language(
        qapp, qtbot, db, tmp_path: Path) -> None:
    from crm_desktop.ui.application import create_application

    try:
        create_application(lang="ru")
        wizard = ImportWizard(_file(tmp_path))
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        wizard.next()
        wizard.next()  # the dry run
        reason = wizard.summary_page.rejects.item(0, 2).text()
        assert reason.startswith("«\u2068olga@@example\u2069» — неверный адрес эл. почты: ")
        # email-validator's English reason, said in Russian too
        assert "\u2068в части после знака @ есть недопустимые символы" in reason
        assert "@-sign" not in reason
        bad = tmp_path / "photo.xlsx"
        bad.write_bytes(b"\x89PNG not a workbook")
        create_application(lang="fa")
        refused = ImportWizard(bad)
        qtbot.addWidget(refused)
        assert "را نمی‌توان به‌عنوان صفحه‌گسترده خواند" in refused.file_page.error.text()
        assert "\u2068photo.xlsx\u2069" in refused.file_page.error.text()
    finally:
        create_application(lang="en")
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_values_kept_as_typed_are_listed_before_the_import(qtbot, db,
                                                            tmp_path: Path) -> None:
    path = tmp_path / "phones.csv"
    path.write_text("Name,Phone\nAnna,+44 20 7946 0000\nBoris,ext. 214\nCarl,12\n",
                    encoding="utf-8")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    wizard.next()
    wizard.next()  # the dry run
    page = wizard.summary_page
    assert wizard.dry.warning_count == 2 and not page.notes.isHidden()
    assert page.notes_title.text() == "Imported as typed, to check later: 2"
    assert [page.notes.item(r, 0).text() for r in range(page.notes.rowCount())] == ["3", "4"]
    assert page.notes.item(0, 1).text() == "Phone"
    assert "ext. 214" in page.notes.item(0, 2).text()
    assert "kept as typed" in page.notes.item(0, 2).text()
    wizard.accept()
    assert Contact.get(Contact.name == "Boris").phone == "ext. 214"  # nothing lost


def test_a_deals_file_goes_straight_to_what_will_happen(qtbot, db, db_path: Path,
                                                        tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.db.models import Deal
    from crm_desktop.services import funnel

    anna = contacts.save_contact(None, {"name": "Anna"}, emails=["anna@x.example"]).contact_id
    funnel.create_deal(anna, "Pilot", value="500", now=NOW)
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat),
                        lambda: NOW)
    qtbot.addWidget(window)
    target = tmp_path / "deals.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")))
    window.export_deals()  # File > Export deals…
    Deal.delete().execute()
    wizard = ImportWizard(target)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "a deal per row" in wizard.file_page.about.text()
    wizard.next()  # no mapping, no duplicate policy: what will happen
    assert wizard.currentPage() is wizard.summary_page
    assert "New deals: <b>1</b> (new contacts: 0)" in wizard.summary_page.counts.text()
    wizard.accept()
    assert [(d.title, d.contact_id, d.value_minor) for d in Deal.select()] == [
        ("Pilot", anna, 50000)]


def test_the_window_checkpoints_an_import_in_the_background(qtbot, db, db_path: Path,
                                                              tmp_path: Path) -> None:
    from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import

    path = tmp_path / "many.csv"
    path.write_text("Name,Email\n" + "".join(f"Person {i},p{i}@x.example\n"
                                            for i in range(12000)), encoding="utf-8")
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"),
                                           QSettings.Format.IniFormat), lambda: NOW)
    qtbot.addWidget(window)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    size = db_path.stat().st_size
    table = open_table(path)
    run_import(table, auto_mapping(table))
    assert db_path.stat().st_size == size
    window._checkpoint_in_background()
    qtbot.waitUntil(lambda: not window.checkpointing.running)
    assert db_path.stat().st_size > size


def test_dialogs_open_where_the_owner_last_picked_a_file(qtbot, db, tmp_path: Path,
                                                          monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.ui import recent_folders

    assert recent_folders.suggest("import") == str(Path.home())
    folder = tmp_path / "from the accountant"
    folder.mkdir()
    recent_folders.remember("import", folder / "clients.csv")
    assert recent_folders.suggest("import") == str(folder)
    assert recent_folders.suggest("export", "contacts.xlsx") == str(Path.home() /
                                                                    "contacts.xlsx")
    folder.rmdir()
    assert recent_folders.suggest("import") == str(Path.home())  # gone: home again

    wizard = ImportWizard(_file(tmp_path))
    qtbot.addWidget(wizard)
    _to_summary(wizard)
    offered: list[str] = []
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(
        lambda parent, title, suggested, *rest: (offered.append(suggested), ("", ""))[1]))
    wizard.summary_page.write_rejects()
    assert offered == [str(tmp_path / "клиенты-refused.csv")]  # beside the file, to fix
    assert wizard.summary_page.rejects_saved.text() == ""  # cancelled: nothing said
    chosen = tmp_path / "to fix.csv"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a: (str(chosen), "CSV (*.csv)")))
    wizard.summary_page.write_rejects()
    assert "olga@@example" in chosen.read_text(encoding="utf-8-sig")
    assert wizard.summary_page.rejects_saved.text() == (
        f"Refused rows saved: 1, in {isolated(str(chosen))}")
    wizard.reject()


def test_numbers_without_code_are_read_as_the_offered_country_s(qtbot, db, tmp_path: Path,
                                                                monkeypatch) -> None:
    from PySide6.QtCore import QLocale
    from PySide6.QtWidgets import QMessageBox

    path = tmp_path / "телефоны.csv"
    path.write_bytes("Имя;Телефон\r\nОлег;8 (912) 345-67-89\r\n".encode("cp1251"))
    before = QLocale()
    QLocale.setDefault(QLocale("ru"))  # a Russian window, on a computer naming no country
    try:
        wizard = ImportWizard(path)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.next()
        assert wizard.mapping_page.region.text() == "RU"
        warned = []
        monkeypatch.setattr(QMessageBox, "warning",
                            staticmethod(lambda _p, _t, text: warned.append(text)))
        wizard.mapping_page.region.setText("XX")
        wizard.next()
        assert wizard.currentPage() is wizard.mapping_page  # refused, with why
        assert "'XX' is not a country code" in warned[0]
        wizard.mapping_page.region.setText("ru")
        while wizard.currentPage() is not wizard.summary_page:
            wizard.next()
        assert wizard.dry.warning_count == 0  # a valid Russian number, not kept as typed
        wizard.accept()
    finally:
        QLocale.setDefault(before)
    assert contacts.snapshot(Contact.get(Contact.name == "Олег").id).phones[0][0] == (
        "+79123456789")


def test_file_import_from_the_menu_opens_the_wizard_on_no_file(qtbot, db, db_path: Path,
                                                               tmp_path: Path) -> None:
    """Ctrl+I (File > Import): the wizard asks for a file. Qt passed the action's `checked`
    (False) as the file, and the wizard opened on "False does not exist"."""
    window = MainWindow(db_path, QSettings(str(tmp_path / "ui.ini"),
                                           QSettings.Format.IniFormat), lambda: NOW)
    qtbot.addWidget(window)
    seen: list[tuple[str, str]] = []

    def look() -> None:
        wizard = QApplication.activeModalWidget()
        assert isinstance(wizard, ImportWizard)
        seen.append((wizard.file_page.path.text(), wizard.file_page.error.text()))
        wizard.reject()

    QTimer.singleShot(0, look)
    action = next(a for a in window.menuBar().actions()[0].menu().actions()
                  if a.text().startswith("&Import"))
    action.trigger()
    assert seen == [("", "")]


def test_a_payments_file_goes_straight_to_what_will_happen_and_undoes(
        qtbot, db, db_path: Path, tmp_path: Path, monkeypatch) -> None:
    from PySide6.QtWidgets import QFileDialog

    from crm_desktop.db.models import Payment
    from crm_desktop.services import customer_record

    anna = contacts.save_contact(None, {"name": "Anna"}, emails=["anna@x.example"]).contact_id
    customer_record.add_payment(anna, "500", "EUR", invoice_number="A-1")
    window, asked = _window_answering_yes(qtbot, db_path, tmp_path, monkeypatch)
    target = tmp_path / "payments.xlsx"
    monkeypatch.setattr(QFileDialog, "getSaveFileName",
                        staticmethod(lambda *a, **k: (str(target), "Excel workbook (*.xlsx)")))
    window.export_payments()  # File > Export payments…
    invoices = tmp_path / "invoices.csv"  # the accounting program's list, a month on
    invoices.write_text("Customer,Email,Invoice,Amount,Currency,Paid\n"
                        "Anna,anna@x.example,A-1,500,EUR,2026-03-02\n"
                        "Boris Ltd,,B-7,120,EUR,2026-03-05\n", encoding="utf-8")
    wizard = ImportWizard(invoices)
    qtbot.addWidget(wizard)
    wizard.show()
    assert "payments or invoices" in wizard.file_page.about.text()
    wizard.next()  # which column is which, as the headers say
    assert [box.currentData() for box in wizard.payment_page.boxes] == [
        "contact", "contact_email", "invoice_number", "amount", "currency", "paid_on"]
    wizard.next()  # no duplicate policy: what will happen
    assert wizard.currentPage() is wizard.summary_page
    assert ("New payments: <b>1</b> (new contacts: 1), invoices now paid, in whole or in "
            "part: <b>1</b>, already "
            "there: <b>0</b>, refused: <b>0</b>") in wizard.summary_page.counts.text()
    wizard.accept()
    assert sorted((p.invoice_number, str(p.paid_on)) for p in Payment.select()) == [
        ("A-1", "2026-03-02"), ("B-7", "2026-03-05")]
    window.undo_last_import()
    assert asked[-1].startswith("Undo the import of invoices.csv (new payments: 1, invoices "
                                "paid: 1)?")
    assert [(p.invoice_number, p.paid_on) for p in Payment.select()] == [("A-1", None)]
    assert window.statusBar().currentMessage() == (
        "Import undone. Payments removed: 1; invoices open again: 1; contacts removed: 1")
    assert Contact.select().count() == 1
    # and the export, read back
    exported = ImportWizard(target)
    qtbot.addWidget(exported)
    assert exported.holds_payments()


def test_an_invoice_list_the_headers_do_not_tell_is_imported_as_the_owner_says(
        qtbot, db, tmp_path: Path, monkeypatch) -> None:
    """"Сумма с НДС" names no amount the app knows: the file reads as contacts until the
    owner says its rows are payments and which column is the amount."""
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.db.models import Payment
    from crm_desktop.ui.dialogs.import_wizard import PAYMENTS

    path = tmp_path / "счета.csv"
    path.write_bytes("Клиент;Сумма с НДС;Дата оплаты\n"
                     "ООО «Вектор»;1 200,00;15.03.2026\n".encode("cp1251"))
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    rows_are = wizard.file_page.rows_are
    assert rows_are.currentData() == "contacts"
    rows_are.setCurrentIndex(rows_are.findData(PAYMENTS))
    wizard.next()
    page = wizard.payment_page
    assert wizard.currentPage() is page
    assert [box.currentData() for box in page.boxes] == ["contact", None, "paid_on"]
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        staticmethod(lambda _p, _t, text: warned.append(text)))
    wizard.next()  # no amount yet: it stays, and says what is missing
    assert wizard.currentPage() is page
    assert warned == ["Choose the column of the amount, and of the customer or their e-mail."]
    page.boxes[1].setCurrentIndex(page.boxes[1].findData("amount"))
    page.boxes[2].setCurrentIndex(page.boxes[2].findData("amount"))
    wizard.next()
    assert warned[-1] == "Only one column can give Amount."
    page.boxes[2].setCurrentIndex(page.boxes[2].findData("paid_on"))
    wizard.next()
    assert wizard.currentPage() is wizard.summary_page
    assert "New payments: <b>1</b> (new contacts: 1)" in wizard.summary_page.counts.text()
    wizard.accept()
    p = Payment.get()
    assert (p.contact.name, p.amount_minor, str(p.paid_on)) == ("ООО «Вектор»", 120000,
                                                                "2026-03-15")
    assert p.contact.kind == "company"
    # next month's list, with the same headers, reads as this one did
    again = ImportWizard(path)
    qtbot.addWidget(again)
    again.show()
    assert again.file_page.rows_are.currentData() == PAYMENTS
    again.next()
    assert [box.currentData() for box in again.payment_page.boxes] == [
        "contact", "amount", "paid_on"]


def test_an_invoice_list_with_balances_and_no_paid_day_is_dated_by_due_day_if_ticked(
        qtbot, db, tmp_path: Path) -> None:
    from datetime import date

    from crm_desktop.db.models import Payment
    from crm_desktop.services import receivables

    path = tmp_path / "invoice list.csv"  # as QuickBooks writes it
    path.write_text("Date,Num,Name,Due Date,Amount,Open Balance\n"
                    "03/01/2026,1001,Anna Baker,03/31/2026,\"1,000.00\",0.00\n"
                    "03/02/2026,1002,Anna Baker,04/01/2026,250.00,100.00\n", encoding="utf-8")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    page = wizard.payment_page
    assert [box.currentData() for box in page.boxes] == [
        "issued_on", "invoice_number", "contact", "due_on", "amount", "balance"]
    assert not page.by_due.isChecked()
    wizard.next()  # unticked: both rows refused, each saying why
    assert "refused: <b>2</b>" in wizard.summary_page.counts.text()
    wizard.back()
    page.by_due.setChecked(True)
    wizard.next()
    assert "New payments: <b>2</b>" in wizard.summary_page.counts.text()
    assert "refused: <b>0</b>" in wizard.summary_page.counts.text()
    wizard.accept()
    assert sorted((p.invoice_number, p.amount_minor, str(p.paid_on)) for p in
                  Payment.select()) == [("1001", 100000, "2026-03-31"),
                                        ("1002", 10000, "None"), ("1002", 15000, "2026-04-01")]
    assert [u.amount_minor for u in receivables.unpaid(date(2026, 4, 30))] == [10000]


def test_outlook_s_home_and_other_columns_are_shown_as_another_address(qtbot, db,
                                                                       tmp_path: Path) -> None:
    path = tmp_path / "outlook.csv"
    path.write_text("First Name,Last Name,E-mail Address,Business Phone,Job Title,"
                    "Business City,Home City,Anniversary,Other City\n"
                    "Bob,Ray,bob@x.example,,,,Hull,,Goole\n", encoding="utf-8")
    wizard = ImportWizard(path)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.next()
    boxes = wizard.mapping_page.boxes
    for j in (6, 8):
        assert (boxes[j].currentData(), boxes[j].currentText()) == (None, "— another address —")
    assert boxes[7].currentText() == "— skip —"
    wizard.next()
    wizard.next()
    assert wizard.summary_page.counts.text().endswith(
        f"<br>Columns not imported (no field chosen): {isolated('Anniversary')}")
    wizard.accept()
    assert Contact.get(Contact.first_name == "Bob").city == "Hull"
    assert Contact.get(Contact.first_name == "Bob").notes == "Other City: Goole"
