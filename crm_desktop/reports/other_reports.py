"""The funnel report, the activity report and the one-customer profile sheet, built from the
same blocks as the asset matrix report (layout.py) and the same services as the app."""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime, timedelta
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crm_desktop.db.models import INTERACTION_KINDS, ChangeLog, Contact
from crm_desktop.errors import InputError
from crm_desktop.progress import Progress
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.reports.wording import Wording
from crm_desktop.services import (
    acquisition_cost,
    activity,
    asset_matrix,
    birthdays,
    contact_files,
    contacts,
    customer_record,
    funnel,
    history_corrections,
    purchase_rhythm,
    receivables,
)
from crm_desktop.services.date_text import month_day_text
from crm_desktop.services.funnel_metrics import funnel_metrics
from crm_desktop.services.money import exponent
from crm_desktop.services.settings import get_setting
from crm_desktop.services.validation import display_phone
from crm_desktop.stored_names import (
    ACTION_NAMES,
    CHANNEL_NAMES,
    CONTACT_FIELD_NAMES,
    CONTACT_KIND_NAMES,
    DIRECTION_NAMES,
    HISTORY_ENTRY_NAMES,
    INTERACTION_KIND_NAMES,
    LOGGED_VALUE_NAMES,
    STATUS_NAMES,
)
from crm_desktop.translatable import Message, msg


def _write(path: Path, page_size: str, title: str, story: list,
           progress: Progress | None, say: Wording) -> None:
    write_pdf(path, page_size, title, story, get_setting("business_name") or "crm-desktop",
              progress, say)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def _period(say: Wording, start: datetime, end: datetime) -> Message:
    return msg("{0} to {1}", say.day(start.astimezone().date()),
               say.day(end.astimezone().date()))


def _change(say: Wording, h: ChangeLog) -> tuple[str, str, str]:
    """A logged change's field, before and after, as the reader reads them."""
    if h.field in HISTORY_ENTRY_NAMES:  # an interaction, payment or offer corrected
        return (say.key(HISTORY_ENTRY_NAMES, h.field),
                say(history_corrections.entry_summary(h.field, h.old_value, say.label)),
                say(history_corrections.entry_summary(h.field, h.new_value, say.label)))
    if h.field == "birthday":
        return (say.key(CONTACT_FIELD_NAMES, h.field), _birthday(h.old_value, say),
                _birthday(h.new_value, say))
    names = LOGGED_VALUE_NAMES.get(h.field or "", {})
    return (say.key(CONTACT_FIELD_NAMES, h.field), say.key(names, h.old_value),
            say.key(names, h.new_value))


def _heads(say: Wording, *heads: Message) -> list[str]:
    return [say(h) for h in heads]


