"""Readers on files written the way real programs write them."""

from __future__ import annotations

import codecs
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
import xlsxwriter
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.errors import InputError
from crm_desktop.importers import mixed_encoding
from crm_desktop.importers.pipeline import auto_mapping, open_table, preview


def test_every_source_says_about_how_many_rows_it_holds(tmp_path: Path) -> None:
    """For the import's progress bar: a CSV bigger than the sample read to detect its
    encoding is estimated from that sample; a workbook and vCards are counted."""
    big = tmp_path / "big.csv"
    big.write_text("Name,Email,Notes\n" + "".join(
        f"Person {i},p{i}@example.com,note {i % 97}\n" for i in range(20000)), encoding="utf-8")
    assert big.stat().st_size > 256 * 1024
    assert 19000 <= open_table(big).estimated_rows <= 21000
    small = tmp_path / "small.csv"
    small.write_text("Name,Email\nAnn,ann@example.com\nBob,bob@example.com\n",
                     encoding="utf-8")
    assert open_table(small).estimated_rows == 2
    book = tmp_path / "book.xlsx"
    workbook = xlsxwriter.Workbook(str(book))
    sheet = workbook.add_worksheet()
    for row in range(301):
        sheet.write_row(row, 0, ["Name", "Email"] if row == 0 else [f"P{row}", ""])
    workbook.close()
    assert open_table(book).estimated_rows == 300
    cards = tmp_path / "cards.vcf"
    cards.write_text("".join(f"BEGIN:VCARD\nVERSION:3.0\nFN:P {i}\nEND:VCARD\n"
                             for i in range(7)), encoding="utf-8")
    assert open_table(cards).estimated_rows == 7


def test_semicolon_cp1251_csv_as_russian_excel_saves_it(tmp_path: Path) -> None:
    path = tmp_path / "клиенты.csv"
    path.write_bytes("Имя;Фамилия;Эл. почта;Телефон;Компания;Город\r\n"
                     "Иван;Петров;ivan@example.ru;8 (916) 123-45-67;ООО «Вектор»;Москва\r\n"
                     "Ольга;Смирнова;olga@example.ru;;;Казань\r\n".encode("cp1251"))
    table = open_table(path)
    assert (table.encoding, table.delimiter) == ("cp1251", ";")
    assert table.headers == ["Имя", "Фамилия", "Эл. почта", "Телефон", "Компания", "Город"]
    rows = preview(table)
    assert rows[0] == (2, ["Иван", "Петров", "ivan@example.ru", "8 (916) 123-45-67",
                           "ООО «Вектор»", "Москва"])
    assert auto_mapping(table).columns == ["first_name", "last_name", "email", "phone",
                                           "company", "city"]


def test_persian_cp1256_csv(tmp_path: Path) -> None:
    path = tmp_path / "persian.csv"
    # Windows-1256 has the Arabic forms of yeh and kaf, which Persian files then use
    text = ("نام,نام خانوادگی,ایمیل,تلفن همراه,شهر\r\n"
            "مریم,رضایی,maryam@example.ir,09121234567,تهران\r\n"
            "علی,کریمی,ali@example.ir,09351234567,اصفهان\r\n")
    path.write_bytes(text.replace("ی", "ي").replace("ک", "ك").encode("cp1256"))
    table = open_table(path)
    assert table.encoding == "cp1256"
    assert preview(table)[0][1][:2] == ["مريم", "رضايي"]
    assert auto_mapping(table).columns == ["first_name", "last_name", "email", "phone", "city"]


TEXT_UTF16 = "Name\tEmail\tCity\r\nФёдор Шаляпин\tf@example.ru\tКазань\r\n"


def test_utf16_tab_separated_with_bom(tmp_path: Path) -> None:
    path = tmp_path / "unicode.txt"
    text = "Name\tE-mail\tPhone\r\nAnna Müller\tanna@example.de\t+49 30 1234567\r\n"
    path.write_bytes(text.encode("utf-16"))  # BOM + LE, as Excel's "Unicode text"
    table = open_table(path)
    assert table.delimiter == "\t"
    assert preview(table) == [(2, ["Anna Müller", "anna@example.de", "+49 30 1234567"])]


