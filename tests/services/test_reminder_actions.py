"""Reminders: done, snooze, reschedule, recurrence across DST and month ends, notify once,
service levels, win-back suggestions, and the calendar file read back."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from icalendar import Calendar

from crm_desktop.cli import main
from crm_desktop.db.models import Interaction, Reminder, Stage
from crm_desktop.services import contacts, funnel, recurrence, reminders
from crm_desktop.services.calendar_export import export_reminders
from crm_desktop.services.customer_record import add_interaction
from tests.fixed_time import NOW

LONDON = ZoneInfo("Europe/London")


def _local(moment: datetime) -> datetime:
    return moment.astimezone(LONDON)


@pytest.fixture
def client(db) -> int:
    return contacts.create_contact({"name": "Client"}).id


def test_done_logs_an_interaction_with_its_outcome(client: int) -> None:
    rid = reminders.create_reminder("Call back", NOW - timedelta(hours=1), contact_id=client)
    assert reminders.complete(rid, NOW, outcome="Agreed to meet") is None
    assert Reminder.get_by_id(rid).done_at == NOW
    call = Interaction.get()
    assert (call.contact_id, call.outcome, call.subject, call.occurred_at) == (
        client, "Agreed to meet", "Call back", NOW)


def test_snooze_and_reschedule_move_it_in_the_groups(client: int) -> None:
    rid = reminders.create_reminder("Send offer", NOW - timedelta(minutes=5), contact_id=client)
    assert reminders.bucket_counts(NOW, UTC)[reminders.Bucket.OVERDUE] == 1
    reminders.snooze(rid, NOW + timedelta(minutes=15))
    assert reminders.bucket_counts(NOW, UTC)[reminders.Bucket.TODAY] == 1
    reminders.reschedule(rid, NOW + timedelta(days=20))
    counts = reminders.bucket_counts(NOW, UTC)
    assert (counts[reminders.Bucket.LATER], counts[reminders.Bucket.TODAY]) == (1, 0)
    assert Reminder.get_by_id(rid).snoozed_until is None


def test_daily_at_nine_stays_at_nine_across_the_dst_change(client: int) -> None:
    due = datetime(2026, 3, 28, 9, 0, tzinfo=LONDON).astimezone(UTC)  # GMT
    rid = reminders.create_reminder("Stand-up", due, contact_id=client,
                                    rrule=recurrence.daily())
    following = reminders.complete(rid, due, tz=LONDON)
    due_next = Reminder.get_by_id(following).due_at
    assert _local(due_next) == datetime(2026, 3, 29, 9, 0, tzinfo=LONDON)  # BST now
    assert due_next == datetime(2026, 3, 29, 8, 0, tzinfo=UTC)


@pytest.mark.parametrize("rule, start, expected", [
    (recurrence.monthly_on_day(31), date(2026, 1, 31),
     [date(2026, 2, 28), date(2026, 3, 31), date(2026, 4, 30)]),
    (recurrence.monthly_on_day(30), date(2028, 1, 30), [date(2028, 2, 29), date(2028, 3, 30)]),
    (recurrence.yearly(2, 29), date(2028, 2, 29), [date(2029, 2, 28), date(2032, 2, 29)]),
    (recurrence.monthly_nth_weekday(3, "SU"), date(2026, 3, 15),
     [date(2026, 4, 19), date(2026, 5, 17)]),
    (recurrence.weekly(["MO", "TH"]), date(2026, 3, 16), [date(2026, 3, 19), date(2026, 3, 23)]),
    (recurrence.daily(10), date(2026, 3, 16), [date(2026, 3, 26), date(2026, 4, 5)]),
])
def test_recurrence_dates(rule: str, start: date, expected: list[date]) -> None:
    moment = datetime.combine(start, datetime.min.time().replace(hour=10), LONDON)
    got = []
    for _ in expected:
        moment = recurrence.next_after(rule, moment.astimezone(UTC), LONDON)
        got.append(_local(moment).date())
    if rule.startswith("FREQ=YEARLY;BYMONTH=2"):
        got = [got[0], _local(recurrence.next_after(
            rule, datetime(2031, 3, 1, tzinfo=LONDON).astimezone(UTC), LONDON)).date()]
    assert got == expected


def test_completing_a_late_repeating_reminder_skips_the_backlog(client: int) -> None:
    rid = reminders.create_reminder("Daily", NOW - timedelta(days=5), contact_id=client,
                                    rrule=recurrence.daily())
    following = reminders.complete(rid, NOW, tz=UTC)
    assert Reminder.get_by_id(following).due_at == NOW - timedelta(days=5) + timedelta(days=6)


def test_each_reminder_notifies_once_and_missed_ones_are_not_replayed(client: int) -> None:
    missed = reminders.create_reminder("While closed", NOW - timedelta(days=1),
                                       contact_id=client)
    assert reminders.missed_at_start(NOW) == 1
    soon = reminders.create_reminder("Soon", NOW + timedelta(minutes=10), contact_id=client)
    assert reminders.to_notify(NOW) == []
    later = NOW + timedelta(minutes=11)
    assert [r.id for r in reminders.to_notify(later)] == [soon]
    assert reminders.to_notify(later + timedelta(minutes=1)) == []  # told once
    reminders.snooze(soon, later + timedelta(minutes=15))
    assert [r.id for r in reminders.to_notify(later + timedelta(minutes=16))] == [soon]
    assert missed


def test_a_vip_complaint_gets_a_reminder_due_at_the_promised_time(db) -> None:
    vip = contacts.create_contact({"name": "Big Client", "is_vip": True}).id
    other = contacts.create_contact({"name": "Small Client"}).id
    add_interaction(vip, "complaint", NOW, subject="Late delivery")
    add_interaction(other, "complaint", NOW, subject="Wrong invoice")
    add_interaction(other, "call", NOW)
    due = {r.contact_id: r.due_at for r in Reminder.select()}
    assert due == {vip: NOW + timedelta(hours=4), other: NOW + timedelta(hours=48)}
    at_risk = reminders.at_risk(NOW + timedelta(hours=3, minutes=30))
    assert [r.title for r in at_risk] == ["Answer complaint: Late delivery"]


def test_suggestions_find_quiet_customers_and_lost_deals(db) -> None:
    quiet = contacts.create_contact({"name": "Quiet", "status": "customer"}).id
    add_interaction(quiet, "call", NOW - timedelta(days=200))
    busy = contacts.create_contact({"name": "Busy", "status": "customer"}).id
    add_interaction(busy, "call", NOW - timedelta(days=3))
    lost = contacts.create_contact({"name": "Lost one"}).id
    deal = funnel.create_deal(lost, "Order", now=NOW - timedelta(days=20))
    from crm_desktop.db.models import LossReason

    funnel.move_deal(deal, Stage.get(Stage.key == "lost").id, now=NOW - timedelta(days=5),
                     lost_reason_id=LossReason.get().id)
    found = {(s.name, s.reason) for s in reminders.suggestions(NOW)}
    assert found == {("Quiet", "no contact since 2025-08-28"),
                     ("Lost one", "lost “Order” lately")}
    reminders.create_reminder("Win back", NOW + timedelta(days=1), contact_id=quiet)
    assert {s.name for s in reminders.suggestions(NOW)} == {"Lost one"}


def test_customers_who_owe_money_are_suggested_first(db) -> None:
    from crm_desktop.services.customer_record import add_payment

    quiet = contacts.create_contact({"name": "Quiet", "status": "customer"}).id
    add_interaction(quiet, "call", NOW - timedelta(days=200))
    late = contacts.create_contact({"name": "Late Payer", "status": "customer"}).id
    add_interaction(late, "call", NOW - timedelta(days=2))
    add_payment(late, "1250", "EUR", due_on=NOW.date() - timedelta(days=10),
                invoice_number="A-7")
    add_payment(late, "90", "EUR", due_on=NOW.date() - timedelta(days=3))  # the same person
    not_due = contacts.create_contact({"name": "Not Yet", "status": "customer"}).id
    add_interaction(not_due, "call", NOW - timedelta(days=2))
    add_payment(not_due, "10", "EUR", due_on=NOW.date())
    ancient = contacts.create_contact({"name": "Written Off", "status": "customer"}).id
    add_interaction(ancient, "call", NOW - timedelta(days=2))
    add_payment(ancient, "10", "EUR", due_on=NOW.date() - timedelta(days=400))
    found = [(s.name, s.kind, s.reason) for s in reminders.suggestions(NOW)]
    due = (NOW.date() - timedelta(days=10)).isoformat()
    assert found == [("Late Payer", reminders.OWES, f"owes 1250.00 EUR (A-7), due {due}"),
                     ("Quiet", reminders.QUIET, "no contact since 2025-08-28")]
    reminders.create_reminder("Chase", NOW + timedelta(days=1), contact_id=late)
    assert [s.name for s in reminders.suggestions(NOW)] == ["Quiet"]


def test_the_calendar_file_parses_back_with_events_and_rules(client: int,
                                                            tmp_path: Path) -> None:
    reminders.create_reminder("Monthly check", NOW + timedelta(days=1), contact_id=client,
                              rrule=recurrence.monthly_on_day(31), notes="ask about stock")
    reminders.create_reminder("Once", NOW + timedelta(days=2))
    done = reminders.create_reminder("Done", NOW - timedelta(days=1))
    reminders.complete(done, NOW)
    out = tmp_path / "reminders.ics"
    assert export_reminders(out, NOW) == 2
    events = [c for c in Calendar.from_ical(out.read_bytes()).walk("VEVENT")]
    assert [str(e["summary"]) for e in events] == ["Monthly check", "Once"]
    assert events[0]["dtstart"].dt == NOW + timedelta(days=1)
    assert events[0]["rrule"].to_ical().decode() == \
        "FREQ=MONTHLY;BYMONTHDAY=28,29,30,31;BYSETPOS=-1"
    assert "Client" in str(events[0]["description"])
    assert "rrule" not in events[1]


def test_cli_export_reminders(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = tmp_path / "d.sqlite3"
    main(["demo", "--db", str(db), "--contacts", "100"])
    capsys.readouterr()
    out = tmp_path / "r.ics"
    assert main(["export", "reminders", "--db", str(db), "-o", str(out)]) == 0
    n = int(capsys.readouterr().out.split()[0])
    assert n > 0
    assert len(list(Calendar.from_ical(out.read_bytes()).walk("VEVENT"))) == n


def test_a_backlog_bigger_than_sqlite_s_bound_values_is_told_once(client: int) -> None:
    """40,000 reminders written due by another program while the window runs: told (and
    marked told) in one periodic check, where binding their ids failed."""
    import sqlite3

    from crm_desktop.db.fields import to_storage
    from crm_desktop.db.models import database

    # SQLite's default limit, as Python's Windows and macOS builds have it (this machine's
    # build allows 250,000)
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    due = to_storage(NOW - timedelta(minutes=5))
    with database.atomic():
        database.execute_sql(
            "INSERT INTO reminder (title, contact_id, kind, due_at, created_at) "
            "SELECT 'Call ' || i, ?, 'manual', ?, ? FROM (WITH RECURSIVE n(i) AS (SELECT 1 "
            "UNION ALL SELECT i + 1 FROM n WHERE i < 40000) SELECT i FROM n)",
            [client, due, due])
    assert len(reminders.to_notify(NOW)) == 40000
    assert reminders.to_notify(NOW + timedelta(minutes=1)) == []


def test_an_interaction_and_its_follow_up_are_written_together_or_not_at_all(client) -> None:
    from crm_desktop.errors import InvalidRecordError

    with pytest.raises(InvalidRecordError) as info:  # a follow-up without a title
        add_interaction(client, "call", NOW, follow_up=("  ", NOW + timedelta(days=7)))
    assert info.value.by_field() == {"title": "a reminder needs a title"}
    assert (Interaction.select().count(), Reminder.select().count()) == (0, 0)
    with pytest.raises(InvalidRecordError, match="comes before the interaction itself"):
        add_interaction(client, "call", NOW, follow_up=("Call again", NOW))
    add_interaction(client, "call", NOW, follow_up=("Call again", NOW + timedelta(days=7)))
    reminder = Reminder.get()
    assert (reminder.title, reminder.contact_id, reminder.due_at) == (
        "Call again", client, NOW + timedelta(days=7))


def test_one_interaction_with_many_contacts_is_all_or_nothing_and_can_be_cancelled(db
                                                                                    ) -> None:
    from crm_desktop.errors import CancelledError
    from crm_desktop.services.customer_record import add_interactions
    from tests.bulk_contacts import insert_people

    insert_people(450)
    ids = [c.id for c in contacts.Contact.select()]
    with pytest.raises(CancelledError):
        add_interactions(ids, "email", NOW, subject="Newsletter",
                         progress=lambda done, total: done < 400)
    assert Interaction.select().count() == 0
    made = add_interactions(ids, "email", NOW, subject="Newsletter",
                            follow_up=("Ask about it", NOW + timedelta(days=3)))
    assert len(made) == 450 == Interaction.select().count()
    assert Reminder.select().where(Reminder.title == "Ask about it").count() == 450


def test_many_at_once_are_written_as_one_at_a_time_would_be(db) -> None:
    """The bulk path (plain SQL) leaves the same interactions, history and follow-ups as
    add_interaction does for each, but for the ids."""
    from crm_desktop.db.models import ChangeLog
    from crm_desktop.services import history_corrections
    from crm_desktop.services.customer_record import add_interactions

    ann, bob = (contacts.create_contact({"name": n}).id for n in ("Ann", "Bob"))
    deal = funnel.create_deal(ann, "Supply")
    logged = dict(direction="outbound", subject="Price list 2027", body="Attached.",
                  outcome="", satisfaction=4, deal_id=deal)
    follow_up = ("  Call about it ", NOW + timedelta(days=2))
    one = add_interaction(ann, "email", NOW, follow_up=follow_up, **logged)
    (many,) = add_interactions([bob], "email", NOW, follow_up=follow_up,
                               reminder_title="Answer complaint: x", **logged)

    def written(iid: int, cid: int) -> tuple:
        skip = {"id", "contact", "created_at"}
        entry = {k: v for k, v in Interaction.get_by_id(iid).__data__.items() if k not in skip}
        log = [(c.action, c.field, c.old_value, c.source) for c in ChangeLog.select().where(
            (ChangeLog.table_name == "contact") & (ChangeLog.row_id == cid))]
        new = [json.loads(c.new_value) for c in ChangeLog.select().where(
            (ChangeLog.row_id == cid) & (ChangeLog.field == "interaction"))]
        follow = [(r.title, r.deal_id, r.kind, r.due_at) for r in Reminder.select().where(
            Reminder.interaction == iid)]
        return entry, log, [{k: v for k, v in n.items() if k != "id"} for n in new], follow

    assert written(many, bob) == written(one, ann)
    assert json.loads(ChangeLog.get(ChangeLog.row_id == bob, ChangeLog.field == "interaction")
                      .new_value)["id"] == many
    assert contacts.Contact.get_by_id(bob).last_contact_at == NOW  # (the trigger's)
    history_corrections.delete("interaction", many)  # the undo's way: its follow-up goes too
    assert Reminder.select().where((Reminder.contact == bob)
                                   & Reminder.deleted_at.is_null()).count() == 0
