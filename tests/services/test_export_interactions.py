"""The history of contacts exported to CSV and XLSX: every interaction of the contacts not in
the Trash, oldest first, in the owner's local time, in any script."""

from __future__ import annotations

import csv
import time
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from python_calamine import CalamineWorkbook

from crm_desktop.db.models import Interaction
from crm_desktop.services import contacts, funnel
from crm_desktop.services.customer_record import add_interaction
from crm_desktop.services.export_interactions import HEADERS, export_interactions


@pytest.fixture
def tehran_clock(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    monkeypatch.setenv("TZ", "Asia/Tehran")  # UTC+3:30
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def test_every_interaction_is_written_oldest_first_in_local_time(
        db, tmp_path: Path, tehran_clock: None) -> None:
    maryam = contacts.save_contact(None, {"name": "مریم رضایی"},
                                   emails=["maryam@example.ir"]).contact_id
    olga = contacts.save_contact(None, {"name": "Ольга Смирнова"}).contact_id
    gone = contacts.save_contact(None, {"name": "Gone Ltd", "kind": "company"}).contact_id
    deal = funnel.create_deal(maryam, "قرارداد سالانه")
    add_interaction(maryam, "call", datetime(2026, 3, 1, 8, 15, tzinfo=UTC),
                    direction="outbound", subject="پیگیری پیشنهاد", deal_id=deal,
                    outcome="=SUM(A1)", satisfaction=4)
    add_interaction(olga, "complaint", datetime(2026, 2, 1, 6, 0, tzinfo=UTC),
                    direction="inbound", subject="Задержка доставки", body="Две недели\nждёт")
    wrong = add_interaction(olga, "note", datetime(2026, 2, 2, 6, 0, tzinfo=UTC))
    Interaction.update(deleted_at=datetime(2026, 2, 3, tzinfo=UTC)).where(
        Interaction.id == wrong).execute()  # corrected away: not history any more
    add_interaction(gone, "email", datetime(2026, 1, 1, tzinfo=UTC))
    contacts.trash_contacts([gone])

    out = tmp_path / "history.csv"
    assert export_interactions(out) == 2
    rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines(keepends=True)))
    assert rows == [
        list(HEADERS),
        ["Ольга Смирнова", "person", "", "2026-02-01 09:30", "complaint", "inbound",
         "Задержка доставки", "Две недели\nждёт", "", "", "", ""],
        ["مریم رضایی", "person", "maryam@example.ir", "2026-03-01 11:45", "call", "outbound",
         "پیگیری پیشنهاد", "", "'=SUM(A1)", "4", "قرارداد سالانه", ""],
    ]
    book = tmp_path / "history.xlsx"
    assert export_interactions(book) == 2
    sheet = CalamineWorkbook.from_path(str(book)).get_sheet_by_name("Interactions")
    # (a formula typed as an outcome is text in both: a CSV marks it, an XLSX cell says so)
    rows[2][8] = "=SUM(A1)"
    assert [[str(v) for v in row] for row in sheet.to_python()] == rows


def test_the_command_line_exports_them(db, db_path: Path, tmp_path: Path, capsys) -> None:
    from crm_desktop.cli import main
    from crm_desktop.db.connection import close_database

    anna = contacts.save_contact(None, {"name": "Anna"}).contact_id
    for day in (1, 2, 3):
        add_interaction(anna, "call", datetime(2026, 3, day, 9, tzinfo=UTC))
    close_database()
    out = tmp_path / "calls.xlsx"
    assert main(["export", "interactions", "--db", str(db_path), "-o", str(out)]) == 0
    assert capsys.readouterr().out.strip() == f"3 interactions written to {out}"
    sheet = CalamineWorkbook.from_path(str(out)).get_sheet_by_name("Interactions")
    assert [row[4] for row in sheet.to_python()] == ["Kind", "call", "call", "call"]
