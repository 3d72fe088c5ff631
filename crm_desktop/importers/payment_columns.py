"""Which columns of a file hold a payment's parts, by their headers in English, Russian or
Persian: an accounting program's invoice list, a bank statement tidied in a spreadsheet, or
the app's own payments export (services.export_payments)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from crm_desktop.importers.mapping import normalize_header
from crm_desktop.services.money import ISO_CODES

_SYNONYMS: dict[str, tuple[str, ...]] = {
    "contact": ("contact", "name", "customer", "client", "customer name", "client name",
                "contact name", "payer",
                "bill to", "company", "company name", "organization", "клиент",
                "покупатель", "контрагент", "плательщик", "наименование покупателя",
                "организация", "компания", "مشتری", "نام مشتری", "طرف حساب",
                "پرداخت کننده", "خریدار", "شرکت", "نام شرکت"),
    "contact_email": ("contact e-mail", "e-mail", "email", "email address",
                      "e-mail address", "customer e-mail",
                      "customer email", "client e-mail", "client email", "эл. почта",
                      "электронная почта", "почта", "e-mail клиента", "ایمیل",
                      "ایمیل مشتری", "پست الکترونیک"),
    "contact_kind": ("contact kind",),
    "invoice_number": ("invoice", "invoice number", "invoice no", "invoice no.", "invoice #",
                       "invoice nr", "invoice id", "num", "no.", "number", "doc no",
                       "doc number", "document number", "номер", "№", "номер документа",
                       "счет", "счёт", "номер счета",
                       "номер счёта", "№ счета", "№ счёта", "фактура", "فاکتور",
                       "شماره فاکتور", "شماره صورتحساب"),
    "amount": ("amount", "total", "sum", "invoice total", "invoice amount",
               "total amount", "сумма", "итого", "сумма счета",
               "сумма счёта", "مبلغ", "مبلغ کل", "مبلغ فاکتور", "جمع کل"),
    # what is paid of the invoice, or left to pay: an invoice paid in part
    "paid_amount": ("amount paid", "paid amount", "paid to date", "payments", "оплачено, сумма",
                    "сумма оплаты", "оплаченная сумма", "مبلغ پرداخت شده", "مبلغ دریافتی",
                    "دریافتی"),
    "balance": ("balance", "balance due", "open balance", "amount due", "outstanding",
                "amount outstanding", "remaining", "остаток", "остаток долга",
                "задолженность", "долг", "к оплате", "сумма долга", "مانده", "باقیمانده",
                "مانده حساب", "مانده بدهی", "بدهی"),
    "currency": ("currency", "валюта", "ارز", "واحد پول"),
    "date": ("date", "дата", "تاریخ"),  # the invoice's, or the payment's (see columns())
    "issued_on": ("issued", "issued on", "invoice date", "issue date", "date issued",
                  "дата счета", "дата счёта", "дата выставления", "تاریخ فاکتور",
                  "تاریخ صدور"),
    "due_on": ("due", "due on", "due date", "date due", "payment due", "срок оплаты", "оплатить до",
               "срок", "سررسید", "تاریخ سررسید", "مهلت پرداخت"),
    "paid_on": ("paid", "paid on", "date paid", "payment date", "paid date", "last paid",
                "last payment", "last payment date", "дата оплаты", "оплачен", "оплачено",
                "дата последней оплаты", "تاریخ پرداخت", "تاریخ وصول",
                "تاریخ آخرین پرداخت"),
    "deal": ("deal", "сделка", "معامله"),
    # an invoice voided or a draft, a payment failed or refunded: not taken (payment_import)
    "status": ("status", "invoice status", "payment status", "статус", "состояние",
               "статус оплаты", "وضعیت", "وضعیت پرداخت"),
    "note": ("note", "notes", "description", "memo", "comment", "примечание",
             "комментарий", "назначение платежа", "توضیحات", "شرح"),
}
# the parts a column can give, in the order the owner is offered them
PARTS = ("contact", "contact_email", "invoice_number", "amount", "paid_amount", "balance",
         "currency", "issued_on", "due_on", "paid_on", "status", "deal", "note")
_LOOKUP = {normalize_header(s): f for f, names in _SYNONYMS.items() for s in names}
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
# "Amount (EUR)", "Amount (net)", "Сумма, руб.", "Total EUR": a header's base and what
# follows it, which may name the amounts' currency
_IN_BRACKETS = re.compile(r"^(.*?)\s*[(\[]([^)\]]*)[)\]]\s*$")
_TRAILING_CODE = re.compile(r"^(.*?)[\s,]+([A-Za-z]{3}|руб|ریال)\W*$")
_HEADER_CODES = {"руб": "RUB", "руб.": "RUB", "ریال": "IRR"}


def payment_field(header: str) -> str | None:
    """The payment part a header names ('Invoice date' -> 'issued_on'), if any; written
    as one word too ('*InvoiceDate', as Xero exports)."""
    header = _CAMEL.sub(" ", header)
    return _LOOKUP.get(normalize_header(header)) or _LOOKUP.get(
        normalize_header(_split_code(header)[0]))


def _code(text: str) -> str | None:
    text = text.strip()
    code = _HEADER_CODES.get(text.casefold(), text.upper())
    return code if code in ISO_CODES else None


def _split_code(header: str) -> tuple[str, str | None]:
    """A header without what follows its name, and the currency that names, if any: a
    bracketed remark goes whatever it says; a bare word only when it is a currency."""
    header = header.strip()
    found = _IN_BRACKETS.match(header)
    if found is not None:
        return found.group(1), _code(found.group(2))
    found = _TRAILING_CODE.match(header)
    if found is not None and _code(found.group(2)) is not None:
        return found.group(1), _code(found.group(2))
    return header, None


def columns(headers: Sequence[str], samples: Sequence[Sequence[str]] = ()) -> dict[str, int]:
    """Each payment part -> the index of its column (the first one that names it). A bare
    "Date" is the invoice's when the file has a paid or due column, else the day it was
    paid: a list of payments received. A "Paid" column whose `samples` (the first rows)
    are amounts is the amount paid (FreshBooks'). A column of the amount paid, or of the
    balance, is the amount when the file has no other (a list of payments received; of
    what customers owe); with both, the amount is their sum."""
    found: dict[str, int] = {}
    for i, header in enumerate(headers):
        field = payment_field(header)
        if field == "paid_on" and _amounts(samples, i):
            field = "paid_amount"
        if field is not None and field not in found:
            found[field] = i
    if "date" in found:
        index = found.pop("date")
        plain = "issued_on" if {"paid_on", "due_on"} & found.keys() else "paid_on"
        found.setdefault(plain, index)
    given = [part for part in ("paid_amount", "balance") if part in found]
    if "amount" not in found and len(given) == 1:
        found["amount"] = found.pop(given[0])
    return found


_AMOUNT = re.compile(r"[$€£₽]?\s*-?\d{1,3}(?:[ ,.'\u00a0]?\d{3})*(?:[.,]\d{1,2})?\s*"
                     r"[^\d/\-]{0,5}")


def _amounts(samples: Sequence[Sequence[str]], index: int) -> bool:
    """Whether the column's values in the first rows are amounts, not days."""
    values = [row[index].strip() for row in samples if index < len(row) and row[index].strip()]
    return bool(values) and all(_AMOUNT.fullmatch(value) for value in values)


def amount_currency(headers: Sequence[str], found: dict[str, int] | None = None) -> str | None:
    """The currency the amount column's header names ("Amount (EUR)"), if it does; the
    amount column as `found` (`columns` by default) has it."""
    index = (columns(headers) if found is None else found).get("amount")
    return None if index is None else _split_code(headers[index])[1]


def complete(found: dict[str, int]) -> bool:
    """Whether columns give a payment: an amount (or what is paid and what is left), and
    whose it is."""
    amount = "amount" in found or {"paid_amount", "balance"} <= found.keys()
    return amount and bool({"contact", "contact_email"} & found.keys())


def is_payment_table(headers: Sequence[str]) -> bool:
    """Whether a file's rows are payments or invoices: an amount, whose (a contact or an
    e-mail), and when or which (a date or an invoice number). A contacts list has no
    amount; a deals export is told apart before (importers.deal_import.is_deal_table)."""
    found = columns(headers)
    return complete(found) and bool({"issued_on", "due_on", "paid_on", "invoice_number"}
                                    & found.keys())
