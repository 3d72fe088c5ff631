"""The asset matrix on a constructed dataset: each customer in the expected cell."""

from __future__ import annotations

from datetime import date, timedelta

from crm_desktop.db.models import Contact, Interaction, Payment
from crm_desktop.services import asset_matrix, contacts
from crm_desktop.services.asset_matrix import Thresholds
from tests.fixed_time import NOW

TODAY = NOW.date()


def _new(name: str) -> int:
    """A customer whose record exists since well before the dates the tests look at."""
    cid = contacts.create_contact({"name": name, "status": "customer"}).id
    Contact.update(created_at=NOW - timedelta(days=5 * 365)).where(Contact.id == cid).execute()
    return cid


def _customer(name: str, revenue: int, *, on_time: bool = True, satisfaction: int | None,
              contact_days_ago: int | None, calls: int = 0, complaint: bool = False,
              years: float = 2.0) -> int:
    cid = _new(name)
    start = TODAY - timedelta(days=int(years * 365))
    Payment.create(contact=cid, amount_minor=100, currency="USD", issued_on=start,
                   due_on=start, paid_on=start)  # the first purchase: tenure
    if revenue:
        paid = TODAY - timedelta(days=60)
        due = paid if on_time else paid - timedelta(days=20)
        Payment.create(contact=cid, amount_minor=revenue * 100, currency="USD",
                       issued_on=due - timedelta(days=30), due_on=due, paid_on=paid)
    if satisfaction is not None:
        Interaction.create(contact=cid, kind="feedback", satisfaction=satisfaction,
                           occurred_at=NOW - timedelta(days=200))
    for i in range(calls):
        Interaction.create(contact=cid, kind="call",
                           occurred_at=NOW - timedelta(days=contact_days_ago + i))
    if complaint:
        # still open, and the last word they had with us, months ago
        Interaction.create(contact=cid, kind="complaint", occurred_at=NOW - timedelta(days=150))
    return cid


def _place(db):
    ids = {
        "star": _customer("Star", 50000, satisfaction=5, contact_days_ago=5, calls=12),
        "drifting": _customer("Drifting", 40000, satisfaction=2, contact_days_ago=None,
                              complaint=True),
        "loyal small": _customer("Loyal small", 500, satisfaction=5, contact_days_ago=10,
                                 calls=10),
        "quiet small": _customer("Quiet small", 300, satisfaction=None, contact_days_ago=None,
                                 years=0.5),
        "middle": _customer("Middle", 8000, satisfaction=4, contact_days_ago=60, calls=4),
    }
    prospect = _new("Prospect")
    return ids, prospect


def test_each_customer_lands_in_the_expected_cell_with_its_objective(db) -> None:
    ids, prospect = _place(db)
    m = asset_matrix.compute(asset_matrix.end_of_day(TODAY))
    placed = {c.name: (c.value_tier, c.relationship_tier, c.objective) for c in m.customers}
    assert placed["Star"] == ("high", "high", "retain")
    assert placed["Drifting"] == ("high", "low", "win back")
    assert placed["Loyal small"] == ("low", "high", "develop")
    assert placed["Quiet small"] == ("low", "low", "efficiency")
    assert placed["Middle"] == ("medium", "medium", "develop")
    assert placed["Prospect"][2] == "acquisition"
    assert m.cell_figures("high", "high") == (1, 50000.0, 5.0)
    explained = m.by_id()[ids["drifting"]].explain()
    assert explained["open complaints"] == 1
    assert explained["lifetime revenue"] == 40001.0
    assert prospect in m.by_id()


def test_late_payment_lowers_the_value(db) -> None:
    on_time = _customer("On time", 10000, satisfaction=4, contact_days_ago=3, calls=1)
    late = _customer("Late", 10000, on_time=False, satisfaction=4, contact_days_ago=3, calls=1)
    m = asset_matrix.compute(asset_matrix.end_of_day(TODAY)).by_id()
    assert m[on_time].reliability == 1.0
    assert m[late].reliability == 0.5  # the first purchase was on time, this one late
    assert m[late].value < m[on_time].value


