"""The owner's business: name on the reports, currency, phone region."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader

from crm_desktop.errors import InvalidRecordError
from crm_desktop.reports.other_reports import build_funnel_report
from crm_desktop.services import contacts, funnel
from crm_desktop.services.business_profile import (
    business_profile,
    example_number,
    phone_region,
    save_business_profile,
    settle_currency,
)
from crm_desktop.services.settings import get_setting
from tests.fixed_time import NOW


def test_a_new_database_reads_numbers_as_the_suggested_country_until_the_owner_chooses(
        db) -> None:
    assert business_profile() == business_profile(None)
    assert (business_profile().name, business_profile().currency) == ("", "USD")
    assert phone_region() == "GB"
    assert phone_region("ru") == "RU"
    assert phone_region("ZZ") == "GB"  # a country phonenumbers does not know is not offered
    save_business_profile("ООО Ромашка", "rub", "ir")
    assert business_profile("RU") == business_profile(None)
    assert business_profile("RU").phone_region == "IR"  # the owner's choice wins


def test_the_profile_is_stored_and_used(db, tmp_path: Path) -> None:
    profile = save_business_profile("  Kaveh Trading  ", "eur", "ru")
    assert (profile.name, profile.currency, profile.phone_region) == ("Kaveh Trading", "EUR",
                                                                      "RU")
    assert get_setting("currency") == "EUR"
    # a number typed without +code is read as the chosen country's
    saved = contacts.save_contact(None, {"name": "Олег"}, phones=["8 (912) 345-67-89"])
    assert contacts.snapshot(saved.contact_id).phones[0][0] == "+79123456789"
    out = tmp_path / "funnel.pdf"
    build_funnel_report(out, NOW - timedelta(days=30), NOW)
    assert "Kaveh Trading" in PdfReader(out).pages[0].extract_text()


def test_every_wrong_field_is_named_and_nothing_is_stored(db) -> None:
    save_business_profile("Before", "USD", "GB")
    with pytest.raises(InvalidRecordError) as caught:
        save_business_profile("x" * 201, "US", "ZZ")
    assert set(caught.value.by_field()) == {"business_name", "currency", "phone_region"}
    for currency in ("ДОЛ", "U1D", ""):
        with pytest.raises(InvalidRecordError) as caught:
            save_business_profile("After", currency, "RU")
        assert set(caught.value.by_field()) == {"currency"}
    assert business_profile() == business_profile("RU")
    assert (business_profile().name, business_profile().currency,
            business_profile().phone_region) == ("Before", "USD", "GB")


def test_the_statement_details_are_kept_as_typed_within_a_letterhead_s_size(db) -> None:
    save_business_profile("Shop", "USD", "GB", details="\n  Mill Road 12  \r\n\nLeeds\n\n")
    assert business_profile().details == "Mill Road 12\n\nLeeds"
    save_business_profile("Shop", "EUR", "GB")  # None: kept
    assert business_profile().details == "Mill Road 12\n\nLeeds"
    for wrong in ("x" * 501, "\n".join("line" for _ in range(7))):
        with pytest.raises(InvalidRecordError) as caught:
            save_business_profile("Renamed", "USD", "GB", details=wrong)
        assert set(caught.value.by_field()) == {"business_details"}
    assert business_profile().name == "Shop"  # nothing stored
    save_business_profile("Shop", "USD", "GB", details="\n".join("line" for _ in range(6)))
    save_business_profile("Shop", "USD", "GB", details=" ")
    assert business_profile().details == ""


def test_the_region_is_shown_by_a_number_as_its_people_write_it() -> None:
    assert example_number("RU") == "8 (912) 345-67-89"
    assert example_number("ir").startswith("0912")
    assert example_number("ZZ") == example_number("") == ""


def test_a_long_business_name_is_cut_short_before_the_date_in_the_header(
        db, tmp_path: Path) -> None:
    from reportlab.pdfbase.pdfmetrics import stringWidth

    from crm_desktop.reports.fonts import register
    from crm_desktop.reports.layout import _fitted

    long_name = "Северо-Западная торгово-производственная компания «Ромашка» " * 3
    save_business_profile(long_name.strip(), "RUB", "RU")
    out = tmp_path / "funnel.pdf"
    build_funnel_report(out, NOW - timedelta(days=30), NOW)
    header = PdfReader(out).pages[0].extract_text()
    assert "Северо-Западная" in header and "…" in header
    regular, _ = register()
    fitted = _fitted(long_name, "Funnel", regular, 7.5, 300)
    assert stringWidth(fitted, regular, 7.5) <= 300 and fitted.endswith("… — Funnel")
    assert _fitted("Kaveh", "Funnel", regular, 7.5, 300) == "Kaveh — Funnel"


def test_a_new_database_takes_the_suggested_currency_once(db) -> None:
    """A Russian laptop's new database prices in RUB, not USD; chosen once, kept."""
    for wrong in (None, "", "РУБ", "R1B", "RUBL"):
        assert settle_currency(wrong) is None
    assert settle_currency("rub") == "RUB"
    assert business_profile().currency == "RUB"
    assert settle_currency("IRR") is None  # another country later: kept as it was
    assert get_setting("currency") == "RUB"


def test_the_currency_is_not_settled_once_anything_has_a_price(db) -> None:
    cid = contacts.create_contact({"name": "Buyer"}).id
    assert settle_currency("RUB") is not None  # a contact has no price
    db.execute_sql("DELETE FROM setting WHERE key = 'currency'")
    funnel.create_deal(cid, "First order", value="100")  # priced in USD, the default
    assert settle_currency("RUB") is None
    assert business_profile().currency == "USD"
