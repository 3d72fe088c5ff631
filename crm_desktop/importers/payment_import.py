"""Importing payments and invoices: an accounting program's invoice list, payments received
tidied in a spreadsheet, or the app's payments export (services.export_payments).

The columns are found by their headers (importers.payment_columns). Each row is an invoice
or a payment of one customer, found by e-mail, else by name, else made; a customer who has
paid becomes a customer, as a won deal makes one. Amounts may carry their currency ("$1,250",
"1 250,50 руб.", "Amount (EUR)" as the header); dates may be ISO, 31.03.2026, slashed when
the column says which number is the day, or in the Persian calendar.

Importing a file twice adds nothing: a row whose invoice number and amount the customer
already has is skipped, unless the file now says when it was paid and the database did not
know (then that is filled in: the month's invoice list imported again brings the payments).
An invoice paid in part (a balance, or an amount paid, beside its amount) is a row for what
was paid, on the day the file gives, and one for what is left, which receivables count as
owed; a later list with a smaller balance pays the open row, or splits it again. So does
a payment received against an open invoice (a bank's list: the invoice, the day, the amount
paid). A row without an invoice number is skipped when the customer has a payment with the same
amount, currency and dates. The whole file goes in one transaction; a dry run is the same
import rolled back, and the import is recorded so that it can be undone.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from contextlib import suppress
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from itertools import islice
from typing import NamedTuple

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import ImportBatch, database, utc_now
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.importers import payment_columns
from crm_desktop.importers.contact_finder import (
    IN_CHUNK,
    ContactFinder,
    contact_key,
)
from crm_desktop.importers.csv_source import CsvTable
from crm_desktop.importers.import_result import WARNINGS_KEPT, ImportResult, Note
from crm_desktop.importers.import_undo import record_created, record_finished
from crm_desktop.importers.pipeline import Confirm, import_transaction, write_in_batches
from crm_desktop.importers.rows import ran_together
from crm_desktop.importers.table import Table
from crm_desktop.progress import Progress
from crm_desktop.services.business_profile import business_profile
from crm_desktop.services.cell_dates import ORDER_SAMPLE, read_day, slash_order
from crm_desktop.services.contacts import MAX_TEXT
from crm_desktop.services.customer_record import check_payment
from crm_desktop.services.money import ISO_CODES, format_money, to_minor
from crm_desktop.services.number_text import amount_text
from crm_desktop.services.spreadsheet_writer import unneutralise
from crm_desktop.translatable import listing, msg

PROGRESS_EVERY = 200  # rows
BATCH = 2000  # rows written at a time
FILE_FORMAT = "payments"  # ImportBatch.file_format of a payments import
SAMPLE_ROWS = 50  # rows read first to tell a "Paid" column of amounts from one of days
MAX_INVOICE = 100  # characters (Payment.invoice_number)
_DATES = ("issued_on", "due_on", "paid_on")
# currency marks written with an amount; a toman is ten rials, and is written in tomans
_MARKS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "₽": "RUB", "руб": "RUB",
          "руб.": "RUB", "р.": "RUB", "₸": "KZT", "﷼": "IRR", "ریال": "IRR", "rial": "IRR",
          "rls": "IRR"}
_TOMAN = ("تومان", "toman")
_MARKED = re.compile(r"^([^\d+\-]*?)\s*([+\-]?\d.*?)\s*([^\d]*)$")
_PAID_UNDATED = {"yes", "true", "1", "paid", "да", "оплачен", "оплачено", "بله",
                 "پرداخت شده"}
# a status that says the row is no invoice or payment to keep (Xero's VOIDED and DRAFT, a
# payment list's Failed or Refunded)
_NOT_KEPT = {"void", "voided", "deleted", "draft", "cancelled", "canceled", "failed",
             "declined", "refunded", "отменен", "отменён", "отменено", "аннулирован",
             "черновик", "возврат", "باطل", "باطل شده", "لغو شده", "پیش نویس",
             "پیش‌نویس", "برگشت خورده"}
# an invoice the file says is paid, but not when: refused (to give the day), or, as the
# owner may choose, dated by its due day (else the invoice's)
UNDATED_REFUSED, UNDATED_BY_DUE = "refuse", "due"
UNDATED_PAID = (UNDATED_REFUSED, UNDATED_BY_DUE)
_NOT_PAID = {"", "no", "false", "0", "unpaid", "нет", "не оплачен", "خیر", "پرداخت نشده"}
# (the paid day is what tells whether it was on time: "yes" alone cannot be recorded)


def is_payment_table(headers: Sequence[str]) -> bool:
    return payment_columns.is_payment_table(headers)


def columns_of(table: Table) -> dict[str, int]:
    """The payment parts' columns, as the file's headers and first rows say."""
    return payment_columns.columns(
        table.headers, [cells for _, cells in islice(table.rows(), SAMPLE_ROWS)])


def run_payment_import(table: Table, *, dry_run: bool = False,
                       progress: Progress | None = None, expected_rows: int = 0,
                       now: datetime | None = None, confirm: Confirm | None = None,
                       columns: dict[str, int] | None = None,
                       undated_paid: str = UNDATED_REFUSED) -> ImportResult:
    """Import every row of `table` as a payment, in one transaction; `columns` (each
    payment part -> its column, as the owner chose them) overrides those the headers name;
    `undated_paid`: what becomes of an invoice paid on a day the file does not give."""
    if undated_paid not in UNDATED_PAID:
        raise InputError(msg("must be one of {0}", listing(UNDATED_PAID)),
                         field="undated-paid")
    if columns is not None and not payment_columns.complete(columns):
        raise InputError(msg("choose the column of the amount, and of the customer or their "
                             "e-mail"), field="mapping")
    result = ImportResult(dry_run=dry_run)
    moment = now or utc_now()
    csv_file = isinstance(table, CsvTable)
    reader = _PaymentReader(
        table, columns, quoted_text=csv_file,
        # a spreadsheet program saving CSV with semicolons (Russian or German Excel, say)
        # writes its decimal comma too: 1250,5
        decimal_comma=csv_file and table.delimiter == ";", undated_paid=undated_paid)
    with import_transaction(table, result, FILE_FORMAT, "skip", moment, confirm) as batch:
        writer = _PaymentWriter(moment, result)
        with search_index.bulk():  # the contacts it makes are indexed a batch at a time
            write_in_batches(table, result, reader.draft, writer.write, BATCH, progress,
                             expected_rows, PROGRESS_EVERY)
        writer.record(batch)
    return result


class _Payment(NamedTuple):
    """A row checked and ready to write, but for its contact (found or made in bulk)."""

    row: int
    cells: Sequence[str]
    amount_minor: int
    currency: str
    open_minor: int | None  # what is left to pay, when the file says (a balance column)
    dated_by_due: bool  # paid on a day the file does not give: dated by its due day
    issued_on: date | None
    due_on: date | None
    paid_on: date | None
    invoice_number: str | None
    deal_title: str | None
    note: str | None
    contact_key: tuple[str, str]
    contact_name: str
    contact_email: str | None
    contact_kind: str  # as the row gives it


class _PaymentReader:
    """Checks a row's own fields: amount and currency, dates, invoice number, contact."""

    def __init__(self, table: Table, columns: dict[str, int] | None = None,
                 quoted_text: bool = False, decimal_comma: bool = False,
                 undated_paid: str = UNDATED_REFUSED):
        self.undated_paid = undated_paid
        self.columns = columns_of(table) if columns is None else dict(columns)
        self.amounts_as = "ru" if decimal_comma else "en"  # (number_text's conventions)
        self.header_currency = payment_columns.amount_currency(table.headers, self.columns)
        self.default_currency = business_profile().currency
        # in a CSV a line break in a name is rows run together (rows.ran_together)
        self.one_line = [(self.columns[f], f) for f in ("contact", "contact_email",
                                                        "invoice_number")
                         if f in self.columns] if quoted_text else []
        self.order = self._slash_order(table)

    def _slash_order(self, table: Table) -> str | None:
        """Which number of a slashed date is the day, as the file's first rows say (one
        program wrote all its dates one way; a reader's rows can be read again)."""
        wanted = [self.columns[f] for f in _DATES if f in self.columns]
        if not wanted:
            return None
        return slash_order(cells[i] for _, cells in islice(table.rows(), ORDER_SAMPLE)
                           for i in wanted if i < len(cells))

    def _cells(self, cells: Sequence[str]) -> dict[str, str]:
        """The row's cell of each part it has, stripped (and a formula-like text as the
        export wrote it: services.spreadsheet_writer)."""
        n = len(cells)
        return {f: unneutralise(cells[i].strip()) for f, i in self.columns.items() if i < n}

    def draft(self, number: int, cells: Sequence[str]) -> _Payment:
        get = self._cells(cells).get
        for i, field in self.one_line:
            if i < len(cells) and ("\n" in cells[i] or "\r" in cells[i]):
                raise InputError(ran_together(), field=field)
        issued = read_day(get("issued_on", ""), "issued_on", self.order)
        due = read_day(get("due_on", ""), "due_on", self.order)
        status = get("status", "")
        if status.casefold() in _NOT_KEPT:
            raise InputError(msg("its status is '{0}': not an invoice or payment to keep",
                                 status), field="status")
        paid_text = get("paid_on", "")
        paid = None
        says_paid = paid_text.casefold() in _PAID_UNDATED or (
            not paid_text and status.casefold() in _PAID_UNDATED)
        if not says_paid and paid_text.casefold() not in _NOT_PAID:
            paid = read_day(paid_text, "paid_on", self.order)
        amount_cell = get("amount", "")
        if not amount_cell and "amount" not in self.columns:  # "Paid" and "Balance" alone
            amount_cell = self._total(get("paid_amount", ""), get("balance", ""),
                                       get("currency", ""))
        amount, currency = self._amount(amount_cell, get("currency", ""))
        try:
            amount_minor, currency = check_payment(amount, currency, due_on=due,
                                                   issued_on=issued)
        except InvalidRecordError as exc:
            first = exc.errors[0]
            if first.field == "amount" and amount.startswith("-"):
                raise InputError(msg("a refund or credit note (a negative amount) is not a "
                                     "payment"), field="amount") from exc
            raise
        open_minor = self._open(amount_minor, currency, get("paid_amount", ""),
                                get("balance", ""), get("currency", ""))
        if open_minor == amount_minor:
            paid, says_paid = None, False  # (a last payment's day, of other invoices)
        dated = False
        if paid is None and (says_paid or (open_minor is not None
                                           and open_minor < amount_minor)):
            # paid, but the file does not say when: dated by its due day if the owner
            # chose so, else refused (the paid day tells whether it was on time)
            paid = (due or issued) if self.undated_paid == UNDATED_BY_DUE else None
            dated = paid is not None
            if paid is None and says_paid:
                raise InputError(msg("says paid, but not when: give the day, such as "
                                     "2026-03-31, or have such invoices dated by their due "
                                     "day"), field="paid_on")
            if paid is None:
                raise InputError(msg("{0} of it is paid, but the row does not say when: give "
                                     "the day it was paid, such as 2026-03-31, or have such "
                                     "invoices dated by their due day",
                                     format_money(amount_minor - (open_minor or 0),
                                                  currency)), field="paid_on")
        invoice = get("invoice_number", "")
        if len(invoice) > MAX_INVOICE:
            raise InputError(msg("is longer than {0} characters", MAX_INVOICE),
                             field="invoice_number")
        note = get("note", "")
        if len(note) > MAX_TEXT:
            raise InputError(msg("is longer than {0} characters", format(MAX_TEXT, ",")),
                             field="note")
        name, email = get("contact", ""), get("contact_email", "")
        if not (name or email):
            raise InputError(msg("the row names no contact"), field="contact")
        key, email = contact_key(name, email)
        return _Payment(number, cells, amount_minor, currency, open_minor, dated, issued,
                        due, paid,
                        invoice or None, get("deal", "") or None, note or None,
                        key, name or email, email,
                        get("contact_kind", ""))

    def _minor(self, text: str, currency: str, currency_cell: str, field: str) -> int:
        """A paid amount's or a balance's cell in minor units of the row's currency."""
        try:
            amount, marked = self._amount(text, currency_cell)
            if marked != currency:
                raise InputError(msg("the amount says {0} and this column {1}", currency,
                                     marked))
            minor = to_minor(amount, currency)
        except InputError as exc:
            raise InputError(exc.message, field=field) from exc
        except (ValueError, ArithmeticError) as exc:
            raise InputError(msg("'{0}' is not an amount", text), field=field) from exc
        if minor < 0:
            raise InputError(msg("cannot be below zero"), field=field)
        return minor

    def _open(self, amount_minor: int, currency: str, paid_text: str, balance_text: str,
              currency_cell: str) -> int | None:
        """What is left to pay of the invoice, as its balance or the amount paid of it says;
        None when the row says neither."""
        if balance_text:
            left = self._minor(balance_text, currency, currency_cell, "balance")
            if left > amount_minor:
                raise InputError(msg("is more than the amount, {0}",
                                     format_money(amount_minor, currency)), field="balance")
            return left
        if paid_text:
            paid = self._minor(paid_text, currency, currency_cell, "paid_amount")
            if paid > amount_minor:
                raise InputError(msg("is more than the amount, {0}",
                                     format_money(amount_minor, currency)),
                                 field="paid_amount")
            return amount_minor - paid
        return None

    def _total(self, paid_text: str, balance_text: str, currency_cell: str) -> str:
        """The invoice's amount when the file gives only what is paid and what is left."""
        if not (paid_text and balance_text):
            return paid_text or balance_text
        paid, left = (self._amount(paid_text, currency_cell)[0],
                      self._amount(balance_text, currency_cell)[0])
        try:
            return str(Decimal(paid) + Decimal(left))
        except InvalidOperation:
            return paid_text  # refused as no amount, by check_payment

    def _amount(self, text: str, currency_cell: str) -> tuple[str, str]:
        """The amount as Decimal reads it and its currency: from the currency column, the
        mark written with the amount, the column's header, or the business's."""
        if not text:
            raise InputError(msg("the row gives no amount"), field="amount")
        found = _MARKED.match(text)
        marked, times = None, 1
        if found is not None and (found.group(1) or found.group(3)):
            before, number, after = found.groups()
            mark = (before or after).strip().casefold()
            if before and after:
                mark = ""  # "$100 USD": say it once
            if mark in _TOMAN:
                marked, times = "IRR", 10
            elif mark in _MARKS:
                marked = _MARKS[mark]
            elif mark.upper() in ISO_CODES:
                marked = mark.upper()
            else:
                raise InputError(msg("'{0}' is not an amount", text), field="amount")
            text = number
        given = currency_cell.strip()
        given = _MARKS.get(given.casefold(), given.upper())  # "руб.", "$" in the column too
        if given and marked and given != marked:
            raise InputError(msg("the amount says {0} and the currency column {1}", marked,
                                 given), field="currency")
        currency = given or marked or self.header_currency or self.default_currency
        amount = amount_text(text, self.amounts_as)
        if times != 1:
            with suppress(InvalidOperation):  # else refused by check_payment, named
                amount = str(Decimal(amount) * times)
        return amount, currency


