"""Three deals of one customer in the Interest stage, worth 100, 200 and 300 USD: what the
tests of deals taken off the board (archived, deleted) start from."""

from __future__ import annotations

from datetime import timedelta

from crm_desktop.db.models import Stage
from crm_desktop.services import contacts, funnel
from tests.fixed_time import NOW


def interest() -> int:
    return Stage.get(Stage.key == "interest").id


def three_deals() -> list[int]:
    cid = contacts.create_contact({"name": "Buyer"}).id
    return [funnel.create_deal(cid, f"Deal {i}", value=str(100 * (i + 1)),
                               stage_id=interest(), now=NOW - timedelta(days=10))
            for i in range(3)]