def build_funnel_report(path: Path, start: datetime, end: datetime, *,
                        page_size: str = "A4", progress: Progress | None = None,
                        wording: Wording | None = None) -> None:
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(say.right_to_left)
    width = document(path, page_size, "").width
    m = funnel_metrics(start, end, say.dating)
    summaries = funnel.stage_summaries()
    title = say(msg("Sales funnel"))
    story = [para(title, st["h1"]), para(say(_period(say, start, end)), st["body"]),
             Spacer(1, 4 * mm), para(say(msg("The board today")), st["h2"])]
    rows = []
    for stage in funnel.list_stages():
        s = summaries.get(stage.id, funnel.StageSummary())
        rows.append((say.named(stage.name), s.count,
                     ", ".join(say.money(v, c) for c, v in sorted(s.value_minor.items())),
                     ", ".join(say.money(v, c) for c, v in sorted(s.weighted_minor.items()))))
    story += table(_heads(say, msg("Stage"), msg("Deals"), msg("Total value"),
                          msg("Weighted value")), rows,
                   [width * .25, width * .15, width * .3, width * .3], st, rtl)
    story += [para(say(msg("In the period")), st["h2"])]
    cycle = m.avg_sales_cycle_days
    story += table(_heads(say, msg("Measure"), msg("Value")), [
        (say(msg("Deals created")), m.created), (say(msg("Won")), m.won),
        (say(msg("Lost")), m.lost), (say(msg("Win rate")), _pct(m.win_rate)),
        (say(msg("Average sales cycle")),
         "—" if cycle is None else say(msg("{0} days", say.decimal(cycle)))),
        *[(say(msg("Conversion {0} → {1}", say.named(a), say.named(b))), _pct(rate))
          for a, b, rate in m.conversion],
        *[(say(msg("Days in {0}", say.named(stage))), say.decimal(days))
          for stage, days in m.avg_days_in_stage.items()],
    ], [width * .6, width * .4], st, rtl)
    story += [para(say(msg("Loss reasons")), st["h2"])]
    story += table(_heads(say, msg("Reason"), msg("Deals")),
                   [(say.named(r), n) for r, n in m.loss_reasons.items()] or [("—", 0)],
                   [width * .7, width * .3], st, rtl)
    # what a new customer cost, by lead source (the owner's marketing spend)
    sources = acquisition_cost.by_source(start.date(), (end - timedelta(seconds=1)).date())
    if sources:
        story += [para(say(msg("Acquisition cost")), st["h2"])]
        story += table(
            _heads(say, msg("Source"), msg("Spent"), msg("Leads"), msg("Customers"),
                   msg("Per lead"), msg("Per customer")),
            [(r.source, say.money(r.spent_minor, r.currency) if r.currency else "—",
              say.count(r.leads), say.count(r.customers),
              say.money(r.per_lead, r.currency) if r.per_lead is not None else "—",
              say.money(r.per_customer, r.currency) if r.per_customer is not None else "—")
             for r in sources],
            [width * w for w in (.24, .17, .1, .13, .18, .18)], st, rtl)
    story += [para(say(msg("Weighted forecast by month of expected close")), st["h2"])]
    story += table(_heads(say, msg("Month"), msg("Weighted value")),
                   [(month, ", ".join(say.money(v, c) for c, v in sorted(by.items())))
                    for month, by in m.forecast.items()] or [("—", "")],
                   [width * .4, width * .6], st, rtl)
    _write(path, page_size, title, story, progress, say)


def build_activity_report(path: Path, start: datetime, end: datetime, *,
                          page_size: str = "A4", progress: Progress | None = None,
                          wording: Wording | None = None) -> None:
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(say.right_to_left)
    width = document(path, page_size, "").width
    interactions = activity.interactions_between(start, end)
    done = activity.reminders_done_between(start, end)
    kinds = Counter(i.kind for i in interactions)
    title = say(msg("Activity"))
    story = [para(title, st["h1"]), para(say(_period(say, start, end)), st["body"]),
             Spacer(1, 4 * mm), para(say(msg("Interactions by kind")), st["h2"])]
    story += table(_heads(say, msg("Kind"), msg("Count")),
                   [(say.key(INTERACTION_KIND_NAMES, k), n) for k, n in sorted(kinds.items())]
                   or [("—", 0)], [width * .6, width * .4], st, rtl)
    monthly, periods = activity.by_period(interactions, done, start, end, say.dating)
    story += [para(say(msg("Month by month") if monthly else msg("Week by week")), st["h2"])]
    story += table([say(msg("Month") if monthly else msg("Week of")),
                    *(say.key(INTERACTION_KIND_NAMES, k) for k in INTERACTION_KINDS),
                    say(msg("Reminders done"))],
                   [(say.month(p.start) if monthly else say.day(p.start),
                     *(say.count(p.kinds[k]) if p.kinds[k] else "" for k in INTERACTION_KINDS),
                     say.count(p.done) if p.done else "") for p in periods],
                   [width * .16] + [width * .12] * len(INTERACTION_KINDS) + [width * .12],
                   st, rtl)
    story += [para(say(msg("Interactions ({0})", say.count(len(interactions)))), st["h2"])]
    story += table(_heads(say, msg("When"), msg("Customer"), msg("Kind"), msg("Subject"),
                          msg("Outcome")),
                   [(say.moment(i.occurred_at), i.customer,
                     say.key(INTERACTION_KIND_NAMES, i.kind), i.subject or "", i.outcome or "")
                    for i in interactions] or [("—", "", "", "", "")],
                   [width * .17, width * .25, width * .12, width * .26, width * .2], st, rtl)
    story += [para(say(msg("Reminders done ({0})", say.count(len(done)))), st["h2"])]
    story += table(_heads(say, msg("Done"), msg("Reminder"), msg("Customer")),
                   [(say.moment(r.done_at), r.title, r.customer or "")
                    for r in done] or [("—", "", "")],
                   [width * .2, width * .45, width * .35], st, rtl)
    _write(path, page_size, title, story, progress, say)


