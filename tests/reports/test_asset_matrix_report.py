"""The asset matrix PDF read back with pypdf: pages, names in every script, figures."""

from __future__ import annotations

import unicodedata
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.db.models import Contact, Payment
from crm_desktop.reports.asset_matrix_report import build_asset_matrix_report
from crm_desktop.services import contacts
from crm_desktop.services.asset_matrix import end_of_day
from crm_desktop.services.settings import set_setting
from tests.fixed_time import NOW


@pytest.fixture
def customers(db) -> None:
    set_setting("business_name", "Test Trading")
    names = ["Alice Baker", "Борис Смирнов", "مریم رضایی"] + [f"Customer {i}" for i in range(60)]
    for i, name in enumerate(names):
        cid = contacts.create_contact({"name": name, "status": "customer",
                                       "company": None}).id
        Contact.update(created_at=NOW - timedelta(days=900)).where(Contact.id == cid).execute()
        paid = NOW.date() - timedelta(days=30)
        Payment.create(contact=cid, amount_minor=(1000 + 937 * i) * 100, currency="USD",
                       due_on=paid, paid_on=paid)


def _text(path: Path) -> tuple[int, str]:
    reader = PdfReader(path)
    return len(reader.pages), "\n".join(page.extract_text() for page in reader.pages)


def test_the_report_has_every_part_and_every_script(customers, tmp_path: Path) -> None:
    out = tmp_path / "matrix.pdf"
    assert build_asset_matrix_report(out, end_of_day(NOW.date())) == 63
    pages, text = _text(out)
    assert pages >= 12  # title, matrix, nine cells, prospects, moves
    assert "Customer asset matrix" in text and "Test Trading" in text
    assert f"page 1 of {pages}" in text and f"page {pages} of {pages}" in text
    assert "Alice Baker" in text and "Борис Смирнов" in text
    assert "RETAIN" in text and "WIN BACK" in text and "EFFICIENCY" in text
    assert "Moves since the previous period" in text
    assert "59,094" in text  # the richest customer's revenue: 1000 + 937 x 62
    # each cell's list in the order of its value (revenue weighed by paying on time), shown
    flat = " ".join(text.split())
    assert "Customer Company Worth Revenue, 12 months Relationship" in flat
    assert "Customer 59 59,094 59,094" in flat  # (paid on time: worth all of it)
    assert "Value: revenue of the last 12 months, weighed by on-time payment" in text


def test_with_an_hourly_cost_the_value_axis_is_the_margin(customers, tmp_path: Path) -> None:
    from crm_desktop.services.business_profile import save_business_profile

    save_business_profile("Test Trading", "USD", "GB", "75")
    out = tmp_path / "matrix.pdf"
    build_asset_matrix_report(out, end_of_day(NOW.date()))
    text = " ".join(_text(out)[1].split())
    assert ("Value: revenue of the last 12 months less the cost to serve (contacts' time at "
            "75.00 USD an hour)") in text


def test_persian_is_shaped_and_set_right_to_left(customers, tmp_path: Path) -> None:
    out = tmp_path / "matrix.pdf"
    build_asset_matrix_report(out, end_of_day(NOW.date()))
    _, text = _text(out)
    # drawn as joined presentation forms (NFKC maps them back to letters), right to left
    words = {unicodedata.normalize("NFKC", w) for w in text.split()}
    assert "مریم" in words or "مریم"[::-1] in words
    assert any("\ufb50" <= ch <= "\ufeff" for ch in text)  # shaped, not raw letters


