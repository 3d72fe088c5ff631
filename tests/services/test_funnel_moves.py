"""Moving deals between stages: saved at once with history, won/lost rules, exact undo."""

from __future__ import annotations

from datetime import timedelta

import pytest

from crm_desktop.db.models import Contact, Deal, LossReason, Stage, StageChange
from crm_desktop.errors import InputError
from crm_desktop.services import contacts, funnel
from tests.fixed_time import NOW


def _stage(key: str) -> int:
    return Stage.get(Stage.key == key).id


@pytest.fixture
def deals(db) -> list[int]:
    cid = contacts.create_contact({"name": "Buyer"}).id
    return [funnel.create_deal(cid, f"Deal {i}", value="100", stage_id=_stage("interest"),
                               now=NOW - timedelta(days=10)) for i in range(3)]


def test_a_move_is_saved_with_its_stage_change(deals) -> None:
    record = funnel.move_deal(deals[0], _stage("decision"), now=NOW)
    deal = Deal.get_by_id(deals[0])
    assert (deal.stage.key, deal.stage_entered_at) == ("decision", NOW)
    change = StageChange.get_by_id(record.stage_change_id)
    assert (change.from_stage.key, change.to_stage.key, change.changed_at) == (
        "interest", "decision", NOW)
    assert list(funnel.deal_ids_in_stage(_stage("interest"))) == deals[1:]


def test_reordering_within_a_column_keeps_the_stage(deals) -> None:
    record = funnel.move_deal(deals[2], _stage("interest"), 0, now=NOW)
    assert list(funnel.deal_ids_in_stage(_stage("interest"))) == [deals[2], deals[0], deals[1]]
    assert record.stage_change_id is None
    assert StageChange.select().count() == 3  # only the three creations


def test_lost_needs_a_reason_and_keeps_it(deals) -> None:
    with pytest.raises(InputError, match="why the deal was lost"):
        funnel.move_deal(deals[0], _stage("lost"))
    assert Deal.get_by_id(deals[0]).stage.key == "interest"
    price = LossReason.get(LossReason.key == "price").id
    funnel.move_deal(deals[0], _stage("lost"), lost_reason_id=price, lost_note="too dear",
                     now=NOW)
    deal = Deal.get_by_id(deals[0])
    assert (deal.lost_reason_id, deal.lost_note, deal.closed_at) == (price, "too dear", NOW)


def test_won_closes_and_makes_a_customer_and_reopening_clears(deals) -> None:
    funnel.move_deal(deals[0], _stage("won"), now=NOW)
    deal = Deal.get_by_id(deals[0])
    assert deal.closed_at == NOW
    assert Contact.get_by_id(deal.contact_id).status == "customer"
    # the contact's new status is in its history like any other change
    assert [(h.field, h.old_value, h.new_value, h.source)
            for h in contacts.change_history(deal.contact_id)][0] == (
        "status", "lead", "customer", "funnel")
    funnel.move_deal(deals[0], _stage("action"), now=NOW + timedelta(days=1))
    deal = Deal.get_by_id(deals[0])
    assert (deal.closed_at, deal.lost_reason_id) == (None, None)


def test_undo_puts_everything_back(deals) -> None:
    before = [(d.id, d.stage_id, d.position, d.stage_entered_at, d.closed_at)
              for d in Deal.select().order_by(Deal.id)]
    record = funnel.move_deal(deals[1], _stage("won"), 0, now=NOW)
    funnel.undo_move(record)
    after = [(d.id, d.stage_id, d.position, d.stage_entered_at, d.closed_at)
             for d in Deal.select().order_by(Deal.id)]
    assert after == before
    assert Contact.get().status == "lead"
    assert StageChange.select().count() == 3


def test_cards_know_stale_and_overdue(db) -> None:
    cid = contacts.create_contact({"name": "Slow"}).id
    from datetime import date

    deal = funnel.create_deal(cid, "Old", stage_id=_stage("action"),
                              expected_close_on=date(2026, 3, 1), now=NOW - timedelta(days=9))
    card = funnel.deal_cards([deal])[deal]
    assert card.days_in_stage(NOW) == 9
    assert card.is_stale(NOW)  # action allows 7 days
    assert not card.is_stale(NOW - timedelta(days=3))
    assert card.is_overdue(NOW.date())
    from crm_desktop.services.customer_record import add_interaction

    add_interaction(cid, "call", NOW - timedelta(days=1), deal_id=deal)
    assert not funnel.deal_cards([deal])[deal].is_stale(NOW)


def test_editing_a_deal_logs_each_changed_field(deals) -> None:
    from crm_desktop.db.models import ChangeLog

    deal = Deal.get_by_id(deals[0])
    args = {"title": deal.title, "value": "1500.50", "currency": deal.currency,
            "probability": None, "expected_close_on": None, "source": None}
    funnel.update_deal(deals[0], **args, now=NOW)
    funnel.update_deal(deals[0], **args, now=NOW)  # the same again: nothing to log
    logged = [(c.table_name, c.row_id, c.field, c.new_value) for c in ChangeLog.select()
              .where(ChangeLog.table_name == "deal")]
    assert logged == [("deal", deals[0], "value_minor", "150050")]
    assert Deal.get_by_id(deals[0]).value_minor == 150050
