"""Archiving deals: off the board and its totals, kept with their history, brought back."""

from __future__ import annotations

import pytest

from crm_desktop.db.models import ChangeLog, Deal, StageChange
from crm_desktop.services import customer_record, deal_archive, funnel
from crm_desktop.services.funnel import DealFilter
from tests.fixed_time import NOW
from tests.three_deals import interest, three_deals


@pytest.fixture
def deals(db) -> list[int]:
    return three_deals()


def test_an_archived_deal_leaves_the_board_and_its_totals(deals) -> None:
    assert deal_archive.set_archived([deals[1]], True, NOW) == [deals[1]]
    assert list(funnel.deal_ids_in_stage(interest())) == [deals[0], deals[2]]
    summary = funnel.stage_summaries()[interest()]
    assert (summary.count, summary.value_minor) == (2, {"USD": 40000})
    # looked at on their own, with the same filters
    archived = DealFilter(archived=True)
    assert list(funnel.deal_ids_in_stage(interest(), archived)) == [deals[1]]
    assert funnel.stage_summaries(archived)[interest()].value_minor == {"USD": 20000}
    assert not funnel.deal_ids_in_stage(interest(), DealFilter(archived=True, search="Deal 0"))
    # kept whole: its stage history, in the customer's record, and the change logged
    assert StageChange.select().where(StageChange.deal == deals[1]).count() == 1
    buyer = Deal.get_by_id(deals[1]).contact_id
    assert deals[1] in [d.id for d, _ in customer_record.deals_of(buyer)]
    logged = ChangeLog.get((ChangeLog.table_name == "deal") & (ChangeLog.row_id == deals[1]))
    assert (logged.field, logged.old_value, logged.new_value) == ("archived", "False", "True")


def test_only_the_deals_that_change_are_reported(deals) -> None:
    deal_archive.set_archived([deals[0]], True, NOW)
    assert deal_archive.set_archived(deals, True, NOW) == deals[1:]
    assert deal_archive.set_archived([deals[0]], True, NOW) == []
    assert deal_archive.is_archived(deals[0])


def test_a_deal_brought_back_returns_to_its_place_in_the_column(deals) -> None:
    deal_archive.set_archived([deals[0]], True, NOW)
    funnel.create_deal(Deal.get_by_id(deals[0]).contact_id, "Deal 3", stage_id=interest())
    funnel.move_deal(deals[2], interest(), 0, now=NOW)  # the column reordered meanwhile
    assert deal_archive.set_archived([deals[0]], False, NOW) == [deals[0]]
    titles = [Deal.get_by_id(i).title for i in funnel.deal_ids_in_stage(interest())]
    assert titles == ["Deal 2", "Deal 0", "Deal 1", "Deal 3"]
    assert not deal_archive.is_archived(deals[0])


def test_a_column_bigger_than_sqlite_s_bound_values_is_archived_at_once(deals) -> None:
    """35,000 deals (a big Won column) in one call: more ids than one statement takes."""
    import sqlite3

    from crm_desktop.db.models import database

    # SQLite's default limit, as Python's Windows and macOS builds have it (this machine's
    # build allows 250,000)
    database.connection().setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 32766)
    cid = Deal.get_by_id(deals[0]).contact_id
    now = NOW.isoformat(sep=" ")
    with database.atomic():
        database.execute_sql(
            "INSERT INTO deal (title, contact_id, stage_id, value_minor, currency, score, "
            "position, archived, stage_entered_at, created_at, updated_at) "
            "SELECT 'Bulk ' || i, ?, ?, 0, 'USD', 0, i, 0, ?, ?, ? FROM (WITH RECURSIVE "
            "n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 35000) SELECT i FROM n)",
            [cid, interest(), now, now, now])
    ids = list(funnel.deal_ids_in_stage(interest()))
    assert len(ids) == 35003
    assert len(deal_archive.set_archived(ids, True, NOW)) == 35003
    assert not funnel.deal_ids_in_stage(interest())
