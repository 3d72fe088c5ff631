"""Acquisition cost: marketing spend by lead source against the leads and the new customers
each source brought in a period."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.db.models import Stage
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import acquisition_cost, contacts, funnel
from crm_desktop.services.customer_record import add_payment
from tests.fixed_time import NOW

START, END = date(2026, 1, 1), date(2026, 3, 31)


def _lead(name: str, source: str, created_days_ago: int = 30) -> int:
    cid = contacts.create_contact({"name": name, "lead_source": source}).id
    from crm_desktop.db.models import Contact

    Contact.update(created_at=NOW - timedelta(days=created_days_ago)).where(
        Contact.id == cid).execute()
    return cid


def test_cost_per_lead_and_per_new_customer_by_source(db) -> None:
    acquisition_cost.add_spend("Instagram ads", date(2026, 1, 10), "300", "USD")
    acquisition_cost.add_spend(" instagram  ADS ", date(2026, 2, 10), "300.00", "usd")
    acquisition_cost.add_spend("Trade fair", date(2026, 2, 1), "1000", "USD")
    acquisition_cost.add_spend("Trade fair", date(2025, 6, 1), "5000", "USD")  # before
    for i in range(4):
        _lead(f"Insta {i}", "Instagram ads")
    paying = _lead("Insta buyer", "Instagram ads")
    add_payment(paying, "50", "USD", paid_on=date(2026, 3, 1))
    winner = _lead("Fair winner", "Trade fair")
    deal = funnel.create_deal(winner, "Order", now=NOW - timedelta(days=20))
    funnel.move_deal(deal, Stage.get(Stage.key == "won").id, now=NOW - timedelta(days=10))
    old = _lead("Old customer", "Trade fair", created_days_ago=400)
    add_payment(old, "50", "USD", paid_on=date(2025, 5, 1))  # a customer before the period
    add_payment(old, "50", "USD", paid_on=date(2026, 2, 1))
    friend = _lead("Referred", "Referral")
    add_payment(friend, "80", "USD", paid_on=date(2026, 2, 15))

    rows = acquisition_cost.by_source(START, END)
    assert [(r.source, r.currency, r.spent_minor, r.leads, r.customers) for r in rows] == [
        ("Trade fair", "USD", 100000, 1, 1),  # the old customer is neither
        ("Instagram ads", "USD", 60000, 5, 1),
        ("Referral", None, 0, 1, 1),  # customers for free
    ]
    fair, insta, referral = rows
    assert (insta.per_lead, insta.per_customer) == (12000, 60000)
    assert (fair.per_lead, fair.per_customer) == (100000, 100000)
    assert (referral.per_lead, referral.per_customer) == (None, None)


def test_a_wrong_spend_names_its_fields_and_writes_nothing(db) -> None:
    with pytest.raises(InvalidRecordError) as raised:
        acquisition_cost.add_spend("  ", date(2026, 1, 1), "-5", "dollars")
    assert {e.field for e in raised.value.errors} == {"lead_source", "amount", "currency"}
    with pytest.raises(InvalidRecordError) as raised:
        acquisition_cost.add_spend("Ads", date(2026, 1, 1), "a lot", "USD")
    assert [e.field for e in raised.value.errors] == ["amount"]
    assert acquisition_cost.spending() == []


def test_spending_lists_a_period_newest_first_and_a_spend_can_be_deleted(db) -> None:
    first = acquisition_cost.add_spend("Ads", date(2026, 1, 5), "10", "USD", note="January")
    second = acquisition_cost.add_spend("Ads", date(2026, 2, 5), "20", "USD")
    assert [s.id for s in acquisition_cost.spending()] == [second, first]
    assert [s.id for s in acquisition_cost.spending(date(2026, 1, 1), date(2026, 1, 31))] == [
        first]
    deleted = acquisition_cost.delete_spend([second])
    assert [(s.note, s.amount_minor) for s in acquisition_cost.spending()] == [("January", 1000)]
    acquisition_cost.restore_spend(deleted)
    assert [(s.id, s.amount_minor) for s in acquisition_cost.spending()] == [(second, 2000),
                                                                             (first, 1000)]
