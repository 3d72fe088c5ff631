"""Lead scoring rules and funnel metrics on constructed histories: exact numbers."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from crm_desktop.db.models import Deal, LossReason, Stage
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import contacts, funnel, scoring
from crm_desktop.services.customer_record import add_interaction
from crm_desktop.services.funnel_metrics import funnel_metrics
from crm_desktop.services.scoring import Rule
from tests.fixed_time import NOW


def _stage(key: str) -> int:
    return Stage.get(Stage.key == key).id


def test_rules_score_and_explain_each_deal(db) -> None:
    warm = contacts.save_contact(None, {"name": "Warm", "industry": "Retail", "is_vip": True,
                                        "lead_source": "Referral"},
                                 emails=["w@x.example"]).contact_id
    cold = contacts.create_contact({"name": "Cold", "industry": "Mining"}).id
    big = funnel.create_deal(warm, "Big", value="20000", now=NOW)
    small = funnel.create_deal(cold, "Small", value="500", source="Cold call", now=NOW)
    add_interaction(warm, "call", NOW - timedelta(days=2))
    add_interaction(warm, "meeting", NOW - timedelta(days=40))  # too old to count
    scoring.save_rules([
        Rule("source", "eq", "referral", 20),
        Rule("value", "gt", "10000", 15),
        Rule("interactions_30d", "gt", "0", 10),
        Rule("has_email", "present", None, 5),
        Rule("vip", "present", None, 25),
        Rule("industry", "eq", "Mining", -10),
    ])
    assert scoring.recompute(NOW) == 2
    assert (Deal.get_by_id(big).score, Deal.get_by_id(small).score) == (75, -10)
    assert [(rule.describe(), points) for rule, points in scoring.explain(big, NOW)] == [
        ("Lead source is referral", 20), ("Deal value > 10000", 15),
        ("Interactions in the last 30 days > 0", 10), ("Has an e-mail yes", 5),
        ("VIP yes", 25)]
    assert scoring.recompute(NOW) == 0  # nothing changed
    scoring.save_rules([Rule("industry", "eq", "Mining", 50)])
    scoring.recompute(NOW)
    order = [Deal.get_by_id(i).title for i in sorted(
        (big, small), key=lambda i: -Deal.get_by_id(i).score)]
    assert order == ["Small", "Big"]  # the rules changed the order


def test_bad_rules_are_refused_by_row(db) -> None:
    with pytest.raises(InvalidRecordError) as info:
        scoring.save_rules([Rule("value", "gt", "lots", 5), Rule("shoe", "eq", "x", 1)])
    assert [(e.row, e.field) for e in info.value.errors] == [(1, "value"), (2, "field")]


def test_metrics_on_a_constructed_history(db) -> None:
    cid = contacts.create_contact({"name": "C"}).id
    t0 = NOW - timedelta(days=60)

    def deal(title: str, path: list[tuple[str, int]], value: str = "1000", **kw) -> int:
        """path: (stage key, days after t0) — the first one is the creation."""
        deal_id = funnel.create_deal(cid, title, value=value, stage_id=_stage(path[0][0]),
                                     now=t0 + timedelta(days=path[0][1]), **kw)
        for key, day in path[1:]:
            reason = LossReason.get(LossReason.key == "price").id if key == "lost" else None
            funnel.move_deal(deal_id, _stage(key), lost_reason_id=reason,
                             now=t0 + timedelta(days=day))
        return deal_id

    deal("A", [("awareness", 0), ("interest", 4), ("decision", 10), ("action", 12),
               ("won", 20)])
    deal("B", [("awareness", 0), ("interest", 6), ("lost", 16)])
    deal("C", [("awareness", 1), ("decision", 5)], value="2000",
         expected_close_on=date(2026, 4, 10))  # skipped interest: it counts as reached
    deal("D", [("awareness", 2)], value="400", expected_close_on=date(2026, 5, 1))
    m = funnel_metrics(t0 - timedelta(days=1), NOW)
    assert (m.created, m.won, m.lost) == (4, 1, 1)
    assert m.win_rate == 0.5
    assert m.avg_sales_cycle_days == 20
    assert m.conversion == [("Awareness", "Interest", 0.75),
                            ("Interest", "Decision", 2 / 3),
                            ("Decision", "Action", 0.5),
                            ("Action", "Won", 1.0)]
    # awareness stays: A 4, B 6, C 4 days; interest: A 6, B 10; decision: A 2; action: A 8
    assert m.avg_days_in_stage == {"Awareness": 14 / 3, "Interest": 8.0, "Decision": 2.0,
                                   "Action": 8.0}
    assert m.loss_reasons == {"Price": 1}
    # C: 2000.00 x 50% in April; D: 400.00 x 10% in May
    assert m.forecast == {"2026-04": {"USD": 100000}, "2026-05": {"USD": 4000}}