@pytest.mark.parametrize(("data", "encoding"), [
    (codecs.BOM_UTF16_BE + TEXT_UTF16.encode("utf-16-be"), "utf-16"),
    (TEXT_UTF16.encode("utf-16-le"), "utf-16-le"),
    (TEXT_UTF16.encode("utf-16-be"), "utf-16-be"),
], ids=["big-endian-with-bom", "little-endian-without-bom", "big-endian-without-bom"])
def test_utf16_either_byte_order_with_or_without_bom(tmp_path: Path, data: bytes,
                                                     encoding: str) -> None:
    path = tmp_path / "export.txt"
    path.write_bytes(data)
    table = open_table(path)
    assert (table.encoding, table.delimiter) == (encoding, "\t")
    assert preview(table) == [(2, ["Фёдор Шаляпин", "f@example.ru", "Казань"])]


def test_a_utf8_file_with_a_row_pasted_from_a_cp1251_program(tmp_path: Path) -> None:
    """Its bytes even start like a UTF-8 letter ('Пё' is 0xCF 0xB8, Greek 'ϸ' in UTF-8):
    the row is read whole in the other encoding."""
    path = tmp_path / "клиенты.csv"
    path.write_bytes("Имя;Email;Город\n".encode()
                     + "Пётр Иванов;petr@example.ru;Москва\n".encode("cp1251")
                     + "".join(f"Анна {i};a{i}@example.ru;Самара\n" for i in range(40)).encode())
    table = open_table(path)
    assert (table.encoding, table.headers) == ("utf-8", ["Имя", "Email", "Город"])
    rows = dict(table.rows())
    assert rows[2] == ["Пётр Иванов", "petr@example.ru", "Москва"]
    assert rows[42] == ["Анна 39", "a39@example.ru", "Самара"]
    assert [(row, str(text)) for row, text in table.notes] == [
        (2, "this row is not UTF-8 like the rest of the file; it was read as cp1251: check "
            "its text")]


def test_utf8_bom_and_pipe_delimiter(tmp_path: Path) -> None:
    path = tmp_path / "pipes.csv"
    path.write_bytes("\ufeffname|email\nA|a@example.com\n".encode())
    table = open_table(path)
    assert (table.delimiter, table.headers) == ("|", ["name", "email"])


