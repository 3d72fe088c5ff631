"""The funnel report, the activity report and the one-customer profile sheet, built from the
same blocks as the asset matrix report (layout.py) and the same services as the app."""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crm_desktop.db.models import Contact, Interaction, Reminder
from crm_desktop.errors import InputError
from crm_desktop.progress import Progress
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.services import contacts, customer_record, funnel
from crm_desktop.services.funnel_metrics import funnel_metrics
from crm_desktop.services.money import format_money
from crm_desktop.services.settings import get_setting
from crm_desktop.services.validation import display_phone
from crm_desktop.translatable import msg


def _write(path: Path, page_size: str, title: str, story: list,
           progress: Progress | None) -> None:
    write_pdf(path, page_size, title, story, get_setting("business_name") or "crm-desktop",
              progress)


def _pct(value: float | None) -> str:
    return "—" if value is None else f"{value:.0%}"


def build_funnel_report(path: Path, start: datetime, end: datetime, *,
                        page_size: str = "A4", progress: Progress | None = None) -> None:
    st = styles()
    width = document(path, page_size, "").width
    m = funnel_metrics(start, end)
    summaries = funnel.stage_summaries()
    story = [para("Sales funnel", st["h1"]),
             para(f"{start:%Y-%m-%d} to {end:%Y-%m-%d}", st["body"]), Spacer(1, 4 * mm),
             para("The board today", st["h2"])]
    rows = []
    for stage in funnel.list_stages():
        s = summaries.get(stage.id, funnel.StageSummary())
        rows.append((stage.name, s.count,
                     ", ".join(format_money(v, c) for c, v in sorted(s.value_minor.items())),
                     ", ".join(format_money(v, c) for c, v in sorted(s.weighted_minor.items()))))
    story += table(["Stage", "Deals", "Total value", "Weighted value"], rows,
                   [width * .25, width * .15, width * .3, width * .3], st)
    story += [para("In the period", st["h2"])]
    story += table(["Measure", "Value"], [
        ("Deals created", m.created), ("Won", m.won), ("Lost", m.lost),
        ("Win rate", _pct(m.win_rate)),
        ("Average sales cycle", "—" if m.avg_sales_cycle_days is None
         else f"{m.avg_sales_cycle_days:.1f} days"),
        *[(f"Conversion {a} → {b}", _pct(rate)) for a, b, rate in m.conversion],
        *[(f"Days in {stage}", f"{days:.1f}") for stage, days in m.avg_days_in_stage.items()],
    ], [width * .6, width * .4], st)
    story += [para("Loss reasons", st["h2"])]
    story += table(["Reason", "Deals"], list(m.loss_reasons.items()) or [("—", 0)],
                   [width * .7, width * .3], st)
    story += [para("Weighted forecast by month of expected close", st["h2"])]
    story += table(["Month", "Weighted value"],
                   [(month, ", ".join(format_money(v, c) for c, v in sorted(by.items())))
                    for month, by in m.forecast.items()] or [("—", "")],
                   [width * .4, width * .6], st)
    _write(path, page_size, "Sales funnel", story, progress)


def build_activity_report(path: Path, start: datetime, end: datetime, *,
                          page_size: str = "A4", progress: Progress | None = None) -> None:
    st = styles()
    width = document(path, page_size, "").width
    interactions = list(
        Interaction.select(Interaction, Contact).join(Contact)
        .where(Interaction.deleted_at.is_null() & (Interaction.occurred_at >= start)
               & (Interaction.occurred_at < end)).order_by(Interaction.occurred_at))
    done = list(Reminder.select().where(Reminder.done_at.is_null(False)
                                        & (Reminder.done_at >= start)
                                        & (Reminder.done_at < end)).order_by(Reminder.done_at))
    kinds = Counter(i.kind for i in interactions)
    story = [para("Activity", st["h1"]), para(f"{start:%Y-%m-%d} to {end:%Y-%m-%d}",
                                               st["body"]), Spacer(1, 4 * mm),
             para("Interactions by kind", st["h2"])]
    story += table(["Kind", "Count"], sorted(kinds.items()) or [("—", 0)],
                   [width * .6, width * .4], st)
    story += [para(f"Interactions ({len(interactions):,})", st["h2"])]
    story += table(["When", "Customer", "Kind", "Subject", "Outcome"],
                   [(f"{i.occurred_at.astimezone():%Y-%m-%d %H:%M}", i.contact.name, i.kind,
                     i.subject or "", i.outcome or "") for i in interactions] or
                   [("—", "", "", "", "")],
                   [width * .17, width * .25, width * .12, width * .26, width * .2], st)
    story += [para(f"Reminders done ({len(done):,})", st["h2"])]
    story += table(["Done", "Reminder", "Customer"],
                   [(f"{r.done_at.astimezone():%Y-%m-%d %H:%M}", r.title,
                     r.contact.name if r.contact else "") for r in done] or [("—", "", "")],
                   [width * .2, width * .45, width * .35], st)
    _write(path, page_size, "Activity", story, progress)


