"""Creating and editing contacts: validation and the change log."""

from __future__ import annotations

import sqlite3

import pytest

from crm_desktop.db.models import ChangeLog, Contact, ContactEmail, ContactPhone
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError
from crm_desktop.services import contacts
from tests.bulk_contacts import insert_people


def test_create_sets_primary_email_phone_tags_and_logs_it(db) -> None:
    c = contacts.create_contact({"name": "  Мария Иванова ", "city": "Казань"},
                                emails=["maria@example.com", "m@example.org"],
                                phones=["+79161112233"], tags=["vip", "оптовик"])
    assert (c.name, c.sort_name, c.email, c.phone) == (
        "Мария Иванова", "мария иванова", "maria@example.com", "+79161112233")
    tags = {link.tag.name for link in c.tag_links}
    assert tags == {"vip", "оптовик"}
    logged = {(r.action, r.field, r.new_value) for r in contacts.change_history(c.id)}
    assert ("create", "name", "Мария Иванова") in logged
    assert ("create", "city", "Казань") in logged


def test_update_logs_each_changed_field_with_old_and_new_value(db) -> None:
    cid = contacts.create_contact({"name": "Ivan", "city": "Moscow"}).id
    changed = contacts.update_contact(cid, {"name": "Ivan Petrov", "city": "Moscow",
                                            "segment": "SMB"})
    assert changed == {"name": ("Ivan", "Ivan Petrov"), "segment": (None, "SMB")}
    updates = [(r.field, r.old_value, r.new_value) for r in contacts.change_history(cid)
               if r.action == "update"]
    assert sorted(updates) == [("name", "Ivan", "Ivan Petrov"), ("segment", None, "SMB")]
    assert Contact.get_by_id(cid).sort_name == "ivan petrov"


def test_an_update_that_changes_nothing_logs_nothing(db) -> None:
    cid = contacts.create_contact({"name": "Same"}).id
    before = ChangeLog.select().count()
    assert contacts.update_contact(cid, {"name": "Same"}) == {}
    assert ChangeLog.select().count() == before


def test_a_name_is_required_and_nothing_is_saved(db) -> None:
    with pytest.raises(InvalidRecordError) as info:
        contacts.create_contact({"name": "   "}, emails=["x@example.com"])
    assert info.value.by_field() == {"name": "a name is required"}
    assert Contact.select().count() == 0
    assert ChangeLog.select().count() == 0


def test_unknown_fields_and_bad_choices_are_refused(db) -> None:
    with pytest.raises(InputError, match="unknown field"):
        contacts.create_contact({"name": "X", "shoe_size": 44})
    with pytest.raises(InvalidRecordError) as info:
        contacts.create_contact({"name": "X", "status": "friend"})
    assert list(info.value.by_field()) == ["status"]


def test_every_wrong_field_is_named_and_nothing_is_saved(db) -> None:
    with pytest.raises(InvalidRecordError) as info:
        contacts.save_contact(None, {"name": "Ok", "company_size": -3},
                              emails=["good@example.com", "bad@@example"])
    assert set(info.value.by_field()) == {"company_size", "email 2"}
    assert Contact.select().count() == 0


def test_phones_are_stored_in_e164_with_the_default_region(db) -> None:
    from crm_desktop.services.settings import set_setting

    set_setting("phone_region", "RU")
    result = contacts.save_contact(None, {"name": "Олег"},
                                   phones=["8 (916) 123-45-67", "+44 20 7946 0000"])
    assert result.warnings == []
    c = Contact.get_by_id(result.contact_id)
    assert c.phone == "+79161234567"
    assert [(p.number, p.raw) for p in c.phones.order_by(ContactPhone.position)] == [
        ("+79161234567", "8 (916) 123-45-67"), ("+442079460000", "+44 20 7946 0000")]


def test_an_unparseable_phone_is_kept_as_typed_with_a_warning(db) -> None:
    result = contacts.save_contact(None, {"name": "Ext"}, phones=["ext. 214"])
    assert result.warnings == ["phone 'ext. 214' kept as typed: not a possible phone number"]
    assert Contact.get_by_id(result.contact_id).phone == "ext. 214"


def test_emails_are_normalised_and_deduplicated(db) -> None:
    cid = contacts.save_contact(None, {"name": "A"},
                                emails=["Anna@Example.COM", "anna@example.com"]).contact_id
    assert [e.address for e in ContactEmail.select().where(ContactEmail.contact == cid)] == [
        "Anna@example.com", "anna@example.com"]


