"""Payments and invoices imported from the files accounting programs write (a Russian
semicolon CSV, a Persian workbook in the Solar Hijri calendar, an English list with $ and
month-first dates); a file imported twice adds nothing, the next month's list marks invoices
paid; undo; export and import round trip; bad rows refused by row and field."""

from __future__ import annotations

import csv
import json
from datetime import date
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.cli import main
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Contact, ImportBatch, Payment
from crm_desktop.errors import CancelledError, InputError
from crm_desktop.importers.deal_import import run_deal_import
from crm_desktop.importers.import_undo import undo_import
from crm_desktop.importers.payment_import import is_payment_table, run_payment_import
from crm_desktop.importers.pipeline import open_table
from crm_desktop.services import contacts, customer_record, funnel
from crm_desktop.services.business_profile import save_business_profile
from crm_desktop.services.export_deals import export_deals
from crm_desktop.services.export_payments import HEADERS, export_payments

RUSSIAN_EXPORT = (
    "Реестр счетов за март 2026\n"
    "\n"
    "Контрагент;Номер счета;Дата счета;Срок оплаты;Дата оплаты;Сумма;Валюта\n"
    "ООО «Вектор»;С-101;02.03.2026;16.03.2026;15.03.2026;125 000,50;RUB\n"
    "ООО «Вектор»;С-102;20.03.2026;03.04.2026;;48 300,00;RUB\n"
    "Ольга Смирнова;С-103;21.03.2026;04.04.2026;10.04.2026;9 900,00;RUB\n"
)


def _payments() -> list[tuple]:
    return sorted(((p.contact.name, p.invoice_number, p.amount_minor, p.currency, p.issued_on,
                    p.due_on, p.paid_on) for p in Payment.select().join(Contact)), key=str)


def test_a_russian_accounting_export_with_a_title_line(db, tmp_path: Path) -> None:
    path = tmp_path / "счета.csv"
    path.write_bytes(RUSSIAN_EXPORT.encode("cp1251"))  # as Russian Excel saves it
    table = open_table(path)
    assert is_payment_table(table.headers)
    dry = run_payment_import(table, dry_run=True)
    assert (dry.created, dry.contacts_created, dry.rejected) == (3, 2, 0)
    assert Payment.select().count() == 0 and Contact.select().count() == 0  # a dry run
    result = run_payment_import(open_table(path))
    assert result.counts() == dry.counts()
    assert _payments() == [
        ("ООО «Вектор»", "С-101", 12500050, "RUB", date(2026, 3, 2), date(2026, 3, 16),
         date(2026, 3, 15)),
        ("ООО «Вектор»", "С-102", 4830000, "RUB", date(2026, 3, 20), date(2026, 4, 3), None),
        ("Ольга Смирнова", "С-103", 990000, "RUB", date(2026, 3, 21), date(2026, 4, 4),
         date(2026, 4, 10)),
    ]
    firm = Contact.get(Contact.name == "ООО «Вектор»")
    assert (firm.kind, firm.status) == ("company", "customer")  # named a firm; has paid
    assert Contact.get(Contact.name == "Ольга Смирнова").kind == "person"


def test_a_persian_workbook_in_the_solar_calendar(db, tmp_path: Path) -> None:
    save_business_profile("", "IRR", "IR")
    path = tmp_path / "فاکتورها.xlsx"
    book = xlsxwriter.Workbook(str(path))
    sheet = book.add_worksheet("فروش")
    sheet.write_row(0, 0, ["مشتری", "شماره فاکتور", "تاریخ فاکتور", "تاریخ پرداخت",
                           "مبلغ (ریال)"])
    sheet.write_row(1, 0, ["شرکت پارس", "۱۰۱", "1403/05/12", "۱۴۰۳/۰۵/۲۰"])
    sheet.write_number(1, 4, 25_000_000)  # a number cell
    sheet.write_row(2, 0, ["کاوه رضایی", "102", "1403/12/30", "", "1,500,000"])
    sheet.write_row(3, 0, ["کاوه رضایی", "103", "1403/13/01", "", "100"])
    book.close()
    result = run_payment_import(open_table(path))
    assert [(r.row, r.field) for r in result.refused] == [(4, "issued_on")]
    assert str(result.refused[0].reason) == (
        "'1403/13/01' is not a day of the Persian calendar, such as 1403/05/12")
    assert _payments() == [
        ("شرکت پارس", "۱۰۱", 25_000_000, "IRR", date(2024, 8, 2), None, date(2024, 8, 10)),
        ("کاوه رضایی", "102", 1_500_000, "IRR", date(2025, 3, 20), None, None),
    ]


