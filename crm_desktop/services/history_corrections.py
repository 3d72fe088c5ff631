"""Correcting a customer's history: an interaction, a payment or a competitor's offer
edited or deleted, and put back again (the window's Undo).

Each change is logged on the contact (change_log.record_entry: field 'interaction',
'payment' or 'competitor_offer', the entry before and after as JSON), as adding one is
(services.customer_record), so its History shows what the entry was and nothing is silently
lost. A deleted interaction is marked deleted, as every read already honours, and
an open reminder to answer it (a complaint's service level) goes with it; a deleted payment
or offer is removed, its values kept by the log and by the caller for putting back.

Values are the stored columns, as SQLite holds them (dates as ISO text): what `put` writes
and `delete` returns, so that undo writes back exactly what was there.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from typing import Any

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.models import database, utc_now
from crm_desktop.errors import InputError
from crm_desktop.services import change_log, customer_record
from crm_desktop.services.money import format_money, to_decimal, to_minor
from crm_desktop.stored_names import INTERACTION_KIND_NAMES
from crm_desktop.translatable import msg

INTERACTION, PAYMENT, OFFER = "interaction", "payment", "competitor_offer"
# the columns an edit may change, by kind of entry (the table of the same name)
EDITABLE = customer_record.ENTRY_COLUMNS
Values = dict[str, Any]


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def payment_values(amount: str, currency: str, *, issued_on: date | None = None,
                   due_on: date | None = None, paid_on: date | None = None,
                   invoice_number: str | None = None, note: str | None = None) -> Values:
    """A payment's columns as an edit would store them, checked (InvalidRecordError)."""
    amount_minor, currency = customer_record.check_payment(amount, currency, due_on=due_on,
                                                           issued_on=issued_on)
    return {"invoice_number": (invoice_number or "").strip() or None,
            "amount_minor": amount_minor, "currency": currency, "issued_on": _day(issued_on),
            "due_on": _day(due_on), "paid_on": _day(paid_on), "note": note or None}


def interaction_values(kind: str, occurred_at: datetime, *, direction: str | None = None,
                       subject: str | None = None, body: str | None = None,
                       outcome: str | None = None, satisfaction: int | None = None) -> Values:
    """An interaction's columns as an edit would store them, checked."""
    customer_record.check_interaction(kind, occurred_at, direction=direction,
                                      satisfaction=satisfaction)
    return {"kind": kind, "direction": direction, "occurred_at": to_storage(occurred_at),
            "subject": subject or None, "body": body or None, "outcome": outcome or None,
            "satisfaction": satisfaction}


def offer_values(competitor: str, *, description: str | None = None, price: str | None = None,
                 currency: str = "USD", offered_on: date | None = None) -> Values:
    """A competitor's offer's columns as an edit would store them, checked."""
    price_minor = customer_record.check_offer(competitor, price, currency)
    return {"competitor": competitor.strip(), "description": description or None,
            "price_minor": price_minor, "currency": currency, "offered_on": _day(offered_on)}


def stored(kind: str, entry_id: int) -> Values:
    """The entry's row as stored, every column (InputError if there is none)."""
    cursor = database.execute_sql(f"SELECT * FROM {_table(kind)} WHERE id = ?", [entry_id])
    row = cursor.fetchone()
    if row is None:
        raise InputError(msg("that entry is no longer there"), field=kind)
    return {column[0]: value for column, value in zip(cursor.description, row, strict=True)}


def _table(kind: str) -> str:
    if kind not in EDITABLE:
        raise ValueError(f"not a kind of history entry: {kind}")
    return kind


def _log(contact_id: int, action: str, kind: str, entry_id: int, old: Values | None,
         new: Values | None, at: datetime) -> None:
    change_log.record_entry(contact_id, action, kind, entry_id, old, new, at)


def put(kind: str, entry_id: int, values: Mapping[str, Any],
        now: datetime | None = None) -> Values:
    """Write `values` (editable columns) into the entry; returns those columns as they
    were, for undo. Nothing is logged or written when nothing changes."""
    columns = [c for c in values if c in EDITABLE[kind]]
    with database.atomic():
        before = stored(kind, entry_id)
        old = {c: before[c] for c in columns}
        new = {c: values[c] for c in columns}
        if old != new:
            database.execute_sql(
                f"UPDATE {_table(kind)} SET {', '.join(f'{c} = ?' for c in columns)} "
                f"WHERE id = ?", [*new.values(), entry_id])
            # the entry whole, before and after: the History says which invoice was paid
            _log(before["contact_id"], "update", kind, entry_id, _shown(kind, before),
                 _shown(kind, {**before, **new}), now or utc_now())
    return old


def delete(kind: str, entry_id: int, now: datetime | None = None) -> Values:
    """Delete the entry; returns its row, for `bring_back`. An interaction is marked
    deleted, with the open reminder to answer it; a payment or an offer is removed."""
    moment = now or utc_now()
    with database.atomic():
        row = stored(kind, entry_id)
        if kind == INTERACTION:
            stamp = to_storage(moment)
            database.execute_sql("UPDATE interaction SET deleted_at = ? WHERE id = ?",
                                 [stamp, entry_id])
            database.execute_sql(
                "UPDATE reminder SET deleted_at = ? WHERE interaction_id = ? AND "
                "done_at IS NULL AND deleted_at IS NULL", [stamp, entry_id])
            row["deleted_at"] = stamp
        else:
            database.execute_sql(f"DELETE FROM {_table(kind)} WHERE id = ?", [entry_id])
        _log(row["contact_id"], "remove", kind, entry_id, _shown(kind, row), None, moment)
    return row


