"""The tags as a whole: counted, renamed, merged, deleted, and each undone."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import Tag
from crm_desktop.errors import InputError
from crm_desktop.services import contacts, tags


def _person(name: str, *tagged: str) -> int:
    return contacts.create_contact({"name": name}, tags=list(tagged)).id


def _carried(cid: int) -> list[str]:
    return contacts.tags_of(cid)


def test_counts_leave_out_the_trash_and_keep_unused_tags_in_alphabetical_order(db) -> None:
    a = _person("Anna", "wholesale", "Ёлки")
    _person("Boris", "wholesale")
    trashed = _person("Clara", "wholesale", "ёж")
    contacts.trash_contacts([trashed])
    contacts.remove_tag([a], "Ёлки")
    assert [(u.name, u.contacts) for u in tags.tag_uses()] == [
        ("wholesale", 2), ("ёж", 0), ("Ёлки", 0)]


def test_a_rename_keeps_every_contact_and_the_trash_and_logs_each(db) -> None:
    a, b = _person("Anna", "whsale"), _person("Boris", "whsale", "vip")
    contacts.trash_contacts([b])
    done = tags.rename_tag("whsale", " Wholesale ")
    assert (done.new, done.merged, set(done.carried)) == ("Wholesale", False, {a, b})
    assert _carried(a) == ["Wholesale"] and _carried(b) == ["Wholesale", "vip"]
    assert [u.name for u in tags.tag_uses()] == ["vip", "Wholesale"]
    logged = [(r.field, r.old_value, r.new_value) for r in contacts.change_history(a)]
    assert ("tags", "-whsale", "+Wholesale") in logged
    tags.undo_rename(done)
    assert _carried(a) == ["whsale"] and _carried(b) == ["vip", "whsale"]
    assert not Tag.select().where(Tag.name == "Wholesale").exists()


def test_a_rename_onto_another_tag_merges_and_its_undo_parts_them(db) -> None:
    both = _person("Anna", "opt", "wholesale")
    only_old = _person("Boris", "opt")
    only_new = _person("Clara", "wholesale")
    done = tags.rename_tag("opt", "wholesale")
    assert done.merged and done.had_new == (both,)
    assert [_carried(c) for c in (both, only_old, only_new)] == [["wholesale"]] * 3
    assert [(u.name, u.contacts) for u in tags.tag_uses()] == [("wholesale", 3)]
    tags.undo_rename(done)
    assert [_carried(c) for c in (both, only_old, only_new)] == [
        ["opt", "wholesale"], ["opt"], ["wholesale"]]


def test_undoing_a_rename_keeps_a_contact_tagged_since(db) -> None:
    a = _person("Anna", "whsale")
    done = tags.rename_tag("whsale", "wholesale")
    later = _person("Boris")
    contacts.add_tag([later], "wholesale")
    tags.undo_rename(done)
    assert _carried(a) == ["whsale"] and _carried(later) == ["wholesale"]


def test_a_wrong_new_name_is_refused_and_changes_nothing(db) -> None:
    a = _person("Anna", "vip")
    for wrong in ("   ", "x" * (tags.NAME_LIMIT + 1)):
        with pytest.raises(InputError) as info:
            tags.rename_tag("vip", wrong)
        assert info.value.field == "tag"
    with pytest.raises(InputError, match="no tag “gone”"):
        tags.rename_tag("gone", "new")
    assert _carried(a) == ["vip"] and [u.name for u in tags.tag_uses()] == ["vip"]


def test_a_deleted_tag_leaves_every_contact_and_comes_back_on_undo(db) -> None:
    a, b = _person("Anna", "old", "vip"), _person("Boris", "old")
    contacts.trash_contacts([b])
    unused = Tag.create(name="never used")
    carried = tags.delete_tag("old")
    assert sorted(carried) == [a, b]
    assert _carried(a) == ["vip"] and _carried(b) == []
    assert ("tags", "-old", None) in [(r.field, r.old_value, r.new_value)
                                      for r in contacts.change_history(b)]
    assert tags.delete_tag(unused.name) == []
    assert [u.name for u in tags.tag_uses()] == ["vip"]
    tags.undo_delete("old", carried)
    tags.undo_delete("never used", [])
    assert _carried(a) == ["old", "vip"] and _carried(b) == ["old"]
    assert [u.name for u in tags.tag_uses()] == ["never used", "old", "vip"]


def test_a_tag_s_colour_is_one_of_the_palette_s_and_is_given_back_for_undo(db) -> None:
    _person("Anna", "vip", "export")
    assert tags.set_colour("vip", "purple") is None
    assert tags.set_colour("vip", "teal") == "purple"
    assert tags.colours() == {"vip": "teal"}
    assert [(u.name, u.colour) for u in tags.tag_uses()] == [("export", None), ("vip", "teal")]
    with pytest.raises(InputError) as info:
        tags.set_colour("vip", "#ff00ff")
    assert info.value.field == "colour" and tags.colours() == {"vip": "teal"}
    tags.set_colour("vip", None)
    assert tags.colours() == {}
