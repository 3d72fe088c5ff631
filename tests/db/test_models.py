"""Storage rules: UTC times, exact money, last contact kept by a trigger."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone

from crm_desktop.db.models import Contact, Deal, Interaction, Payment, Stage
from crm_desktop.services import contacts
from crm_desktop.services.money import format_money, to_minor


def test_times_are_stored_in_utc_and_read_back_aware(db) -> None:
    tehran = timezone(timedelta(hours=3, minutes=30))
    cid = contacts.create_contact({"name": "Reza"}).id
    Interaction.create(contact=cid, kind="call",
                       occurred_at=datetime(2026, 3, 1, 9, 30, tzinfo=tehran))
    raw = db.execute_sql("SELECT occurred_at FROM interaction").fetchone()[0]
    assert raw == "2026-03-01 06:00:00"
    read = Interaction.get().occurred_at
    assert read == datetime(2026, 3, 1, 6, 0, tzinfo=UTC)
    assert read.tzinfo is not None


def test_money_is_exact_integer_minor_units(db) -> None:
    cid = contacts.create_contact({"name": "Payer"}).id
    for _ in range(10):
        Payment.create(contact=cid, amount_minor=to_minor("0.10", "USD"), currency="USD")
    total = db.execute_sql("SELECT sum(amount_minor) FROM payment").fetchone()[0]
    assert total == 100
    assert format_money(total, "USD") == "1.00 USD"
    assert format_money(1234567, "IRR") == "1,234,567 IRR"


def test_last_contact_follows_interactions_but_not_internal_notes(db) -> None:
    cid = contacts.create_contact({"name": "Olga"}).id
    t1 = datetime(2026, 1, 5, 10, tzinfo=UTC)
    t2 = datetime(2026, 2, 7, 10, tzinfo=UTC)
    Interaction.create(contact=cid, kind="call", occurred_at=t1)
    Interaction.create(contact=cid, kind="note", occurred_at=t2)
    assert Contact.get_by_id(cid).last_contact_at == t1
    meeting = Interaction.create(contact=cid, kind="meeting", occurred_at=t2)
    assert Contact.get_by_id(cid).last_contact_at == t2
    meeting.delete_instance()
    assert Contact.get_by_id(cid).last_contact_at == t1


def test_deleting_a_stage_with_deals_is_refused_by_foreign_keys(db) -> None:
    import peewee
    import pytest

    cid = contacts.create_contact({"name": "Buyer"}).id
    stage = Stage.get(Stage.key == "interest")
    Deal.create(title="Order", contact=cid, stage=stage)
    with pytest.raises(peewee.IntegrityError):
        stage.delete_instance()