def test_an_english_list_with_dollars_and_month_first_dates(db, tmp_path: Path) -> None:
    path = tmp_path / "invoices.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["Customer", "Email", "Invoice #", "Invoice Date", "Due Date", "Date Paid",
             "Total"],
            ["Anna Baker", "anna@x.example", "1001", "03/04/2026", "04/03/2026", "03/30/2026",
             "$1,250.00"],
            ["Anna Baker", "anna@x.example", "1002", "03/15/2026", "", "", "US$ 80"],
            ["Crown & Co", "", "1003", "03/20/2026", "", "", "-80.00"],  # a credit note
            ["", "", "1004", "03/21/2026", "", "", "10"],
            ["Bob Hill", "", "1005", "03/22/2026", "03/01/2026", "", "10"],
            ["Bob Hill", "", "1006", "03/22/2026", "", "", "12 EUR"],
            ["Bob Hill", "", "1007", "03/22/2026", "", "", "ten"],
            ["Bob Hill", "", "1008", "03/22/2026", "", "", "€12"],
            ["Bob Hill", "", "1009", "03/22/2026", "", "", ""],
        ])
    anna = contacts.save_contact(None, {"name": "Anna B."}, emails=["anna@x.example"])
    result = run_payment_import(open_table(path))
    refused = {r.row: (r.field, str(r.reason)) for r in result.refused}
    assert refused == {
        4: ("amount", "a refund or credit note (a negative amount) is not a payment"),
        5: ("contact", "the row names no contact"),
        6: ("due_on", "cannot be before the invoice date"),
        8: ("amount", "'ten' is not an amount"),
        10: ("amount", "the row gives no amount"),
    }
    # found by e-mail, whatever the name; dates read month first, as 03/30 says
    assert [(p.invoice_number, p.amount_minor, p.currency, p.issued_on, p.due_on, p.paid_on)
            for p in Payment.select().where(Payment.contact == anna.contact_id)
            .order_by(Payment.id)] == [
        ("1001", 125000, "USD", date(2026, 3, 4), date(2026, 4, 3), date(2026, 3, 30)),
        ("1002", 8000, "USD", date(2026, 3, 15), None, None)]
    assert [(p.invoice_number, p.currency) for p in Payment.select().join(Contact)
            .where(Contact.name == "Bob Hill").order_by(Payment.id)] == [
        ("1006", "EUR"), ("1008", "EUR")]


def test_the_next_months_list_marks_invoices_paid_and_undo_puts_it_back(
        db, tmp_path: Path) -> None:
    olga = contacts.save_contact(None, {"name": "Ольга Смирнова"}).contact_id
    path = tmp_path / "март.csv"
    path.write_bytes(RUSSIAN_EXPORT.encode("cp1251"))
    first = run_payment_import(open_table(path))
    assert (first.created, first.contacts_created) == (3, 1)  # Olga was there already
    assert Contact.get_by_id(olga).status == "customer"
    again = run_payment_import(open_table(path))
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)  # adds nothing
    # a month on, the same list says С-102 was paid
    later = tmp_path / "апрель.csv"
    later.write_bytes(RUSSIAN_EXPORT.replace("03.04.2026;;48 300,00", "03.04.2026;01.04.2026;"
                                             "48 300,00").encode("cp1251"))
    paid = run_payment_import(open_table(later))
    assert (paid.created, paid.updated, paid.skipped) == (0, 1, 2)
    assert Payment.get(Payment.invoice_number == "С-102").paid_on == date(2026, 4, 1)
    batch = ImportBatch.select().order_by(ImportBatch.id.desc()).first()
    done = undo_import(batch.id)
    assert (done.payments_removed, done.payments_restored) == (0, 1)
    assert Payment.get(Payment.invoice_number == "С-102").paid_on is None
    done = undo_import(ImportBatch.select().order_by(ImportBatch.id).first().id)
    assert (done.payments_removed, done.removed) == (3, 1)  # and the firm made for them
    assert Payment.select().count() == 0
    assert [c.name for c in Contact.select()] == ["Ольга Смирнова"]
    assert Contact.get_by_id(olga).status == "lead"  # as she was


def test_undo_keeps_the_payments_corrected_since(db, tmp_path: Path) -> None:
    from crm_desktop.services import history_corrections as hc

    path = tmp_path / "март.csv"
    path.write_bytes(RUSSIAN_EXPORT.encode("cp1251"))
    run_payment_import(open_table(path))
    fixed = Payment.get(Payment.invoice_number == "С-102")
    hc.put(hc.PAYMENT, fixed.id, {"amount_minor": 4830001})  # the owner's correction
    done = undo_import(ImportBatch.get().id)
    assert done.payments_removed == 2
    assert [(p.invoice_number, p.amount_minor) for p in Payment.select()] == [
        ("С-102", 4830001)]
    assert [c.name for c in Contact.select()] == ["ООО «Вектор»"]  # it has a payment still


