"""Deals exported to CSV and XLSX and imported into an empty database give the same deals
and contacts; a file imported twice adds nothing; bad rows are refused with their reasons."""

from __future__ import annotations

import csv
import io
import json
import re
import string
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from crm_desktop.cli import main
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Contact, Deal, LossReason, Stage
from crm_desktop.errors import InputError
from crm_desktop.importers.deal_import import is_deal_table, run_deal_import
from crm_desktop.importers.pipeline import open_table
from crm_desktop.services import contacts, funnel
from crm_desktop.services.export_deals import HEADERS, export_deals
from tests.fixed_time import NOW


def _stage(key: str) -> int:
    return Stage.get(Stage.key == key).id


@pytest.fixture
def deals(db) -> None:
    anna = contacts.save_contact(None, {"name": "Anna Baker"},
                                 emails=["anna@x.example"]).contact_id
    olga = contacts.save_contact(None, {"name": "Ольга Смирнова"}).contact_id
    firm = contacts.save_contact(None, {"name": "شرکت پارس", "kind": "company"},
                                 emails=["info@pars.example"]).contact_id
    funnel.create_deal(anna, "Pilot", value="1250.50", currency="EUR",
                       expected_close_on=date(2026, 5, 1), probability=40, source="Referral",
                       now=NOW - timedelta(days=30))
    won = funnel.create_deal(olga, "Годовой контракт", value="12000", stage_id=_stage("action"),
                             now=NOW - timedelta(days=60))
    funnel.move_deal(won, _stage("won"), now=NOW - timedelta(days=5))
    lost = funnel.create_deal(firm, "=HYPERLINK(\"x\")", value="300", now=NOW - timedelta(days=9))
    funnel.move_deal(lost, _stage("lost"), now=NOW - timedelta(days=2),
                     lost_reason_id=LossReason.get(LossReason.key == "price").id,
                     lost_note="went with the cheaper one")
    Deal.update(notes="call in spring", archived=True).where(Deal.id == lost).execute()
    # two firms of one name: their e-mails tell them apart, and their deals stay apart
    for email in ("info@crown-leeds.example", "info@crown-york.example"):
        crown = contacts.save_contact(None, {"name": "Crown & Co", "kind": "company"},
                                      emails=[email]).contact_id
        funnel.create_deal(crown, "Service plan", value="700", now=NOW - timedelta(days=3))


def _snapshot() -> list[tuple]:
    rows = []
    for d in Deal.select().join(Contact).order_by(Deal.title, Contact.email):
        c = d.contact
        rows.append((d.title, c.name, c.kind, c.email, c.status, d.value_minor, d.currency,
                     d.stage.key, d.probability, d.expected_close_on, d.source,
                     d.lost_reason.key if d.lost_reason else None, d.lost_note, d.archived,
                     d.notes, d.created_at, d.closed_at))
    return rows


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_deals_round_trip_into_an_empty_database(deals, db_path: Path, tmp_path: Path,
                                                 suffix: str) -> None:
    before = _snapshot()
    out = tmp_path / f"deals{suffix}"
    assert export_deals(out) == 5
    close_database()
    open_database(tmp_path / "empty.sqlite3")
    table = open_table(out)
    assert is_deal_table(table.headers) and table.headers == list(HEADERS)
    result = run_deal_import(table)
    assert (result.created, result.contacts_created, result.rejected) == (5, 5, 0)
    assert _snapshot() == before  # the same deals, contacts, stages, times
    again = run_deal_import(open_table(out))
    assert (again.created, again.skipped) == (0, 5)  # a file imported twice adds nothing
    assert Deal.select().count() == 5 and Contact.select().count() == 5


def _as_russian_excel_saves(text: str) -> str:
    """A CSV as a spreadsheet program in Russian saves it back: semicolons, day-first
    dates with dots, times without seconds, a decimal comma."""
    rows = list(csv.reader(text.splitlines()))
    out = []
    for row in rows:
        cells = []
        for cell in row:
            if m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})( \d{2}:\d{2}):\d{2}", cell):
                cell = f"{m[3]}.{m[2]}.{m[1]}{m[4]}"
            elif m := re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", cell):
                cell = f"{m[3]}.{m[2]}.{m[1]}"
            elif re.fullmatch(r"\d+\.\d+", cell):
                cell = cell.rstrip("0").replace(".", ",")
            cells.append(cell)
        out.append(cells)
    lines = io.StringIO()
    csv.writer(lines, delimiter=";").writerows(out)
    return lines.getvalue()


