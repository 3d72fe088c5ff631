"""The contact list report read back with pypdf: whom it lists, in what order, what its head
says of the filters, its pages, its languages, its cancel."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.cli import main
from crm_desktop.errors import CancelledError
from crm_desktop.reports.contact_list_report import build_contact_list
from crm_desktop.reports.wording import Wording
from crm_desktop.services import contacts, customer_record, saved_views
from crm_desktop.services.contact_query import ContactFilter
from crm_desktop.services.saved_views import SavedView
from tests.bulk_contacts import insert_people
from tests.fixed_time import NOW

TODAY = date(2026, 3, 16)


def _text(path: Path) -> str:
    return "\n".join(p.extract_text() for p in PdfReader(path).pages)


@pytest.fixture
def people(db) -> None:
    for name, values, phones in (
            ("Oliver Wright", {"city": "Leeds", "segment": "SMB", "is_vip": True},
             ["+447700900415"]),
            ("Ольга Смирнова", {"city": "Казань", "segment": "SMB"}, ["+79161112233"]),
            ("مریم رضایی", {"city": "تهران", "segment": "SMB"}, []),
            ("Zed Retail", {"city": "York", "segment": "Retail"}, [])):
        contacts.save_contact(None, {"name": name, **values}, phones=phones,
                              emails=[f"{len(name)}@example.com"])


def test_it_lists_whom_the_filter_shows_in_the_table_s_order_and_says_which(
        people, tmp_path: Path) -> None:
    out = tmp_path / "list.pdf"
    flt = ContactFilter(segment="SMB", search="")
    assert build_contact_list(out, flt, TODAY, sort="city", descending=True) == 3
    text = _text(out)
    assert "Contact list" in text and "3 contacts, as of 2026-03-16" in text
    assert "Segment: SMB" in text and "Zed Retail" not in text
    assert "Oliver Wright ★" in text and "★ VIP" in text
    assert "+44 7700 900415" in text  # (as the record writes a number)
    leeds, kazan = text.index("Oliver Wright"), text.index("Ольга Смирнова")
    assert kazan < leeds  # city descending: Казань after Leeds in code points, so first


def test_a_saved_view_names_the_list_and_its_relative_days_are_said_as_a_day(
        people, tmp_path: Path) -> None:
    oliver = contacts.create_contact({"name": "Old Friend", "city": "Leeds"}).id
    customer_record.add_interaction(oliver, "call", NOW - timedelta(days=90))
    view = SavedView("Quiet in Leeds", city="Leeds", silent_days=60, vip=False)
    out = tmp_path / "quiet.pdf"
    assert build_contact_list(out, view.to_filter(NOW), TODAY, view_name=view.name) == 1
    text = _text(out)
    assert "Contact list: Quiet in Leeds" in text and "Old Friend" in text
    assert "City or region: Leeds · Not VIP · No contact since " in text


def test_a_long_list_runs_over_pages_tells_its_progress_and_cancels_leaving_no_file(
        db, tmp_path: Path) -> None:
    insert_people(700)
    out = tmp_path / "long.pdf"
    told: list[tuple[int, int]] = []
    assert build_contact_list(out, ContactFilter(), TODAY,
                              progress=lambda done, total: told.append((done, total))) == 700
    pages = PdfReader(out).pages
    assert len(pages) > 20 and f"page 1 of {len(pages)}" in pages[0].extract_text()
    assert told and told[-1][1] >= 700 // 28 and max(d for d, _ in told) >= 20
    with pytest.raises(CancelledError):
        build_contact_list(out, ContactFilter(), TODAY,
                           progress=lambda done, total: done < 20)
    assert not out.exists()


@pytest.mark.parametrize("lang, title, head", [
    ("ru", "Список контактов", "Телефон"), ("fa", "فهرست مخاطبان", "تلفن")])
def test_it_is_written_in_the_report_s_language(people, tmp_path: Path, lang, title,
                                                head) -> None:
    out = tmp_path / f"{lang}.pdf"
    build_contact_list(out, ContactFilter(segment="SMB"), TODAY, wording=Wording(lang))
    reader = PdfReader(out)
    assert reader.pages[0].mediabox.width > reader.pages[0].mediabox.height  # (across)
    text = _text(out)
    assert "Contact list" not in text and "Phone" not in text
    if lang == "ru":  # (pypdf reads Persian shaped for the page back in presentation forms)
        assert title in text and head in text


def test_the_command_line_writes_a_saved_view_s_list(people, db_path: Path, tmp_path: Path,
                                                    capsys) -> None:
    from crm_desktop.db.connection import close_database

    saved_views.save_view(SavedView("SMB people", segment="SMB", kind="person",
                                    sort="city", descending=True))
    close_database()
    out = tmp_path / "smb.pdf"
    assert main(["report", "contacts", "--db", str(db_path), "-o", str(out),
                 "--view", "SMB people"]) == 0
    assert capsys.readouterr().out.strip() == f"Contact list (3 contacts) written to {out}"
    text = _text(out)
    assert "Contact list: SMB people" in text
    # in the view's order: by city, Z to A (York is not SMB)
    assert text.index("Казань") < text.index("Leeds")
    assert main(["report", "contacts", "--db", str(db_path), "-o", str(out),
                 "--view", "Nobody"]) == 1
    assert "there is no view “Nobody”" in capsys.readouterr().err


def test_a_list_too_long_to_print_is_refused_saying_what_to_do_instead(
        db, tmp_path: Path, monkeypatch) -> None:
    from crm_desktop.errors import InputError
    from crm_desktop.reports import contact_list_report

    insert_people(30)
    monkeypatch.setattr(contact_list_report, "MOST_CONTACTS", 29)
    out = tmp_path / "too-long.pdf"
    with pytest.raises(InputError, match="30 contacts are too many for a printed list "
                                         r"\(at most 29\): narrow them") as info:
        build_contact_list(out, ContactFilter(), TODAY)
    assert info.value.field == "contacts" and not out.exists()
    assert build_contact_list(out, ContactFilter(search="zzz-nobody"), TODAY) == 0
    assert "No contact matches." in _text(out)
