"""The cost to serve a customer: their contacts' time at the owner's hourly cost."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.db.models import Interaction
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import business_profile, contacts, cost_to_serve
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
    assert cost_to_serve.minutes_spent(cid, NOW) == 15 + 15 + 60 + 0 + 5
    assert cost_to_serve.cost_to_serve(cid, NOW) is None  # no hourly cost yet
    business_profile.save_business_profile("", "USD", "GB", "60")
    assert cost_to_serve.cost_to_serve(cid, NOW) == 9500  # 95 minutes at 60.00 an hour


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