def test_a_cancelled_import_changes_nothing(db, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Customer", "Invoice", "Amount", "Paid"])
        writer.writerows([f"Customer {i}", f"I-{i}", "10", "2026-03-01"] for i in range(3000))
    with pytest.raises(CancelledError):
        run_payment_import(open_table(path), progress=lambda done, total: done < 2500)
    assert Payment.select().count() == 0 and Contact.select().count() == 0


def test_exported_payments_come_back_the_same_with_their_deals(db, tmp_path: Path) -> None:
    anna = contacts.save_contact(None, {"name": "Anna Baker"}, emails=["anna@x.example"])
    firm = contacts.save_contact(None, {"name": "Pars", "kind": "company"}).contact_id
    deal = funnel.create_deal(anna.contact_id, "Pilot", value="500")
    customer_record.add_payment(anna.contact_id, "500", "EUR", issued_on=date(2026, 1, 5),
                                due_on=date(2026, 2, 5), paid_on=date(2026, 2, 1),
                                invoice_number="A-1", deal_id=deal)
    customer_record.add_payment(anna.contact_id, "12.5", "USD", paid_on=date(2026, 2, 2))
    # a formula-looking invoice number is written as text and read back as it was
    customer_record.add_payment(firm, "3000000", "IRR", due_on=date(2026, 3, 1),
                                invoice_number="=SUM(A1)")
    # an invoice paid in two equal parts: two rows of the file, not one paid twice
    for paid in (date(2026, 2, 3), None):
        customer_record.add_payment(anna.contact_id, "250", "EUR", invoice_number="A-2",
                                    issued_on=date(2026, 1, 9), paid_on=paid)
    before = _payments()
    for suffix in (".csv", ".xlsx"):
        payments_file, deals_file = tmp_path / f"p{suffix}", tmp_path / f"d{suffix}"
        assert export_payments(payments_file) == 5
        export_deals(deals_file)
        close_database()
        open_database(tmp_path / f"empty{suffix}.sqlite3")
        try:
            run_deal_import(open_table(deals_file))
            result = run_payment_import(open_table(payments_file))
            assert (result.created, result.rejected, result.warning_count) == (5, 0, 0)
            assert _payments() == before
            again = run_payment_import(open_table(payments_file))
            assert (again.created, again.updated, again.skipped) == (0, 0, 5)
            assert Contact.get(Contact.name == "Pars").kind == "company"
            assert Payment.get(Payment.invoice_number == "A-1").deal.title == "Pilot"
        finally:
            close_database()
            open_database(tmp_path / "crm.sqlite3")
    with open(tmp_path / "p.csv", newline="", encoding="utf-8") as fh:
        assert tuple(next(csv.reader(fh))) == HEADERS


def test_a_deal_the_customer_does_not_have_is_told_and_the_payment_kept(
        db, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Contact,Deal,Amount,Paid\nAnna,Audit,10,2026-01-01\n", encoding="utf-8")
    result = run_payment_import(open_table(path))
    assert result.created == 1 and Payment.get().deal is None
    assert [(n.row, n.field, str(n.text)) for n in result.warnings] == [
        (2, "deal", "Anna has no deal 'Audit': the payment is kept without it")]


def test_huge_and_run_together_values_are_refused_by_field(db, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["Customer", "Invoice", "Amount", "Paid", "Note"],
            ["Anna", "1", "10", "2026-01-01", "x" * 10_001],
            ["Anna", "x" * 101, "10", "2026-01-01", ""],
            ["Anna", "3", "1" * 20, "2026-01-01", ""],
            ["Anna\nBoris", "4", "10", "2026-01-01", ""],
            ["Anna", "5", "10", "yes", ""],
            ["Anna", "6", "10", "no", ""],
        ])
    result = run_payment_import(open_table(path))
    assert {r.row: r.field for r in result.refused} == {
        2: "note", 3: "invoice_number", 4: "amount", 5: "contact", 6: "paid_on"}
    assert str(result.refused[4].reason) == (
        "says paid, but not when: give the day, such as 2026-03-31, or have such invoices "
        "dated by their due day")
    assert [(p.invoice_number, p.paid_on) for p in Payment.select()] == [("6", None)]


@pytest.mark.parametrize("headers", [
    ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company"],
    ["Name", "Given Name", "E-mail 1 - Value", "Phone 1 - Value", "Birthday"],
    ["Title", "Contact", "Value", "Stage"],  # a deals export
    ["Customer", "Amount"],  # whose and how much, but neither when nor which
])
def test_other_files_are_not_taken_for_payments(headers: list[str]) -> None:
    assert not is_payment_table(headers)


def test_the_command_line_imports_and_exports_payments(db_path: Path, tmp_path: Path,
                                                       capsys) -> None:
    path = tmp_path / "счета.csv"
    path.write_bytes(RUSSIAN_EXPORT.encode("cp1251"))
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"created": 3, "updated": 0, "skipped": 0,
                                                   "rejected": 0}
    assert main(["import", str(path), "--db", str(db_path)]) == 0
    assert "0 new payments (and 0 contacts), 0 updated, 3 duplicates skipped" in \
        capsys.readouterr().out
    out = tmp_path / "out.xlsx"
    assert main(["export", "payments", "--db", str(db_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"3 payments written to {out}"
    assert is_payment_table(open_table(out).headers)


cell = st.text(alphabet="0123456789-/.,$€ رنآ١۲abcT:", max_size=12)
payment_row = st.tuples(st.sampled_from(["Anna", "", "ООО «Вектор»"]),
                        st.sampled_from(["", "anna@x.example", "not-an-address"]),
                        st.sampled_from(["", "1", "2"]), cell, cell, cell, cell, cell,
                        st.sampled_from(["", "0", "5", "10.5", "-1", "x", "99999"]))


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(payment_row, min_size=1, max_size=10))
def test_arbitrary_payment_rows_import_or_explain(db, tmp_path_factory, rows) -> None:
    """Any cells under payment headers: each row is created, updated, skipped, refused with
    a reason, or empty, exactly once; what was counted is what was written (a row paid in
    part, or paying part of an invoice, is one more), and no money is made or lost."""
    path = tmp_path_factory.mktemp("payments") / "payments.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([["Customer", "Email", "Invoice", "Amount", "Currency",
                                   "Issued", "Due", "Paid", "Balance"], *rows])
    payments_before, contacts_before = Payment.select().count(), Contact.select().count()
    total_before = sum(p.amount_minor for p in Payment.select())
    result = run_payment_import(open_table(path))
    assert (result.created + result.updated + result.skipped + result.rejected
            + result.empty == result.rows)
    assert all(r.field and str(r.reason) for r in result.refused)
    added = Payment.select().count() - payments_before
    assert result.created <= added <= 2 * result.created + result.updated
    assert all(p.amount_minor > 0 for p in Payment.select())
    if not result.created:  # paying or skipping moves money between rows, never makes it
        assert sum(p.amount_minor for p in Payment.select()) == total_before
    assert Contact.select().count() == contacts_before + result.contacts_created