def _owed(contact_id: int, day: date, say: Wording) -> list[tuple[str, str]]:
    """What the customer owes and how late, as the record says it."""
    owed = receivables.unpaid_of(contact_id, day)
    if not owed:
        return []
    totals = receivables.ageing(owed)
    text = ", ".join(say.money(sum(columns), currency)
                     for currency, columns in sorted(totals.by_currency.items()))
    if totals.overdue:
        oldest = owed[0].days_late
        text += " — " + say(msg("overdue: {0}, the oldest {1} day late", say.count(
            totals.overdue), say.count(oldest)) if oldest == 1 else msg(
            "overdue: {0}, the oldest {1} days late", say.count(totals.overdue),
            say.count(oldest)))
    return [(say(msg("Owes")), text)]


def _worth(contact_id: int, day: date, say: Wording) -> list[tuple[str, str]]:
    """What the customer is worth and how they buy, as of `day`: the lines the customer's
    record shows beside their details."""
    f = asset_matrix.customer_figures(contact_id, asset_matrix.end_of_day(day))
    if f is None:
        return _owed(contact_id, day, say)

    def amount(value: float) -> str:
        return say.money(round(value * 10 ** exponent(f.currency)), f.currency)

    rows = []
    if f.revenue_lifetime > 0:  # (one figure a line, as the record: see contact_detail)
        rows.append((say(msg("Revenue, 12 months")), amount(f.revenue_12m)))
        if f.revenue_lifetime != f.revenue_12m:
            rows.append((say(msg("Revenue, lifetime")), amount(f.revenue_lifetime)))
        rows.append((say(msg("Customer for")),
                     say(asset_matrix.tenure_message(f.tenure_years, say.lang))))
    if f.reliability is not None:
        rows.append((say(msg("Paid on time")), f"{round(f.reliability * 100)}%"))
    if f.satisfaction is not None:
        rows.append((say(msg("Satisfaction")), say(msg("{0} of 5", say.decimal(f.satisfaction)))))
    if f.interactions_12m:
        rows.append((say(msg("Contacts, 12 months")), say.count(f.interactions_12m)))
        if f.revenue_per_interaction:
            rows.append((say(msg("Revenue per contact")), amount(f.revenue_per_interaction)))
    if f.open_complaints:
        rows.append((say(msg("Open complaints")), say.count(f.open_complaints)))
    if f.cost_to_serve_12m:
        rows.append((say(msg("Cost to serve, 12 months")), amount(f.cost_to_serve_12m)))
    rhythm = purchase_rhythm.rhythm(contact_id, asset_matrix.end_of_day(day))
    if rhythm is not None:
        text = say(msg("every {0} days; last on {1}", say.count(rhythm.every_days),
                       say.day(rhythm.last_bought)))
        if rhythm.overdue:
            text += " — " + say(msg("overdue"))
        rows.append((say(msg("Buys")), text))
    return rows + _owed(contact_id, day, say)


