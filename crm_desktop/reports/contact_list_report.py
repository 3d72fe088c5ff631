"""A list of contacts in PDF: those a search and filters show (the view on screen, or a
saved view), with how to reach them, to call down or to hand to a colleague. Its head says
which contacts it lists, in the report's language, so that a printed page explains itself.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from crm_desktop.errors import CancelledError, InputError
from crm_desktop.progress import Progress
from crm_desktop.reports.layout import document, para, styles, table, write_pdf
from crm_desktop.reports.wording import Wording
from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import BIRTHDAY_DAYS, ContactFilter
from crm_desktop.services.settings import get_setting
from crm_desktop.services.validation import display_phone
from crm_desktop.translatable import msg

BATCH = 2000  # contacts read per query
WIDTHS = (.21, .19, .14, .25, .12, .09)  # name, company, phone, e-mail, city, last contact
ROWS_PER_PAGE = 28  # about, for the progress bar (one line a contact, A4 across)
# a longer list is a spreadsheet's work: 20,000 contacts made 748 pages in 3 s at 150 MB
# (every page is held until "page N of M" is known); 100,000 took 24 s and 440 MB
MOST_CONTACTS = 20_000


def describe(flt: ContactFilter, say: Wording) -> list[str]:
    """What narrows the list, one phrase a filter, in the report's language."""
    said: list[object] = []
    if flt.trash:
        said.append(msg("In the Trash"))
    if flt.search.strip():
        said.append(msg("Search: “{0}”", flt.search.strip()))
    if flt.kind:
        said.append(msg("People only") if flt.kind == "person" else msg("Companies only"))
    if flt.ids is not None:
        said.append(msg("{0} chosen contacts", say.count(len(flt.ids))))
    for value, template in ((flt.tag, msg("Tag: {0}", flt.tag)),
                            (flt.segment, msg("Segment: {0}", flt.segment)),
                            (flt.industry, msg("Industry: {0}", flt.industry)),
                            (flt.city, msg("City or region: {0}", flt.city)),
                            (flt.country, msg("Country: {0}", flt.country)),
                            (flt.lead_source, msg("Source: {0}", flt.lead_source))):
        if value:
            said.append(template)
    if flt.vip is not None:
        said.append(msg("VIP only") if flt.vip else msg("Not VIP"))
    if flt.status:
        said.append({"lead": msg("Leads"), "customer": msg("Customers"),
                     "lost": msg("Lost customers")}.get(flt.status, flt.status))
    if flt.silent_since is not None:
        said.append(msg("No contact since {0}", say.day(flt.silent_since.astimezone().date())))
    if flt.overdue_on is not None:
        said.append(msg("Overdue to buy"))
    if flt.owing_on is not None:
        said.append(msg("Owing money"))
    if flt.birthday_from is not None:
        said.append(msg("A birthday within {0} days", BIRTHDAY_DAYS))
    return [say(text) for text in said]


def too_many(n: int) -> InputError:
    """The refusal of a list too long to print, with what to do instead."""
    found, most = f"{n:,}", f"{MOST_CONTACTS:,}"
    return InputError(msg("{0} contacts are too many for a printed list (at most {1}): narrow "
                          "them with a search or the filters, or export them to a spreadsheet",
                          found, most), field="contacts")


def build_contact_list(path: Path, flt: ContactFilter, today: date, *,
                       view_name: str | None = None, sort: str = "name",
                       descending: bool = False, page_size: str = "A4",
                       progress: Progress | None = None,
                       wording: Wording | None = None) -> int:
    """Write the list of the contacts `flt` shows, in the order `sort` gives them (a table
    column's key); returns how many it lists."""
    say = wording or Wording()
    rtl = say.right_to_left
    st = styles(rtl)
    width = document(path, page_size, "", across=True).width  # (six columns: landscape)
    ids = contact_query.ordered_ids(flt, sort, descending)
    if len(ids) > MOST_CONTACTS:
        raise too_many(len(ids))
    rows = []
    for start in range(0, len(ids), BATCH):
        if progress is not None and progress(0, len(ids)) is False:  # (cancel while reading)
            raise CancelledError(msg("report cancelled"))
        chunk = list(ids[start:start + BATCH])
        found = contact_query.rows_for(chunk)
        rows += [(r.name + (" ★" if r.is_vip else ""), r.company or "",
                  display_phone(r.phone) or "", r.email or "", r.city or "",
                  say.day(r.last_contact_at.astimezone().date() if r.last_contact_at
                          else None))
                 for r in (found[cid] for cid in chunk if cid in found)]
    title = say(msg("Contact list: {0}", view_name) if view_name else msg("Contact list"))
    narrowed = describe(flt, say)
    story = [para(title, st["h1"]),
             para(say(msg("{0} contacts, as of {1}", say.count(len(rows)), say.day(today))),
                  st["body"]),
             *([para(" · ".join(narrowed), st["body"])] if narrowed else []),
             *([para(say(msg("★ VIP")), st["body"])] if any(r[0].endswith(" ★") for r in rows)
               else []),
             Spacer(1, 4 * mm)]
    story += table([say(msg("Name")), say(msg("Company")), say(msg("Phone")),
                    say(msg("E-mail")), say(msg("City")), say(msg("Last contact"))],
                   rows or [(say(msg("No contact matches.")), "", "", "", "", "")],
                   [width * w for w in WIDTHS], st, rtl)
    write_pdf(path, page_size, title, story, get_setting("business_name") or "crm-desktop",
              progress, say, parts=len(rows) // ROWS_PER_PAGE, across=True)
    return len(rows)