@pytest.mark.parametrize(("headers", "found"), [
    (["Company Name", "Invoice Date", "Amount (EUR)"],
     {"contact": 0, "issued_on": 1, "amount": 2}),  # invoices, none of them paid yet
    # a bare date with no paid or due column: payments received, that day
    (["Организация", "Дата", "Сумма"], {"contact": 0, "paid_on": 1, "amount": 2}),
    (["نام شرکت", "تاریخ", "سررسید", "مبلغ"],
     {"contact": 0, "issued_on": 1, "due_on": 2, "amount": 3}),
    # a remark in brackets is not a currency; a currency after the name is
    (["Client", "Amount (net)", "Total EUR", "Date Due"],
     {"contact": 0, "amount": 1, "due_on": 3}),
])
def test_columns_are_found_by_their_headers(headers: list[str], found: dict) -> None:
    from crm_desktop.importers import payment_columns

    assert payment_columns.columns(headers) == found
    assert is_payment_table(headers)


def test_a_mark_that_is_no_currency_is_no_amount(db, tmp_path: Path) -> None:
    from crm_desktop.importers import payment_columns

    assert payment_columns.amount_currency(["Client", "Amount (net)", "Paid"]) is None
    path = tmp_path / "p.csv"
    path.write_text("Customer,Amount,Paid\nAnna,12 pcs,2026-01-01\nAnna,12 chf,2026-01-02\n",
                    encoding="utf-8")
    result = run_payment_import(open_table(path))
    assert [(r.row, r.field, str(r.reason)) for r in result.refused] == [
        (2, "amount", "'12 pcs' is not an amount")]
    assert [(p.amount_minor, p.currency) for p in Payment.select()] == [(1200, "CHF")]


@settings(max_examples=200, deadline=None)
@given(headers=st.lists(st.one_of(
    st.text(max_size=20),
    st.sampled_from(["Customer", "Amount (EUR)", "Сумма, руб.", "Paid", "Дата", "تاریخ",
                     "Invoice #", "E-mail", "Due Date", "مبلغ (ریال)", "Amount ()"])),
    max_size=12))
def test_any_headers_are_read_or_not_taken_for_payments(headers: list[str]) -> None:
    """Whatever a file's first row says: the columns found are distinct, in range, and a
    file called payments has an amount and whose it is."""
    from crm_desktop.importers import payment_columns

    found = payment_columns.columns(headers)
    assert len(set(found.values())) == len(found)
    assert all(0 <= i < len(headers) for i in found.values())
    currency = payment_columns.amount_currency(headers)
    assert currency is None or len(currency) == 3
    if is_payment_table(headers):
        assert "amount" in found and {"contact", "contact_email"} & found.keys()


def test_a_currency_column_may_give_a_sign(db, tmp_path: Path) -> None:
    path = tmp_path / "p.csv"
    path.write_text("Customer;Amount;Currency;Paid\nAnna;10;руб.;2026-01-01\n"
                    "Boris;20;€;2026-01-01\nCarl;30 $;€;2026-01-01\n", encoding="utf-8")
    result = run_payment_import(open_table(path))
    assert [(r.row, r.field) for r in result.refused] == [(4, "currency")]
    assert sorted((p.amount_minor, p.currency) for p in Payment.select()) == [
        (1000, "RUB"), (2000, "EUR")]


