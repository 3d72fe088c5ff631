"""Creating and editing contacts: validation and the change log."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import ChangeLog, Contact
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import contacts


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