def test_letter_pages_and_the_command_line(customers, tmp_path: Path, db_path: Path,
                                           capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.db.connection import close_database

    close_database()
    out = tmp_path / "letter.pdf"
    assert main(["report", "asset-matrix", "--db", str(db_path), "-o", str(out),
                 "--to", NOW.date().isoformat(), "--page-size", "Letter"]) == 0
    assert "63 customers" in capsys.readouterr().out
    box = PdfReader(out).pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (612, 792)
    assert main(["report", "asset-matrix", "--db", str(db_path), "-o", str(out),
                 "--to", "2026-13-01"]) == 1
    assert "not a date" in capsys.readouterr().err


def test_long_cells_wrap_inside_their_column(db) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crm_desktop.reports.fonts import register
    from crm_desktop.reports.layout import CELL_PADDING, FastTable

    regular, bold = register()
    long_word = "Averyveryverylongcompanynamewithoutanyspaces" * 3
    t = FastTable(["Name", "Note"], [[long_word, "short words " * 30]], [80, 120], regular,
                  bold)
    for (lines, _, _), width in zip(t.rows[0], t.widths, strict=True):
        assert len(lines) > 1
        assert all(stringWidth(line, regular, 8) <= width - 2 * CELL_PADDING
                   for line in lines)
    assert "".join(t.rows[0][0][0]) == long_word  # nothing lost


def test_a_header_word_wider_than_its_column_is_set_smaller_not_cut(db) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crm_desktop.reports.fonts import register
    from crm_desktop.reports.layout import CELL_PADDING, MIN_HEAD_SIZE, FastTable

    regular, bold = register()
    t = FastTable(["Удовлетворённость", "Итог"], [["4", "Удовлетворённость"]], [80, 60],
                  regular, bold)
    (lines, _, size), (short, _, usual) = t.header
    assert lines == ["Удовлетворённость"] and MIN_HEAD_SIZE <= size < 8 == usual
    assert stringWidth(lines[0], bold, size) <= 80 - 2 * CELL_PADDING
    assert short == ["Итог"]
    assert t.rows[0][1][2] == 8  # (a cell of a row keeps the table's size, and wraps)


def test_a_list_of_facts_has_no_empty_header_bar(db) -> None:
    """The profile sheet's fields and values: no blue bar without words above them, on
    any page."""
    from crm_desktop.reports.fonts import register
    from crm_desktop.reports.layout import FastTable

    regular, bold = register()
    rows = [[f"Field {i}", "value"] for i in range(40)]
    facts = FastTable(["", ""], rows, [80, 120], regular, bold)
    headed = FastTable(["Field", "Value"], rows, [80, 120], regular, bold)
    assert facts.wrap(200, 1000)[1] == sum(facts.heights)
    assert headed.wrap(200, 1000)[1] == sum(headed.heights) + headed.header_height > 0
    second_page = facts.split(200, 100)[1]
    assert second_page.wrap(200, 1000)[1] == sum(second_page.heights)


def test_the_report_speaks_russian(customers, tmp_path: Path, db_path: Path) -> None:
    from crm_desktop.db.connection import close_database

    close_database()
    out = tmp_path / "matrix-ru.pdf"
    assert main(["report", "asset-matrix", "--db", str(db_path), "-o", str(out),
                 "--to", NOW.date().isoformat(), "--lang", "ru"]) == 0
    pages, text = _text(out)
    for expected in ("Матрица ценности клиентов", f"страница 1 из {pages}", "УДЕРЖИВАТЬ",
                     "Перемещения с прошлого периода", "Борис Смирнов", "59 094"):
        assert expected in text, expected
    assert "Customer asset matrix" not in text and "page 1 of" not in text
    assert "59,094" not in text  # a Russian reader takes it for 59.094


def test_a_persian_report_reads_right_to_left(customers, tmp_path: Path) -> None:
    from crm_desktop.reports.wording import Wording

    out = tmp_path / "matrix-fa.pdf"
    build_asset_matrix_report(out, end_of_day(NOW.date()), wording=Wording("fa"))
    # pypdf gives shaped Persian back in reading order; NFKC maps the letter forms back
    pages = [unicodedata.normalize("NFKC", p.extract_text()) for p in PdfReader(out).pages]
    assert "ماتریس دارایی مشتریان" in pages[0]
    # dated by the Solar Hijri calendar (2026-03-16 is 1404/12/25), and a date inside a
    # Persian sentence keeps its order (bidi alone makes it 25/12/1404)
    day = "1404/12/25"
    assert day in pages[0] and "/".join(reversed(day.split("/"))) not in pages[0]
    assert NOW.date().isoformat() not in pages[0]
    assert "صفحه" in pages[0] and "page 1 of" not in pages[0]  # the page numbers too
    # tables are laid out from the right: the customer column comes last on the line
    cell = next(p for p in pages[2:] if "آخرین تماس" in p)
    assert cell.index("شرکت") < cell.index("مشتری")
    assert "Customer asset matrix" not in "".join(pages)


def test_persian_text_wraps_in_reading_order() -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crm_desktop.reports.fonts import REGULAR, register, shape_lines

    register()
    words = ["یک", "دو", "سه", "چهار", "پنج", "شش", "هفت", "هشت"]
    room = stringWidth(shape_lines("یک دو سه", REGULAR, 9, 1000)[0], REGULAR, 9) + 2
    lines = shape_lines(" ".join(words), REGULAR, 9, room)
    assert len(lines) >= 3
    # each line is drawn in visual order: read it back right to left
    read = [unicodedata.normalize("NFKC", line[::-1]).split() for line in lines]
    assert [w for line in read for w in line] == words  # the first words on the first line
