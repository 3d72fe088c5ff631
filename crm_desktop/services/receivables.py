"""Money owed: invoices issued and not yet paid, and the overdue ones by how late they are
(the aged receivables an accountant asks for), for one customer and for all; a customer's
account over a period (what was invoiced and paid, the balance forward).

An invoice is open while it has no paid day; it is overdue from the day after its due day.
One without a due day is open but never late. Amounts are added up per currency, never
converted. Customers in the Trash are left out.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from typing import NamedTuple

from crm_desktop.db.models import database

# days late at which each column of the ageing ends: 1-30, 31-60, 61-90, then over 90
AGE_LIMITS = (30, 60, 90)
AGES = len(AGE_LIMITS) + 2  # not yet due, each band, over the last
# the contacts with an invoice overdue on the day bound to the one parameter (ISO)
OWING_IDS_SQL = "SELECT contact_id FROM payment WHERE paid_on IS NULL AND due_on < ?"


class Unpaid(NamedTuple):
    payment_id: int
    contact_id: int
    customer: str
    invoice_number: str | None
    amount_minor: int
    currency: str
    issued_on: date | None
    due_on: date | None
    days_late: int  # 0 while not yet due (or with no due day)
    paid_minor: int = 0  # paid of it already: the invoice's parts paid (same number)

    @property
    def age(self) -> int:
        """The ageing column: 0 not yet due, 1 for 1-30 days late, ... AGES - 1 beyond."""
        if self.days_late <= 0:
            return 0
        return next((i + 1 for i, limit in enumerate(AGE_LIMITS) if self.days_late <= limit),
                    AGES - 1)


@dataclass
class Ageing:
    """Per currency, the open amounts in each ageing column (minor units), and how many."""

    by_currency: dict[str, list[int]] = field(default_factory=dict)
    invoices: int = 0
    overdue: int = 0

    def add(self, invoice: Unpaid) -> None:
        columns = self.by_currency.setdefault(invoice.currency, [0] * AGES)
        columns[invoice.age] += invoice.amount_minor
        self.invoices += 1
        self.overdue += invoice.days_late > 0


def _rows(where: str, params: list) -> list[Unpaid]:
    rows = database.execute_sql(
        "SELECT p.id, p.contact_id, c.name, p.invoice_number, p.amount_minor, p.currency, "
        "p.issued_on, p.due_on, (SELECT coalesce(sum(q.amount_minor), 0) FROM payment q "
        "WHERE q.contact_id = p.contact_id AND q.paid_on IS NOT NULL AND q.invoice_number = "
        "p.invoice_number AND q.currency = p.currency) "
        "FROM payment p JOIN contact c ON c.id = p.contact_id "
        f"WHERE p.paid_on IS NULL AND c.deleted_at IS NULL {where} "
        "ORDER BY p.due_on IS NULL, p.due_on, p.id", params)
    return [Unpaid(pid, cid, name, invoice, amount, currency,
                   date.fromisoformat(issued) if issued else None,
                   date.fromisoformat(due) if due else None, 0, paid)
            for pid, cid, name, invoice, amount, currency, issued, due, paid in rows]


def _aged(invoices: Iterable[Unpaid], today: date) -> list[Unpaid]:
    return [i._replace(days_late=max(0, (today - i.due_on).days) if i.due_on else 0)
            for i in invoices]


def unpaid(today: date) -> list[Unpaid]:
    """Every open invoice, the longest overdue first (those with no due day last)."""
    return _aged(_rows("", []), today)


def unpaid_of(contact_id: int, today: date) -> list[Unpaid]:
    """The customer's open invoices, the longest overdue first."""
    return _aged(_rows("AND p.contact_id = ?", [contact_id]), today)


def ageing(invoices: Iterable[Unpaid]) -> Ageing:
    totals = Ageing()
    for invoice in invoices:
        totals.add(invoice)
    return totals


def by_customer(invoices: Iterable[Unpaid]) -> dict[int, list[Unpaid]]:
    """The invoices of each customer, customers in the order their first invoice comes."""
    grouped: dict[int, list[Unpaid]] = defaultdict(list)
    for invoice in invoices:
        grouped[invoice.contact_id].append(invoice)
    return dict(grouped)


class Movement(NamedTuple):
    """An invoice issued (charged) or a payment received on a day, and the balance after."""

    day: date
    invoice_number: str | None
    charged_minor: int
    paid_minor: int
    balance_minor: int


@dataclass
class Account:
    """A customer's account in one currency over a period: what they owed at its start, what
    was invoiced and paid in it, day by day, and what they owed at its end."""

    currency: str
    opening_minor: int
    movements: list[Movement]
    closing_minor: int


def accounts_of(contact_id: int, since: date, until: date) -> list[Account]:
    """The customer's account in each currency over [since, until] (a balance-forward
    statement). An invoice is charged on its issue day (its due day, or its paid day, when
    it has none; the day it was entered, when it has no day at all), whole: its parts paid
    at other times are payments of it. Payments count on their paid day. Currencies with
    nothing owed and nothing moving in the period are left out."""
    rows = database.execute_sql(
        "SELECT id, invoice_number, amount_minor, currency, "
        "coalesce(issued_on, due_on, paid_on, date(created_at)), paid_on "
        "FROM payment WHERE contact_id = ? ORDER BY id", [contact_id]).fetchall()
    charged: dict[tuple, list] = {}  # an invoice (its number, else its row) -> [day, amount]
    events: dict[str, list[tuple[date, int, str | None, int, int]]] = defaultdict(list)
    for pid, number, amount, currency, issued, paid_on in rows:
        key = (currency, number) if number else (currency, pid)
        day = date.fromisoformat(issued)
        invoice = charged.setdefault(key, [day, 0, number])
        invoice[0], invoice[1] = min(invoice[0], day), invoice[1] + amount
        if paid_on:
            # (on one day: invoices first, so a balance never reads as paid in advance)
            events[currency].append((date.fromisoformat(paid_on), 1, number, 0, amount))
    for (currency, _), (day, amount, number) in charged.items():
        events[currency].append((day, 0, number, amount, 0))
    accounts = []
    for currency in sorted(events):
        opening, movements = 0, []
        for day, _, number, charge, paid in sorted(events[currency],
                                                   key=lambda e: (e[0], e[1], e[2] or "")):
            if day > until:
                break
            if day < since:
                opening += charge - paid
                continue
            balance = (movements[-1].balance_minor if movements else opening) + charge - paid
            movements.append(Movement(day, number, charge, paid, balance))
        closing = movements[-1].balance_minor if movements else opening
        if movements or opening:
            accounts.append(Account(currency, opening, movements, closing))
    return accounts