def _people_csv(tmp_path: Path, notes: dict[int, str], rows: int = 40) -> Path:
    path = tmp_path / "people.csv"
    lines = ["Name,Email,Notes"] + [
        f"Person {i},p{i}@example.com,{notes.get(i, 'plain')}" for i in range(1, rows + 1)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_a_quote_never_closed_refuses_its_row_not_the_rest_of_the_file(tmp_path: Path) -> None:
    table = open_table(_people_csv(tmp_path, {5: '"unfinished, note'}))
    rows = list(table.rows())
    assert [n for n, _ in rows] == [n for n in range(2, 42) if n != 6]
    assert rows[4] == (7, ["Person 6", "p6@example.com", "plain"])
    assert [(r.row, r.cells) for r in table.refused] == [
        (6, ["Person 5", "p5@example.com", '"unfinished', "note"])]
    assert "quote" in str(table.refused[0].reason)
    assert len(list(table.rows())) == 39 and len(table.refused) == 1  # read again: the same


def test_a_stray_quote_closed_rows_later_by_another_refuses_both(tmp_path: Path) -> None:
    table = open_table(_people_csv(tmp_path, {5: '"unfinished', 30: 'says "hi', 31: '"x'}))
    rows = dict(table.rows())
    assert [r.row for r in table.refused] == [6, 32]
    assert len(rows) == 38 and rows[31] == ["Person 30", "p30@example.com", 'says "hi']
    assert rows[7] == ["Person 6", "p6@example.com", "plain"]


def test_notes_over_several_lines_stay_one_cell(tmp_path: Path) -> None:
    note = '"Met at the fair, Leeds, 2024\nwants a quote, soon, by phone\nа также\nfollow up, May"'
    table = open_table(_people_csv(tmp_path, {3: note, 40: note}))
    rows = dict(table.rows())
    assert len(rows) == 40 and table.refused == []
    assert rows[4][2] == rows[41][2] == note.strip('"')
    assert rows[5] == ["Person 4", "p4@example.com", "plain"]


def test_linkedin_export_header_below_the_notes(tmp_path: Path) -> None:
    path = tmp_path / "Connections.csv"
    path.write_text(
        'Notes:\n"When exporting your connection data, you may notice that some of the email '
        'addresses are missing."\n\n'
        "First Name,Last Name,URL,Email Address,Company,Position,Connected On\n"
        "Jane,Doe,https://www.linkedin.com/in/janedoe,jane@doe.example,Acme,CTO,12 Mar 2024\n"
        "Li,Wei,https://www.linkedin.com/in/liwei,,Globex,Buyer,03 Jan 2025\n",
        encoding="utf-8")
    table = open_table(path)
    assert table.layout == "LinkedIn Connections"
    assert table.header_row == 4
    mapping = auto_mapping(table)
    assert mapping.columns == ["first_name", "last_name", "website", "email", "company",
                               "job_title", None]
    assert mapping.hints[6] == "date"
    assert preview(table)[0][0] == 5


@pytest.mark.parametrize("headers, layout", [
    (["First Name", "Middle Name", "Last Name", "E-mail 1 - Label", "E-mail 1 - Value",
      "Phone 1 - Label", "Phone 1 - Value", "Organization Name", "Organization Title",
      "Labels"], "Google Contacts"),
    (["Name", "Given Name", "Family Name", "Group Membership", "E-mail 1 - Type",
      "E-mail 1 - Value", "Phone 1 - Type", "Phone 1 - Value", "Organization 1 - Name",
      "Organization 1 - Title"], "Google Contacts (old)"),
    (["Title", "First Name", "Middle Name", "Last Name", "Company", "Job Title",
      "Business Street", "Business City", "Business Phone", "Mobile Phone", "E-mail Address",
      "E-mail 2 Address", "Notes", "Categories", "Birthday"], "Outlook"),
])
def test_known_exports_are_recognised_and_mapped(tmp_path: Path, headers: list[str],
                                                 layout: str) -> None:
    path = tmp_path / "export.csv"
    path.write_text(",".join(headers) + "\n" + ",".join("x" for _ in headers) + "\n",
                    encoding="utf-8")
    table = open_table(path)
    assert table.layout == layout
    columns = dict(zip(headers, auto_mapping(table).columns, strict=True))
    targets = set(columns.values())
    assert {"first_name", "last_name", "email", "phone", "company", "job_title"} <= targets
    for header, target in columns.items():
        if header.endswith(("Label", "Type")):
            assert target is None, header  # "Phone 1 - Type" is not a phone
    if layout == "Outlook":
        assert columns["Title"] is None  # Outlook's Title is "Mr.", not the job
        assert columns["Birthday"] == "birthday"


def test_xlsx_with_dates_and_numbers_and_a_chosen_sheet(tmp_path: Path) -> None:
    path = tmp_path / "list.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Notes").write(0, 0, "nothing here")
    sheet = book.add_worksheet("Customers")
    date_format = book.add_format({"num_format": "yyyy-mm-dd"})
    for col, header in enumerate(["Name", "Phone", "Since", "Employees"]):
        sheet.write_string(0, col, header)
    sheet.write_string(1, 0, "Acme Ltd")
    sheet.write_number(1, 1, 442079460000)  # a phone typed as a number
    sheet.write_datetime(1, 2, datetime(2024, 3, 5), date_format)
    sheet.write_number(1, 3, 42)
    book.close()
    with pytest.raises(InputError, match="no sheet 'Clients'"):
        open_table(path, "Clients")
    table = open_table(path, "Customers")
    assert table.sheets == ["Notes", "Customers"]
    assert preview(table) == [(2, ["Acme Ltd", "442079460000", "2024-03-05", "42"])]
    # a notes sheet first is passed over for the first whose header names fields
    assert open_table(path).sheet == "Customers"


def test_a_workbook_opens_on_its_first_sheet_with_data(tmp_path: Path) -> None:
    path = tmp_path / "export.xlsx"
    book = xlsxwriter.Workbook(str(path))
    book.add_worksheet("Cover")
    book.add_worksheet("Blank")
    book.add_worksheet("People").write_row(0, 0, ["Name", "Email"])
    book.close()
    assert open_table(path).sheet == "People"
    unknown = tmp_path / "unknown.xlsx"
    book = xlsxwriter.Workbook(str(unknown))
    book.add_worksheet("Cover")
    book.add_worksheet("Codes").write_row(0, 0, ["Kod", "Wert"])
    book.add_worksheet("More").write_row(0, 0, ["Zeile", "Spalte"])
    book.close()
    assert open_table(unknown).sheet == "Codes"  # no header names a field: the first with data
    with pytest.raises(InputError, match="the sheet 'Cover' is empty"):
        open_table(path, "Cover")
    renamed = path.rename(tmp_path / "export.csv")  # a workbook under a CSV's name
    assert open_table(renamed).headers == ["Name", "Email"]