def delete_many(kind: str, entry_ids: Sequence[int], now: datetime | None = None) -> None:
    """`delete` for each entry, in one transaction (the undo of logging one interaction
    with many contacts)."""
    with database.atomic():
        for entry_id in entry_ids:
            delete(kind, entry_id, now)


def bring_back(kind: str, row: Mapping[str, Any], now: datetime | None = None) -> None:
    """Undo `delete`: the entry as it was, with the same id (and an interaction's
    reminders that went with it)."""
    with database.atomic():
        if kind == INTERACTION:
            database.execute_sql("UPDATE interaction SET deleted_at = NULL WHERE id = ?",
                                 [row["id"]])
            database.execute_sql(
                "UPDATE reminder SET deleted_at = NULL WHERE interaction_id = ? AND "
                "deleted_at = ?", [row["id"], row["deleted_at"]])
        else:
            columns = list(row)
            database.execute_sql(
                f"INSERT INTO {_table(kind)} ({', '.join(columns)}) "
                f"VALUES ({', '.join('?' * len(columns))})", [row[c] for c in columns])
        _log(row["contact_id"], "restore", kind, row["id"], None, _shown(kind, row),
             now or utc_now())


def pay_part(payment_id: int, amount: str, paid_on: date, *, part_id: int | None = None,
             now: datetime | None = None) -> tuple[Values, int | None]:
    """`amount` of an open invoice paid on `paid_on`: a payment of its own (the invoice's
    number, dates, deal and note; `part_id` to put it back with the id it had), the invoice
    left with the rest; all of it, and the invoice is paid. Both logged. Returns the
    invoice's columns as they were and the part's id (None if it paid all), for undo."""
    moment = now or utc_now()
    with database.atomic():
        invoice = stored(PAYMENT, payment_id)
        paid_minor = _part_minor(invoice, amount)
        if paid_minor == invoice["amount_minor"]:
            return put(PAYMENT, payment_id, {"paid_on": _day(paid_on)}, moment), None
        before = put(PAYMENT, payment_id,
                     {"amount_minor": invoice["amount_minor"] - paid_minor}, moment)
        part = {**invoice, "id": part_id, "amount_minor": paid_minor,
                "paid_on": _day(paid_on), "created_at": to_storage(moment)}
        if part_id is None:
            del part["id"]
        columns = list(part)
        new_id = database.execute_sql(
            f"INSERT INTO payment ({', '.join(columns)}) "
            f"VALUES ({', '.join('?' * len(columns))})", [part[c] for c in columns]).lastrowid
        _log(invoice["contact_id"], "add", PAYMENT, new_id, None, _shown(PAYMENT, part),
             moment)
    return before, new_id


def unpay_part(payment_id: int, before: Mapping[str, Any], part_id: int | None,
               now: datetime | None = None) -> None:
    """Undo `pay_part`, in one transaction: the part removed, the invoice as it was."""
    with database.atomic():
        if part_id is not None:
            delete(PAYMENT, part_id, now)
        put(PAYMENT, payment_id, before, now)


def check_part(payment_id: int, amount: str) -> None:
    """Whether `amount` can be paid of the invoice (InputError naming the field if not)."""
    _part_minor(stored(PAYMENT, payment_id), amount)


def _part_minor(invoice: Values, amount: str) -> int:
    if invoice["paid_on"] is not None:
        raise InputError(msg("this invoice is paid already"), field="paid_on")
    currency = invoice["currency"]
    try:
        paid_minor = to_minor(amount, currency)
    except (ValueError, ArithmeticError) as exc:
        raise InputError(msg("'{0}' is not an amount", amount), field="amount") from exc
    if paid_minor <= 0:
        raise InputError(msg("must be above zero and below 10^13"), field="amount")
    if paid_minor > invoice["amount_minor"]:
        raise InputError(msg("is more than what is left to pay, {0}",
                             format_money(invoice["amount_minor"], currency)), field="amount")
    return paid_minor


def entry_summary(kind: str, logged: str | None,
                  label: Callable[[str], str] = str) -> str:
    """A logged entry (the JSON `put`, `delete` and `bring_back` log) in one line, for the
    History tab and the profile sheet; `label` says a stored kind's name
    (stored_names.INTERACTION_KIND_NAMES) in the reader's language. '' for none."""
    if not logged:
        return ""
    try:
        values = json.loads(logged)
    except ValueError:
        return logged
    if kind == PAYMENT:
        return msg("{0}, {1}, due {2}, paid {3}", values.get("invoice_number") or "—",
                   _amount(values.get("amount_minor"), values.get("currency")),
                   values.get("due_on") or "—", values.get("paid_on") or "—")
    if kind == OFFER:
        return ", ".join((values.get("competitor") or "—",
                          _amount(values.get("price_minor"), values.get("currency")),
                          values.get("offered_on") or "—"))
    when = values.get("occurred_at")
    when = from_storage(when).astimezone().isoformat(" ", "minutes")[:16] if when else "—"
    kind_name = INTERACTION_KIND_NAMES.get(values.get("kind") or "", values.get("kind") or "")
    return f"{when}, {label(kind_name)}: {values.get('subject') or '—'}"


def _amount(minor: int | None, currency: str | None) -> str:
    if minor is None or not currency:
        return "—"
    return f"{to_decimal(minor, currency)} {currency}"


def _shown(kind: str, row: Mapping[str, Any]) -> Values:
    """What the log keeps of an entry: the columns the owner sees and edits."""
    return {c: row[c] for c in EDITABLE[kind]}
