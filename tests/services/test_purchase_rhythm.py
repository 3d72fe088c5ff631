"""A customer's buying rhythm: how often they buy, and when they are overdue (at risk of
leaving before they go quiet), in their record and among the suggestions."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.db.models import Payment
from crm_desktop.services import contacts, purchase_rhythm, reminders
from crm_desktop.services.customer_record import add_interaction
from tests.fixed_time import NOW

TODAY = NOW.date()


def _customer(name: str, days_ago: list[int], called: int = 2, amount: int = 1000) -> int:
    """A customer who paid `amount` on these days (before today), last called `called`
    days ago."""
    cid = contacts.create_contact({"name": name, "status": "customer"}).id
    for days in days_ago:
        Payment.create(contact=cid, amount_minor=amount, currency="USD",
                       paid_on=TODAY - timedelta(days=days))
    add_interaction(cid, "call", NOW - timedelta(days=called))
    return cid


def test_a_monthly_buyer_silent_for_75_days_is_overdue(db) -> None:
    cid = _customer("Monthly", [165, 135, 105, 75])
    r = purchase_rhythm.rhythm(cid, NOW)
    assert (r.purchases, r.every_days, r.since_days, r.last_bought) == (
        4, 30, 75, (TODAY - timedelta(days=75)).isoformat())
    assert r.overdue
    # the same customer, as of the day after their last purchase: on rhythm
    assert not purchase_rhythm.rhythm(cid, NOW - timedelta(days=74)).overdue
    # payments after `as_of` are not counted
    assert purchase_rhythm.rhythm(cid, NOW - timedelta(days=150)) is None


def test_no_rhythm_from_two_purchases_one_order_s_instalments_or_one_day(db) -> None:
    assert purchase_rhythm.rhythm(_customer("Twice", [60, 30]), NOW) is None
    assert purchase_rhythm.rhythm(_customer("Same day", [60, 30, 30]), NOW) is None
    # paid in three parts within a week: one order, not a rhythm
    assert purchase_rhythm.rhythm(_customer("Instalments", [200, 197, 194]), NOW) is None


def test_a_short_delay_is_not_overdue(db) -> None:
    often = purchase_rhythm.rhythm(_customer("Often", list(range(38, 9, -2))), NOW)
    assert often.every_days == 2 and not often.overdue  # five times late, but ten days
    weekly = purchase_rhythm.rhythm(_customer("Weekly", [42, 35, 28, 21, 14]), NOW)
    assert not weekly.overdue  # twice the interval: not more
    late = purchase_rhythm.rhythm(_customer("Late", [45, 38, 31, 24, 17]), NOW)
    assert late.every_days == 7 and late.overdue


def test_the_biggest_overdue_customers_are_suggested_first(db) -> None:
    """...within a year of their last purchase, without an open reminder."""
    _customer("Small", [165, 135, 105, 75])
    _customer("Big", [300, 240, 180], amount=50000)
    _customer("On rhythm", [90, 60, 30], amount=90000)
    _customer("Lapsed", [900, 810, 720, 630, 540, 450], amount=90000)
    planned = _customer("Planned", [400, 300, 200], amount=90000)
    reminders.create_reminder("Call", NOW + timedelta(days=1), contact_id=planned)
    gone = _customer("Trashed", [400, 300, 200], amount=90000)
    contacts.trash_contacts([gone])
    found = [(s.name, s.reason) for s in reminders.suggestions(NOW)
             if s.kind == reminders.OVERDUE]
    assert found == [
        ("Big", f"buys every 60 days; none since {TODAY - timedelta(days=180)}"),
        ("Small", f"buys every 30 days; none since {TODAY - timedelta(days=75)}")]


def test_each_kind_of_suggestion_takes_its_turn_and_a_customer_shows_once(db) -> None:
    for i in range(3):  # overdue by 6.0, 5.9 and 5.8 intervals
        _customer(f"Overdue {i}", [400, 350, 300 - i])
    _customer("Both", [500, 400, 300], called=300)  # overdue by 3, and quiet the longest
    quiet = contacts.create_contact({"name": "Quiet", "status": "customer"}).id
    add_interaction(quiet, "call", NOW - timedelta(days=200))
    shown = [(s.name, s.kind) for s in reminders.suggestions(NOW)]
    assert shown == [("Overdue 0", "overdue"), ("Both", "quiet"), ("Overdue 1", "overdue"),
                     ("Quiet", "quiet"), ("Overdue 2", "overdue")]
    assert [s.name for s in reminders.suggestions(NOW, limit=3)] == [
        "Overdue 0", "Both", "Overdue 1"]


def test_the_contacts_filter_finds_exactly_the_overdue(db) -> None:
    """The filter's SQL and Rhythm.overdue say the same, at and around the thresholds."""
    from crm_desktop.services import contact_query

    cases = [[12, 11, 10], [38, 36, 34, 32, 30, 28, 26, 24, 22, 20, 18, 16, 14, 12, 10],
             [42, 35, 28, 21, 14], [45, 38, 31, 24, 17], [165, 135, 105, 75], [90, 60, 30],
             [900, 810, 720], [200, 197, 194]]
    ids = [_customer(f"Case {i}", days) for i, days in enumerate(cases)]
    expected = [cid for cid in ids
                if (r := purchase_rhythm.rhythm(cid, NOW)) is not None and r.overdue]
    flt = contact_query.ContactFilter(overdue_on=NOW)
    assert sorted(contact_query.ordered_ids(flt)) == expected == [ids[3], ids[4], ids[6]]
    assert contact_query.count(flt) == 3


def test_an_invoice_paid_in_instalments_is_one_purchase_on_its_issue_day(db) -> None:
    """Three monthly instalments of one order tell no rhythm; three orders do, counted from
    the days they were invoiced, not the days their money came."""
    cid = contacts.create_contact({"name": "Instalments", "status": "customer"}).id
    for days in (150, 120, 90):  # one invoice, issued 160 days ago, in three parts
        Payment.create(contact=cid, invoice_number="INV-1", amount_minor=1000,
                       issued_on=TODAY - timedelta(days=160),
                       paid_on=TODAY - timedelta(days=days))
    assert purchase_rhythm.rhythm(cid, NOW) is None
    for number, issued in (("INV-2", 130), ("INV-3", 100)):  # paid 20 days after issue
        Payment.create(contact=cid, invoice_number=number, amount_minor=1000,
                       issued_on=TODAY - timedelta(days=issued),
                       paid_on=TODAY - timedelta(days=issued - 20))
    r = purchase_rhythm.rhythm(cid, NOW)
    assert (r.purchases, r.every_days, r.since_days, r.last_bought) == (
        3, 30, 100, (TODAY - timedelta(days=100)).isoformat())
    assert r.overdue
    # counted once paid: as of the day before INV-3 was, two purchases
    assert purchase_rhythm.rhythm(cid, NOW - timedelta(days=81)) is None
