"""Money owed: open invoices aged by how late they are, per currency; who owes (the contacts
filter); the unpaid invoices report read back."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.reports.receivables_report import build_receivables_report
from crm_desktop.reports.wording import Wording
from crm_desktop.services import contacts, receivables
from crm_desktop.services.contact_query import ContactFilter, count
from crm_desktop.services.customer_record import add_payment

TODAY = date(2026, 3, 16)


@pytest.fixture
def owed(db) -> dict[str, int]:
    people = {name: contacts.create_contact({"name": name}).id
              for name in ("Anna", "Boris", "Ольга", "Paid Up", "Binned")}

    def invoice(name: str, amount: str, due_days_ago: int | None, currency: str = "USD",
                paid: bool = False, number: str | None = None) -> None:
        due = TODAY - timedelta(days=due_days_ago) if due_days_ago is not None else None
        add_payment(people[name], amount, currency, due_on=due,
                    paid_on=TODAY if paid else None, invoice_number=number)

    invoice("Anna", "100", 0, number="A-0")  # due today: not late yet
    invoice("Anna", "200", 1, number="A-1")
    invoice("Anna", "300", 30, number="A-30")
    invoice("Boris", "400", 31, number="B-31")
    invoice("Boris", "500", 90, number="B-90")
    invoice("Boris", "600", 91, "EUR", number="B-91")
    invoice("Ольга", "700", None, number="O-none")  # no due day: open, never late
    invoice("Paid Up", "800", 200, paid=True)
    invoice("Binned", "900", 200)
    contacts.trash_contacts([people["Binned"]])
    return people


def test_open_invoices_are_aged_by_days_late_per_currency(owed) -> None:
    invoices = receivables.unpaid(TODAY)
    assert [(i.invoice_number, i.days_late, i.age) for i in invoices] == [
        ("B-91", 91, 4), ("B-90", 90, 3), ("B-31", 31, 2), ("A-30", 30, 1), ("A-1", 1, 1),
        ("A-0", 0, 0), ("O-none", 0, 0)]
    totals = receivables.ageing(invoices)
    assert totals.by_currency == {"USD": [80000, 50000, 40000, 50000, 0],
                                  "EUR": [0, 0, 0, 0, 60000]}
    assert (totals.invoices, totals.overdue) == (7, 5)
    assert [i.invoice_number for i in receivables.unpaid_of(owed["Anna"], TODAY)] == [
        "A-30", "A-1", "A-0"]
    assert list(receivables.by_customer(invoices)) == [owed["Boris"], owed["Anna"],
                                                       owed["Ольга"]]


def test_the_contacts_filter_lists_who_owes(owed) -> None:
    as_of = datetime(2026, 3, 16, 12).astimezone()
    assert count(ContactFilter(owing_on=as_of)) == 2  # Anna and Boris
    # a day earlier, Anna's invoice due yesterday was not late yet; A-30 was
    assert count(ContactFilter(owing_on=as_of - timedelta(days=31))) == 1


def test_the_report_lists_what_is_owed_in_each_language(owed, tmp_path: Path) -> None:
    path = tmp_path / "unpaid.pdf"
    assert build_receivables_report(path, TODAY) == 7
    text = "\n".join(p.extract_text() for p in PdfReader(path).pages)
    assert "As of 2026-03-16: 7 invoices open, 5 of them overdue" in text
    assert "600.00 EUR" in text and "800.00 USD" in text  # over 90 days; not yet due
    assert "Boris" in text and "Binned" not in text and "Paid Up" not in text
    assert text.index("B-91") < text.index("A-30")  # the longest overdue first
    build_receivables_report(path, TODAY, wording=Wording("ru"))
    assert "Неоплаченные счета" in PdfReader(path).pages[0].extract_text()
    build_receivables_report(path, TODAY, wording=Wording("fa"))  # by the Solar calendar
    persian = PdfReader(path).pages[0].extract_text()
    assert "1404/12/25" in persian and "2026-03-16" not in persian


def test_nothing_owed_says_so(db, tmp_path: Path) -> None:
    path = tmp_path / "unpaid.pdf"
    assert build_receivables_report(path, TODAY) == 0
    assert "Nothing is owed." in PdfReader(path).pages[0].extract_text()


def test_the_command_line_writes_the_report(owed, db_path: Path, tmp_path: Path,
                                            capsys) -> None:
    out = tmp_path / "u.pdf"
    assert main(["report", "unpaid", "--db", str(db_path), "-o", str(out),
                 "--to", "2026-03-16"]) == 0
    assert capsys.readouterr().out.strip() == f"Unpaid invoices (7 open) written to {out}"
    assert len(PdfReader(out).pages) == 1


def test_a_customers_statement_lists_what_they_owe_and_paid(owed, tmp_path: Path,
                                                            db_path: Path, capsys) -> None:
    from crm_desktop.reports.receivables_report import build_statement

    add_payment(owed["Anna"], "55", "USD", issued_on=TODAY - timedelta(days=40),
                paid_on=TODAY - timedelta(days=20), invoice_number="A-old")
    add_payment(owed["Anna"], "66", "USD", paid_on=TODAY - timedelta(days=400),
                invoice_number="A-ancient")  # paid more than a year ago: not listed
    path = tmp_path / "statement.pdf"
    assert build_statement(path, owed["Anna"], TODAY) == 3
    text = PdfReader(path).pages[0].extract_text()
    assert "Statement of account: Anna" in text and "As of 2026-03-16" in text
    assert "Total due: 600.00 USD" in text
    for invoice in ("A-0", "A-1", "A-30", "A-old"):
        assert invoice in text
    assert "A-ancient" not in text and "B-31" not in text  # nor anyone else's
    flat = " ".join(text.split())
    # the account: nothing owed a year ago; ends at what is owed, as the open invoices do
    assert "Account from 2025-03-17 to 2026-03-16" in flat
    assert "2025-03-17 Balance brought forward 0.00 USD" in flat
    assert "2026-02-04 Invoice A-old 55.00 USD 55.00 USD" in flat
    assert "2026-02-24 Payment, invoice A-old 55.00 USD 300.00 USD" in flat
    assert "2026-03-16 Invoice A-0 100.00 USD 600.00 USD 2026-03-16 Balance owed 600.00 USD" in flat
    assert main(["report", "statement", "--contact", str(owed["Ольга"]), "--db",
                 str(db_path), "-o", str(path), "--to", "2026-03-16", "--lang", "ru"]) == 0
    assert capsys.readouterr().out.strip() == (
        f"Statement of account (1 invoice open) written to {path}")
    assert "Выписка по счёту: Ольга" in PdfReader(path).pages[0].extract_text()
    assert main(["report", "statement", "--db", str(db_path), "-o", str(path)]) == 1
    # the account from a day of one's choosing, brought forward to it
    assert main(["report", "statement", "--contact", str(owed["Anna"]), "--db", str(db_path),
                 "-o", str(path), "--from", "2026-03-01", "--to", "2026-03-16"]) == 0
    flat = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Account from 2026-03-01 to 2026-03-16" in flat
    assert "2026-03-01 Balance brought forward 300.00 USD" in flat  # A-30, issued before
    assert "A-old" not in flat.split("Account from")[1]  # invoiced and paid before it
    assert main(["report", "statement", "--contact", str(owed["Anna"]), "--db", str(db_path),
                 "-o", str(path), "--from", "2026-04-01", "--to", "2026-03-16"]) == 1
    assert ("the account's first day, 2026-04-01, comes after its last, 2026-03-16"
            in capsys.readouterr().err)


def test_a_customers_account_brings_the_balance_forward_and_ends_at_what_is_owed(db) -> None:
    from crm_desktop.services import history_corrections

    cid = contacts.create_contact({"name": "Vera"}).id

    def day(n: int) -> date:
        return TODAY - timedelta(days=n)

    add_payment(cid, "100", "USD", issued_on=day(500), paid_on=day(480), invoice_number="V-1")
    add_payment(cid, "200", "USD", issued_on=day(400), invoice_number="V-2")  # still open
    v3 = add_payment(cid, "300", "USD", issued_on=day(100), due_on=day(70), invoice_number="V-3")
    history_corrections.pay_part(v3, "120", day(50))
    add_payment(cid, "50", "USD", paid_on=day(10))  # a cash sale: invoiced and paid at once
    add_payment(cid, "70", "EUR", due_on=day(5), invoice_number="V-4")  # no issue day
    add_payment(cid, "90", "USD", issued_on=TODAY + timedelta(days=1), invoice_number="V-5")
    eur, usd = receivables.accounts_of(cid, day(364), TODAY)  # (by currency)
    assert (usd.currency, usd.opening_minor) == ("USD", 20000)  # V-2, brought forward
    assert [tuple(m) for m in usd.movements] == [
        (day(100), "V-3", 30000, 0, 50000),  # charged whole, though paid in parts
        (day(50), "V-3", 0, 12000, 38000),
        (day(10), None, 5000, 0, 43000),
        (day(10), None, 0, 5000, 38000)]  # (V-5, issued tomorrow, is not in it)
    owed = receivables.unpaid_of(cid, TODAY)
    assert usd.closing_minor == 38000 == sum(
        i.amount_minor for i in owed if i.currency == "USD" and i.invoice_number != "V-5")
    assert (eur.opening_minor, [tuple(m) for m in eur.movements], eur.closing_minor) == (
        0, [(day(5), "V-4", 7000, 0, 7000)], 7000)
    # a period with nothing in it but a balance owed from before
    assert [(a.currency, a.opening_minor, a.movements, a.closing_minor)
            for a in receivables.accounts_of(cid, day(399), day(200))] == [
        ("USD", 20000, [], 20000)]
    assert receivables.accounts_of(cid, day(900), day(600)) == []


def test_a_statement_says_who_it_is_from(owed, tmp_path: Path) -> None:
    from crm_desktop.reports.receivables_report import build_statement
    from crm_desktop.services.business_profile import save_business_profile

    path = tmp_path / "statement.pdf"
    build_statement(path, owed["Anna"], TODAY)
    assert PdfReader(path).pages[0].extract_text().startswith("Statement of account")
    save_business_profile("Kaveh Trading", "USD", "GB", details=(
        "  12 Mill Road, Leeds LS1 4AB  \n\n+44 113 496 0000\n"
        "IBAN GB33 BUKB 2020 1555 5555 55\n"))
    build_statement(path, owed["Anna"], TODAY)
    lines = PdfReader(path).pages[0].extract_text().splitlines()
    assert lines[:5] == ["Kaveh Trading", "12 Mill Road, Leeds LS1 4AB", "+44 113 496 0000",
                         "IBAN GB33 BUKB 2020 1555 5555 55", "Statement of account: Anna"]


def test_the_command_line_takes_a_persian_day(owed, db_path: Path, tmp_path: Path,
                                              capsys) -> None:
    out = tmp_path / "u.pdf"
    # 1404/12/25 is 2026-03-16: the same report as --to 2026-03-16
    assert main(["report", "unpaid", "--db", str(db_path), "-o", str(out), "--to",
                 "1404/12/25", "--lang", "fa"]) == 0
    assert "(7 open)" in capsys.readouterr().out
    assert "1404/12/25" in PdfReader(out).pages[0].extract_text()
    assert main(["report", "unpaid", "--db", str(db_path), "-o", str(out), "--to",
                 "someday"]) == 1
    assert "'someday' is not a date like 2026-03-31 or 1405/01/11" in capsys.readouterr().err


def test_a_report_in_english_can_be_dated_by_the_persian_calendar(owed, db_path: Path,
                                                                 tmp_path: Path) -> None:
    out = tmp_path / "u.pdf"
    assert main(["report", "unpaid", "--db", str(db_path), "-o", str(out), "--to",
                 "2026-03-16", "--calendar", "solar"]) == 0
    text = PdfReader(out).pages[0].extract_text()
    assert "Unpaid invoices" in text and "As of 1404/12/25" in text
    assert main(["report", "unpaid", "--db", str(db_path), "-o", str(out), "--to",
                 "2026-03-16", "--lang", "fa", "--calendar", "gregorian"]) == 0
    assert "2026-03-16" in PdfReader(out).pages[0].extract_text()


def test_an_invoice_paid_in_part_is_owed_its_rest_and_the_statement_says_what_was_paid(
        owed, tmp_path: Path) -> None:
    from crm_desktop.reports.receivables_report import build_statement
    from crm_desktop.services import history_corrections

    a30 = next(i for i in receivables.unpaid_of(owed["Anna"], TODAY)
               if i.invoice_number == "A-30")
    history_corrections.pay_part(a30.payment_id, "120", TODAY - timedelta(days=5))
    rest = next(i for i in receivables.unpaid_of(owed["Anna"], TODAY)
                if i.invoice_number == "A-30")
    assert (rest.amount_minor, rest.paid_minor, rest.days_late) == (18000, 12000, 30)
    assert [i.paid_minor for i in receivables.unpaid_of(owed["Anna"], TODAY)
            if i.invoice_number != "A-30"] == [0, 0]
    path = tmp_path / "statement.pdf"
    build_statement(path, owed["Anna"], TODAY)
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "Paid so far Amount due" in text
    # the invoice, issued —, due 30 days ago, 30 days late, 120 paid, 180 due
    assert "A-30 — 2026-02-14 30 120.00 USD 180.00 USD" in text
    assert "Total due: 480.00 USD" in text
    build_receivables_report(path, TODAY)  # everyone's: the same figures
    text = " ".join(PdfReader(path).pages[0].extract_text().split())
    assert "A-30 2026-02-14 30 120.00 USD 180.00 USD" in text
