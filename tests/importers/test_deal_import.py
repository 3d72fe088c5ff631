"""Deals exported to CSV and XLSX and imported into an empty database give the same deals
and contacts; a file imported twice adds nothing; bad rows are refused with their reasons."""

from __future__ import annotations

import json
from datetime import date, timedelta
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.models import Contact, Deal, LossReason, Stage
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


def test_bad_rows_are_refused_with_their_reasons_and_leave_nothing(db, tmp_path: Path) -> None:
    path = tmp_path / "deals.csv"
    path.write_text(
        "Title,Contact,Contact e-mail,Value,Stage,Expected close,Lost reason\n"
        "Good,Anna,anna@x.example,100,Interest,2026-06-01,\n"
        "No stage,Boris,,100,Negotiation,,\n"
        "Bad value,Carl,carl@x.example,lots,Interest,,\n"
        "Bad date,Dana,,100,Interest,31/12/2026,\n"
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
    assert refused[5] == ("expected_close_on", "'31/12/2026' is not a date like 2026-03-31")
    assert refused[6] == ("lost_reason", "there is no loss reason named 'Weather'")
    assert refused[7] == ("title", "a deal needs a title")
    assert refused[8] == ("contact", "the row names no contact")
    assert refused[9][0] == "email" and "'gus@@x' is not a valid e-mail" in refused[9][1]
    # a refused row makes no contact: only Anna's deal and Anna are there
    assert [c.name for c in Contact.select()] == ["Anna"]
    assert Deal.get().stage.key == "interest"


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