def build_customer_profile(path: Path, contact_id: int, *, page_size: str = "A4",
                           today=None, progress: Progress | None = None) -> None:
    contact = Contact.get_or_none(Contact.id == contact_id)
    if contact is None:
        raise InputError(msg("there is no contact {0}", contact_id), field="contact")
    st = styles()
    width = document(path, page_size, "").width
    snap = contacts.snapshot(contact_id)
    facts = [
        ("Kind", contact.kind), ("Company", contact.company.name if contact.company else ""),
        ("Job title", contact.job_title), ("Status", contact.status),
        ("VIP", "yes" if contact.is_vip else "no"), ("Segment", contact.segment),
        ("Industry", contact.industry), ("Lead source", contact.lead_source),
        ("Phones", ", ".join(display_phone(n) or n for n, _ in snap.phones)),
        ("E-mails", ", ".join(snap.emails)),
        ("Address", ", ".join(x for x in (contact.address, contact.city, contact.region,
                                          contact.postal_code, contact.country) if x)),
        ("Tags", ", ".join(snap.tags)), ("Prefers", contact.preferred_channel),
        ("Likes", contact.preferences), ("Needs", contact.needs),
        ("Hidden needs", contact.hidden_needs), ("Notes", contact.notes),
    ]
    story = [para(contact.name, st["h1"])]
    story += table(["", ""], [(k, v) for k, v in facts if v], [width * .25, width * .75], st)
    story += [para("Interactions", st["h2"])]
    story += table(["When", "Kind", "Direction", "Subject", "Outcome", "Satisfaction"],
                   [(f"{i.occurred_at.astimezone():%Y-%m-%d}", i.kind, i.direction or "",
                     i.subject or "", i.outcome or "", i.satisfaction or "")
                    for i in customer_record.interactions_of(contact_id)] or
                   [("—", "", "", "", "", "")],
                   [width * w for w in (.14, .12, .12, .28, .22, .12)], st)
    day = today or datetime.now().date()
    story += [para("Payments", st["h2"])]
    story += table(["Invoice", "Amount", "Due", "Paid", "On time"],
                   [(p.invoice_number or "", format_money(p.amount_minor, p.currency),
                     p.due_on or "", p.paid_on or "",
                     {True: "on time", False: "late", None: ""}[p.on_time(day)])
                    for p in customer_record.payments_of(contact_id)] or
                   [("—", "", "", "", "")],
                   [width * w for w in (.2, .25, .18, .18, .19)], st)
    story += [para("Deals", st["h2"])]
    story += table(["Deal", "Stage", "Value", "Expected close"],
                   [(d.title, s.name, format_money(d.value_minor, d.currency),
                     d.expected_close_on or "") for d, s in customer_record.deals_of(contact_id)]
                   or [("—", "", "", "")], [width * w for w in (.4, .2, .2, .2)], st)
    story += [para("Competitor offers", st["h2"])]
    story += table(["Competitor", "What", "Price", "Date"],
                   [(o.competitor, o.description or "",
                     format_money(o.price_minor, o.currency) if o.price_minor else "",
                     o.offered_on or "") for o in customer_record.offers_of(contact_id)] or
                   [("—", "", "", "")], [width * w for w in (.25, .4, .18, .17)], st)
    story += [para("Changes to the record", st["h2"])]
    story += table(["When", "Change", "Field", "Before", "After"],
                   [(f"{h.changed_at.astimezone():%Y-%m-%d %H:%M}", h.action, h.field or "",
                     h.old_value or "", h.new_value or "")
                    for h in contacts.change_history(contact_id)[:500]] or
                   [("—", "", "", "", "")],
                   [width * w for w in (.18, .12, .16, .27, .27)], st)
    _write(path, page_size, f"Customer profile: {contact.name}", story, progress)
