"""Saved views of the contacts: kept in the database, opened relative to the day, followed
by a tag's rename."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest

from crm_desktop.errors import InputError
from crm_desktop.services import contact_query, contacts, customer_record, saved_views, tags
from crm_desktop.services.saved_views import SavedView
from crm_desktop.services.settings import set_setting

NOW = datetime(2026, 11, 25, 12, tzinfo=UTC)


def _names(view: SavedView, now: datetime = NOW) -> list[str]:
    ids = contact_query.ordered_ids(view.to_filter(now))
    return [contacts.snapshot(i).values["name"] for i in ids]


def test_views_are_kept_by_name_in_alphabetical_order_and_replaced_by_name(db) -> None:
    assert saved_views.save_view(SavedView(" Оптовики ", segment="Wholesale")) is None
    saved_views.save_view(SavedView("VIP", vip=True))
    saved_views.save_view(SavedView("ارسال", kind="company"))
    old = saved_views.save_view(SavedView("VIP", vip=True, city="Leeds"))
    assert old == SavedView("VIP", vip=True)
    assert [(v.name, v.city) for v in saved_views.saved_views()] == [
        ("VIP", "Leeds"), ("Оптовики", None), ("ارسال", None)]
    assert saved_views.delete_view("VIP") == SavedView("VIP", vip=True, city="Leeds")
    with pytest.raises(InputError, match="there is no view “VIP”; the views are: "
                                         "Оптовики, ارسال"):
        saved_views.view_named("VIP")


@pytest.mark.parametrize("wrong, field", [
    (SavedView("  "), "name"), (SavedView("x" * 101), "name"),
    (SavedView("odd", kind="robot"), "view"), (SavedView("odd", silent_days=-1), "silent_days"),
    (SavedView("odd", sort="tags"), "sort"), (SavedView("odd", sort="name; DROP"), "sort"),
    (SavedView("odd", columns=("email",)), "columns"),  # (the name always shows)
    (SavedView("odd", columns=("name", "name")), "columns"),
    (SavedView("odd", columns=("name", "salary")), "columns"),
])
def test_a_wrong_view_is_refused_by_its_field_and_nothing_is_kept(db, wrong, field) -> None:
    with pytest.raises(InputError) as info:
        saved_views.save_view(wrong)
    assert info.value.field == field
    assert saved_views.saved_views() == []


def test_a_stored_view_this_version_cannot_read_is_passed_over(db) -> None:
    set_setting(saved_views.KEY, [{"name": "Good", "vip": True}, {"name": 7}, "junk",
                                  {"name": "From a newer version", "colour": "red"},
                                  {"name": "Bad kind", "kind": "robot"}])
    assert [v.name for v in saved_views.saved_views()] == ["From a newer version", "Good"]


def test_a_view_keeps_its_order_and_columns_and_one_saved_before_keeps_none(db) -> None:
    laid_out = SavedView("By city", city="Leeds", sort="city", descending=True,
                         columns=("name", "status", "city"))
    saved_views.save_view(laid_out)
    assert saved_views.view_named("By city") == laid_out  # (columns stored as a JSON list)
    set_setting(saved_views.KEY, [{"name": "Older", "vip": True}])
    older = saved_views.view_named("Older")
    assert (older.sort, older.descending, older.columns) == ("name", False, None)
    assert saved_views.same_contacts(replace(older, sort="city"), older)
    assert not saved_views.same_contacts(replace(older, vip=False), older)


def test_a_view_counts_its_days_from_when_it_is_opened(db) -> None:
    quiet = contacts.create_contact({"name": "Quiet Ltd", "kind": "company",
                                     "segment": "Wholesale"}).id
    busy = contacts.create_contact({"name": "Busy Ltd", "kind": "company",
                                    "segment": "Wholesale"}).id
    contacts.create_contact({"name": "Ann Retail", "segment": "Retail"})
    for cid, days_ago in ((quiet, 50), (busy, 10)):
        customer_record.add_interaction(cid, "call", NOW - timedelta(days=days_ago))
    view = SavedView("Quiet wholesale", kind="company", segment="Wholesale", silent_days=30)
    saved_views.save_view(view)
    kept = saved_views.view_named("Quiet wholesale")
    assert _names(kept) == ["Quiet Ltd"]
    assert _names(kept, NOW + timedelta(days=25)) == ["Busy Ltd", "Quiet Ltd"]


def test_a_renamed_tag_is_followed_by_its_views_and_undo_takes_back_only_those(db) -> None:
    contacts.create_contact({"name": "Anna"}, tags=["opt", "export"])
    saved_views.save_view(SavedView("Opt list", tag="opt"))
    saved_views.save_view(SavedView("Export list", tag="export"))
    done = tags.rename_tag("opt", "export")
    assert [(v.name, v.tag) for v in saved_views.saved_views()] == [
        ("Export list", "export"), ("Opt list", "export")]
    tags.undo_rename(done)
    assert [(v.name, v.tag) for v in saved_views.saved_views()] == [
        ("Export list", "export"), ("Opt list", "opt")]


def test_export_writes_what_a_saved_view_shows_narrowed_by_options(
        db, db_path, tmp_path, capsys) -> None:
    import csv

    from crm_desktop.cli import main
    from crm_desktop.db.connection import close_database, open_database

    for name, city, vip in (("Anna", "Leeds", True), ("Boris", "Leeds", False),
                            ("Clara", "York", True)):
        contacts.create_contact({"name": name, "city": city, "is_vip": vip})
    saved_views.save_view(SavedView("Leeds", city="Leeds"))
    close_database()
    out = tmp_path / "view.csv"

    def exported(*options: str) -> list[str]:
        assert main(["export", "contacts", "--db", str(db_path), "-o", str(out),
                     "--columns", "name", *options]) == 0
        rows = list(csv.reader(out.read_text(encoding="utf-8").splitlines()))
        return sorted(r[0] for r in rows[1:])

    assert exported("--view", "Leeds") == ["Anna", "Boris"]
    assert exported("--view", "Leeds", "--vip") == ["Anna"]
    # without --columns: the view's columns, in its order
    saved_views_db = open_database(db_path)
    saved_views.save_view(SavedView("Leeds by name", city="Leeds", sort="name",
                                    descending=True, columns=("city", "name")))
    saved_views_db.close()
    assert main(["export", "contacts", "--db", str(db_path), "-o", str(out),
                 "--view", "Leeds by name"]) == 0
    assert out.read_text(encoding="utf-8").splitlines() == [
        "City,Name", "Leeds,Boris", "Leeds,Anna"]
    capsys.readouterr()
    assert main(["export", "contacts", "--db", str(db_path), "-o", str(out),
                 "--view", "Nowhere"]) == 1
    assert "there is no view “Nowhere”; the views are: Leeds" in capsys.readouterr().err