def test_huge_text_is_refused_not_truncated(db) -> None:
    with pytest.raises(InvalidRecordError) as info:
        contacts.save_contact(None, {"name": "A", "notes": "x" * 10_001})
    assert list(info.value.by_field()) == ["notes"]


def test_snapshot_and_restore_put_a_record_back_exactly(db) -> None:
    cid = contacts.save_contact(None, {"name": "Before", "city": "Kazan", "is_vip": True},
                                emails=["a@example.com"], phones=["+79161234567"],
                                tags=["x"]).contact_id
    before = contacts.snapshot(cid)
    contacts.save_contact(cid, {"name": "After", "city": None, "is_vip": False},
                          emails=[], phones=["+442079460000"], tags=["y", "z"])
    assert contacts.snapshot(cid) != before
    contacts.restore(cid, before)
    assert contacts.snapshot(cid) == before
    assert Contact.get_by_id(cid).sort_name == "before"


def test_trash_restore_and_empty(db) -> None:
    keep = contacts.create_contact({"name": "Keep"}).id
    gone = contacts.create_contact({"name": "Gone"}, emails=["g@example.com"]).id
    assert contacts.trash_contacts([gone, gone]) == [gone]
    assert Contact.get_by_id(gone).deleted_at is not None
    assert contacts.restore_contacts([gone]) == [gone]
    contacts.trash_contacts([gone])
    assert contacts.empty_trash() == 1
    assert [c.id for c in Contact.select()] == [keep]
    assert ContactEmail.select().count() == 0
    actions = [r.action for r in contacts.change_history(gone)]
    assert actions[:4] == ["purge", "delete", "restore", "delete"]


def test_bulk_tags_report_what_changed(db) -> None:
    a = contacts.create_contact({"name": "A"}, tags=["hot"]).id
    b = contacts.create_contact({"name": "B"}).id
    assert contacts.add_tag([a, b], "hot") == [b]
    assert contacts.remove_tag([a, b], "hot") == [a, b]
    assert contacts.tags_of(a) == []


def test_tagging_more_contacts_than_one_statement_binds(db) -> None:
    """A whole imported list tagged at once, beyond SQLite's 32,766 bound values."""
    db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)
    insert_people(33_000)
    ids = [c.id for c in Contact.select(Contact.id)]
    first = contacts.create_contact({"name": "Tagged before"}, tags=["fair 2026"]).id
    assert contacts.add_tag([first, *ids, ids[0]], "fair 2026") == ids
    assert contacts.tags_of(ids[-1]) == ["fair 2026"]
    logged = ChangeLog.select().where((ChangeLog.field == "tags")
                                      & (ChangeLog.new_value == "+fair 2026"))
    assert logged.count() == 33_000
    before = contacts.set_field(ids, "segment", "Fair")  # and put back, all of them
    assert len(before) == 33_000 and before[ids[0]].tags == ("fair 2026",)
    assert Contact.select().where(Contact.segment == "Fair").count() == 33_000
    contacts.unset_field(before, "segment", "Fair")
    assert Contact.select().where(Contact.segment.is_null(False)).count() == 0
    assert contacts.remove_tag(ids, "fair 2026") == ids
    assert contacts.tags_of(first) == ["fair 2026"]


def test_emptying_a_trash_larger_than_sqlites_variable_limit(db) -> None:
    """SQLite binds at most 32,766 values in one statement; an import thrown away whole can
    put more contacts than that in the Trash."""
    n = 33_000
    # as SQLite builds it by default (some distributions raise the limit)
    db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)
    insert_people(n, trashed=True)
    keep = contacts.create_contact({"name": "Keep"}).id
    assert contacts.empty_trash() == n
    assert [c.id for c in Contact.select()] == [keep]
    assert ChangeLog.select().where(ChangeLog.action == "purge").count() == n


def test_trashing_and_restoring_more_contacts_than_one_statement_binds(db) -> None:
    n = 25_000  # three chunks of ids
    db.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32_766)
    insert_people(n)
    ids = [c.id for c in Contact.select(Contact.id).order_by(Contact.id.desc())]
    already = contacts.trash_contacts(ids[:10])
    moved = contacts.trash_contacts([*ids, ids[0], 999_999])  # repeats and unknown ids: once
    assert moved == ids[10:]  # in the order given, without those already in the Trash
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 0
    assert contacts.restore_contacts(already + moved[:5]) == already + moved[:5]
    assert Contact.select().where(Contact.deleted_at.is_null()).count() == 15
    logged = ChangeLog.select().where(ChangeLog.row_id == ids[20])
    assert [(r.action, r.source) for r in logged] == [("delete", "app")]
    assert ChangeLog.select().where(ChangeLog.action == "delete").count() == n