def build_customer_profile(path: Path, contact_id: int, *, page_size: str = "A4",
                           today=None, progress: Progress | None = None,
                           wording: Wording | None = None) -> None:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise InputError(msg("there is no contact {0}", contact_id), field="contact")
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(say.right_to_left)
    width = document(path, page_size, "").width
    snap = contacts.snapshot(contact_id)
    field = CONTACT_FIELD_NAMES
    facts = [
        (field["kind"], say.key(CONTACT_KIND_NAMES, contact.kind)),
        (field["company"], contact.company.name if contact.company else ""),
        (field["job_title"], contact.job_title),
        (field["birthday"], _birthday(contact.birthday, say)),
        (field["status"], say.key(STATUS_NAMES, contact.status)),
        (field["is_vip"], say(msg("yes") if contact.is_vip else msg("no"))),
        (field["segment"], contact.segment), (field["industry"], contact.industry),
        (field["lead_source"], contact.lead_source),
        (field["phones"], ", ".join(display_phone(n) or n for n, _ in snap.phones)),
        (field["emails"], ", ".join(snap.emails)),
        (field["address"], ", ".join(x for x in (contact.address, contact.city,
                                                 contact.region, contact.postal_code,
                                                 contact.country) if x)),
        (field["tags"], ", ".join(snap.tags)),
        (field["preferred_channel"], say.key(CHANNEL_NAMES, contact.preferred_channel)),
        (field["preferences"], contact.preferences), (field["needs"], contact.needs),
        (field["hidden_needs"], contact.hidden_needs), (field["notes"], contact.notes),
    ]
    story = [para(contact.name, st["h1"])]
    story += table(["", ""], [(say.label(k), v) for k, v in facts if v] +
                   _worth(contact_id, today or datetime.now().date(), say),
                   [width * .25, width * .75], st, rtl)
    story += [para(say(msg("Interactions")), st["h2"])]
    story += table(_heads(say, msg("When"), msg("Kind"), msg("Direction"), msg("Subject"),
                          msg("Outcome"), msg("Satisfaction")),
                   [(say.day(i.occurred_at.astimezone().date()),
                     say.key(INTERACTION_KIND_NAMES, i.kind),
                     say.key(DIRECTION_NAMES, i.direction), i.subject or "", i.outcome or "",
                     i.satisfaction or "")
                    for i in customer_record.interactions_of(contact_id)] or
                   [("—", "", "", "", "", "")],
                   [width * w for w in (.13, .12, .13, .26, .20, .16)], st, rtl)
    day = today or datetime.now().date()

    def on_time(p: customer_record.PaymentLine) -> str:
        """As the record says it: on time, or how late."""
        kept = p.on_time(day)
        if kept is None:
            return ""
        if kept:
            return say(msg("on time"))
        if p.paid_on:
            late = (p.paid_on - p.due_on).days
            return say(msg("{0} day late", say.count(late)) if late == 1
                       else msg("{0} days late", say.count(late)))
        late = (day - p.due_on).days
        return say(msg("unpaid, {0} day late", say.count(late)) if late == 1
                   else msg("unpaid, {0} days late", say.count(late)))

    story += [para(say(msg("Payments")), st["h2"])]
    story += table(_heads(say, msg("Invoice"), msg("Amount"), msg("Due"), msg("Paid"),
                          msg("On time")),
                   [(p.invoice_number or "", say.money(p.amount_minor, p.currency),
                     say.day(p.due_on), say.day(p.paid_on), on_time(p))
                    for p in customer_record.payments_of(contact_id)] or
                   [("—", "", "", "", "")],
                   [width * w for w in (.2, .25, .18, .18, .19)], st, rtl)
    story += [para(say(msg("Deals")), st["h2"])]
    story += table(_heads(say, msg("Deal"), msg("Stage"), msg("Value"), msg("Expected close")),
                   [(d.title, say.named(s.name), say.money(d.value_minor, d.currency),
                     say.day(d.expected_close_on))
                    for d, s in customer_record.deals_of(contact_id)]
                   or [("—", "", "", "")], [width * w for w in (.4, .2, .2, .2)], st, rtl)
    story += [para(say(msg("Competitor offers")), st["h2"])]
    story += table(_heads(say, msg("Competitor"), msg("What"), msg("Price"), msg("Date")),
                   [(o.competitor, o.description or "",
                     say.money(o.price_minor, o.currency) if o.price_minor else "",
                     say.day(o.offered_on)) for o in customer_record.offers_of(contact_id)] or
                   [("—", "", "", "")], [width * w for w in (.25, .4, .18, .17)], st, rtl)
    documents = contact_files.files_of(contact_id)
    if documents:  # (what is on file for them: the sheet names it, the record holds it)
        story += [para(say(msg("Documents")), st["h2"])]
        story += table(_heads(say, msg("Document"), msg("Added")),
                       [(d.name, say.moment(d.added_at)) for d in documents],
                       [width * w for w in (.75, .25)], st, rtl)
    story += [para(say(msg("Changes to the record")), st["h2"])]
    story += table(_heads(say, msg("When"), msg("Change"), msg("Field"), msg("Before"),
                          msg("After")),
                   [(say.moment(h.changed_at),
                     say.key(ACTION_NAMES, h.action), *_change(say, h))
                    for h in contacts.change_history(contact_id)[:500]] or
                   [("—", "", "", "", "")],
                   [width * w for w in (.18, .12, .16, .27, .27)], st, rtl)
    _write(path, page_size, say(msg("Customer profile: {0}", contact.name)), story, progress,
           say)


def _birthday(stored: str | None, say: Wording) -> str:
    """The day as the report dates days; the day and the month's name without the year."""
    if not stored:
        return ""
    year, month, day = birthdays.parts(stored)
    if year is None:
        return month_day_text(month, day, say.lang)
    return say.day(date.fromisoformat(stored))