_AMOUNT, _PAID = 4, 8  # in a row to insert (_PaymentWriter._flush's columns)


class _Part:
    """One row of an invoice, in the database or about to be written. An invoice paid in
    parts is a row for each part paid (with its day) and one for what is left."""

    __slots__ = ("pid", "amount", "paid", "row")

    def __init__(self, pid: int, amount: int, paid: str | None, row: list | None = None):
        self.pid, self.amount, self.paid = pid, amount, paid
        self.row = row  # the row to insert, while it is not written yet


class _PaymentWriter:
    """Writes checked rows a batch at a time; remembers the payments the customers have,
    and what undo needs."""

    def __init__(self, now: datetime, result: ImportResult):
        self.now = now
        self.stamp = to_storage(now)
        self.result = result
        self.conn = database.connection()
        self.contacts = ContactFinder(self.conn, now, result)
        self.first = self.next = self.conn.execute(
            "SELECT coalesce(max(id), 0) + 1 FROM payment").fetchone()[0]
        # (contact, invoice folded) -> the invoice's rows, there or made by the import
        self.invoices: dict[tuple[int, str], list[_Part]] = {}
        self.others: set[tuple] = set()  # (contact, amount, currency, dates) without one
        self.checked: set[int] = set()  # contacts whose payments were read
        self.deals: dict[tuple[int, str], int] = {}  # (contact, title folded) -> deal
        # payments there before the import that it paid or split: as they were (for undo)
        self.before: dict[int, tuple[str | None, int]] = {}
        self.rows: list[list] = []  # this batch's: to insert
        self.copies: list[tuple] = []  # parts paid of rows written: (id, amount, day, of)
        self.changed: dict[int, _Part] = {}  # rows written, paid or made smaller

    def write(self, drafts: list[_Payment]) -> None:
        if not drafts:
            return
        drafts = self.contacts.resolve(drafts)
        ids = self.contacts.ids
        self._read_present({ids[d.contact_key] for d in drafts})
        customers = set()
        for d in drafts:
            cid = ids[d.contact_key]
            days = tuple(day.isoformat() if day else None
                         for day in (d.issued_on, d.due_on, d.paid_on))
            if d.dated_by_due:
                self._warn(d.row, "paid_on", msg(
                    "paid on a day the file does not give: dated by its due day, {0}", days[2]))
            if d.invoice_number:
                parts = self.invoices.setdefault((cid, d.invoice_number.casefold()), [])
                known = self._known(parts, d, days[2]) if parts else None
                if known is not None:
                    if known:
                        customers.add(cid)
                    continue
            else:
                key = (cid, d.amount_minor, d.currency, *days)
                if key in self.others:
                    self.result.skipped += 1  # already there: a file imported twice adds nothing
                    continue
                self.others.add(key)
                parts = []
            in_part = d.open_minor is not None and 0 < d.open_minor < d.amount_minor
            row = [self.next, cid, self._deal(cid, d), d.invoice_number, d.amount_minor,
                   d.currency, days[0], days[1], None if in_part else days[2], d.note,
                   self.stamp]
            self.next += 1
            self.rows.append(row)
            self.result.created += 1
            part = _Part(row[0], d.amount_minor, row[_PAID], row)
            parts.append(part)
            if in_part:  # what is paid, that day, is a row of its own; the rest stays open
                parts.append(self._split(part, d.amount_minor - d.open_minor, days[2]))
            if d.paid_on is not None:
                customers.add(cid)
        self._flush()
        self.contacts.make_customers(customers)

    def _known(self, parts: list[_Part], d: _Payment, day: str | None) -> bool | None:
        """A row of an invoice the customer has: None if it is another, else whether it
        paid some of it (counted as updated, or skipped)."""
        if d.open_minor is None:
            if any(p.amount == d.amount_minor and p.paid == day for p in parts):
                self.result.skipped += 1  # there as the row says
                return False
            # the invoice there before (or one of its parts), paid now if the file says
            # when; rows of this file are parts of their own (as the export lists them)
            older = [p for p in parts if p.pid < self.first]
            open_older = [p for p in older if p.paid is None]
            left = sum(p.amount for p in open_older)
            same = next((p for p in older if p.amount == d.amount_minor), None)
            if same is not None or sum(p.amount for p in older) == d.amount_minor:
                paying = [same] if same is not None else open_older
                if day is None or not paying or any(p.paid is not None for p in paying):
                    self.result.skipped += 1
                    return False
                for p in paying:
                    self._pay(p, day)
            elif day is not None and 0 < d.amount_minor <= left:
                # a payment received against the open invoice (a bank's list of payments)
                self._settle(parts, open_older, d.amount_minor, day)
            else:
                return None
        else:
            open_parts = [p for p in parts if p.paid is None]
            if sum(p.amount for p in parts) != d.amount_minor:
                return None
            left = sum(p.amount for p in open_parts)
            if d.open_minor >= left:
                self.result.skipped += 1  # nothing paid since
                return False
            self._settle(parts, open_parts, left - d.open_minor, day)
        if any(p.pid < self.first for p in parts):
            self.result.updated += 1
        else:  # a repeat of an invoice this import made
            self.result.skipped += 1
        return True

    def _settle(self, parts: list[_Part], open_parts: list[_Part], paying_minor: int,
                day: str | None) -> None:
        """`paying_minor` of the invoice's open rows paid on `day`, the oldest first: the
        rows it covers paid, the last one split if it covers part of it."""
        for p in open_parts:
            if paying_minor >= p.amount:
                paying_minor -= p.amount
                self._pay(p, day)
            elif paying_minor:
                parts.append(self._split(p, paying_minor, day))
                break

    def _pay(self, part: _Part, day: str | None) -> None:
        self._remember(part)
        part.paid = day
        if part.row is not None:
            part.row[_PAID] = day

    def _split(self, part: _Part, paid_minor: int, day: str | None) -> _Part:
        """`paid_minor` of an open row, paid on `day`: a row of its own; the open row is
        left with the rest."""
        self._remember(part)
        part.amount -= paid_minor
        new_id = self.next
        self.next += 1
        if part.row is not None:
            part.row[_AMOUNT] = part.amount
            row = [*part.row]
            row[0], row[_AMOUNT], row[_PAID] = new_id, paid_minor, day
            self.rows.append(row)
        else:
            row = None
            self.copies.append((new_id, paid_minor, day, self.stamp, part.pid))
        return _Part(new_id, paid_minor, day, row)

    def _remember(self, part: _Part) -> None:
        """A row written before (in an earlier batch, or before the import) is changed:
        written at the batch's end, and kept as it was for undo if the import did not make
        it."""
        if part.row is None:
            self.changed[part.pid] = part
            if part.pid < self.first:
                self.before.setdefault(part.pid, (part.paid, part.amount))

    def _flush(self) -> None:
        """The batch's rows inserted, the rows written before changed."""
        self.conn.executemany(
            "INSERT INTO payment (id, contact_id, deal_id, invoice_number, amount_minor, "
            "currency, issued_on, due_on, paid_on, note, created_at) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", self.rows)
        self.conn.executemany(
            "INSERT INTO payment (id, contact_id, deal_id, invoice_number, amount_minor, "
            "currency, issued_on, due_on, paid_on, note, created_at) SELECT ?1, contact_id, "
            "deal_id, invoice_number, ?2, currency, issued_on, due_on, ?3, note, ?4 "
            "FROM payment WHERE id = ?5", self.copies)
        self.conn.executemany("UPDATE payment SET paid_on = ?, amount_minor = ? WHERE id = ?",
                              [(p.paid, p.amount, p.pid) for p in self.changed.values()])
        for part in self.changed.values():
            part.row = None
        for rows in (self.rows, self.copies):
            rows.clear()
        self.changed.clear()

    def _read_present(self, contact_ids: set[int]) -> None:
        """The payments and deals these contacts already have (from before this import),
        once each."""
        older = sorted(c for c in contact_ids - self.checked if c < self.contacts.first)
        self.checked |= contact_ids
        for start in range(0, len(older), IN_CHUNK):
            chunk = older[start:start + IN_CHUNK]
            marks = ",".join("?" * len(chunk))
            for pid, cid, invoice, amount, currency, issued, due, paid in self.conn.execute(
                    "SELECT id, contact_id, trim(invoice_number), amount_minor, currency, "
                    "issued_on, due_on, paid_on FROM payment WHERE contact_id IN "
                    f"({marks}) ORDER BY id", chunk):
                if invoice:
                    self.invoices.setdefault((cid, invoice.casefold()), []).append(
                        _Part(pid, amount, paid))
                else:
                    self.others.add((cid, amount, currency, issued, due, paid))
            for deal_id, cid, title in self.conn.execute(
                    "SELECT id, contact_id, trim(title) FROM deal WHERE deleted_at IS NULL "
                    f"AND contact_id IN ({marks}) ORDER BY id", chunk):
                self.deals.setdefault((cid, title.casefold()), deal_id)

    def _deal(self, cid: int, d: _Payment) -> int | None:
        """The customer's deal the row names; a title the customer has no deal of is told,
        and the payment kept without it."""
        if not d.deal_title:
            return None
        deal_id = self.deals.get((cid, d.deal_title.casefold()))
        if deal_id is None:
            self._warn(d.row, "deal", msg("{0} has no deal '{1}': the payment is kept without "
                                          "it", d.contact_name, d.deal_title))
        return deal_id

    def _warn(self, row: int, field: str, text: str) -> None:
        self.result.warning_count += 1
        if len(self.result.warnings) < WARNINGS_KEPT:
            self.result.warnings.append(Note(row, field, text))

    def record(self, batch: ImportBatch) -> None:
        """What undo needs: the payments made, those it paid or split (as they were), the
        contacts made and changed."""
        record_created(batch, "payment", self.first, self.next)
        self.conn.executemany(
            "INSERT INTO import_change (batch_id, table_name, row_id, action, old_values) "
            "VALUES (?, 'payment', ?, 'update', json_object('paid_on', ?, 'amount_minor', ?))",
            [(batch.id, pid, paid, amount) for pid, (paid, amount) in self.before.items()])
        self.contacts.record(batch)
        record_finished(batch, self.result, self.result.updated)
