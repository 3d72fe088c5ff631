"""The demo database: realistic, in three scripts, deterministic, consistent."""

from __future__ import annotations

import re

import pytest

from crm_desktop.errors import InputError
from crm_desktop.services.demo import build_demo
from tests.fixed_time import NOW

TABLES = ("contact", "contact_email", "contact_phone", "contact_tag", "deal", "stage_change",
          "interaction", "payment", "competitor_offer", "reminder", "marketing_spend")


def _dump(db) -> dict[str, list[tuple]]:
    return {t: db.execute_sql(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in TABLES}


def test_the_same_seed_and_date_give_the_same_database(tmp_path) -> None:
    from crm_desktop.db.connection import close_database, open_database

    dumps = []
    for name in ("a", "b"):
        db = open_database(tmp_path / f"{name}.sqlite3")
        build_demo(db, contacts=200, seed=3, now=NOW)
        dumps.append(_dump(db))
        close_database()
    assert dumps[0] == dumps[1]


def test_another_seed_gives_other_data(tmp_path) -> None:
    from crm_desktop.db.connection import close_database, open_database

    names = []
    for seed in (1, 2):
        db = open_database(tmp_path / f"s{seed}.sqlite3")
        build_demo(db, contacts=100, seed=seed, now=NOW)
        names.append(db.execute_sql("SELECT name FROM contact ORDER BY id").fetchall())
        close_database()
    assert names[0] != names[1]


def test_demo_has_every_script_stage_and_kind_of_record(demo_db) -> None:
    names = [r[0] for r in demo_db.execute_sql("SELECT name FROM contact")]
    assert len(names) == 300
    assert any(re.search("[A-Za-z]", n) for n in names)
    assert any(re.search("[А-Яа-яЁё]", n) for n in names)
    assert any(re.search("[\u0600-\u06ff]", n) for n in names)
    kinds = dict(demo_db.execute_sql("SELECT kind, count(*) FROM contact GROUP BY kind"))
    assert kinds == {"company": 30, "person": 270}
    stages = {r[0] for r in demo_db.execute_sql(
        "SELECT DISTINCT s.key FROM deal d JOIN stage s ON s.id = d.stage_id")}
    assert stages == {"awareness", "interest", "decision", "action", "won", "lost"}
    interaction_kinds = {r[0] for r in demo_db.execute_sql("SELECT DISTINCT kind FROM interaction")}
    assert {"call", "email", "meeting", "complaint", "feedback"} <= interaction_kinds
    for table in ("payment", "competitor_offer"):
        assert demo_db.execute_sql(f"SELECT count(*) FROM {table}").fetchone()[0] > 0
    from crm_desktop.services.business_profile import business_profile

    assert len(business_profile().details.splitlines()) == 3  # the statement's letterhead
    from crm_desktop.services import tags

    coloured = tags.colours()  # a few tags marked, to show what Edit > Tags > Colour does
    assert 3 <= len(coloured) < len(tags.tag_uses()) and set(coloured.values()) <= set(tags.COLOURS)


def test_some_reminders_are_overdue_and_some_are_ahead(demo_db) -> None:
    now = "2026-03-16 14:00:00"
    overdue, ahead = demo_db.execute_sql(
        "SELECT sum(due_at < ?), sum(due_at > ?) FROM reminder WHERE done_at IS NULL",
        [now, now]).fetchone()
    assert overdue > 0
    assert ahead > 0
    # planned in office hours, never a call at one in the morning
    hours = {h for (h,) in demo_db.execute_sql(
        "SELECT DISTINCT CAST(strftime('%H', due_at) AS INTEGER) FROM reminder "
        "WHERE done_at IS NULL")}
    assert hours and hours <= set(range(8, 18))


def test_stage_histories_lead_to_each_deals_current_stage(demo_db) -> None:
    rows = demo_db.execute_sql("""
        SELECT d.id, d.stage_id, d.stage_entered_at,
               (SELECT to_stage_id FROM stage_change sc WHERE sc.deal_id = d.id
                 ORDER BY changed_at DESC, id DESC LIMIT 1),
               (SELECT max(changed_at) FROM stage_change sc WHERE sc.deal_id = d.id),
               (SELECT from_stage_id FROM stage_change sc WHERE sc.deal_id = d.id
                 ORDER BY changed_at, id LIMIT 1)
        FROM deal d""").fetchall()
    assert rows
    for deal_id, stage, entered, last_to, last_at, first_from in rows:
        assert last_to == stage, deal_id
        assert last_at == entered, deal_id
        assert first_from is None, deal_id


def test_won_deals_make_customers_and_closed_deals_have_a_close_time(demo_db) -> None:
    bad = demo_db.execute_sql("""
        SELECT count(*) FROM deal d JOIN stage s ON s.id = d.stage_id JOIN contact c
          ON c.id = d.contact_id WHERE s.kind = 'won' AND c.status != 'customer'""").fetchone()
    assert bad == (0,)
    open_closed = demo_db.execute_sql("""
        SELECT sum(s.kind = 'open' AND d.closed_at IS NOT NULL),
               sum(s.kind != 'open' AND d.closed_at IS NULL),
               sum(s.kind = 'lost' AND d.lost_reason_id IS NULL)
        FROM deal d JOIN stage s ON s.id = d.stage_id""").fetchone()
    assert open_closed == (0, 0, 0)


def test_the_demo_refuses_a_database_that_holds_contacts(demo_db) -> None:
    with pytest.raises(InputError, match="already holds contacts"):
        build_demo(demo_db, contacts=10)


def test_foreign_keys_hold_after_the_demo(demo_db) -> None:
    assert demo_db.execute_sql("PRAGMA foreign_key_check").fetchall() == []


def test_every_demo_score_is_what_its_rules_give(demo_db) -> None:
    """A card's score is explained by the rules (its tooltip); a recompute, which any
    change runs while the board is open, leaves the demo's scores as they are."""
    from crm_desktop.db.models import Deal
    from crm_desktop.services import scoring

    assert scoring.rules()
    scores = {d.id: d.score for d in Deal.select(Deal.id, Deal.score)}
    assert len(set(scores.values())) > 5  # spread, not all alike
    for deal_id in list(scores)[:200]:
        assert sum(points for _, points in scoring.explain(deal_id, NOW)) == scores[deal_id]
    assert scoring.recompute(NOW) == 0


def test_the_demo_spends_on_marketing_and_its_sources_have_a_cost(demo_db) -> None:
    """A year of spend on the paid sources: the metrics show what a customer cost."""
    from datetime import timedelta

    from crm_desktop.services import acquisition_cost

    spend = acquisition_cost.spending()
    assert {s.lead_source for s in spend} == {"Instagram", "Advertising", "Website",
                                               "Exhibition"}
    assert all(NOW.date() - timedelta(days=366) <= s.spent_on <= NOW.date() for s in spend)
    costs = {r.source: r for r in acquisition_cost.by_source(NOW.date() - timedelta(days=365),
                                                             NOW.date())}
    assert costs["Instagram"].leads > 0 and costs["Instagram"].per_lead > 0
    assert sum(r.customers for r in costs.values()) > 0
    free = [r for r in costs.values() if r.source not in ("Instagram", "Advertising",
                                                          "Website", "Exhibition")]
    assert all(r.spent_minor == 0 and r.customers > 0 for r in free)  # brought for nothing


def test_demo_invoices_belong_to_won_deals_and_some_are_paid_in_part(demo_db) -> None:
    foreign, linked = demo_db.execute_sql(
        "SELECT sum(d.contact_id != p.contact_id OR s.kind != 'won'), count(*) FROM payment p "
        "JOIN deal d ON d.id = p.deal_id JOIN stage s ON s.id = d.stage_id").fetchone()
    assert linked > 0 and foreign == 0
    # each deal won is invoiced for its value (in one invoice, or its part paid and the
    # rest), on the day it was won
    invoiced = demo_db.execute_sql(
        "SELECT d.value_minor, sum(p.amount_minor), min(p.issued_on), date(d.closed_at) "
        "FROM deal d JOIN stage s ON s.id = d.stage_id AND s.kind = 'won' "
        "LEFT JOIN payment p ON p.deal_id = d.id GROUP BY d.id").fetchall()
    assert invoiced and all(value == total and issued == won
                            for value, total, issued, won in invoiced)
    parts = demo_db.execute_sql(
        "SELECT count(*) FROM (SELECT invoice_number FROM payment GROUP BY invoice_number "
        "HAVING count(*) = 2 AND count(paid_on) = 1)").fetchone()[0]
    assert parts > 0


def test_what_the_owner_wrote_about_a_customer_is_in_the_customers_language(demo_db) -> None:
    """As the deals' titles: a Russian customer's reminders and calls are noted in Russian,
    a Persian one's in Persian, so a window in either language shows its own script."""
    scripts = {"ru": "[А-Яа-яЁё]", "fa": "[\u0600-\u06ff]", "en": "^[ -~]+$"}
    rows = demo_db.execute_sql(
        "SELECT c.name, r.title FROM reminder r JOIN contact c ON c.id = r.contact_id "
        "UNION ALL SELECT c.name, i.subject FROM interaction i "
        "JOIN contact c ON c.id = i.contact_id "
        "UNION ALL SELECT c.name, i.outcome FROM interaction i "
        "JOIN contact c ON c.id = i.contact_id").fetchall()
    seen = set()
    for name, text in rows:
        lang = next(k for k, pattern in scripts.items() if re.search(pattern, name))
        assert re.search(scripts[lang], text), (name, text)
        seen.add(lang)
    assert seen == set(scripts)


def test_the_only_duplicates_are_the_people_entered_twice(tmp_path) -> None:
    """Names are not drawn twice in a city, so Find duplicates shows what it is for: a
    person entered again later (their mobile number written as at home, another e-mail),
    not two strangers of one name."""
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services.duplicates import find_duplicates

    db = open_database(tmp_path / "demo.sqlite3")
    build_demo(db, contacts=2000, seed=1, now=NOW)
    pairs = find_duplicates()
    twins = db.execute_sql(
        "SELECT count(*) FROM contact WHERE email LIKE '%@home.example'").fetchone()[0]
    assert 5 <= len(pairs) == twins
    for pair in pairs:
        a, b = (db.execute_sql("SELECT name, phone, created_at FROM contact WHERE id = ?",
                               (i,)).fetchone() for i in (pair.first, pair.second))
        assert "same phone" in pair.reasons and a[:2] == b[:2] and a[2] < b[2]
    raw = {r[0] for r in db.execute_sql(
        "SELECT p.raw FROM contact_phone p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.email LIKE '%@home.example'")}
    assert raw and not any(r.startswith("+") for r in raw)  # written as at home
    # the 2,000 drew from the usual names alone: the further ones are for bigger demos
    surnames = {r[0] for r in db.execute_sql("SELECT last_name FROM contact")}
    assert surnames and not surnames & _further_surnames()
    close_database()


def _further_surnames() -> set[str]:
    from crm_desktop.services import demo_names as w

    further = {n for n, _ in w.MORE_EN_LAST + w.MORE_FA_LAST}
    return further | {n + end for n, _ in w.MORE_RU_LAST for end in ("", "а")}


def test_when_the_usual_names_run_out_the_further_ones_keep_strangers_apart(
        tmp_path, monkeypatch) -> None:
    """A big demo (or a small one of few names, as here) takes the further names when
    every usual one is taken in a city, so two strangers do not share a name and a city."""
    from crm_desktop.db.connection import close_database, open_database
    from crm_desktop.services import demo_names as w

    for surnames in ("EN_LAST", "RU_LAST", "FA_LAST"):
        monkeypatch.setattr(w, surnames, getattr(w, surnames)[:1])
    db = open_database(tmp_path / "demo.sqlite3")
    build_demo(db, contacts=800, seed=1, now=NOW)
    people = db.execute_sql("SELECT name, city, last_name FROM contact WHERE kind = 'person' "
                            "AND email NOT LIKE '%@home.example'").fetchall()
    assert len({(name, city) for name, city, _ in people}) == len(people) > 600
    assert {last for _, _, last in people} & _further_surnames()
    firms = db.execute_sql("SELECT name, city FROM contact WHERE kind = 'company'").fetchall()
    assert len(set(firms)) == len(firms)
    close_database()


def test_each_of_the_demo_s_saved_views_shows_some_contacts(demo_db) -> None:
    from crm_desktop.services import contact_query, saved_views

    views = saved_views.saved_views()
    assert len(views) == 4
    assert all(contact_query.count(v.to_filter(NOW)) > 0 for v in views), \
        [(v.name, contact_query.count(v.to_filter(NOW))) for v in views]
