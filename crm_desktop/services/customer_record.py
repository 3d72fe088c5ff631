"""The history around one customer: interactions, payments, competitor offers, deals.

Adding, listing and settling them; the detail panel and the profile report read these.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crm_desktop.db.models import (
    DIRECTIONS,
    INTERACTION_KINDS,
    CompetitorOffer,
    Contact,
    Deal,
    Interaction,
    Payment,
    Reminder,
    Stage,
    database,
    utc_now,
)
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError
from crm_desktop.progress import Progress
from crm_desktop.services import change_log
from crm_desktop.services.money import to_minor
from crm_desktop.translatable import listing, msg

# the columns of each kind of history entry that the owner gives (and may correct): what
# the contact's change log keeps of one
ENTRY_COLUMNS = {
    "interaction": ("kind", "direction", "occurred_at", "subject", "body", "outcome",
                    "satisfaction"),
    "payment": ("invoice_number", "amount_minor", "currency", "issued_on", "due_on",
                "paid_on", "note"),
    "competitor_offer": ("competitor", "description", "price_minor", "currency",
                         "offered_on"),
}


def _log_added(kind: str, contact_id: int, entry_id: int) -> None:
    """The entry as stored, logged on the contact as added."""
    columns = ENTRY_COLUMNS[kind]
    row = database.execute_sql(f"SELECT {', '.join(columns)} FROM {kind} WHERE id = ?",
                               [entry_id]).fetchone()
    change_log.record_entry(contact_id, "add", kind, entry_id, None,
                            dict(zip(columns, row, strict=True)))


def add_interaction(contact_id: int, kind: str, occurred_at: datetime, *,
                    direction: str | None = None, subject: str | None = None,
                    body: str | None = None, outcome: str | None = None,
                    satisfaction: int | None = None, deal_id: int | None = None,
                    reminder_title: str | None = None,
                    follow_up: tuple[str, datetime] | None = None) -> int:
    """Log an interaction. A complaint from a customer with a service level also makes
    the reminder to answer it in time, titled `reminder_title` (the window passes it in
    the owner's language; English otherwise). `follow_up` (title, when): the reminder to
    get back to them, made with the interaction or not at all."""
    check_interaction(kind, occurred_at, direction=direction, satisfaction=satisfaction)
    check_follow_up(occurred_at, follow_up)
    from crm_desktop.services.reminders import create_reminder, create_service_level_reminder

    with database.atomic():
        interaction_id = Interaction.create(
            contact=contact_id, deal=deal_id, kind=kind, direction=direction,
            occurred_at=occurred_at, subject=subject or None, body=body or None,
            outcome=outcome or None, satisfaction=satisfaction).id
        _log_added("interaction", contact_id, interaction_id)
        if kind == "complaint":
            # the promise of the customer's service level becomes a reminder
            create_service_level_reminder(contact_id, interaction_id, occurred_at, subject,
                                          reminder_title)
        if follow_up is not None:
            create_reminder(follow_up[0], follow_up[1], contact_id=contact_id, deal_id=deal_id,
                            interaction_id=interaction_id)
    return interaction_id


def add_interactions(contact_ids: Sequence[int], kind: str, occurred_at: datetime, *,
                     follow_up: tuple[str, datetime] | None = None,
                     progress: Progress | None = None, **fields: Any) -> list[int]:
    """The same interaction logged with each contact (a price list e-mailed to a whole
    segment), each with its follow-up if asked for: all or none, in one transaction; the
    ids made, for an undo (history_corrections.delete). `progress` returning False
    cancels, leaving nothing."""
    check_interaction(kind, occurred_at, direction=fields.get("direction"),
                      satisfaction=fields.get("satisfaction"))
    check_follow_up(occurred_at, follow_up)
    if follow_up is not None:
        from crm_desktop.services.reminders import check_reminder

        check_reminder(*follow_up)
    with database.atomic():
        if kind == "complaint":  # (each may make its service level's reminder)
            made = []
            for done, contact_id in enumerate(contact_ids, start=1):
                made.append(add_interaction(contact_id, kind, occurred_at,
                                            follow_up=follow_up, **fields))
                _going_on(progress, done, len(contact_ids))
            return made
        fields.pop("reminder_title", None)  # (a complaint's only)
        return _add_the_same(contact_ids, kind, occurred_at, follow_up, progress, **fields)


def _going_on(progress: Progress | None, done: int, total: int) -> None:
    if progress is not None and done % 200 == 0 and progress(done, total) is False:
        raise CancelledError(msg("cancelled: no interaction was logged"))


def _add_the_same(contact_ids: Sequence[int], kind: str, occurred_at: datetime,
                  follow_up: tuple[str, datetime] | None, progress: Progress | None, *,
                  direction: str | None = None, subject: str | None = None,
                  body: str | None = None, outcome: str | None = None,
                  satisfaction: int | None = None, deal_id: int | None = None) -> list[int]:
    """add_interaction for many contacts in plain SQL, each row's history and follow-up
    written together (what add_interaction makes, 0.5 ms a contact through the ORM)."""
    now = utc_now()
    row = [deal_id, kind, direction, Interaction.occurred_at.db_value(occurred_at),
           subject or None, body or None, outcome or None, satisfaction,
           Interaction.created_at.db_value(now)]
    conn = database.connection()
    insert = ("INSERT INTO interaction (contact_id, deal_id, kind, direction, occurred_at, "
              "subject, body, outcome, satisfaction, created_at) VALUES "
              "(?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")
    made = []
    for done, contact_id in enumerate(contact_ids, start=1):
        made.append(conn.execute(insert, [contact_id, *row]).lastrowid)
        _going_on(progress, done, len(contact_ids))
    if not made:
        return made
    # logged as add_interaction logs one: the entry as stored, the same for all but its id
    columns = ENTRY_COLUMNS["interaction"]
    stored = dict(zip(columns, database.execute_sql(
        f"SELECT {', '.join(columns)} FROM interaction WHERE id = ?", [made[0]]).fetchone(),
        strict=True))
    change_log.record_entries("add", "interaction",
                              [(cid, iid, None, stored) for cid, iid in zip(
                                  contact_ids, made, strict=True)], now)
    if follow_up is not None:
        title, due_at = follow_up
        conn.executemany(
            "INSERT INTO reminder (title, contact_id, deal_id, interaction_id, kind, due_at, "
            "created_at) VALUES (?, ?, ?, ?, 'manual', ?, ?)",
            [(title.strip(), cid, deal_id, iid, Reminder.due_at.db_value(due_at),
              Reminder.created_at.db_value(now))
             for cid, iid in zip(contact_ids, made, strict=True)])
    return made


def check_follow_up(occurred_at: datetime, follow_up: tuple[str, datetime] | None) -> None:
    """A follow-up comes after the interaction it follows up."""
    if follow_up is not None and follow_up[1] <= occurred_at:
        raise InvalidRecordError([InputError(msg("comes before the interaction itself"),
                                             field="follow_up")])


def check_interaction(kind: str, occurred_at: datetime, *, direction: str | None = None,
                      satisfaction: int | None = None) -> None:
    """InvalidRecordError naming each wrong field of an interaction."""
    errors = []
    if kind not in INTERACTION_KINDS:
        errors.append(InputError(msg("must be one of {0}", listing(INTERACTION_KINDS)),
                                 field="kind"))
    if direction is not None and direction not in DIRECTIONS:
        errors.append(InputError(msg("must be inbound or outbound"), field="direction"))
    if satisfaction is not None and not 1 <= satisfaction <= 5:
        errors.append(InputError(msg("must be from 1 to 5"), field="satisfaction"))
    if occurred_at.tzinfo is None:
        errors.append(InputError(msg("needs a time zone"), field="occurred_at"))
    if errors:
        raise InvalidRecordError(errors)


def interactions_of(contact_id: int) -> list[Interaction]:
    """The timeline, newest first."""
    return list(Interaction.select().where((Interaction.contact == contact_id)
                                           & Interaction.deleted_at.is_null())
                .order_by(Interaction.occurred_at.desc(), Interaction.id.desc()))


@dataclass(frozen=True)
class PaymentLine:
    id: int
    invoice_number: str | None
    amount_minor: int
    currency: str
    issued_on: date | None
    due_on: date | None
    paid_on: date | None

    def on_time(self, today: date) -> bool | None:
        """True/False once settled or overdue; None while not due yet (or no due date)."""
        if self.due_on is None:
            return None
        if self.paid_on is not None:
            return self.paid_on <= self.due_on
        return None if today <= self.due_on else False


def check_payment(amount: str, currency: str, *, due_on: date | None = None,
                  issued_on: date | None = None) -> tuple[int, str]:
    """A payment's amount in minor units and its currency, checked (InvalidRecordError
    naming each wrong field)."""
    currency = currency.strip().upper()
    errors = []
    amount_minor = 0
    if len(currency) != 3 or not currency.isalpha():
        errors.append(InputError(msg("must be a 3-letter code such as USD"), field="currency"))
    try:
        amount_minor = to_minor(amount, currency or "USD")
    except (ValueError, ArithmeticError):
        errors.append(InputError(msg("'{0}' is not an amount", amount), field="amount"))
    else:
        if amount_minor <= 0 or amount_minor > 10**15:
            errors.append(InputError(msg("must be above zero and below 10^13"), field="amount"))
    if issued_on and due_on and due_on < issued_on:
        errors.append(InputError(msg("cannot be before the invoice date"), field="due_on"))
    if errors:
        raise InvalidRecordError(errors)
    return amount_minor, currency


def add_payment(contact_id: int, amount: str, currency: str, *, due_on: date | None = None,
                issued_on: date | None = None, paid_on: date | None = None,
                invoice_number: str | None = None, deal_id: int | None = None,
                note: str | None = None) -> int:
    amount_minor, currency = check_payment(amount, currency, due_on=due_on,
                                           issued_on=issued_on)
    payment_id = Payment.create(
        contact=contact_id, deal=deal_id, amount_minor=amount_minor, currency=currency,
        issued_on=issued_on, due_on=due_on, paid_on=paid_on,
        invoice_number=(invoice_number or "").strip() or None, note=note or None).id
    _log_added("payment", contact_id, payment_id)
    return payment_id


def payments_of(contact_id: int, deal_id: int | None = None) -> list[PaymentLine]:
    """The customer's invoices and payments (those of one deal, if given), the latest due
    first; of an invoice paid in part, what is still open first."""
    where = Payment.contact == contact_id
    if deal_id is not None:
        where &= Payment.deal == deal_id
    rows = (Payment.select().where(where)
            .order_by(Payment.due_on.desc(nulls="LAST"), Payment.invoice_number,
                      Payment.paid_on.desc(nulls="FIRST"), Payment.id.desc()))
    return [PaymentLine(p.id, p.invoice_number, p.amount_minor, p.currency, p.issued_on,
                        p.due_on, p.paid_on) for p in rows]


def add_competitor_offer(contact_id: int, competitor: str, *, description: str | None = None,
                         price: str | None = None, currency: str = "USD",
                         offered_on: date | None = None) -> int:
    price_minor = check_offer(competitor, price, currency)
    offer_id = CompetitorOffer.create(contact=contact_id, competitor=competitor.strip(),
                                      description=description or None,
                                      price_minor=price_minor, currency=currency,
                                      offered_on=offered_on).id
    _log_added("competitor_offer", contact_id, offer_id)
    return offer_id


def check_offer(competitor: str, price: str | None, currency: str) -> int | None:
    """An offer's price in minor units (None when not given), its fields checked."""
    if not competitor.strip():
        raise InvalidRecordError([InputError(msg("name the competitor"), field="competitor")])
    if not price:
        return None
    try:
        return to_minor(price, currency)
    except (ValueError, ArithmeticError) as exc:
        raise InvalidRecordError([InputError(msg("'{0}' is not an amount", price),
                                             field="price")]) from exc


def offers_of(contact_id: int) -> list[CompetitorOffer]:
    return list(CompetitorOffer.select().where(CompetitorOffer.contact == contact_id)
                .order_by(CompetitorOffer.offered_on.desc(nulls="LAST")))


def deals_of(contact_id: int) -> list[tuple[Deal, Stage]]:
    query = (Deal.select(Deal, Stage).join(Stage)
             .where((Deal.contact == contact_id) & Deal.deleted_at.is_null())
             .order_by(Deal.created_at.desc()))
    return [(d, d.stage) for d in query]


def members_of(company_id: int) -> list[Contact]:
    """The contact persons of a company."""
    return list(Contact.select().where((Contact.company == company_id)
                                       & Contact.deleted_at.is_null()).order_by(Contact.sort_name))