def test_the_owners_columns_override_the_headers(db, tmp_path: Path) -> None:
    from crm_desktop.errors import InputError

    path = tmp_path / "p.csv"
    path.write_text("Who,How much,When\nAnna,10,2026-01-01\n", encoding="utf-8")
    table = open_table(path)
    assert not is_payment_table(table.headers)
    with pytest.raises(InputError, match="the column of the amount") as caught:
        run_payment_import(table, columns={"contact": 0, "paid_on": 2})
    assert caught.value.field == "mapping"
    result = run_payment_import(table, columns={"contact": 0, "amount": 1, "paid_on": 2})
    assert result.created == 1
    assert [(p.contact.name, p.amount_minor, str(p.paid_on)) for p in Payment.select()] == [
        ("Anna", 1000, "2026-01-01")]


def test_the_command_line_takes_the_owners_columns(db_path: Path, tmp_path: Path,
                                                   capsys) -> None:
    path = tmp_path / "счета.csv"
    path.write_bytes("Клиент;Сумма с НДС;Дата оплаты\nООО «Вектор»;1 200,00;15.03.2026\n"
                     .encode("cp1251"))
    base = ["import", str(path), "--db", str(db_path), "--json"]
    assert main([*base, "--as", "payments", "--column", "sum=Сумма с НДС"]) == 1
    assert "'sum' is not a part of a payment" in capsys.readouterr().err
    assert main([*base, "--as", "payments", "--column", "amount=Сумма"]) == 1
    assert "the file has no column 'Сумма'" in capsys.readouterr().err
    assert main([*base, "--as", "payments", "--column", "amount=Сумма с НДС"]) == 0
    assert json.loads(capsys.readouterr().out)["created"] == 1
    open_database(db_path)
    try:
        assert [(p.amount_minor, str(p.paid_on)) for p in Payment.select()] == [
            (120000, "2026-03-15")]
    finally:
        close_database()


def test_the_columns_chosen_are_taken_again_for_next_months_list(db_path: Path,
                                                                tmp_path: Path,
                                                                capsys) -> None:
    march, april = tmp_path / "март.csv", tmp_path / "апрель.csv"
    march.write_bytes("Клиент;Сумма с НДС;Дата оплаты\nООО «Вектор»;1 200,00;15.03.2026\n"
                      .encode("cp1251"))
    april.write_bytes("Клиент;Сумма с НДС;Дата оплаты\nООО «Вектор»;800,00;15.04.2026\n"
                      .encode("cp1251"))
    assert main(["import", str(march), "--db", str(db_path), "--json",
                 "--column", "amount=Сумма с НДС"]) == 0  # (--column: these are payments)
    capsys.readouterr()
    assert main(["import", str(april), "--db", str(db_path), "--json"]) == 0  # as last time
    assert json.loads(capsys.readouterr().out)["created"] == 1
    open_database(db_path)
    try:
        assert sorted(p.amount_minor for p in Payment.select()) == [80000, 120000]
    finally:
        close_database()


def _rows(path: Path, rows: list[list[str]]) -> Path:
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows(rows)
    return path


def _invoice(number: str) -> list[tuple]:
    return [(p.amount_minor, p.issued_on, p.due_on, p.paid_on) for p in
            Payment.select().where(Payment.invoice_number == number).order_by(Payment.id)]


BALANCES = ["Customer", "Invoice", "Invoice date", "Due date", "Last paid", "Amount",
            "Open balance"]


def test_an_invoice_paid_in_part_is_a_row_per_part_and_the_rest_stays_owed(
        db, tmp_path: Path) -> None:
    from crm_desktop.services import receivables

    path = _rows(tmp_path / "invoice-list.csv", [
        BALANCES,
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-03-10", "1,000.00", "400.00"],
        ["Anna Baker", "1002", "2026-03-02", "2026-04-01", "2026-03-05", "250.00", "0"],
        ["Anna Baker", "1003", "2026-03-03", "2026-04-02", "2026-03-05", "80.00", "80.00"],
        ["Anna Baker", "1004", "2026-03-03", "2026-04-02", "", "80.00", "30"],
        ["Anna Baker", "1005", "2026-03-03", "2026-04-02", "", "80.00", "0.00"],
        ["Anna Baker", "1006", "2026-03-03", "2026-04-02", "2026-03-05", "80.00", "81"],
        ["Anna Baker", "1007", "2026-03-03", "2026-04-02", "2026-03-05", "80.00", "-1"],
        ["Anna Baker", "1008", "2026-03-03", "2026-04-02", "2026-03-05", "80.00", "EUR 5"],
    ])
    result = run_payment_import(open_table(path))
    assert {r.row: (r.field, str(r.reason)) for r in result.refused} == {
        5: ("paid_on", "50.00 USD of it is paid, but the row does not say when: give the day "
                       "it was paid, such as 2026-03-31, or have such invoices dated by their "
                       "due day"),
        6: ("paid_on", "80.00 USD of it is paid, but the row does not say when: give the day "
                       "it was paid, such as 2026-03-31, or have such invoices dated by their "
                       "due day"),
        7: ("balance", "is more than the amount, 80.00 USD"),
        8: ("balance", "cannot be below zero"),
        9: ("balance", "the amount says USD and this column EUR"),
    }
    issued, due = date(2026, 3, 1), date(2026, 3, 31)
    assert _invoice("1001") == [(40000, issued, due, None),
                                (60000, issued, due, date(2026, 3, 10))]
    assert _invoice("1002") == [(25000, date(2026, 3, 2), date(2026, 4, 1), date(2026, 3, 5))]
    # the day of a last payment, of another invoice: nothing of this one is paid
    assert _invoice("1003") == [(8000, date(2026, 3, 3), date(2026, 4, 2), None)]
    assert result.created == 3  # invoices (1001 is two rows)
    owed = receivables.unpaid(date(2026, 4, 30))
    assert sorted((u.invoice_number, u.amount_minor) for u in owed) == [
        ("1001", 40000), ("1003", 8000)]
    assert Contact.get(Contact.name == "Anna Baker").status == "customer"


