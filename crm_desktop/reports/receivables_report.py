"""What customers owe, in PDF.

- The unpaid invoices report: what customers owe as of a day, aged (not yet due, 1-30,
  31-60, 61-90 and over 90 days late) per currency, then each customer's open invoices, the
  longest overdue first: the list to chase, and what the accountant asks for.
- A customer's statement of account, to send them: their open invoices, then their account
  over the last 12 months (the balance owed at its start, each invoice and payment with the
  balance after it, the balance owed now).
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crm_desktop.db.models import Contact
from crm_desktop.errors import InputError
from crm_desktop.progress import Progress
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.reports.wording import Wording
from crm_desktop.services import contacts, receivables
from crm_desktop.services.business_profile import business_profile
from crm_desktop.services.settings import get_setting
from crm_desktop.translatable import listing, msg


def build_receivables_report(path: Path, today: date, *, page_size: str = "A4",
                             progress: Progress | None = None,
                             wording: Wording | None = None) -> int:
    """Write the report; returns how many invoices are open."""
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(rtl)
    width = document(path, page_size, "").width
    invoices = receivables.unpaid(today)
    totals = receivables.ageing(invoices)
    title = say(msg("Unpaid invoices"))
    story = [para(title, st["h1"]),
             para(say(msg("As of {0}: {1} invoices open, {2} of them overdue",
                          say.day(today), say.count(totals.invoices),
                          say.count(totals.overdue))), st["body"]),
             Spacer(1, 4 * mm), para(say(msg("By how late")), st["h2"])]
    ages = [say(msg("Not yet due")), say(msg("1–30 days")), say(msg("31–60 days")),
            say(msg("61–90 days")), say(msg("Over 90 days"))]
    story += table([say(msg("Currency")), *ages, say(msg("Total"))],
                   [(currency, *(say.money(v, currency) if v else "—" for v in columns),
                     say.money(sum(columns), currency))
                    for currency, columns in sorted(totals.by_currency.items())]
                   or [("—", *([""] * (len(ages) + 1)))],
                   [width * .1] + [width * .15] * (len(ages) + 1), st, rtl)
    story += [para(say(msg("By customer")), st["h2"])]
    rows = []
    for owed in receivables.by_customer(invoices).values():
        for i, invoice in enumerate(owed):
            rows.append((owed[0].customer if i == 0 else "", invoice.invoice_number or "—",
                         say.day(invoice.due_on, "—"),
                         say.count(invoice.days_late) if invoice.days_late else "",
                         say.money(invoice.paid_minor, invoice.currency)
                         if invoice.paid_minor else "",
                         say.money(invoice.amount_minor, invoice.currency)))
    story += table([say(msg("Customer")), say(msg("Invoice")), say(msg("Due")),
                    say(msg("Days late")), say(msg("Paid so far")), say(msg("Amount due"))],
                   rows or [(say(msg("Nothing is owed.")), "", "", "", "", "")],
                   [width * w for w in (.26, .14, .14, .1, .18, .18)], st, rtl)
    write_pdf(path, page_size, title, story, get_setting("business_name") or "crm-desktop",
              progress, say)
    return totals.invoices


STATEMENT_DAYS = 365  # the account a statement lists: the last 12 months'


def build_statement(path: Path, contact_id: int, today: date, *, page_size: str = "A4",
                    progress: Progress | None = None, wording: Wording | None = None,
                    since: date | None = None) -> int:
    """Write the customer's statement of account, its account from `since` (by default the
    last 12 months); returns how many invoices are open."""
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise InputError(msg("there is no contact {0}", contact_id), field="contact")
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(rtl)
    width = document(path, page_size, "").width
    owed = receivables.unpaid_of(contact_id, today)
    since = since or today - timedelta(days=STATEMENT_DAYS - 1)
    if since > today:
        raise InputError(msg("the account's first day, {0}, comes after its last, {1}",
                             since.isoformat(), today.isoformat()), field="from")
    accounts = receivables.accounts_of(contact_id, since, today)
    snap = contacts.snapshot(contact_id)
    title = say(msg("Statement of account: {0}", contact.name))
    address = ", ".join(x for x in (contact.address, contact.city, contact.region,
                                    contact.postal_code, contact.country) if x)
    story = [*_letterhead(st), para(title, st["h1"]),
             *(para(line, st["body"]) for line in (address, ", ".join(snap.emails)) if line),
             para(say(msg("As of {0}", say.day(today))), st["body"]),
             Spacer(1, 4 * mm), para(say(msg("Open invoices")), st["h2"])]
    # an invoice paid in part: what was paid of it, beside what is left
    story += table([say(msg("Invoice")), say(msg("Issued")), say(msg("Due")),
                    say(msg("Days late")), say(msg("Paid so far")), say(msg("Amount due"))],
                   [(i.invoice_number or "—", say.day(i.issued_on, "—"), say.day(i.due_on, "—"),
                     say.count(i.days_late) if i.days_late else "",
                     say.money(i.paid_minor, i.currency) if i.paid_minor else "",
                     say.money(i.amount_minor, i.currency)) for i in owed]
                   or [(say(msg("Nothing is owed.")), "", "", "", "", "")],
                   [width * w for w in (.18, .14, .14, .12, .21, .21)], st, rtl)
    totals = receivables.ageing(owed)
    if owed:
        story.append(para(say(msg("Total due: {0}", listing(
            say.money(sum(columns), currency)
            for currency, columns in sorted(totals.by_currency.items())))), st["h2"]))
    story += _account(accounts, since, today, say, st, width)
    write_pdf(path, page_size, title, story, get_setting("business_name") or "crm-desktop",
              progress, say)
    return totals.invoices


def _account(accounts: list[receivables.Account], since: date, until: date, say: Wording,
             st: dict[str, ParagraphStyle], width: float) -> list:
    """The account over the period, per currency: the balance brought forward, each invoice
    and payment with the balance after it, the balance owed at the end."""
    if not accounts:
        return [para(say(msg("Account from {0} to {1}", say.day(since), say.day(until))),
                     st["h2"]), para(say(msg("Nothing was invoiced or paid.")), st["body"])]
    story: list = []
    for account in accounts:
        heading = msg("Account from {0} to {1}", say.day(since), say.day(until))
        if len(accounts) > 1:
            heading = msg("Account in {0} from {1} to {2}", account.currency, say.day(since),
                          say.day(until))
        story.append(para(say(heading), st["h2"]))

        def money(minor: int, currency: str = account.currency) -> str:
            return say.money(minor, currency) if minor else ""

        rows = [(say.day(since), say(msg("Balance brought forward")), "", "",
                 say.money(account.opening_minor, account.currency))]
        rows += [(say.day(m.day),
                  say(msg("Invoice {0}", m.invoice_number or "—") if m.charged_minor
                      else msg("Payment, invoice {0}", m.invoice_number or "—")),
                  money(m.charged_minor), money(m.paid_minor),
                  say.money(m.balance_minor, account.currency)) for m in account.movements]
        rows.append((say.day(until), say(msg("Balance owed")), "", "",
                     say.money(account.closing_minor, account.currency)))
        story += table([say(msg("Date")), say(msg("Entry")), say(msg("Invoiced")),
                        say(msg("Paid")), say(msg("Balance"))], rows,
                       [width * w for w in (.14, .32, .18, .18, .18)], st, say.right_to_left)
    return story


def _letterhead(st: dict[str, ParagraphStyle]) -> list:
    """Who the statement is from: the business's name and the details the owner gave
    (address, phone, bank account), line by line; nothing if neither is given."""
    profile = business_profile()
    if not profile.name and not profile.details:
        return []
    name = ParagraphStyle("sender", parent=st["h2"], spaceBefore=0, spaceAfter=2)
    return [*([para(profile.name, name)] if profile.name else []),
            # (a blank line kept as its height: an empty paragraph has none)
            *(para(line, st["body"]) if line else Spacer(1, st["body"].leading)
              for line in profile.details.splitlines()),
            Spacer(1, 6 * mm)]