def test_deals_come_back_from_a_russian_spreadsheet_program(deals, db_path: Path,
                                                            tmp_path: Path) -> None:
    """Exported, opened and saved again in a Russian Excel (cp1251), imported: the same
    deals, 1250,5 EUR being 1,250.50 and 01.05.2026 the first of May."""
    before = _snapshot()
    out = tmp_path / "deals.csv"
    export_deals(out)
    saved = _as_russian_excel_saves(out.read_text(encoding="utf-8-sig"))
    assert "1250,5;EUR" in saved and "01.05.2026" in saved
    resaved = tmp_path / "deals-ru.csv"
    resaved.write_bytes(saved.replace("شرکت پارس", "Pars").encode("cp1251"))
    close_database()
    open_database(tmp_path / "empty.sqlite3")
    result = run_deal_import(open_table(resaved))
    assert (result.created, result.rejected) == (5, 0), result.refused
    assert _snapshot() == [tuple("Pars" if v == "شرکت پارس" else v for v in row)
                           for row in before]


def test_bad_rows_are_refused_with_their_reasons_and_leave_nothing(db, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(
        "Title,Contact,Contact e-mail,Value,Stage,Expected close,Lost reason\n"
        "Good,Anna,anna@x.example,100,Interest,2026-06-01,\n"
        "No stage,Boris,,100,Negotiation,,\n"
        "Bad value,Carl,carl@x.example,lots,Interest,,\n"
        "Bad date,Dana,,100,Interest,31/13/2026,\n"
        "Bad reason,Eve,,100,Lost,,Weather\n"
        ",Fred,,100,Interest,,\n"
        "No one,,,100,Interest,,\n"
        "Bad e-mail,Gus,gus@@x,100,Interest,,\n", encoding="utf-8")
    dry = run_deal_import(open_table(path), dry_run=True)
    assert Deal.select().count() == 0 and Contact.select().count() == 0  # the dry run
    result = run_deal_import(open_table(path))
    assert (result.created, result.rejected) == (dry.created, dry.rejected) == (1, 7)
    refused = {r.row: (r.field, str(r.reason)) for r in result.refused}
    assert refused[3] == ("stage", "there is no stage named 'Negotiation'")
    assert refused[4] == ("value", "'lots' is not an amount")
    assert refused[5] == ("expected_close_on",
                         "'31/13/2026' is not a date like 2026-03-31 or 31.03.2026")
    assert refused[6] == ("lost_reason", "there is no loss reason named 'Weather'")
    assert refused[7] == ("title", "a deal needs a title")
    assert refused[8] == ("contact", "the row names no contact")
    assert refused[9][0] == "email" and "'gus@@x' is not a valid e-mail" in refused[9][1]
    # a refused row makes no contact: only Anna's deal and Anna are there
    assert [c.name for c in Contact.select()] == ["Anna"]
    assert Deal.get().stage.key == "interest"


def test_a_stray_quote_refuses_its_deal_row_and_keeps_the_rows_after(db, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    titles = ['"Big' if i == 2 else "Deal" for i in range(9)]  # a quote typed by mistake
    path.write_text("Title,Contact,Value,Stage\n" + "".join(
        f"{titles[i]} {i},Person {i},100,Interest\n" for i in range(1, 9)), encoding="utf-8")
    result = run_deal_import(open_table(path))
    assert (result.created, result.rejected, result.rows) == (7, 1, 8)
    assert [(r.row, r.cells[0]) for r in result.refused] == [(3, '"Big 2')]
    assert Deal.select().count() == 7


def test_two_stray_quotes_that_join_deal_rows_are_refused_not_imported(
        db, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text('Title,Contact,Value,Stage\n"Roof repair,Ann Lee,100,Interest\n'
                    'Gutters",Bob Ray,200,Interest\nFence,Cy Dunn,300,Interest\n',
                    encoding="utf-8")
    result = run_deal_import(open_table(path))
    assert [(r.row, r.field) for r in result.refused] == [(2, "title")]
    assert "quotation mark" in str(result.refused[0].reason)
    assert [d.title for d in Deal.select()] == ["Fence"]


def test_the_command_line_exports_and_imports_deals(deals, db_path: Path, tmp_path: Path,
                                                    capsys: pytest.CaptureFixture[str]) -> None:
    close_database()
    out = tmp_path / "deals.csv"
    assert main(["export", "deals", "--db", str(db_path), "-o", str(out)]) == 0
    assert "5 deals written" in capsys.readouterr().out
    assert out.read_text(encoding="utf-8").count("'=HYPERLINK") == 1  # no formula runs
    target = tmp_path / "new.sqlite3"
    assert main(["import", str(out), "--db", str(target), "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"created": 5, "updated": 0, "skipped": 0,
                                                   "rejected": 0}
    assert main(["import", str(out), "--db", str(target), "--dry-run"]) == 0
    assert "0 new deals (and 0 contacts)" in capsys.readouterr().out


def test_a_deals_import_is_undone_but_for_what_was_worked_on_since(db, tmp_path: Path) -> None:
    from crm_desktop.db.models import ImportBatch, StageChange
    from crm_desktop.importers.import_undo import undo_import

    anna = contacts.save_contact(None, {"name": "Anna Baker"},
                                 emails=["anna@x.example"]).contact_id
    before = funnel.create_deal(anna, "Before the import", value="10")
    path = tmp_path / "deals.csv"
    path.write_text(
        "Title,Contact,Contact e-mail,Value,Stage\n"
        "Support,Anna Baker,anna@x.example,100,Won\n"
        "Pilot,Boris Petrov,boris@x.example,200,Interest\n"
        "Second pilot,Boris Petrov,boris@x.example,300,Interest\n"
        "Audit,Carla Diaz,,400,Awareness\n", encoding="utf-8")
    result = run_deal_import(open_table(path), now=NOW)
    assert (result.created, result.contacts_created, result.rejected) == (4, 2, 0)
    assert Contact.get_by_id(anna).status == "customer"  # her deal was won
    batch = ImportBatch.get_by_id(result.batch_id)
    assert (batch.file_format, batch.created_count) == ("deals", 4)
    # the owner moves one of Boris's deals on: it and Boris stay
    moved = Deal.get(Deal.title == "Second pilot").id
    funnel.move_deal(moved, _stage("action"), now=NOW + timedelta(days=1))

    done = undo_import(result.batch_id)
    assert (done.deals_removed, done.deals_kept) == (3, 1)
    assert (done.removed, done.restored, done.kept) == (1, 1, 1)  # Carla; Anna; Boris
    assert sorted(d.title for d in Deal.select()) == ["Before the import", "Second pilot"]
    assert sorted(c.name for c in Contact.select()) == ["Anna Baker", "Boris Petrov"]
    assert Contact.get_by_id(anna).status == "lead"  # put back as she was
    assert Deal.get_by_id(before).stage.key == funnel.list_stages()[0].key
    assert StageChange.select().where(StageChange.deal == moved).count() == 2
    assert ImportBatch.get_by_id(result.batch_id).undone_at is not None


def test_many_deals_import_in_bulk_and_find_their_contacts(db, tmp_path: Path) -> None:
    """Thousands of rows, several batches: every contact found or made once, the board's
    columns numbered in order, each deal with its first stage-history entry."""
    from crm_desktop.db.models import StageChange
    from crm_desktop.importers import deal_import

    known = contacts.save_contact(None, {"name": "Known Firm", "kind": "company"},
                                  emails=["info@known.example"]).contact_id
    rows = ["Title,Contact,Contact kind,Contact e-mail,Value,Stage,Created (UTC)"]
    for i in range(int(deal_import.BATCH * 2.5)):
        email = "info@known.example" if i % 10 == 0 else f"p{i % 700}@x.example"
        rows.append(f"Deal {i},Person {i % 700},person,{email},{i},"
                    f"{'Interest' if i % 2 else 'Won'},2026-01-01 10:{i % 60:02d}:00")
    rows.append(rows[5])  # a row twice: imported once
    path = tmp_path / "many.csv"
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    result = run_deal_import(open_table(path), now=NOW)
    total = int(deal_import.BATCH * 2.5)
    assert (result.created, result.skipped, result.rejected) == (total, 1, 0)
    assert result.contacts_created == 630  # p0..p699 less those of the known firm's rows
    assert Deal.select().where(Deal.contact == known).count() == total // 10
    assert Contact.get_by_id(known).status == "customer"  # it has won deals
    for stage in ("interest", "won"):
        positions = sorted(d.position for d in Deal.select().where(
            Deal.stage == _stage(stage)))
        assert positions == list(range(1, len(positions) + 1))
    assert StageChange.select().count() == total
    # each new contact is found by the search box
    from crm_desktop.services.contact_query import ContactFilter, count
    assert count(ContactFilter(search="p123@x.example")) == 1


junk = st.text(alphabet=string.ascii_letters + "@.+-,' 0123456789:йцукенгшщзابپتثجچ",
               max_size=20)
# per column, mostly what an export writes (so that rows get through to the writer), one
# time in twenty anything at all
VALID = {
    "Title": ["Pilot", "Годовой контракт", "پروژه"],
    "Contact": ["Anna", "Ольга", "شرکت پارس", ""],
    "Contact kind": ["person", "company", ""],
    "Contact e-mail": ["anna@x.example", "ANNA@x.example", "o@y.example", ""],
    "Value": ["100", "12.50", "0", "", "99999999999999999"],
    "Currency": ["USD", "EUR", ""],
    "Stage": ["Won", "Lost", "Interest", ""],
    "Probability": ["", "40"],
    "Expected close": ["", "2026-05-01"],
    "Source": ["", "Referral"],
    "Lost reason": ["", "price"],
    "Lost note": ["", "cheaper"],
    "Archived": ["", "yes"],
    "Notes": ["", "call in spring"],
    "Created (UTC)": ["", "2026-01-01 10:00:00", "2026-01-02"],
    "Closed (UTC)": ["", "2026-02-01 10:00:00"],
}
deal_row = st.tuples(*(st.tuples(st.integers(0, 19), st.sampled_from(VALID[h]), junk)
                       .map(lambda t: t[2] if t[0] == 7 else t[1]) for h in HEADERS))


@settings(max_examples=80, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(rows=st.lists(deal_row, min_size=1, max_size=10))
def test_arbitrary_deal_rows_import_or_explain(db, tmp_path_factory, rows) -> None:
    """Any cells under the deals export's headers: each row is created, skipped, refused
    with a reason, or empty, exactly once; what was counted is what was written."""
    path = tmp_path_factory.mktemp("deals") / "deals.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([list(HEADERS), *rows])
    deals_before, contacts_before = Deal.select().count(), Contact.select().count()
    result = run_deal_import(open_table(path))
    assert result.created + result.skipped + result.rejected + result.empty == result.rows
    assert all(r.field and str(r.reason) for r in result.refused)
    assert Deal.select().count() == deals_before + result.created
    assert Contact.select().count() == contacts_before + result.contacts_created


def test_text_beyond_ten_thousand_characters_is_refused_not_cut(db, tmp_path: Path) -> None:
    from crm_desktop.services.contacts import MAX_TEXT

    long = "x" * (MAX_TEXT + 1)
    path = tmp_path / "deals.csv"
    with open(path, "w", newline="", encoding="utf-8") as fh:
        csv.writer(fh).writerows([
            ["Title", "Contact", "Value", "Stage", "Source", "Notes", "Lost note"],
            [long, "Anna", "1", "Interest", "", "", ""],
            ["Pilot", "Anna", "1", "Interest", long, "", ""],
            ["Audit", "Anna", "1", "Interest", "", long, ""],
            ["Lost one", "Anna", "1", "Interest", "", "", long],
            ["Fine", long, "1", "Interest", "", "", ""],
            ["Kept", "Anna", "1", "Interest", "", "x" * MAX_TEXT, ""]])
    result = run_deal_import(open_table(path))
    refused = {r.row: (r.field, str(r.reason)) for r in result.refused}
    reason = "is longer than 10,000 characters"
    assert refused == {2: ("title", reason), 3: ("source", reason), 4: ("notes", reason),
                       5: ("lost_note", reason),
                       6: ("contact", "is longer than 300 characters")}  # (a name's most)
    assert [d.title for d in Deal.select()] == ["Kept"]  # exactly the limit is fine
    with pytest.raises(InputError, match="longer than"):
        funnel.update_deal(Deal.get().id, title="Kept", value="1", currency="USD",
                           probability=None, expected_close_on=None, source=long)