def test_next_months_balances_pay_the_open_part_and_undo_puts_it_back(
        db, tmp_path: Path) -> None:
    march = [["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-03-10", "1000", "400"],
             ["Bob Hill", "2001", "2026-03-01", "", "", "300", "300"]]
    run_payment_import(open_table(_rows(tmp_path / "march.csv", [BALANCES, *march])))
    again = run_payment_import(open_table(_rows(tmp_path / "again.csv", [BALANCES, *march])))
    assert (again.created, again.updated, again.skipped) == (0, 0, 2)
    april = _rows(tmp_path / "april.csv", [
        BALANCES,
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-04-03", "1000", "150"],
        ["Bob Hill", "2001", "2026-03-01", "", "2026-04-05", "300", "0"]])
    paid = run_payment_import(open_table(april))
    assert (paid.created, paid.updated, paid.skipped, paid.rejected) == (0, 2, 0, 0)
    issued, due = date(2026, 3, 1), date(2026, 3, 31)
    assert _invoice("1001") == [(15000, issued, due, None),
                                (60000, issued, due, date(2026, 3, 10)),
                                (25000, issued, due, date(2026, 4, 3))]
    assert _invoice("2001") == [(30000, issued, None, date(2026, 4, 5))]
    # the invoice list without its balances still knows the invoice, paid in parts or not
    plain = run_payment_import(open_table(_rows(tmp_path / "plain.csv", [
        ["Customer", "Invoice", "Amount", "Paid"],
        ["Anna Baker", "1001", "1000", ""], ["Bob Hill", "2001", "300", "2026-04-05"]])))
    assert (plain.created, plain.updated, plain.skipped) == (0, 0, 2)
    undone = undo_import(ImportBatch.select().order_by(ImportBatch.id.desc())
                         .where(ImportBatch.undone_at.is_null()).offset(1).first().id)
    assert (undone.payments_removed, undone.payments_restored) == (1, 2)
    assert _invoice("1001") == [(40000, issued, due, None),
                                (60000, issued, due, date(2026, 3, 10))]
    assert _invoice("2001") == [(30000, issued, None, None)]


def test_a_plain_list_pays_the_rest_of_an_invoice_paid_in_part(db, tmp_path: Path) -> None:
    run_payment_import(open_table(_rows(tmp_path / "march.csv", [
        BALANCES, ["Anna Baker", "1001", "2026-03-01", "", "2026-03-10", "1000", "400"]])))
    paid = run_payment_import(open_table(_rows(tmp_path / "paid.csv", [
        ["Customer", "Invoice", "Amount", "Paid"],
        ["Anna Baker", "1001", "1000", "2026-04-02"]])))
    assert (paid.created, paid.updated) == (0, 1)
    assert [row[3] for row in _invoice("1001")] == [date(2026, 4, 2), date(2026, 3, 10)]


def test_what_is_paid_and_what_is_left_make_the_amount(db, tmp_path: Path) -> None:
    path = _rows(tmp_path / "долги.csv", [
        ["Клиент", "№ счета", "Дата оплаты", "Оплаченная сумма", "Остаток"],
        ["Ольга Смирнова", "С-1", "10.03.2026", "600", "400"],
        ["Ольга Смирнова", "С-2", "", "", "250"]])
    result = run_payment_import(open_table(path))
    assert result.rejected == 0
    assert [(row[0], row[3]) for row in _invoice("С-1")] == [(40000, None),
                                                             (60000, date(2026, 3, 10))]
    assert [(row[0], row[3]) for row in _invoice("С-2")] == [(25000, None)]