def test_xls_as_excel_97_2003_saves_it(tmp_path: Path) -> None:
    """BIFF8, the .xls of Excel 97-2003, still what many accounting programs export."""
    xlwt = pytest.importorskip("xlwt")
    path = tmp_path / "старый.xls"
    book = xlwt.Workbook(encoding="utf-8")
    book.add_sheet("Итоги").write(0, 0, "сводка")
    sheet = book.add_sheet("Клиенты")
    for col, header in enumerate(["ФИО", "Телефон", "Эл. почта", "Дата", "Сумма"]):
        sheet.write(0, col, header)
    sheet.write(1, 0, "Петров Иван")
    sheet.write(1, 1, 79161234567)  # typed as a number, as Excel keeps it
    sheet.write(1, 2, "ivan@example.ru")
    sheet.write(1, 3, datetime(2024, 3, 5), xlwt.easyxf(num_format_str="DD.MM.YYYY"))
    sheet.write(1, 4, 1250.5)
    book.save(str(path))
    table = open_table(path, "Клиенты")
    assert table.sheets == ["Итоги", "Клиенты"]
    assert preview(table) == [(2, ["Петров Иван", "79161234567", "ivan@example.ru",
                                   "2024-03-05", "1250.5"])]
    assert auto_mapping(table).columns[:3] == ["name", "phone", "email"]


def _write_ods(path: Path, rows: list[list[str]]) -> None:
    """A minimal OpenDocument spreadsheet, as LibreOffice's format defines it."""
    cells = "".join(
        "<table:table-row>" + "".join(
            f'<table:table-cell office:value-type="string"><text:p>{c}</text:p>'
            "</table:table-cell>" for c in row) + "</table:table-row>" for row in rows)
    content = (
        '<?xml version="1.0" encoding="UTF-8"?><office:document-content '
        'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
        'xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" '
        'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" office:version="1.2">'
        '<office:body><office:spreadsheet><table:table table:name="Лист1">'
        f"{cells}</table:table></office:spreadsheet></office:body></office:document-content>")
    manifest = (
        '<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
        'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" '
        'manifest:version="1.2"><manifest:file-entry manifest:full-path="/" '
        'manifest:media-type="application/vnd.oasis.opendocument.spreadsheet"/>'
        '<manifest:file-entry manifest:full-path="content.xml" '
        'manifest:media-type="text/xml"/></manifest:manifest>')
    with zipfile.ZipFile(path, "w") as z:
        z.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.spreadsheet")
        z.writestr("content.xml", content)
        z.writestr("META-INF/manifest.xml", manifest)


def test_ods(tmp_path: Path) -> None:
    path = tmp_path / "contacts.ods"
    _write_ods(path, [["ФИО", "Email"], ["Петров Иван", "ivan@example.ru"]])
    table = open_table(path)
    assert preview(table) == [(2, ["Петров Иван", "ivan@example.ru"])]
    assert auto_mapping(table).columns == ["name", "email"]


VCARD_21 = (
    "BEGIN:VCARD\r\nVERSION:2.1\r\n"
    "N;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=9F=D0=B5=D1=82=D1=80=D0=BE=D0=B2;"
    "=D0=98=D0=B2=D0=B0=D0=BD;;;\r\n"
    "FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:=D0=98=D0=B2=D0=B0=D0=BD =D0=9F=D0=B5=D1=82=\r\n"
    "=D1=80=D0=BE=D0=B2\r\n"
    "TEL;CELL:+79161234567\r\nTEL;WORK;VOICE:+74951234567\r\nEMAIL;INTERNET:ivan@example.ru\r\n"
    "PHOTO;ENCODING=BASE64;TYPE=JPEG:/9j/4AAQSkZJRgABAQ\r\n AAAQABAAD\r\n\r\nEND:VCARD\r\n")
VCARD_30_APPLE = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nPRODID:-//Apple Inc.//iPhone OS 17.0//EN\r\n"
    "N:Smith;Mary;;;\r\nFN:Mary Smith\r\nORG:Acme Ltd;\r\nTITLE:Buyer\r\n"
    "item1.EMAIL;type=INTERNET;type=pref:mary@acme.example\r\nitem1.X-ABLabel:_$!<Other>!$_\r\n"
    "EMAIL;type=INTERNET;type=HOME:mary@home.example\r\n"
    "TEL;type=CELL;type=VOICE;type=pref:+44 7700 900123\r\n"
    "item2.ADR;type=WORK:;;1 High Street;Leeds;;LS1 1AA;United Kingdom\r\n"
    "NOTE:A note that is fol\r\n ded over two lines\r\n"
    "NICKNAME:Polly\r\nitem3.X-ABDATE:2010-06-01\r\nitem3.X-ABLabel:_$!<Anniversary>!$_\r\n"
    "PHOTO;ENCODING=b;TYPE=JPEG:/9j/4AAQSkZJRg\r\nEND:VCARD\r\n")
