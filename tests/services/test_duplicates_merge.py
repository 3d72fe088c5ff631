"""Duplicates are found by blocks, ranked, and merged undoably."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.db.models import Contact, Deal, Interaction, Payment, Reminder, Stage
from crm_desktop.errors import CancelledError, InputError
from crm_desktop.services import contacts
from crm_desktop.services.duplicates import find_duplicates
from crm_desktop.services.merge import merge_contacts, unmerge
from tests.fixed_time import NOW


def _pairs() -> dict[tuple[int, int], list[str]]:
    return {(p.first, p.second): p.reasons for p in find_duplicates()}


def test_same_email_same_phone_and_similar_names_are_found(db) -> None:
    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    a = contacts.create_contact({"name": "Ivan Petrov", "company": acme},
                                emails=["ivan@acme.example"]).id
    b = contacts.create_contact({"name": "Petrov Ivan", "company": acme}).id
    c = contacts.create_contact({"name": "I. Petrov"}, emails=["IVAN@acme.example"]).id
    d = contacts.create_contact({"name": "Olga", "city": "Kazan"}, phones=["+79161234567"]).id
    e = contacts.create_contact({"name": "Olga S.", "city": "Moscow"},
                                phones=["+7 (916) 123-45-67"]).id
    contacts.create_contact({"name": "Someone Else", "company": acme})
    pairs = _pairs()
    assert pairs[(a, b)] == ["similar name, same company"]
    assert pairs[(a, c)] == ["same e-mail"]
    assert pairs[(d, e)] == ["same phone"]
    assert set(pairs) == {(a, b), (a, c), (d, e)}


def test_exact_matches_rank_above_similar_names(db) -> None:
    a = contacts.create_contact({"name": "Anna Smith", "city": "Leeds"}).id
    b = contacts.create_contact({"name": "Anna Smyth", "city": "Leeds"}).id
    c = contacts.create_contact({"name": "X"}, emails=["x@example.com"]).id
    d = contacts.create_contact({"name": "Y"}, emails=["x@example.com"]).id
    ranked = [(p.first, p.second) for p in find_duplicates()]
    assert ranked == [(c, d), (a, b)]


def test_the_search_reports_progress_and_can_be_cancelled(db) -> None:
    for city in ("Leeds", "York"):
        contacts.create_contact({"name": "Anna Smith", "city": city})
        contacts.create_contact({"name": "Anna Smyth", "city": city})
    seen: list[tuple[int, int]] = []
    assert len(find_duplicates(progress=lambda done, total: seen.append((done, total))
                               is None)) == 2
    assert seen == [(1, 4), (2, 4), (3, 4), (4, 4)]  # e-mails, phones, two city blocks
    with pytest.raises(CancelledError):
        find_duplicates(progress=lambda done, total: done < 3)


def test_trashed_contacts_are_not_duplicates(db) -> None:
    a = contacts.create_contact({"name": "Z"}, emails=["z@example.com"]).id
    b = contacts.create_contact({"name": "Z2"}, emails=["z@example.com"]).id
    contacts.trash_contacts([b])
    assert find_duplicates() == []
    assert a


def test_merge_moves_history_and_undo_puts_everything_back(db) -> None:
    keep = contacts.save_contact(None, {"name": "Ivan Petrov", "city": None},
                                 emails=["ivan@a.example"], tags=["x"]).contact_id
    other = contacts.save_contact(None, {"name": "Ivan Petroff", "city": "Kazan"},
                                  emails=["ivan@b.example"], phones=["+79161234567"],
                                  tags=["y"]).contact_id
    i = Interaction.create(contact=other, kind="call", occurred_at=NOW).id
    p = Payment.create(contact=other, amount_minor=100).id
    deal = Deal.create(title="D", contact=other, stage=Stage.get(Stage.key == "interest")).id
    r = Reminder.create(title="R", contact=other, due_at=NOW + timedelta(days=1)).id
    before = (contacts.snapshot(keep), contacts.snapshot(other))

    record = merge_contacts(keep, other, {"city": "Kazan"})

    survivor = contacts.snapshot(keep)
    assert survivor.values["city"] == "Kazan"
    assert survivor.emails == ("ivan@a.example", "ivan@b.example")
    assert [n for n, _ in survivor.phones] == ["+79161234567"]
    assert survivor.tags == ("x", "y")
    assert Interaction.get_by_id(i).contact_id == keep
    assert Payment.get_by_id(p).contact_id == keep
    assert Deal.get_by_id(deal).contact_id == keep
    assert Reminder.get_by_id(r).contact_id == keep
    assert Contact.get_by_id(other).deleted_at is not None
    assert Contact.get_by_id(keep).last_contact_at == NOW

    unmerge(record)

    assert (contacts.snapshot(keep), contacts.snapshot(other)) == before
    assert Interaction.get_by_id(i).contact_id == other
    assert Deal.get_by_id(deal).contact_id == other
    assert Contact.get_by_id(keep).last_contact_at is None


def test_a_company_with_people_is_not_merged_into_a_person(db) -> None:
    firm = contacts.create_contact({"name": "Smith & Co", "kind": "company"},
                                   emails=["info@smith.example"]).id
    owner = contacts.create_contact({"name": "John Smith"}, emails=["info@smith.example"]).id
    clerk = contacts.create_contact({"name": "Ann Lee", "company": firm}).id
    with pytest.raises(InputError, match="has contact persons"):
        merge_contacts(owner, firm)
    assert Contact.get_by_id(clerk).company_id == firm  # nothing moved
    assert Contact.get_by_id(firm).deleted_at is None
    merge_contacts(firm, owner)  # the company stays: fine
    assert Contact.get_by_id(clerk).company_id == firm
    assert Contact.get_by_id(owner).deleted_at is not None


def test_finding_duplicates_is_blocked_not_pairwise(db) -> None:
    from crm_desktop.services import duplicates

    rows = [{"kind": "person", "name": f"Person {i:05d}", "sort_name": f"person {i:05d}",
             "city": "Leeds"} for i in range(3000)]
    Contact.insert_many(rows).execute()
    compared = 0
    original = duplicates.fuzz.token_sort_ratio

    def counting(*args, **kwargs):
        nonlocal compared
        compared += 1
        return original(*args, **kwargs)

    duplicates.fuzz.token_sort_ratio = counting
    try:
        find_duplicates()
    finally:
        duplicates.fuzz.token_sort_ratio = original
    assert compared < 3000 * 3000 / 2 / 10  # far fewer than all pairs


def test_every_reason_given_has_a_name_in_each_language(demo_db) -> None:
    """The window shows a pair's reasons by their names in DUPLICATE_REASON_NAMES (marked
    for translation): a reason the service gives must be one of them."""
    from crm_desktop.stored_names import DUPLICATE_REASON_NAMES

    given = {r for p in find_duplicates() for r in p.reasons}
    assert given and given <= set(DUPLICATE_REASON_NAMES)


def test_a_contact_with_a_long_history_merges_and_unmerges(db) -> None:
    """35,000 interactions move to the survivor and back: more ids than one statement
    binds."""
    import sqlite3

    from crm_desktop.db.models import database

    # SQLite's default limit, as Python's Windows and macOS builds have it (this machine's
    # build allows 250,000)
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    keep = contacts.create_contact({"name": "Ann Lee"}).id
    other = contacts.create_contact({"name": "Ann Lee"}).id
    with database.atomic():
        database.execute_sql(
            "INSERT INTO interaction (contact_id, kind, occurred_at, created_at) "
            "SELECT ?, 'call', '2026-01-01 00:00:00', '2026-01-01 00:00:00' FROM (WITH "
            "RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 35000) "
            "SELECT i FROM n)", [other])
    record = merge_contacts(keep, other)
    assert Interaction.select().where(Interaction.contact == keep).count() == 35000
    unmerge(record)
    assert Interaction.select().where(Interaction.contact == other).count() == 35000