@pytest.mark.parametrize(("headers", "found"), [
    (["Name", "Num", "Amount", "Open Balance"],
     {"contact": 0, "invoice_number": 1, "amount": 2, "balance": 3}),  # QuickBooks
    (["Customer", "Amount paid", "Date"], {"contact": 0, "amount": 1, "paid_on": 2}),
    (["Клиент", "Счёт", "Задолженность"], {"contact": 0, "invoice_number": 1, "amount": 2}),
    (["مشتری", "شماره فاکتور", "مبلغ کل", "مبلغ پرداخت شده", "مانده"],
     {"contact": 0, "invoice_number": 1, "amount": 2, "paid_amount": 3, "balance": 4}),
])
def test_paid_amounts_and_balances_are_found_by_their_headers(headers: list[str],
                                                              found: dict) -> None:
    from crm_desktop.importers import payment_columns

    assert payment_columns.columns(headers) == found


def test_invoices_paid_on_a_day_the_file_does_not_give_are_dated_by_their_due_day_if_chosen(
        db, tmp_path: Path) -> None:
    """QuickBooks' invoice list: an open balance, no paid day."""
    path = _rows(tmp_path / "qb.csv", [
        ["Date", "Num", "Name", "Due Date", "Amount", "Open Balance"],
        ["03/01/2026", "1001", "Anna Baker", "03/31/2026", "1,000.00", "0.00"],
        ["03/02/2026", "1002", "Anna Baker", "", "250.00", "100.00"],
        ["03/03/2026", "1003", "Bob Hill", "04/02/2026", "80.00", "80.00"],
    ])
    refused = run_payment_import(open_table(path), dry_run=True)
    assert [(r.row, r.field) for r in refused.refused] == [(2, "paid_on"), (3, "paid_on")]
    result = run_payment_import(open_table(path), undated_paid="due")
    assert (result.created, result.rejected) == (3, 0)
    assert _invoice("1001") == [(100000, date(2026, 3, 1), date(2026, 3, 31),
                                 date(2026, 3, 31))]
    # no due day: dated by the invoice's
    assert _invoice("1002") == [(10000, date(2026, 3, 2), None, None),
                                (15000, date(2026, 3, 2), None, date(2026, 3, 2))]
    assert _invoice("1003") == [(8000, date(2026, 3, 3), date(2026, 4, 2), None)]
    assert [(w.row, w.field, str(w.text)) for w in result.warnings] == [
        (2, "paid_on", "paid on a day the file does not give: dated by its due day, "
                       "2026-03-31"),
        (3, "paid_on", "paid on a day the file does not give: dated by its due day, "
                       "2026-03-02")]
    with pytest.raises(InputError, match="must be one of refuse, due"):
        run_payment_import(open_table(path), undated_paid="today")


