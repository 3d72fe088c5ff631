"""Contacts list, funnel totals and reminder groups, computed by SQL, checked by hand."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest

from crm_desktop.db.models import Deal, Reminder, Stage
from crm_desktop.services import contact_query, contacts, funnel, reminders
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.services.reminders import Bucket
from tests.fixed_time import NOW


def _names(ids) -> list[str]:
    rows = contact_query.rows_for(list(ids))
    return [rows[i].name for i in ids]


def test_contacts_sort_case_insensitively_in_any_script(db) -> None:
    for name in ("борис", "Анна", "alice", "Bob", "Ярослав"):
        contacts.create_contact({"name": name})
    ids = contact_query.ordered_ids(ContactFilter(), "name")
    assert _names(ids) == ["alice", "Bob", "Анна", "борис", "Ярослав"]
    desc = contact_query.ordered_ids(ContactFilter(), "name", descending=True)
    assert _names(desc) == ["Ярослав", "борис", "Анна", "Bob", "alice"]


def test_blanks_sort_last_either_way_and_each_run_by_an_index(db) -> None:
    rows = [("Ann", "York", "SMB"), ("Bob", None, "Retail"), ("Cy", "Bath", None),
            ("Di", None, None), ("Ed", "Avon", "SMB")]
    ids = {name: contacts.create_contact({"name": name, "city": city, "segment": segment}).id
           for name, city, segment in rows}
    by = {cid: name for name, cid in ids.items()}

    def order(sort: str, descending: bool = False, flt: ContactFilter | None = None,
              **kw) -> list[str]:
        return [by[i] for i in contact_query.ordered_ids(flt or ContactFilter(), sort,
                                                         descending, **kw)]

    assert order("city") == ["Ed", "Cy", "Ann", "Bob", "Di"]
    assert order("city", descending=True) == ["Ann", "Cy", "Ed", "Di", "Bob"]
    assert order("segment") == ["Bob", "Ann", "Ed", "Cy", "Di"]
    assert order("segment", descending=True) == ["Ed", "Ann", "Bob", "Di", "Cy"]
    # the first screen's LIMIT runs across the blanks' boundary
    assert order("segment", limit=4) == ["Bob", "Ann", "Ed", "Cy"]
    assert order("segment", limit=2) == ["Bob", "Ann"]
    # a search read from the text index, both runs
    assert order("segment", flt=ContactFilter(search="d"), matches=2, limit=200) == ["Di"]
    assert order("segment", flt=ContactFilter(search="b"), matches=3, limit=200) == [
        "Bob", "Cy"]
    plans = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND "
        "c.segment IS NOT NULL ORDER BY c.segment, c.id"))
    assert "contact_deleted_at_segment" in plans and "TEMP B-TREE" not in plans


def test_status_sorts_in_the_order_a_contact_lives_it(db) -> None:
    made = {}
    for name, status in (("Ann", "lost"), ("Bob", "customer"), ("Cy", "lead"),
                         ("Di", "customer")):
        made[contacts.create_contact({"name": name, "status": status}).id] = name
    names = [made[i] for i in contact_query.ordered_ids(ContactFilter(), "status")]
    assert names == ["Cy", "Bob", "Di", "Ann"]
    names = [made[i] for i in contact_query.ordered_ids(ContactFilter(), "status", True)]
    assert names == ["Ann", "Di", "Bob", "Cy"]
    # each status's run is read from the index alone (migration 0016), not row by row
    plan = " ".join(str(r) for r in db.execute_sql(
        "EXPLAIN QUERY PLAN SELECT c.id FROM contact c WHERE c.deleted_at IS NULL AND "
        "c.status = 'lead' ORDER BY c.id"))
    assert "COVERING INDEX contact_deleted_at_status" in plan, plan


@pytest.mark.parametrize("sort", contact_query.SORT_EXPRESSIONS)
def test_every_plan_sorts_as_the_whole_list_does(db, sort: str) -> None:
    """The whole list is read in runs by its indexes; a search, a filter by a subquery and
    the Trash are sorted in one ORDER BY: the same order either way, blanks last."""
    for i, (city, segment, status) in enumerate((
            ("York", "SMB", "lost"), (None, "Retail", "lead"), ("Bath", None, "customer"),
            (None, None, "lead"), ("Avon", "SMB", "customer"), ("Bath", None, "lost"))):
        contacts.save_contact(None, {"name": f"Acme {5 - i}", "city": city, "segment": segment,
                                     "status": status},
                              emails=[f"a{i}@acme.example"] if i % 2 else [], tags=["t"])
    for descending in (False, True):
        def order(flt: ContactFilter, **kw) -> list[int]:
            return list(contact_query.ordered_ids(flt, sort, descending, **kw))  # noqa: B023

        whole = order(ContactFilter())
        assert order(ContactFilter(), limit=4) == whole[:4]
        assert order(ContactFilter(search="acme"), limit=200, matches=6) == whole
        assert order(ContactFilter(tag="t")) == whole
        db.execute_sql("UPDATE contact SET deleted_at = '2026-01-01 00:00:00'")
        assert order(ContactFilter(trash=True)) == whole
        db.execute_sql("UPDATE contact SET deleted_at = NULL")


def test_filter_by_kind_search_and_trash(db) -> None:
    acme = contacts.create_contact({"name": "Acme Ltd", "kind": "company"}).id
    ann = contacts.create_contact({"name": "Ann Acme-Smith", "company": acme}).id
    gone = contacts.create_contact({"name": "Acme Ghost"}).id
    db.execute_sql("UPDATE contact SET deleted_at = '2026-01-01 00:00:00' WHERE id = ?", [gone])
    assert set(contact_query.ordered_ids(ContactFilter(search="acme"))) == {acme, ann}
    assert list(contact_query.ordered_ids(ContactFilter(search="acme", kind="company"))) == [acme]
    assert list(contact_query.ordered_ids(ContactFilter(trash=True))) == [gone]
    assert contact_query.total_contacts() == 2


def test_rows_for_returns_company_tags_and_last_contact(db) -> None:
    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    ann = contacts.create_contact({"name": "Ann", "company": acme}, tags=["b", "a"]).id
    row = contact_query.rows_for([ann])[ann]
    assert (row.company, sorted(row.tags.split(", ")), row.last_contact_at) == (
        "Acme", ["a", "b"], None)


def test_stage_summaries_match_the_deals(demo_db) -> None:
    summaries = funnel.stage_summaries()
    stages = {s.id: s for s in Stage.select()}
    for stage_id, summary in summaries.items():
        deals = list(Deal.select().where((Deal.stage == stage_id) & Deal.deleted_at.is_null()
                                         & (Deal.archived == False)))  # noqa: E712
        assert summary.count == len(deals)
        assert summary.value_minor == {"USD": sum(d.value_minor for d in deals)}
        prob = stages[stage_id].probability
        weighted = sum(d.value_minor * (d.probability or prob) for d in deals) // 100
        assert summary.weighted_minor == {"USD": weighted}
    archived = Deal.select().where(Deal.archived == True).count()  # noqa: E712
    assert archived  # the demo archives some old leads: they are not counted
    assert sum(s.count for s in summaries.values()) == Deal.select().count() - archived


def test_deal_cards_carry_the_contact_and_next_reminder(db) -> None:
    cid = contacts.create_contact({"name": "Buyer"}).id
    stage = Stage.get(Stage.key == "decision")
    deal = Deal.create(title="Big order", contact=cid, stage=stage, value_minor=150000)
    soon = datetime(2026, 4, 1, 9, tzinfo=UTC)
    Reminder.create(title="Call", deal=deal, due_at=soon + timedelta(days=3))
    Reminder.create(title="Send", deal=deal, due_at=soon)
    Reminder.create(title="Old", deal=deal, due_at=soon - timedelta(days=9), done_at=soon)
    card = funnel.deal_cards([deal.id])[deal.id]
    assert (card.contact_name, card.probability, card.next_reminder_at) == ("Buyer", 50, soon)
    assert list(funnel.deal_ids_in_stage(stage.id)) == [deal.id]


def test_reminders_group_by_the_local_day(db) -> None:
    tehran = timezone(timedelta(hours=3, minutes=30))
    now = datetime(2026, 3, 16, 19, 0, tzinfo=UTC)  # 22:30 in Tehran
    cid = contacts.create_contact({"name": "Client"}).id
    # 20:45 UTC is still today in UTC, but 00:15 tomorrow in Tehran
    for title, due in [("late", now - timedelta(minutes=1)),
                       ("tonight", datetime(2026, 3, 16, 20, 45, tzinfo=UTC)),
                       ("in a week", now + timedelta(days=6)),
                       ("next month", now + timedelta(days=30))]:
        Reminder.create(title=title, contact=cid, due_at=due)
    counts = reminders.bucket_counts(now, UTC)
    assert [counts[b] for b in Bucket] == [1, 1, 1, 1]
    counts = reminders.bucket_counts(now, tehran)
    assert [counts[b] for b in Bucket] == [1, 0, 2, 1]
    week = reminders.reminders_in(Bucket.NEXT_7_DAYS, now, tehran)
    assert [r.title for r in week] == ["tonight", "in a week"]


def test_group_ends_are_local_midnights_across_a_dst_change() -> None:
    london = ZoneInfo("Europe/London")  # clocks go forward on 2026-03-29
    now = datetime(2026, 3, 28, 20, 0, tzinfo=UTC)
    today_end, week_end = reminders.bucket_bounds(now, london)
    assert today_end == datetime(2026, 3, 29, 0, 0, tzinfo=UTC)  # GMT
    assert week_end == datetime(2026, 4, 4, 23, 0, tzinfo=UTC)  # midnight BST


def test_reminder_pages_follow_due_order(db) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    for i in range(5):
        Reminder.create(title=f"r{i}", contact=cid, due_at=NOW + timedelta(days=30, hours=i))
    first = reminders.reminders_in(Bucket.LATER, NOW, UTC, offset=0, limit=3)
    rest = reminders.reminders_in(Bucket.LATER, NOW, UTC, offset=3, limit=3)
    assert [r.title for r in first + rest] == ["r0", "r1", "r2", "r3", "r4"]


def test_open_reminders_skip_done_and_deleted_and_honour_snooze(db) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    Reminder.create(title="done", contact=cid, due_at=NOW, done_at=NOW)
    Reminder.create(title="deleted", contact=cid, due_at=NOW, deleted_at=NOW)
    Reminder.create(title="snoozed", contact=cid, due_at=NOW - timedelta(hours=2),
                    snoozed_until=NOW + timedelta(hours=1))
    Reminder.create(title="due", contact=cid, due_at=NOW - timedelta(hours=1))
    rows = reminders.open_reminders()
    assert [r.title for r in rows] == ["due", "snoozed"]
    assert rows[0].contact_name == "Client"
    assert reminders.overdue_count(NOW) == 1


def test_the_due_check_reads_open_reminders_through_the_partial_index(db) -> None:
    from crm_desktop.services.reminders import _DUE, _OPEN

    plan = db.execute_sql(
        f"EXPLAIN QUERY PLAN SELECT count(*) FROM reminder r WHERE {_OPEN} AND {_DUE} > ? "
        f"AND {_DUE} <= ?", ["a", "b"]).fetchall()
    assert "USING COVERING INDEX reminder_open_due" in plan[0][3] or \
        "USING INDEX reminder_open_due" in plan[0][3]


def test_service_levels_at_risk_are_read_through_their_own_index(db) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    Reminder.create(title="answered", contact=cid, kind="service_level",
                    due_at=NOW - timedelta(hours=1), done_at=NOW)
    for i in range(50):
        Reminder.create(title=f"call back {i}", contact=cid, due_at=NOW - timedelta(hours=i))
    # the planner's statistics as PRAGMA optimize leaves them when the app closes, taken
    # while no service level was open: SQLite then preferred the index of all open reminders
    db.execute_sql("ANALYZE")
    Reminder.create(title="answer", contact=cid, kind="service_level",
                    due_at=NOW + timedelta(minutes=30))
    statements: list[str] = []
    db.connection().set_trace_callback(statements.append)
    try:
        assert [r.title for r in reminders.at_risk(NOW)] == ["answer"]
    finally:
        db.connection().set_trace_callback(None)
    plan = db.execute_sql("EXPLAIN QUERY PLAN " + statements[-1]).fetchall()
    assert "reminder_open_service_level_due" in plan[0][3]


def test_filters_combine(db) -> None:
    from crm_desktop.db.models import Interaction

    a = contacts.create_contact({"name": "A", "segment": "SMB", "is_vip": True, "city": "Kazan",
                                 "country": "Russia", "status": "customer",
                                 "industry": "Retail", "lead_source": "Website"},
                                tags=["hot"]).id
    b = contacts.create_contact({"name": "B", "segment": "SMB", "region": "Kazan",
                                 "status": "lead"}).id
    c = contacts.create_contact({"name": "C", "segment": "Retail"}, tags=["hot"]).id
    Interaction.create(contact=a, kind="call", occurred_at=NOW - timedelta(days=3))
    Interaction.create(contact=b, kind="call", occurred_at=NOW - timedelta(days=40))

    def ids(**kw):
        return set(contact_query.ordered_ids(ContactFilter(**kw)))

    assert ids(segment="SMB") == {a, b}
    assert ids(segment="SMB", tag="hot") == {a}
    assert ids(tag="hot") == {a, c}
    assert ids(vip=True) == {a}
    assert ids(vip=False) == {b, c}
    assert ids(city="Kazan") == {a, b}  # city or region
    assert ids(status="lead") == {b, c}
    assert ids(country="Russia", industry="Retail", lead_source="Website") == {a}
    assert ids(silent_since=NOW - timedelta(days=30)) == {b, c}  # b: 40 days, c: never
    assert ContactFilter(segment="SMB").narrowed
    assert not ContactFilter(trash=True).narrowed
    assert contact_query.filter_values("segment") == ["Retail", "SMB"]
    assert contact_query.tag_names() == ["hot"]


def test_search_counts_leave_out_the_trash(db) -> None:
    keep = contacts.create_contact({"name": "Lona Keep"}).id
    gone = contacts.create_contact({"name": "Lona Gone"}).id
    contacts.create_contact({"name": "Other"})
    contacts.trash_contacts([gone])
    assert contact_query.count(ContactFilter(search="lon")) == 1
    assert contact_query.count(ContactFilter(search="lon", trash=True)) == 1
    assert contact_query.count(ContactFilter(search="lon", kind="person")) == 1
    assert list(contact_query.ordered_ids(ContactFilter(search="lon"))) == [keep]


def test_a_number_is_found_in_either_digits(db) -> None:
    """Typed on a Persian keyboard (۹۱۲) it finds a phone an import stored in Latin digits,
    and typed in Latin it finds one the owner typed in Persian digits."""
    latin = contacts.save_contact(None, {"name": "Reza"}, phones=["+98 912 345 6789"],
                                  region="IR").contact_id
    persian = contacts.save_contact(None, {"name": "Sara"}, phones=["۰۹۳۵ ۱۱۱ ۲۲۳۳"],
                                    region="IR").contact_id
    other = contacts.save_contact(None, {"name": "Omid 912"}).contact_id

    def found(text: str) -> set[int]:
        return set(contact_query.ordered_ids(ContactFilter(search=text)))

    assert found("۹۱۲") == found("912") == {latin, other}
    assert found("0935") == found("۰۹۳۵") == found("٠٩٣٥") == {persian}
    assert found("Sara ۰۹۳۵") == {persian} and found("Reza 0935") == set()


def test_a_name_typed_with_arabic_yeh_and_kaf_is_one_with_the_persian_name(db) -> None:
    """'علي كريمي' from an Arabic keyboard: found by a search typed either way, sorted with
    'علی کریمی'; deals found by their customer typed either way, titles in any case."""
    arabic = contacts.create_contact({"name": "علي كريمي"}).id
    persian = contacts.create_contact({"name": "علی کریمی"}).id
    contacts.create_contact({"name": "علیرضا"})

    def found(text: str) -> set[int]:
        return set(contact_query.ordered_ids(ContactFilter(search=text)))

    assert found("علی کریمی") == found("علي كريمي") == found("كريم") == {arabic, persian}
    ids = list(contact_query.ordered_ids(ContactFilter(), "name"))
    assert abs(ids.index(arabic) - ids.index(persian)) == 1  # side by side
    deal = funnel.create_deal(arabic, "Поставка оборудования", value="10")

    stage = Deal.get_by_id(deal).stage_id

    def deals(text: str) -> list[int]:
        return list(funnel.deal_ids_in_stage(stage, funnel.DealFilter(search=text)))

    assert deals("علی") == deals("كريمي") == deals("поставка") == deals("ОБОРУД") == [deal]
    assert deals("Поставкаx") == []


def test_yo_and_ye_are_one_letter_to_search_and_sort(db) -> None:
    """'Семенов' finds 'Семёнов' and the other way round, in names, cities and deal titles;
    the two sort side by side."""
    yo = contacts.create_contact({"name": "Пётр Семёнов", "city": "Орёл"}).id
    ye = contacts.create_contact({"name": "Петр Семенов"}).id
    contacts.create_contact({"name": "Семенова Анна"})
    assert set(contact_query.ordered_ids(ContactFilter(search="Семенов петр"))) == {yo, ye}
    assert set(contact_query.ordered_ids(ContactFilter(search="СЕМЁНОВ ПЁТР"))) == {yo, ye}
    assert list(contact_query.ordered_ids(ContactFilter(search="орел"))) == [yo]
    ids = list(contact_query.ordered_ids(ContactFilter(), "name"))
    assert abs(ids.index(yo) - ids.index(ye)) == 1
    deal = funnel.create_deal(ye, "Ёлки к Новому году", value="10")
    stage = Deal.get_by_id(deal).stage_id
    assert list(funnel.deal_ids_in_stage(stage, funnel.DealFilter(search="елки"))) == [deal]
