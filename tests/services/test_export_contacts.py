"""Exports: CSV (with BOM on request), XLSX and vCard, formula-safe, read back for real."""

from __future__ import annotations

import csv
import os
import stat
from pathlib import Path

import pytest
import vobject
from python_calamine import CalamineWorkbook

from crm_desktop.cli import main
from crm_desktop.errors import CancelledError, InputError
from crm_desktop.services import contacts
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.services.export_contacts import export_contacts


@pytest.fixture
def people(db) -> list[int]:
    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    return [
        contacts.save_contact(None, {"name": "Анна Петрова", "company": acme, "city": "Казань",
                                     "segment": "SMB"},
                              emails=["anna@acme.example"], phones=["+79161234567"],
                              tags=["vip"]).contact_id,
        contacts.save_contact(None, {"name": "=HYPERLINK(\"http://x\")", "notes": "@SUM(A1)",
                                     "segment": "SMB"}).contact_id,
        contacts.save_contact(None, {"name": "رضا کریمی", "segment": "Retail"}).contact_id,
    ]


def test_csv_of_the_filtered_view_with_chosen_columns(people, tmp_path: Path) -> None:
    out = tmp_path / "view.csv"
    n = export_contacts(out, ContactFilter(segment="SMB"), ["name", "company", "phone", "notes"])
    assert n == 2
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows == [
        ["Name", "Company", "Phone", "Notes"],
        ["'=HYPERLINK(\"http://x\")", "", "", "'@SUM(A1)"],
        ["Анна Петрова", "Acme", "'+79161234567", ""],
    ]
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600


def test_csv_bom_for_excel(people, tmp_path: Path) -> None:
    out = tmp_path / "bom.csv"
    export_contacts(out, columns=["name"], bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfName")


def test_xlsx_cells_are_text_never_formulas(people, tmp_path: Path) -> None:
    out = tmp_path / "view.xlsx"
    export_contacts(out, columns=["name", "email", "tags"])
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Contacts").to_python()
    assert sheet[0] == ["Name", "E-mail", "Tags"]
    names = [r[0] for r in sheet[1:]]
    assert names == ["=HYPERLINK(\"http://x\")", "Acme", "Анна Петрова", "رضا کریمی"]
    assert sheet[3][1:] == ["anna@acme.example", "vip"]


def test_vcard_of_chosen_contacts_parses_back(people, tmp_path: Path) -> None:
    out = tmp_path / "cards.vcf"
    assert export_contacts(out, ids=[people[0], people[2]]) == 2
    cards = list(vobject.readComponents(out.read_text(encoding="utf-8")))
    assert [c.fn.value for c in cards] == ["Анна Петрова", "رضا کریمی"]
    assert cards[0].version.value == "3.0"
    assert cards[0].email.value == "anna@acme.example"
    assert cards[0].tel.value == "+79161234567"
    assert cards[0].org.value == ["Acme"]
    assert cards[0].adr.value.city == "Казань"


def test_cancel_leaves_no_file(db, tmp_path: Path) -> None:
    from crm_desktop.db.models import Contact

    Contact.insert_many([{"kind": "person", "name": f"P{i}", "sort_name": f"p{i}"}
                         for i in range(5000)]).execute()
    out = tmp_path / "big.csv"
    with pytest.raises(CancelledError):
        export_contacts(out, progress=lambda done, total: done < 2000)
    assert not out.exists()


def test_unknown_format_and_columns_are_refused(people, tmp_path: Path) -> None:
    with pytest.raises(InputError, match="not a format"):
        export_contacts(tmp_path / "x.pdf")
    with pytest.raises(InputError, match="unknown column"):
        export_contacts(tmp_path / "x.csv", columns=["name", "shoe_size"])


def test_cli_export_with_filters(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "200"])
    capsys.readouterr()
    out = tmp_path / "companies.csv"
    assert main(["export", "contacts", "--db", str(db), "-o", str(out), "--kind", "company",
                 "--columns", "name,kind,city"]) == 0
    assert capsys.readouterr().out.strip() == f"20 contacts written to {out}"
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
    assert rows[0] == ["Name", "Kind", "City"]
    assert {r[1] for r in rows[1:]} == {"company"}
    assert len(rows) == 21


def test_an_xlsx_is_private_while_it_is_written_not_only_after(
        people, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """xlsxwriter assembles the file as it closes the workbook; by then the file must be
    the owner's alone, even where one of that name was readable by all."""
    import xlsxwriter

    out = tmp_path / "view.xlsx"
    out.write_bytes(b"last month's export")
    os.chmod(out, 0o644)
    seen: list[int] = []
    close = xlsxwriter.Workbook.close

    def closing(book: xlsxwriter.Workbook) -> None:
        seen.append(stat.S_IMODE(os.stat(out).st_mode))  # before a byte is written
        close(book)
        seen.append(stat.S_IMODE(os.stat(out).st_mode))

    monkeypatch.setattr(xlsxwriter.Workbook, "close", closing)
    assert export_contacts(out, columns=["name"]) > 0
    assert seen == [0o600, 0o600]


@pytest.mark.parametrize("name", ["view.csv", "view.vcf"])
def test_a_file_written_over_an_older_one_readable_by_all_is_private(
        people, tmp_path: Path, name: str) -> None:
    out = tmp_path / name
    out.write_text("last month's export")
    os.chmod(out, 0o644)
    export_contacts(out, columns=["name"] if name.endswith(".csv") else None)
    assert stat.S_IMODE(os.stat(out).st_mode) == 0o600