def test_the_command_line_dates_undated_payments_by_their_due_day_when_told(
        db_path: Path, tmp_path: Path, capsys) -> None:
    path = _rows(tmp_path / "qb.csv", [
        ["Date", "Num", "Name", "Due Date", "Amount", "Open Balance"],
        ["03/01/2026", "1001", "Anna Baker", "03/31/2026", "1,000.00", "0.00"]])
    assert main(["import", str(path), "--db", str(db_path), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rejected"] == 1
    assert main(["import", str(path), "--db", str(db_path), "--json",
                 "--undated-paid", "due"]) == 0
    assert json.loads(capsys.readouterr().out) == {"created": 1, "updated": 0, "skipped": 0,
                                                   "rejected": 0}
    open_database(db_path)
    try:
        assert _invoice("1001")[0][3] == date(2026, 3, 31)
    finally:
        close_database()


def test_a_list_of_payments_received_pays_the_open_invoices_it_names(db, tmp_path: Path) -> None:
    """The invoices from the accounting program, then the bank's payments against them."""
    run_payment_import(open_table(_rows(tmp_path / "invoices.csv", [
        ["Customer", "Invoice", "Invoice date", "Due date", "Amount"],
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "1000"],
        ["Anna Baker", "1002", "2026-03-02", "2026-04-01", "250"]])))
    payments = _rows(tmp_path / "bank.csv", [
        ["Customer", "Invoice", "Payment date", "Amount paid"],
        ["Anna Baker", "1001", "2026-03-10", "400"],  # part of it
        ["Anna Baker", "1001", "2026-03-20", "600"],  # the rest
        ["Anna Baker", "1002", "2026-03-21", "300"],  # more than is owed: a payment of its own
    ])
    result = run_payment_import(open_table(payments))
    assert (result.created, result.updated, result.rejected) == (1, 2, 0)
    issued, due = date(2026, 3, 1), date(2026, 3, 31)
    assert _invoice("1001") == [(60000, issued, due, date(2026, 3, 20)),
                                (40000, issued, due, date(2026, 3, 10))]
    assert [row[0] for row in _invoice("1002")] == [25000, 30000]
    again = run_payment_import(open_table(payments))  # the same list again adds nothing
    assert (again.created, again.updated, again.skipped) == (0, 0, 3)
    undo_import(ImportBatch.select().where(ImportBatch.undone_at.is_null())
                .order_by(ImportBatch.id.desc()).offset(1).first().id)
    assert _invoice("1001") == [(100000, issued, due, None)]


def test_one_file_may_follow_an_invoice_through_its_payments(db, tmp_path: Path) -> None:
    """A year's statements in one file: the same invoice, its balance falling."""
    result = run_payment_import(open_table(_rows(tmp_path / "year.csv", [
        BALANCES,
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-03-10", "1000", "400"],
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-04-03", "1000", "150"],
        ["Anna Baker", "1001", "2026-03-01", "2026-03-31", "2026-04-03", "1000", "150"]])))
    assert (result.created, result.skipped, result.rejected) == (1, 2, 0)
    assert [(row[0], row[3]) for row in _invoice("1001")] == [
        (15000, None), (60000, date(2026, 3, 10)), (25000, date(2026, 4, 3))]


def test_a_xero_invoice_export_with_its_line_items_and_statuses(db, tmp_path: Path) -> None:
    """Xero writes a row per line item, the invoice's total on each, headers in one word;
    a voided invoice or a draft is no invoice to keep."""
    headers = ["*ContactName", "EmailAddress", "*InvoiceNumber", "*InvoiceDate", "*DueDate",
               "Total", "AmountDue", "AmountPaid", "Status", "Description", "LineAmount",
               "Currency"]
    path = _rows(tmp_path / "Invoices.csv", [
        headers,
        ["Crown & Co", "ap@crown.example", "INV-0001", "2026-03-01", "2026-03-31", "1500.00",
         "500.00", "1000.00", "AUTHORISED", "Design", "1000.00", "GBP"],
        ["Crown & Co", "ap@crown.example", "INV-0001", "2026-03-01", "2026-03-31", "1500.00",
         "500.00", "1000.00", "AUTHORISED", "Printing", "500.00", "GBP"],
        ["Crown & Co", "ap@crown.example", "INV-0002", "2026-03-05", "2026-04-04", "80.00",
         "80.00", "0.00", "VOIDED", "Samples", "80.00", "GBP"],
        ["Crown & Co", "ap@crown.example", "INV-0003", "2026-03-06", "2026-04-05", "90.00",
         "90.00", "0.00", "DRAFT", "Samples", "90.00", "GBP"],
    ])
    table = open_table(path)
    assert is_payment_table(table.headers)
    result = run_payment_import(table, undated_paid="due")
    assert {r.row: (r.field, str(r.reason)) for r in result.refused} == {
        4: ("status", "its status is 'VOIDED': not an invoice or payment to keep"),
        5: ("status", "its status is 'DRAFT': not an invoice or payment to keep")}
    assert (result.created, result.skipped) == (1, 1)  # the second line: the same invoice
    assert [(row[0], row[3]) for row in _invoice("INV-0001")] == [
        (50000, None), (100000, date(2026, 3, 31))]  # no paid day: its due day, as chosen
    firm = Contact.get(Contact.name == "Crown & Co")
    assert Payment.get(Payment.invoice_number == "INV-0001").currency == "GBP"
    assert [e.address for e in firm.emails] == ["ap@crown.example"]


def test_a_status_of_paid_is_paid(db, tmp_path: Path) -> None:
    path = _rows(tmp_path / "statuses.csv", [
        ["Customer", "Invoice", "Due date", "Amount", "Статус"],
        ["Anna Baker", "1", "2026-03-31", "10", "Paid"],
        ["Anna Baker", "2", "2026-03-31", "10", "Sent"]])
    assert [(r.row, r.field) for r in run_payment_import(open_table(path), dry_run=True)
            .refused] == [(2, "paid_on")]
    run_payment_import(open_table(path), undated_paid="due")
    assert [(row[0], row[3]) for row in _invoice("1") + _invoice("2")] == [
        (1000, date(2026, 3, 31)), (1000, None)]


def test_a_paid_column_of_amounts_is_the_amount_paid(db, tmp_path: Path, capsys) -> None:
    """FreshBooks' invoice export: 'Paid' holds how much was paid, 'Date Paid' when."""
    path = _rows(tmp_path / "freshbooks.csv", [
        ["Client Name", "Invoice #", "Date Issued", "Invoice Total", "Paid", "Date Paid"],
        ["Anna Baker", "0000012", "2026-03-01", "1,500.00", "500.00", "2026-03-20"],
        ["Anna Baker", "0000013", "2026-03-02", "80.00", "0.00", ""]])
    table = open_table(path)
    from crm_desktop.importers.payment_import import columns_of

    assert columns_of(table) == {"contact": 0, "invoice_number": 1, "issued_on": 2,
                                 "amount": 3, "paid_amount": 4, "paid_on": 5}
    result = run_payment_import(table)
    assert (result.created, result.rejected) == (2, 0)
    assert [(row[0], row[3]) for row in _invoice("0000012")] == [
        (100000, None), (50000, date(2026, 3, 20))]
    assert [(row[0], row[3]) for row in _invoice("0000013")] == [(8000, None)]
    # the command line reads the file the same way
    again = tmp_path / "again.sqlite3"
    assert main(["import", str(path), "--db", str(again), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["rejected"] == 0