VCARD_40 = (
    "BEGIN:VCARD\r\nVERSION:4.0\r\nFN:رضا کریمی\r\nN:کریمی;رضا;;;\r\n"
    "TEL;VALUE=uri;TYPE=cell:tel:+98-912-123-4567\r\nEMAIL:reza@example.ir\r\nEND:VCARD\r\n")


def test_vcards_21_30_40(tmp_path: Path) -> None:
    path = tmp_path / "contacts.vcf"
    path.write_text(VCARD_21 + VCARD_30_APPLE + VCARD_40, encoding="utf-8")
    table = open_table(path)
    rows = [cells for _, cells in table.rows()]
    columns = dict(enumerate(table.headers))
    by = [{columns[i]: v for i, v in enumerate(row)} for row in rows]
    assert by[0]["Full name"] == "Иван Петров"
    assert by[0]["Kind"] == ""
    assert by[0]["Last name"] == "Петров"
    assert by[0]["Phone"] == "+79161234567; +74951234567"
    assert by[1]["E-mail"] == "mary@acme.example; mary@home.example"
    assert (by[1]["Organization"], by[1]["City"], by[1]["Postal code"]) == (
        "Acme Ltd", "Leeds", "LS1 1AA")
    assert by[1]["Note"] == "A note that is folded over two lines"
    assert by[2]["Full name"] == "رضا کریمی"
    assert "+98-912-123-4567" in by[2]["Phone"]
    # what no column holds is named (photos are left out on purpose), and the card's own
    # bookkeeping is not
    assert table.unread == {"NICKNAME": 1, "X-ABDATE": 1}


@pytest.mark.parametrize("name, data, message", [
    ("empty.csv", b"", "empty"),
    ("blank.csv", b"\n\n  \n", "empty"),
    ("binary.csv", bytes(range(256)) * 20, "not a text file"),
    ("broken.xlsx", b"PK\x03\x04 not really a zip", "cannot be read as a spreadsheet"),
    ("nothing.vcf", b"hello", "no vCard"),
])
def test_unreadable_files_give_one_clear_message(tmp_path: Path, name: str, data: bytes,
                                                 message: str) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    with pytest.raises(InputError, match=message):
        open_table(path)


@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(parts=st.lists(st.tuples(
    st.sampled_from([b"abc", b"", "Пётр".encode(), "José".encode("cp1252"), b"x,y"]),
    st.sampled_from([b"\n", b"\r\n", b"\r", b""])), max_size=12))
def test_the_encoding_scan_counts_lines_as_the_reader_splits_them(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch, parts) -> None:
    """The lines found not to be UTF-8 are those the reader will read (LF, CR LF and CR
    ends), whatever falls on the scan's chunk boundaries."""
    monkeypatch.setattr(mixed_encoding, "CHUNK", 7)
    data = b"".join(text + end for text, end in parts)
    path = tmp_path / "lines.csv"
    path.write_bytes(data)
    bad, _ = mixed_encoding.lines_not_utf8(path)
    lines = list(mixed_encoding.byte_lines(io.BytesIO(data)))
    assert bad == [i for i, line in enumerate(lines) if "José".encode("cp1252") in line]


@pytest.mark.parametrize(("header", "field"), [("یادداشت\u200cها", "notes"),
                                               ("کدپستی", "postal_code"),
                                               ("نام\u200cخانوادگی", "last_name"),
                                               ("تلفن\u200cهمراه", "phone")])
def test_persian_headers_typed_with_or_without_a_non_joiner(header: str, field: str) -> None:
    from crm_desktop.importers.mapping import field_for_header

    assert field_for_header(header) == field


@pytest.mark.parametrize("header", ["Contact person", "Customer Name", "Ф.И.О.",
                                    "Контактное лицо", "Имя клиента", "شخص رابط", "نام مشتری"])
def test_a_business_list_s_person_column_is_the_full_name(tmp_path: Path, header: str) -> None:
    path = tmp_path / "list.csv"
    path.write_text(f"Company,{header},Email\nAcme Ltd,Jane Smith,jane@acme.example\n",
                    encoding="utf-8")
    assert auto_mapping(open_table(path)).columns == ["company", "name", "email"]
