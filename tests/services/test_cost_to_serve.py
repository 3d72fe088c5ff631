"""The cost to serve a customer: their contacts' time at the owner's hourly cost."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.db.models import Contact, Interaction
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import asset_matrix, business_profile, contacts
from crm_desktop.services.customer_record import add_interaction
from crm_desktop.services.settings import stored_setting
from tests.fixed_time import NOW


def test_twelve_months_of_contacts_at_the_owner_s_hourly_cost(db) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    for kind, days_ago in (("call", 10), ("call", 100), ("meeting", 200), ("note", 5),
                           ("email", 20), ("call", 400)):  # the last: over a year ago
        add_interaction(cid, kind, NOW - timedelta(days=days_ago))
    gone = add_interaction(cid, "meeting", NOW - timedelta(days=3))
    Interaction.update(deleted_at=NOW).where(Interaction.id == gone).execute()
    assert asset_matrix.customer_figures(cid, NOW).cost_to_serve_12m == 0  # no hourly cost
    business_profile.save_business_profile("", "USD", "GB", "60")
    figures = asset_matrix.customer_figures(cid, NOW)
    assert figures.cost_to_serve_12m == 95.0  # 15 + 15 + 60 + 0 + 5 minutes at 60.00 an hour
    assert figures.explain()["cost to serve 12 months"] == 95.0


def test_the_matrix_values_customers_by_their_margin_once_an_hour_has_a_cost(db) -> None:
    """Two customers paying the same: the one taking a meeting a week is worth less."""
    from datetime import date

    from crm_desktop.services.customer_record import add_payment

    ids = {}
    for name, meetings in (("Easy", 0), ("Demanding", 50)):
        ids[name] = contacts.create_contact({"name": name, "status": "customer"}).id
        Contact.update(created_at=NOW - timedelta(days=400)).where(
            Contact.id == ids[name]).execute()
        add_payment(ids[name], "5000", "USD", paid_on=date(2026, 2, 1))
        for week in range(meetings):
            add_interaction(ids[name], "meeting", NOW - timedelta(days=7 * week + 1))
    before = asset_matrix.compute(NOW).by_id()
    assert before[ids["Easy"]].value == before[ids["Demanding"]].value  # revenue alone
    business_profile.save_business_profile("", "USD", "GB", "80")
    after = asset_matrix.compute(NOW).by_id()
    assert after[ids["Easy"]].value == before[ids["Easy"]].value
    demanding = after[ids["Demanding"]]
    assert (demanding.cost_to_serve_12m, demanding.margin_12m) == (4000.0, 1000.0)
    assert demanding.value == 1000.0  # (paid on time: not weighed down)


def test_a_wrong_hourly_cost_is_named_and_nothing_is_stored(db) -> None:
    with pytest.raises(InvalidRecordError) as raised:
        business_profile.save_business_profile("Shop", "USD", "GB", "-5")
    assert [e.field for e in raised.value.errors] == ["hourly_cost"]
    assert stored_setting("business_name") is None
    business_profile.save_business_profile("Shop", "USD", "GB", "40.50")
    assert business_profile.business_profile().hourly_cost_minor == 4050
    business_profile.save_business_profile("Shop", "USD", "GB")  # None: kept
    assert business_profile.business_profile().hourly_cost_minor == 4050
    business_profile.save_business_profile("Shop", "USD", "GB", "")  # '': cleared
    assert business_profile.business_profile().hourly_cost_minor is None


def test_the_owner_sets_how_long_a_contact_of_each_kind_takes(db) -> None:
    cid = contacts.create_contact({"name": "Client"}).id
    add_interaction(cid, "meeting", NOW - timedelta(days=3))
    add_interaction(cid, "call", NOW - timedelta(days=2))
    business_profile.save_business_profile("", "USD", "GB", "60",
                                           {"meeting": 120, "call": 5})  # a consultant
    assert asset_matrix.customer_figures(cid, NOW).cost_to_serve_12m == 125.0
    with pytest.raises(InvalidRecordError) as raised:
        business_profile.save_business_profile("", "USD", "GB", "60",
                                               {"meeting": 9000, "lunch": 60})
    assert [e.field for e in raised.value.errors] == ["contact_minutes"] * 2
    assert asset_matrix.customer_figures(cid, NOW).cost_to_serve_12m == 125.0  # as it was


def test_a_setting_edited_by_hand_writes_no_sql_of_its_own(db) -> None:
    """The minutes go into the matrix's SQL: only the known kinds, as whole numbers."""
    from crm_desktop.services import cost_to_serve
    from crm_desktop.services.settings import set_setting

    set_setting("contact_minutes", {"call": "7", "x' THEN 1 END); DROP TABLE contact; --": 1})
    assert cost_to_serve.minutes_by_kind() == {**cost_to_serve.DEFAULT_MINUTES, "call": 7}
    assert "DROP" not in cost_to_serve.minutes_sql()