def test_a_cancelled_move_to_the_trash_changes_nothing(db) -> None:
    ids = [contacts.create_contact({"name": f"P{i}"}).id for i in range(5)]
    seen: list[tuple[int, int]] = []

    def cancel_after_first_chunk(done: int, total: int) -> bool:
        seen.append((done, total))
        return False

    with pytest.raises(CancelledError):
        contacts.trash_contacts(ids, progress=cancel_after_first_chunk)
    assert seen == [(5, 5)]
    assert Contact.select().where(Contact.deleted_at.is_null(False)).count() == 0
    assert ChangeLog.select().where(ChangeLog.action == "delete").count() == 0


def test_a_field_set_on_many_contacts_is_all_or_nothing_and_undoable(db) -> None:
    a = contacts.create_contact({"name": "A", "segment": "Retail"}).id
    b = contacts.create_contact({"name": "B"}).id
    before = contacts.set_field([a, b], "segment", "SMB")
    assert [Contact.get_by_id(i).segment for i in (a, b)] == ["SMB", "SMB"]
    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    with pytest.raises(InputError):  # refused for the last one: the first two stay as they are
        contacts.set_field([a, b, acme], "company", acme)
    assert [Contact.get_by_id(i).company_id for i in (a, b)] == [None, None]
    c = contacts.create_contact({"name": "C", "segment": "SMB"}).id  # already SMB: untouched
    before |= contacts.set_field([c], "segment", "SMB")
    # another program changes A's segment and B's city since: undo keeps both
    Contact.update(segment="Key").where(Contact.id == a).execute()
    Contact.update(city="Leeds").where(Contact.id == b).execute()
    contacts.unset_field(before, "segment", "SMB")
    assert [Contact.get_by_id(i).segment for i in (a, b, c)] == ["Key", None, "SMB"]
    assert Contact.get_by_id(b).city == "Leeds"


def test_a_contact_belongs_only_to_an_existing_company_other_than_itself(db) -> None:
    acme = contacts.create_contact({"name": "Acme", "kind": "company"}).id
    anna = contacts.create_contact({"name": "Anna", "company": acme}).id
    for target, company, message in ((acme, acme, "a contact cannot be its own company"),
                                     (acme, anna, "'Anna' is a person, not a company"),
                                     (anna, 99_999, "there is no such company")):
        with pytest.raises(InvalidRecordError) as caught:
            contacts.save_contact(target, {"company": company})
        assert caught.value.by_field() == {"company": message}
    contacts.trash_contacts([acme])
    with pytest.raises(InvalidRecordError, match="no such company"):
        contacts.create_contact({"name": "Ivan", "company": acme})
    assert Contact.get_by_id(anna).company_id == acme  # nothing changed meanwhile


def test_an_undone_edit_leaves_a_contact_trashed_since_in_the_trash(db) -> None:
    cid = contacts.create_contact({"name": "Ann Lee", "city": "Leeds"}).id
    before = contacts.snapshot(cid)
    contacts.update_contact(cid, {"city": "York"})
    after = contacts.snapshot(cid)
    contacts.trash_contacts([cid])
    contacts.restore_step(cid, after, before)
    now = contacts.snapshot(cid)
    assert now.values["city"] == "Leeds"
    assert now.deleted_at is not None


def test_a_contact_sharing_an_address_or_a_number_is_found_outside_the_trash(db) -> None:
    anna = contacts.create_contact({"name": "Anna"}, emails=["anna@example.com"],
                                   phones=["+447700900123"]).id
    gone = contacts.create_contact({"name": "Gone"}, emails=["gone@example.com"]).id
    contacts.trash_contacts([gone])
    found = contacts.sharing_reach(["Anna@example.com", "gone@example.com"],
                                   ["+447700900123", "8 916 123"])
    assert [(s.contact_id, s.shared) for s in found] == [
        (anna, "anna@example.com"), (anna, "+447700900123")]
    assert contacts.sharing_reach(["anna@example.com"], [], exclude=anna) == []
