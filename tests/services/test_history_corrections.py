"""A customer's history corrected: entries edited and deleted, put back by undo, each change
logged on the contact so that nothing is silently lost."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crm_desktop.db.models import ChangeLog, CompetitorOffer, Interaction, Payment, Reminder
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import asset_matrix, contacts, customer_record, reminders
from crm_desktop.services import history_corrections as hc

NOW = datetime(2026, 3, 16, 12, tzinfo=UTC)


def _logged(contact_id: int) -> list[tuple]:
    return [(h.action, h.field, hc.entry_summary(h.field, h.old_value),
             hc.entry_summary(h.field, h.new_value))
            for h in ChangeLog.select().where((ChangeLog.row_id == contact_id)
                                              & (ChangeLog.table_name == "contact")
                                              & ChangeLog.field.in_(list(hc.EDITABLE)))
            .order_by(ChangeLog.id)]


def test_a_payment_mistyped_is_corrected_and_the_correction_undone(db) -> None:
    cid = contacts.create_contact({"name": "Olga"}).id
    pid = customer_record.add_payment(cid, "1250", "EUR", issued_on=date(2026, 1, 5),
                                      due_on=date(2026, 2, 5), invoice_number="A-1")
    values = hc.payment_values("125", "eur", issued_on=date(2026, 1, 5),
                               due_on=date(2026, 2, 5), paid_on=date(2026, 2, 1),
                               invoice_number=" A-1 ", note="the right amount")
    before = hc.put(hc.PAYMENT, pid, values, NOW)
    p = Payment.get_by_id(pid)
    assert (p.amount_minor, p.currency, p.paid_on, p.invoice_number, p.note) == (
        12500, "EUR", date(2026, 2, 1), "A-1", "the right amount")
    assert _logged(cid) == [
        ("add", "payment", "", "A-1, 1250.00 EUR, due 2026-02-05, paid —"),  # when it came
        ("update", "payment", "A-1, 1250.00 EUR, due 2026-02-05, paid —",
         "A-1, 125.00 EUR, due 2026-02-05, paid 2026-02-01")]
    hc.put(hc.PAYMENT, pid, before, NOW)  # undo
    p = Payment.get_by_id(pid)
    assert (p.amount_minor, p.paid_on, p.note) == (125000, None, None)
    assert len(_logged(cid)) == 3
    hc.put(hc.PAYMENT, pid, before, NOW)  # nothing changes: nothing logged
    assert len(_logged(cid)) == 3


def test_a_payment_deleted_comes_back_as_it_was(db) -> None:
    cid = contacts.create_contact({"name": "Olga", "status": "customer"}).id
    pid = customer_record.add_payment(cid, "300", "USD", issued_on=date(2026, 1, 1),
                                      due_on=date(2026, 1, 31), paid_on=date(2026, 1, 20),
                                      invoice_number="B-7")
    revenue = asset_matrix.customer_figures(cid, NOW).revenue_lifetime
    row = hc.delete(hc.PAYMENT, pid, NOW)
    assert Payment.select().count() == 0
    assert asset_matrix.customer_figures(cid, NOW) is None or \
        asset_matrix.customer_figures(cid, NOW).revenue_lifetime == 0
    assert _logged(cid)[1:] == [("remove", "payment", "B-7, 300.00 USD, due 2026-01-31, "
                                                      "paid 2026-01-20", "")]
    hc.bring_back(hc.PAYMENT, row, NOW)
    p = Payment.get_by_id(pid)  # the same id
    assert (p.amount_minor, p.invoice_number, p.paid_on) == (30000, "B-7", date(2026, 1, 20))
    assert asset_matrix.customer_figures(cid, NOW).revenue_lifetime == revenue
    assert _logged(cid)[-1][0] == "restore"
    with pytest.raises(InputError, match="no longer there"):
        hc.put(hc.PAYMENT, pid + 1, {"amount_minor": 1}, NOW)


def test_an_invoice_paid_in_part_leaves_the_rest_owed_and_undo_makes_it_whole(db) -> None:
    from crm_desktop.services import funnel, receivables

    cid = contacts.create_contact({"name": "Olga"}).id
    deal = funnel.create_deal(cid, "Pilot", value="1000")
    pid = customer_record.add_payment(cid, "1000", "EUR", issued_on=date(2026, 1, 5),
                                      due_on=date(2026, 2, 5), invoice_number="A-1",
                                      deal_id=deal, note="pilot")
    before, part = hc.pay_part(pid, "400", date(2026, 2, 1), now=NOW)
    rows = [(p.id, p.amount_minor, p.paid_on, p.invoice_number, p.issued_on, p.due_on,
             p.deal_id, p.note) for p in Payment.select().order_by(Payment.id)]
    assert rows == [
        (pid, 60000, None, "A-1", date(2026, 1, 5), date(2026, 2, 5), deal, "pilot"),
        (part, 40000, date(2026, 2, 1), "A-1", date(2026, 1, 5), date(2026, 2, 5), deal,
         "pilot")]
    assert [u.amount_minor for u in receivables.unpaid_of(cid, date(2026, 3, 1))] == [60000]
    assert _logged(cid)[1:] == [
        ("update", "payment", "A-1, 1000.00 EUR, due 2026-02-05, paid —",
         "A-1, 600.00 EUR, due 2026-02-05, paid —"),
        ("add", "payment", "", "A-1, 400.00 EUR, due 2026-02-05, paid 2026-02-01")]
    with pytest.raises(InputError, match="more than what is left to pay, 600.00 EUR"):
        hc.pay_part(pid, "600.01", date(2026, 2, 2), now=NOW)
    for wrong in ("0", "-5", "lots"):
        with pytest.raises(InputError) as caught:
            hc.pay_part(pid, wrong, date(2026, 2, 2), now=NOW)
        assert caught.value.field == "amount"
    with pytest.raises(InputError, match="paid already"):
        hc.pay_part(part, "1", date(2026, 2, 2), now=NOW)
    # undo: the part removed, the invoice whole; redo puts the part back with its id
    hc.unpay_part(pid, before, part, NOW)
    assert [(p.amount_minor, p.paid_on) for p in Payment.select()] == [(100000, None)]
    assert hc.pay_part(pid, "400", date(2026, 2, 1), part_id=part, now=NOW)[1] == part
    # the rest, all of it: the invoice paid, no part of its own
    rest_before, none = hc.pay_part(pid, "600", date(2026, 3, 1), now=NOW)
    assert none is None and rest_before == {"paid_on": None}
    assert [(p.amount_minor, p.paid_on) for p in Payment.select().order_by(Payment.id)] == [
        (60000, date(2026, 3, 1)), (40000, date(2026, 2, 1))]
    assert receivables.unpaid_of(cid, date(2026, 3, 2)) == []


def test_a_complaint_deleted_takes_its_open_reminder_and_undo_brings_both(db) -> None:
    cid = contacts.create_contact({"name": "VIP", "is_vip": True}).id
    complaint = customer_record.add_interaction(cid, "complaint", NOW, subject="Late")
    reminder = Reminder.get(Reminder.interaction == complaint)
    done = reminders.create_reminder("Earlier, done", NOW, contact_id=cid)
    Reminder.update(interaction=complaint, done_at=NOW).where(Reminder.id == done).execute()
    from crm_desktop.db.models import Contact

    assert Contact.get_by_id(cid).last_contact_at == NOW
    row = hc.delete(hc.INTERACTION, complaint, NOW)
    assert customer_record.interactions_of(cid) == []
    assert Contact.get_by_id(cid).last_contact_at is None  # "no contact since" is right
    assert Reminder.get_by_id(reminder.id).deleted_at is not None
    assert Reminder.get_by_id(done).deleted_at is None  # done: not an open promise
    summary = _logged(cid)[-1][2]
    assert summary.endswith(", Complaint: Late")
    hc.bring_back(hc.INTERACTION, row, NOW)
    assert [i.id for i in customer_record.interactions_of(cid)] == [complaint]
    assert Contact.get_by_id(cid).last_contact_at == NOW
    assert Reminder.get_by_id(reminder.id).deleted_at is None


def test_an_interaction_and_an_offer_are_checked_before_they_are_written(db) -> None:
    cid = contacts.create_contact({"name": "Olga"}).id
    with pytest.raises(InvalidRecordError) as caught:
        hc.interaction_values("visit", NOW, satisfaction=9)
    assert {e.field for e in caught.value.errors} == {"kind", "satisfaction"}
    with pytest.raises(InvalidRecordError) as caught:
        hc.offer_values(" ", price="lots")
    assert caught.value.errors[0].field == "competitor"
    with pytest.raises(InvalidRecordError) as caught:
        hc.payment_values("-5", "USD")
    assert caught.value.errors[0].field == "amount"
    oid = customer_record.add_competitor_offer(cid, "Globex", price="900")
    hc.put(hc.OFFER, oid, hc.offer_values("Globex Ltd", price="850.5", currency="EUR",
                                          offered_on=date(2026, 3, 1)), NOW)
    o = CompetitorOffer.get_by_id(oid)
    assert (o.competitor, o.price_minor, o.currency, o.offered_on) == (
        "Globex Ltd", 85050, "EUR", date(2026, 3, 1))
    iid = customer_record.add_interaction(cid, "call", NOW, subject="Price")
    hc.put(hc.INTERACTION, iid, hc.interaction_values(
        "meeting", datetime(2026, 3, 15, 9, tzinfo=UTC), direction="inbound",
        subject="Price talk", satisfaction=4), NOW)
    i = Interaction.get_by_id(iid)
    assert (i.kind, i.occurred_at, i.direction, i.subject, i.satisfaction) == (
        "meeting", datetime(2026, 3, 15, 9, tzinfo=UTC), "inbound", "Price talk", 4)
    assert [(action, field) for action, field, _, _ in _logged(cid)] == [
        ("add", "competitor_offer"), ("update", "competitor_offer"), ("add", "interaction"),
        ("update", "interaction")]