def test_thresholds_change_the_placement(db) -> None:
    _place(db)
    strict = Thresholds(value_low_max=60000, value_high_min=90000, relationship_low_max=10,
                        relationship_high_min=95)
    m = asset_matrix.compute(asset_matrix.end_of_day(TODAY), strict)
    assert {c.value_tier for c in m.customers if c.revenue_lifetime > 0} == {"low"}


def test_as_of_an_earlier_date_and_the_moves_since(db) -> None:
    _place(db)
    now = asset_matrix.compute(asset_matrix.end_of_day(TODAY))
    before = asset_matrix.compute(asset_matrix.end_of_day(TODAY - timedelta(days=90)),
                                  now.thresholds)
    past = {c.name: c for c in before.customers}
    assert past["Star"].revenue_12m == 0  # its big payment came 60 days ago
    assert past["Star"].value_tier == "low"
    moves = asset_matrix.movements(before, now)
    assert moves[(past["Star"].cell, ("high", "high"))] == 1
    assert date.fromisoformat("2026-01-01") < TODAY


def test_a_prospect_s_open_deals_leave_out_those_archived(db) -> None:
    from crm_desktop.services import deal_archive, funnel

    prospect = _new("Prospect")
    live = funnel.create_deal(prospect, "Spring order", value="500")
    hopeless = funnel.create_deal(prospect, "Old enquiry", value="100")
    deal_archive.set_archived([hopeless], True)
    m = asset_matrix.compute(asset_matrix.end_of_day(TODAY)).by_id()
    assert m[prospect].open_deals == 1
    deal_archive.set_archived([live], True)
    assert asset_matrix.compute(asset_matrix.end_of_day(TODAY)).by_id()[prospect].open_deals == 0


def test_one_contact_s_figures_are_the_matrix_s_and_revenue_per_interaction(db) -> None:
    ids, prospect = _place(db)
    as_of = asset_matrix.end_of_day(TODAY)
    placed = asset_matrix.compute(as_of).by_id()
    star = asset_matrix.customer_figures(ids["star"], as_of)
    assert star.explain() == placed[ids["star"]].explain()  # the same inputs, the same scores
    assert star.value_tier == ""  # a tier needs every customer: not given for one
    # 12 calls and a feedback in the last year; 50,000 of revenue in it
    assert star.interactions_12m == 13
    assert star.revenue_per_interaction == 50000 / 13
    lead = contacts.create_contact({"name": "Just a lead"}).id
    Contact.update(created_at=NOW - timedelta(days=30)).where(Contact.id == lead).execute()
    figures = asset_matrix.customer_figures(lead, as_of)
    assert (figures.revenue_lifetime, figures.interactions_12m) == (0, 0)
    assert figures.revenue_per_interaction is None
    assert asset_matrix.customer_figures(10**9, as_of) is None


def test_how_long_a_customer_is_said_in_the_unit_that_says_it() -> None:
    from crm_desktop.services.asset_matrix import tenure_message

    assert tenure_message(14 / 365.25, "en") == "less than a month"
    assert tenure_message(0.6, "en") == "7 months"
    assert tenure_message(2.54, "en") == "2.5 years"
    assert tenure_message(2.54, "ru") == "2,5 years"  # (the template is translated later)
    assert [tenure_message(y, "en") for y in (1 / 12, 1.02, 3.01, 12.96)] == [
        "1 month", "1 year", "3 years", "13 years"]


def test_a_customer_since_their_first_purchase_invoiced_paid_or_not(db) -> None:
    """An invoice of 230 days ago still unpaid, another paid a fortnight ago: a customer
    for 230 days, not for two weeks (the first payment)."""
    from crm_desktop.services.asset_matrix import customer_figures

    cid = _new("Daniel Jones")
    Payment.create(contact=cid, amount_minor=115_500, currency="USD",
                   issued_on=TODAY - timedelta(days=230), due_on=TODAY - timedelta(days=200))
    Payment.create(contact=cid, amount_minor=40_800, currency="USD",
                   issued_on=TODAY - timedelta(days=20), due_on=TODAY - timedelta(days=14),
                   paid_on=TODAY - timedelta(days=14))
    figures = customer_figures(cid, NOW)
    assert round(figures.tenure_years * 365.25) == 230
