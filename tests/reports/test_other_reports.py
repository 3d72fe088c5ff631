"""Funnel, activity and profile reports read back with pypdf."""

from __future__ import annotations

from datetime import UTC, date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.db.models import LossReason, Stage
from crm_desktop.reports.other_reports import (
    build_activity_report,
    build_customer_profile,
    build_funnel_report,
)
from crm_desktop.reports.wording import Wording
from crm_desktop.services import contacts, funnel, reminders
from crm_desktop.services.customer_record import add_interaction, add_payment
from tests.fixed_time import NOW


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.fixture
def history(db) -> int:
    cid = contacts.save_contact(None, {"name": "Ольга Смирнова", "city": "Казань",
                                       "is_vip": True}, emails=["olga@example.ru"],
                                tags=["оптовик"]).contact_id
    deal = funnel.create_deal(cid, "Годовой контракт", value="12000", now=NOW - timedelta(
        days=40))
    funnel.move_deal(deal, Stage.get(Stage.key == "won").id, now=NOW - timedelta(days=10))
    lost = funnel.create_deal(cid, "Pilot", value="500", now=NOW - timedelta(days=30))
    funnel.move_deal(lost, Stage.get(Stage.key == "lost").id, now=NOW - timedelta(days=5),
                     lost_reason_id=LossReason.get(LossReason.key == "price").id)
    add_interaction(cid, "meeting", NOW - timedelta(days=3), subject="Contract review",
                    outcome="Signed")
    add_payment(cid, "12000", "USD", due_on=NOW.date(), paid_on=NOW.date() - timedelta(days=1),
                invoice_number="INV-7")
    rid = reminders.create_reminder("Send invoice", NOW - timedelta(days=2), contact_id=cid)
    reminders.complete(rid, NOW - timedelta(days=1))
    return cid


def test_funnel_report(history: int, tmp_path: Path) -> None:
    out = tmp_path / "funnel.pdf"
    build_funnel_report(out, NOW - timedelta(days=365), NOW)
    text = _text(out)
    for expected in ("Sales funnel", "Win rate", "50%", "Price", "30.0 days",
                     "Conversion Awareness → Interest"):
        assert expected in text, expected


def test_activity_report(history: int, tmp_path: Path) -> None:
    # done, then put in the Trash: not reported; done with no contact: reported
    gone = reminders.create_reminder("Call the bank", NOW - timedelta(days=3))
    reminders.complete(gone, NOW - timedelta(days=2))
    reminders.trash(gone, NOW - timedelta(days=1))
    alone = reminders.create_reminder("Order paper", NOW - timedelta(days=3))
    reminders.complete(alone, NOW - timedelta(days=2))
    out = tmp_path / "activity.pdf"
    build_activity_report(out, NOW - timedelta(days=30), NOW)
    text = _text(out)
    assert "Contract review" in text and "Ольга Смирнова" in text and "Send invoice" in text
    assert "Reminders done (2)" in text
    assert "Order paper" in text and "Call the bank" not in text
    # week by week: 2026-03-16 is a Monday; the meeting 3 days before is in the week of
    # the 9th, with the 2 reminders done 1 and 2 days before
    assert "Week by week" in text
    assert "2026-03-09 1 2" in text.replace("\n", " ")
    assert "2026-02-16" in text  # a quiet week is listed too


def test_activity_is_told_week_by_week_up_to_a_quarter_then_month_by_month(db) -> None:
    from datetime import datetime

    from crm_desktop.services import activity

    meeting = activity.Logged(datetime(2026, 3, 11, 9, tzinfo=UTC), "Olga", "meeting", None,
                              None)
    call = activity.Logged(datetime(2026, 1, 31, 9, tzinfo=UTC), "Olga", "call", None, None)
    done = activity.Done(datetime(2026, 3, 15, 9, tzinfo=UTC), "Send invoice", None)
    start = datetime(2026, 1, 1, 12, tzinfo=UTC)  # (noon: the same day in any time zone)
    monthly, periods = activity.by_period([call, meeting], [done], start,
                                          datetime(2026, 4, 1, 12, tzinfo=UTC))  # 90 days
    assert not monthly
    assert periods[0].start == date(2025, 12, 29) and periods[-1].start == date(2026, 3, 30)
    assert all((b.start - a.start).days == 7 for a, b in zip(periods, periods[1:], strict=False))
    week = {p.start: p for p in periods}
    assert week[date(2026, 1, 26)].kinds == {"call": 1}
    assert (week[date(2026, 3, 9)].kinds, week[date(2026, 3, 9)].done) == ({"meeting": 1}, 1)
    monthly, periods = activity.by_period([call, meeting], [done], start,
                                          datetime(2026, 12, 31, 12, tzinfo=UTC))
    assert monthly and [p.start for p in periods] == [date(2026, m, 1) for m in range(1, 13)]
    assert [sum(p.kinds.values()) + p.done for p in periods[:4]] == [1, 0, 2, 0]


