"""Deleting deals entered by mistake: gone from the board, the totals, the customer's record
and the metrics, with their open reminders; the interactions and payments stay; undone
exactly."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.db.models import ChangeLog, Deal, Interaction, Payment, Reminder
from crm_desktop.services import (
    customer_record,
    deal_deletion,
    funnel,
    funnel_metrics,
    reminders,
)
from tests.fixed_time import NOW
from tests.three_deals import interest, three_deals


@pytest.fixture
def deals(db) -> list[int]:
    return three_deals()


def _open_reminders() -> list[str]:
    return sorted(r.title for r in reminders.open_reminders())


def test_a_deleted_deal_leaves_everything_that_counts_deals(deals) -> None:
    buyer = Deal.get_by_id(deals[1]).contact_id
    created = funnel_metrics.funnel_metrics(NOW - timedelta(days=30), NOW).created
    assert deal_deletion.delete([deals[1]], NOW) == [deals[1]]
    assert list(funnel.deal_ids_in_stage(interest())) == [deals[0], deals[2]]
    summary = funnel.stage_summaries()[interest()]
    assert (summary.count, summary.value_minor) == (2, {"USD": 40000})
    assert deals[1] not in [d.id for d, _ in customer_record.deals_of(buyer)]
    assert funnel_metrics.funnel_metrics(NOW - timedelta(days=30), NOW).created == created - 1
    assert deal_deletion.is_deleted(deals[1]) and not deal_deletion.is_deleted(deals[0])
    logged = ChangeLog.get((ChangeLog.table_name == "deal") & (ChangeLog.row_id == deals[1]))
    assert (logged.field, logged.old_value) == ("deleted_at", None)
    assert logged.new_value.startswith(NOW.strftime("%Y-%m-%d"))


def test_its_open_reminders_go_with_it_and_its_history_stays(deals) -> None:
    buyer = Deal.get_by_id(deals[1]).contact_id
    due = NOW + timedelta(days=1)
    reminders.create_reminder("Send the offer", due, contact_id=buyer, deal_id=deals[1])
    done = reminders.create_reminder("Called", due, contact_id=buyer, deal_id=deals[1])
    reminders.complete(done, NOW)
    reminders.create_reminder("Other deal's", due, contact_id=buyer, deal_id=deals[0])
    call = customer_record.add_interaction(buyer, "call", NOW, deal_id=deals[1])
    paid = customer_record.add_payment(buyer, "100", "USD", due_on=date(2026, 1, 1),
                                       deal_id=deals[1])
    deal_deletion.delete([deals[1]], NOW)
    assert _open_reminders() == ["Other deal's"]
    assert Reminder.get_by_id(done).deleted_at is None  # done: part of the history
    assert Interaction.get_by_id(call).deal_id == deals[1]
    assert Payment.get_by_id(paid).deal_id == deals[1]  # money received is still revenue


def test_restore_brings_back_exactly_what_went(deals) -> None:
    buyer = Deal.get_by_id(deals[1]).contact_id
    due = NOW + timedelta(days=1)
    reminders.create_reminder("Send the offer", due, contact_id=buyer, deal_id=deals[1])
    earlier = reminders.create_reminder("Dropped before", due, contact_id=buyer,
                                        deal_id=deals[1])
    reminders.trash(earlier, NOW - timedelta(hours=1))
    deal_deletion.delete([deals[1]], NOW)
    assert deal_deletion.restore([deals[1], deals[0]], NOW + timedelta(minutes=1)) == [deals[1]]
    assert list(funnel.deal_ids_in_stage(interest())) == deals  # in its place
    assert _open_reminders() == ["Send the offer"]  # not the one the owner had deleted
    rows = [(c.field, c.old_value, c.new_value) for c in
            ChangeLog.select().where((ChangeLog.table_name == "deal")
                                     & (ChangeLog.row_id == deals[1])).order_by(ChangeLog.id)]
    assert rows[-1][0] == "deleted_at" and rows[-1][1] == rows[-2][2] and rows[-1][2] is None


def test_only_the_deals_not_yet_deleted_are_reported(deals) -> None:
    deal_deletion.delete([deals[0]], NOW)
    assert deal_deletion.delete(deals, NOW) == deals[1:]
    assert deal_deletion.delete([deals[0]], NOW) == []
    assert deal_deletion.restore([deals[2]], NOW) == [deals[2]]
    assert deal_deletion.restore([deals[2]], NOW) == []