def test_customer_profile_sheet(history: int, tmp_path: Path) -> None:
    from crm_desktop.services.business_profile import save_business_profile

    for days in (100, 70, 40):  # before the invoice paid yesterday: a monthly buyer
        add_payment(history, "1000", "USD", paid_on=NOW.date() - timedelta(days=days))
    save_business_profile("", "USD", "GB", "120")  # the meeting (an hour) cost 120.00
    contacts.save_contact(history, {"birthday": "31.03.1980"})
    out = tmp_path / "profile.pdf"
    build_customer_profile(out, history, today=NOW.date())
    text = _text(out)
    for expected in ("Ольга Смирнова", "Birthday\n1980-03-31", "olga@example.ru", "оптовик",
                     "INV-7", "on time", "Годовой контракт", "Signed", "Changes to the record",
                     # what the record shows beside the details
                     "Revenue, 12 months\n15,000.00 USD", "Paid on time\n100%",
                     "Contacts, 12 months\n1", "Revenue per contact\n15,000.00 USD",
                     "Cost to serve, 12 months\n120.00 USD",
                     f"Buys\nevery 33 days; last on {NOW.date() - timedelta(days=1)}"):
        assert expected in text, expected
    assert "overdue" not in text and "Documents" not in text  # none kept: no section
    from crm_desktop.services.contact_files import add_files

    signed = tmp_path / "Договор 2026.pdf"
    signed.write_bytes(b"%PDF")
    add_files(history, [signed])
    build_customer_profile(out, history, today=NOW.date())
    text = _text(out)
    assert "Documents" in text and "Договор 2026.pdf" in text


def test_a_birthday_without_its_year_is_named_by_its_month(history: int,
                                                         tmp_path: Path) -> None:
    contacts.save_contact(history, {"birthday": "--10-22"})
    for lang, expected in (("en", "22 October"), ("ru", "22 октября")):
        out = tmp_path / f"profile-{lang}.pdf"
        build_customer_profile(out, history, today=NOW.date(), wording=Wording(lang))
        text = _text(out)
        assert expected in text and "--10-22" not in text, lang


def test_the_profile_sheet_says_how_late_and_what_is_owed(history: int,
                                                          tmp_path: Path) -> None:
    add_payment(history, "300", "USD", due_on=NOW.date() - timedelta(days=20),
                paid_on=NOW.date() - timedelta(days=5), invoice_number="L-1")
    add_payment(history, "40", "USD", due_on=NOW.date() - timedelta(days=10),
                invoice_number="L-2")
    out = tmp_path / "profile.pdf"
    build_customer_profile(out, history, today=NOW.date())
    text = _text(out)
    assert "15 days late" in text and "unpaid, 10 days late" in text
    assert "Owes\n40.00 USD — overdue: 1, the oldest 10 days late" in text
    add_payment(history, "5", "USD", due_on=NOW.date() - timedelta(days=12),
                paid_on=NOW.date() - timedelta(days=11), invoice_number="L-3")
    build_customer_profile(out, history, today=NOW.date())
    assert "1 day late" in _text(out) and "1 days" not in _text(out)


def test_cli_reports(history: int, tmp_path: Path, db_path: Path,
                     capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.db.connection import close_database

    close_database()
    for kind in ("funnel", "activity"):
        out = tmp_path / f"{kind}.pdf"
        assert main(["report", kind, "--db", str(db_path), "-o", str(out), "--from",
                     "2026-01-01", "--to", "2026-03-16"]) == 0
        assert len(PdfReader(out).pages) >= 1
        # both days included, as the window's dialog takes them
        assert "2026-01-01 to 2026-03-16" in PdfReader(out).pages[0].extract_text()
    assert main(["report", "customer", "--db", str(db_path), "-o",
                 str(tmp_path / "c.pdf")]) == 1
    assert "--contact" in capsys.readouterr().err
    assert main(["report", "customer", "--contact", str(history), "--db", str(db_path),
                 "-o", str(tmp_path / "c.pdf")]) == 0


def test_a_cancelled_report_leaves_no_file(db, tmp_path: Path) -> None:
    from crm_desktop.errors import CancelledError

    cid = contacts.create_contact({"name": "Busy"}).id
    for i in range(400):
        add_interaction(cid, "call", NOW - timedelta(minutes=i), subject=f"Call {i}")
    out = tmp_path / "activity.pdf"
    seen = []

    def stop_early(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(CancelledError):
        build_activity_report(out, NOW - timedelta(days=30), NOW + timedelta(minutes=1),
                              progress=stop_early)
    assert not out.exists()
    assert seen and seen[0][0] <= seen[0][1]  # split tables count once


def test_the_reports_speak_the_readers_language(history: int, tmp_path: Path) -> None:
    from crm_desktop.reports.wording import Wording

    russian = Wording("ru")
    out = tmp_path / "funnel-ru.pdf"
    build_funnel_report(out, NOW - timedelta(days=365), NOW, wording=russian)
    text = _text(out)
    for expected in ("Воронка продаж", "Доля выигранных", "50%", "Цена", "30,0 дн.",
                     "Конверсия Осведомлённость → Интерес", "страница 1 из 1"):
        assert expected in text, expected
    out = tmp_path / "profile-ru.pdf"
    build_customer_profile(out, history, today=NOW.date(), wording=russian)
    text = _text(out)
    for expected in ("Человек", "Встреча", "в срок", "Изменения записи", "Создано",
                     "Годовой контракт", "Выручка за 12 мес."):
        assert expected in text, expected
    assert "on time" not in text and "meeting" not in text
