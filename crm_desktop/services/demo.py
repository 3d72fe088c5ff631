"""A realistic, deterministic demo database: the same seed and date give the same data.

English, Russian and Persian companies and people, deals in every stage with their stage
histories, interactions (complaints and feedback too), payments on time and late,
competitor offers and reminders, some overdue. Written with executemany in one transaction:
100,000 contacts take seconds.
"""

from __future__ import annotations

import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from itertools import chain, repeat
from typing import Any

from peewee import SqliteDatabase

from crm_desktop.db.fields import to_storage
from crm_desktop.db.models import Contact, LossReason, MarketingSpend, Stage, Tag
from crm_desktop.errors import InputError
from crm_desktop.services import demo_names as w
from crm_desktop.services import scoring
from crm_desktop.services.contacts import sort_key
from crm_desktop.services.saved_views import SavedView, save_view
from crm_desktop.services.settings import set_setting
from crm_desktop.translatable import msg

CHUNK = 5000
TRIES = 5  # draws for a name not yet taken from the usual names
MORE_TRIES = 10  # then from the further ones too, before a name is let be taken twice
TWINS = 0.01  # of people, entered twice
LOCALES = ("en", "ru", "fa")
LOCALE_WEIGHTS = (45, 30, 25)
# share of deals per stage key
STAGE_WEIGHTS = {
    "awareness": 15,
    "interest": 15,
    "decision": 10,
    "action": 8,
    "won": 32,
    "lost": 20,
}

ProgressFn = Callable[[int, int], None]


@dataclass
class DemoResult:
    contacts: int = 0
    companies: int = 0
    deals: int = 0
    interactions: int = 0
    payments: int = 0
    reminders: int = 0


def _phone(rng: random.Random, locale: str) -> str:
    """A valid-looking mobile number of the locale; random, so nearly always unique."""
    if locale == "ru":
        return f"+79{rng.randint(10, 99)}{rng.randint(1000000, 9999999)}"
    if locale == "fa":
        return f"+989{rng.choice((12, 13, 19, 35, 36))}{rng.randint(1000000, 9999999)}"
    if rng.random() < 0.6:
        return f"+447{rng.choice((4, 5, 7, 8, 9))}{rng.randint(10000000, 99999999)}"
    return f"+1{rng.choice((212, 617, 415, 312, 416))}{rng.randint(2000000, 9999999)}"


def _ts(moment: datetime) -> str:
    return to_storage(moment)


class _Builder:
    def __init__(self, db: SqliteDatabase, rng: random.Random, now: datetime,
                 birthdays: random.Random | None = None,
                 more_names: random.Random | None = None):
        self.db = db
        self.conn = db.connection()
        self.rng = rng
        # birthdays drawn apart: the rest of a seed's demo stays as it was before them
        self.birthdays = birthdays or random.Random(0)
        self.more_names = more_names or random.Random(0)  # (so are the further names)
        self.now = now.astimezone(UTC).replace(microsecond=0)
        self.today = self.now.date()
        self.stages = {s.key: s for s in Stage.select()}
        self.stage_order = [
            s for s in sorted(self.stages.values(), key=lambda s: s.position) if s.kind == "open"
        ]
        self.loss_reasons = [r.id for r in LossReason.select()]
        self.result = DemoResult()
        # names taken in each city, a firm's or a person's (two of them would be told
        # apart by nothing, as duplicates are)
        self.taken: set[tuple[str, object]] = set()
        self.next = {
            t: self._max_id(t) + 1
            for t in ("contact", "deal", "interaction", "payment", "reminder")
        }

    def _max_id(self, table: str) -> int:
        return self.conn.execute(f"SELECT coalesce(max(id), 0) FROM {table}").fetchone()[0]

    def _id(self, table: str) -> int:
        value = self.next[table]
        self.next[table] += 1
        return value

    def _insert(self, table: str, columns: tuple[str, ...], rows: list[tuple]) -> None:
        if rows:
            marks = ", ".join("?" * len(columns))
            self.conn.executemany(
                f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({marks})", rows
            )

    def _past(self, max_days: int, min_days: int = 0) -> datetime:
        seconds = self.rng.randint(min_days * 86400, max_days * 86400)
        moment = self.now - timedelta(seconds=seconds)
        # during office hours, local-ish
        return moment.replace(
            hour=self.rng.randint(7, 16), minute=self.rng.choice((0, 15, 30)), second=0
        )


CONTACT_COLUMNS = (
    "id",
    "kind",
    "name",
    "sort_name",
    "first_name",
    "last_name",
    "company_id",
    "job_title",
    "email",
    "phone",
    "address",
    "city",
    "region",
    "postal_code",
    "country",
    "website",
    "industry",
    "lead_source",
    "segment",
    "is_vip",
    "status",
    "company_size",
    "preferred_channel",
    "preferences",
    "needs",
    "notes",
    "created_at",
    "updated_at",
    "birthday",
)


def _cities(locale: str) -> list[tuple[str, str, str]]:
    return {"en": w.EN_CITIES, "ru": w.RU_CITIES, "fa": w.FA_CITIES}[locale]


def _street(rng: random.Random, locale: str) -> str:
    streets = {"en": w.EN_STREETS, "ru": w.RU_STREETS, "fa": w.FA_STREETS}[locale]
    if locale == "en":
        return f"{rng.randint(1, 250)} {rng.choice(streets)}"
    if locale == "ru":
        return f"{rng.choice(streets)}, д. {rng.randint(1, 120)}"
    return f"{rng.choice(streets)}، پلاک {rng.randint(1, 300)}"


def _company_name(rng: random.Random, locale: str, more: bool = False) -> tuple[str, str]:
    if more:  # a firm named after its founder: Harrison Ltd, ИП Кузнецов, بازرگانی رضایی
        forms = {"en": w.EN_COMPANY_FORMS, "ru": w.RU_COMPANY_FORMS, "fa": w.FA_COMPANY_FORMS}
        word, latin = rng.choice(_names(locale, "LAST", True))
        return rng.choice(forms[locale]).format(w=word), latin
    if locale == "en":
        word = rng.choice(w.EN_COMPANY_WORDS)
        return rng.choice(w.EN_COMPANY_FORMS).format(w=word), word.lower()
    if locale == "ru":
        word, latin = rng.choice(w.RU_COMPANY_WORDS)
        return rng.choice(w.RU_COMPANY_FORMS).format(w=word), latin
    word, latin = rng.choice(w.FA_COMPANY_WORDS)
    return rng.choice(w.FA_COMPANY_FORMS).format(w=word), latin


def _untaken(b: _Builder, draw: Callable[..., tuple[str, Any, tuple[str, str, str]]],
             *args: Any) -> tuple[str, Any, tuple[str, str, str]]:
    """A drawn (name, what it is made of, city) that no one in the demo has in that city yet:
    from the usual names with the demo's generator, then from the further names with their
    own, so that the rest of a seed's demo is drawn as before; else the last, a namesake."""
    tries = chain(repeat((b.rng, False), TRIES), repeat((b.more_names, True), MORE_TRIES))
    for rng, more in tries:
        drawn = draw(rng, more, *args)
        if (drawn[0], drawn[2][0]) not in b.taken:
            break
    b.taken.add((drawn[0], drawn[2][0]))
    return drawn


def _draw_company(rng: random.Random, more: bool,
                  locale: str) -> tuple[str, str, tuple[str, str, str]]:
    name, latin = _company_name(rng, locale, more)
    return name, latin, rng.choice(_cities(locale))


def _draw_person(rng: random.Random, more: bool, locale: str,
                 company: _Company | None) -> tuple[str, tuple[str, str, str, str],
                                                    tuple[str, str, str]]:
    parts = _person_name(rng, locale, more)
    city = company.city if company else rng.choice(_cities(locale))
    return f"{parts[0]} {parts[1]}", parts, city


def _entered_twice(b: _Builder, original: tuple) -> tuple:
    """The same person entered again later (from a business card, a web form): the name,
    firm and mobile number, a private e-mail address; what Find duplicates is for."""
    row = list(original)
    row[0] = b._id("contact")
    row[8] = f"{row[8].partition('@')[0]}@home.example"  # (theirs alone: no one else's)
    created = min(b.now, datetime.fromisoformat(row[26]).replace(tzinfo=UTC) + timedelta(
        days=b.rng.randint(30, 400)))
    row[17] = "Website"
    row[19:22] = [0, "lead", None]  # (not a VIP, nor a customer, to the form)
    row[23:29] = [None, None, None, _ts(created), _ts(created), None]  # (nor a birthday)
    return tuple(row)


def _national(number: str) -> str:
    """An E.164 number as its country writes it at home: 07522 597620, 8 (912) 345-67-89."""
    import phonenumbers

    return phonenumbers.format_number(phonenumbers.parse(number),
                                      phonenumbers.PhoneNumberFormat.NATIONAL)


def _names(locale: str, which: str, more: bool) -> list[tuple[str, str]]:
    """A list of demo_names (EN_LAST, RU_FIRST_FEMALE, ...), with its further names."""
    usual = getattr(w, f"{locale.upper()}_{which}")
    return usual + getattr(w, f"MORE_{locale.upper()}_{which}") if more else usual


def _person_name(rng: random.Random, locale: str,
                 more: bool = False) -> tuple[str, str, str, str]:
    """first, last, latin first, latin last"""
    female = rng.random() < 0.5
    first = rng.choice(_names(locale, "FIRST_FEMALE" if female else "FIRST_MALE", more))
    last = rng.choice(_names(locale, "LAST", more))
    if locale == "ru" and female:
        return first[0], last[0] + "а", first[1], last[1] + "a"
    return first[0], last[0], first[1], last[1]


def build_demo(
    db: SqliteDatabase,
    contacts: int = 2000,
    seed: int = 1,
    now: datetime | None = None,
    progress: ProgressFn | None = None,
) -> DemoResult:
    """Fill an empty CRM database with `contacts` demo contacts (a tenth are companies).

    Deterministic for a given `seed` and `now`. Runs in one transaction: it completes or
    leaves the database as it was.
    """
    if contacts < 1:
        raise InputError(msg("must be at least 1"), field="contacts")
    if Contact.select().exists():
        raise InputError(
            msg("the database already holds contacts; use a new file for the demo"), field="db"
        )
    rng = random.Random(seed)
    b = _Builder(db, rng, now or datetime.now(UTC), random.Random(f"birthdays {seed}"),
                 random.Random(f"more names {seed}"))
    with db.atomic():
        # children are written before their contact so that the contact's insert trigger
        # indexes it for search once, complete, instead of once per phone and e-mail
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        _settings()
        tag_ids = _tags(b)
        n_companies = max(1, contacts // 10)
        companies = _companies(b, n_companies)
        done = n_companies
        if progress:
            progress(done, contacts)
        remaining = contacts - n_companies
        while remaining > 0:
            size = min(CHUNK, remaining)
            _people_chunk(b, size, companies, tag_ids)
            remaining -= size
            done += size
            if progress:
                progress(done, contacts)
        scoring.recompute(b.now, open_only=False)
        # (a generator of its own: the contacts of a seed stay those they were)
        _marketing_spend(random.Random(seed), b.now.date(), max(1.0, contacts / 2000))
    return b.result


# what a small business spends a month to bring in leads, by source (USD): the metrics
# set it against the leads and customers each source brought
MONTHLY_SPEND = {"Instagram": (300, 600), "Advertising": (500, 1000), "Website": (100, 200)}
FAIRS_A_YEAR = (2, "Exhibition", (3000, 5000))


def _marketing_spend(rng: random.Random, today: date, scale: float) -> None:
    rows = []
    for month in range(12):
        day = today - timedelta(days=30 * month + 3)
        for source, (low, high) in MONTHLY_SPEND.items():
            rows.append((source, day, round(rng.randint(low, high) * scale) * 100))
    fairs, source, (low, high) = FAIRS_A_YEAR
    for fair in range(fairs):
        rows.append((source, today - timedelta(days=90 + 180 * fair),
                     round(rng.randint(low, high) * scale) * 100))
    MarketingSpend.insert_many(
        [{"lead_source": s, "spent_on": d, "amount_minor": a, "currency": "USD"}
         for s, d, a in rows]).execute()


def _settings() -> None:
    set_setting("business_name", "Demo Trading Co.")
    # the statement's letterhead (invented: the IBAN is the standard's example)
    set_setting("business_details", "12 Mill Road, Leeds LS1 4AB, United Kingdom\n"
                "+44 113 496 0000 · accounts@demo-trading.example\n"
                "IBAN GB82 WEST 1234 5698 7654 32")
    set_setting("currency", "USD")
    set_setting("hourly_cost_minor", 4000)  # 40.00 USD: the records show the cost to serve
    # the cards' scores come from rules an owner might write, so each can be explained
    # (and a recompute, after any change with the board open, keeps them)
    scoring.save_rules([
        scoring.Rule("source", "eq", "Referral", 35),
        scoring.Rule("source", "eq", "Website", 15),
        scoring.Rule("value", "gt", "5000", 20),
        scoring.Rule("company_size", "gt", "20", 15),
        scoring.Rule("interactions_30d", "gt", "0", 15),
        scoring.Rule("has_email", "present", None, 5),
        scoring.Rule("vip", "present", None, 10),
    ])
    # a few views an owner keeps, so that the Views menu shows what it is for
    # (each laid out for what it is for: the quiet ones longest-quiet first, the leads with
    # where they came from)
    reach = ("name", "company", "email", "phone")
    for view in (SavedView("VIP customers", vip=True, status="customer",
                           columns=(*reach, "segment", "last_contact")),
                 SavedView("Customers who owe", owing=True, columns=(*reach, "city")),
                 SavedView("Customers quiet for 90 days", status="customer", silent_days=90,
                           sort="last_contact", columns=(*reach, "segment", "last_contact")),
                 SavedView("Leads in London", status="lead", city="London",
                           columns=(*reach, "lead_source", "industry"))):
        save_view(view)


def _tags(b: _Builder) -> list[int]:
    for name in w.TAGS:
        Tag.insert(name=name, color=w.TAG_COLOURS.get(name)).on_conflict_ignore().execute()
    return [t.id for t in Tag.select().where(Tag.name.in_(w.TAGS))]


@dataclass
class _Company:
    id: int
    locale: str
    city: tuple[str, str, str]
    domain: str
    industry: str
    segment: str


def _companies(b: _Builder, n: int) -> list[_Company]:
    rng = b.rng
    companies: list[_Company] = []
    rows = []
    for _ in range(n):
        locale = rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
        name, latin, city = _untaken(b, _draw_company, locale)
        cid = b._id("contact")
        domain = f"{latin}{cid}.example"
        industry = rng.choice(w.INDUSTRIES)
        segment = rng.choice(w.SEGMENTS)
        created = b._past(3 * 365, 30)
        rows.append(
            (
                cid,
                "company",
                name,
                sort_key(name),
                None,
                None,
                None,
                None,
                f"info@{domain}",
                _phone(rng, locale),
                _street(rng, locale),
                city[0],
                city[2],
                f"{rng.randint(10000, 99999)}",
                city[1],
                f"https://{domain}",
                industry,
                rng.choice(w.LEAD_SOURCES),
                segment,
                int(rng.random() < 0.08),
                "lead",
                rng.choice((3, 8, 15, 40, 120, 500)),
                rng.choice(("phone", "email", "meeting")),
                rng.choice(w.PREFERENCES[locale]),
                None,
                None,
                _ts(created),
                _ts(created),
                None,
            )
        )
        companies.append(_Company(cid, locale, city, domain, industry, segment))
    b._insert(
        "contact_email",
        ("contact_id", "address", "kind", "position"),
        [(r[0], r[8], "work", 0) for r in rows],
    )
    b._insert(
        "contact_phone",
        ("contact_id", "number", "raw", "kind", "position"),
        [(r[0], r[9], r[9], "work", 0) for r in rows],
    )
    b._insert("contact", CONTACT_COLUMNS, rows)
    b.result.companies += n
    b.result.contacts += n
    # companies get deals, interactions and payments like people do
    _activity(b, [(c.id, c.locale) for c in companies])
    return companies


def _people_chunk(b: _Builder, size: int, companies: list[_Company], tag_ids: list[int]) -> None:
    rng = b.rng
    rows, emails, phones, links = [], [], [], []
    people: list[tuple[int, str]] = []
    locales: dict[int, str] = {}  # a person's, for the twin's activity
    for _ in range(size):
        if rows and rng.random() < TWINS:
            original = rows[rng.randrange(len(rows))]
            twin = _entered_twice(b, original)
            rows.append(twin)
            emails.append((twin[0], twin[8], "personal", 0))
            phones.append((twin[0], twin[9], _national(twin[9]), "mobile", 0))
            locales[twin[0]] = locales[original[0]]
            people.append((twin[0], locales[twin[0]]))
            continue
        company = rng.choice(companies) if rng.random() < 0.6 else None
        locale = company.locale if company else rng.choices(LOCALES, LOCALE_WEIGHTS)[0]
        name, (first, last, lfirst, llast), city = _untaken(b, _draw_person, locale, company)
        pid = b._id("contact")
        domain = (
            company.domain
            if company
            else rng.choice(("mail.example", "post.example", "inbox.example"))
        )
        email = f"{lfirst}.{llast}{pid}@{domain}"
        phone = _phone(rng, locale)
        created = b._past(3 * 365, 1)
        rows.append(
            (
                pid,
                "person",
                name,
                sort_key(name),
                first,
                last,
                company.id if company else None,
                rng.choice(w.JOB_TITLES[locale]) if company else None,
                email,
                phone,
                None if company else _street(rng, locale),
                city[0],
                city[2],
                None,
                city[1],
                None,
                company.industry if company else rng.choice(w.INDUSTRIES),
                rng.choice(w.LEAD_SOURCES),
                company.segment if company else rng.choice(w.SEGMENTS),
                int(rng.random() < 0.05),
                "lead",
                None,
                rng.choice(("phone", "email", "messenger")),
                rng.choice(w.PREFERENCES[locale]) if rng.random() < 0.4 else None,
                None,
                None,
                _ts(created),
                _ts(created),
                _birthday(b.birthdays, b.today),
            )
        )
        emails.append((pid, email, "work" if company else "personal", 0))
        phones.append((pid, phone, phone, "mobile", 0))
        if rng.random() < 0.15:
            phones.append((pid, _phone(rng, locale), None, "work", 1))
        for tag in rng.sample(tag_ids, rng.choice((0, 0, 1, 1, 2))):
            links.append((pid, tag))
        people.append((pid, locale))
        locales[pid] = locale
    b._insert("contact_email", ("contact_id", "address", "kind", "position"), emails)
    b._insert("contact_phone", ("contact_id", "number", "raw", "kind", "position"), phones)
    b._insert("contact", CONTACT_COLUMNS, rows)
    b._insert("contact_tag", ("contact_id", "tag_id"), links)
    b.result.contacts += size
    _activity(b, people)


DEAL_COLUMNS = (
    "id",
    "title",
    "contact_id",
    "stage_id",
    "value_minor",
    "currency",
    "probability",
    "expected_close_on",
    "source",
    "score",
    "lost_reason_id",
    "closed_at",
    "position",
    "archived",
    "stage_entered_at",
    "created_at",
    "updated_at",
)


def _activity(b: _Builder, contacts: list[tuple[int, str]]) -> None:
    """Deals with stage histories, interactions, payments, offers and reminders."""
    rng = b.rng
    deals, changes, interactions, payments, offers, reminders = [], [], [], [], [], []
    status: dict[int, str] = {}
    stage_keys = list(STAGE_WEIGHTS)
    weights = list(STAGE_WEIGHTS.values())
    parts = []  # invoices paid in part: the part paid (made after the rest: same demo else)
    for cid, locale in contacts:
        won = []
        for _ in range(rng.choice((0, 0, 0, 1, 1, 2))):
            stage = b.stages[rng.choices(stage_keys, weights)[0]]
            deals.append(_deal(b, cid, locale, stage, changes))
            if stage.kind == "won":
                status[cid] = "customer"
                won.append(deals[-1])
            elif stage.kind == "lost" and status.get(cid) != "customer":
                status[cid] = "lost"
        for _ in range(rng.choice((0, 1, 1, 2, 3, 4, 6))):
            interactions.append(_interaction(b, cid, locale))
        if status.get(cid) == "customer":
            for n in range(max(len(won), rng.randint(1, 8))):
                # each deal won is invoiced for its value on the day it was won; the
                # customer's other invoices are repeat orders, of no deal
                deal = won[n] if n < len(won) else None
                payment = _payment(b, cid, date.fromisoformat(deal[7]) if deal else None)
                if deal:
                    payment[2], payment[4] = deal[0], deal[4]
                payments.append(payment)
                if payment[8] is None and payment[7] < b.today.isoformat() \
                        and payment[0] % 3 == 0:
                    parts.append(payment)
        if rng.random() < 0.03:
            offered = b._past(365).date()
            offers.append(
                (
                    cid,
                    rng.choice(w.COMPETITORS),
                    w.SIMILAR_OFFER[locale],
                    rng.randint(500, 40000) * 100,
                    "USD",
                    offered.isoformat(),
                    _ts(b.now),
                )
            )
        if rng.random() < 0.08:
            reminders.append(_reminder(b, cid, locale, done=False))
        if rng.random() < 0.10:
            reminders.append(_reminder(b, cid, locale, done=True))
    b._insert("deal", DEAL_COLUMNS, deals)
    b._insert("stage_change", ("deal_id", "from_stage_id", "to_stage_id", "changed_at"), changes)
    b._insert(
        "interaction",
        (
            "id",
            "contact_id",
            "kind",
            "direction",
            "occurred_at",
            "subject",
            "outcome",
            "satisfaction",
            "resolved_at",
            "created_at",
        ),
        interactions,
    )
    payments += [_part_paid(b, payment) for payment in parts]
    b._insert(
        "payment",
        (
            "id",
            "contact_id",
            "deal_id",
            "invoice_number",
            "amount_minor",
            "currency",
            "issued_on",
            "due_on",
            "paid_on",
            "created_at",
        ),
        payments,
    )
    b._insert(
        "competitor_offer",
        (
            "contact_id",
            "competitor",
            "description",
            "price_minor",
            "currency",
            "offered_on",
            "created_at",
        ),
        offers,
    )
    b._insert(
        "reminder",
        ("id", "title", "contact_id", "kind", "due_at", "done_at", "rrule", "created_at"),
        reminders,
    )
    b.conn.executemany(
        "UPDATE contact SET status = ? WHERE id = ?", [(s, cid) for cid, s in status.items()]
    )
    b.result.deals += len(deals)
    b.result.interactions += len(interactions)
    b.result.payments += len(payments)
    b.result.reminders += len(reminders)


def _stage_path(b: _Builder, stage: Stage) -> Iterator[Stage]:
    """The stages a deal went through to reach `stage`, in order."""
    opens = b.stage_order
    if stage.kind == "open":
        yield from opens[: opens.index(stage) + 1]
    elif stage.kind == "won":
        yield from opens
        yield stage
    else:
        yield from opens[: b.rng.randint(1, len(opens))]
        yield stage


def _deal(b: _Builder, cid: int, locale: str, stage: Stage, changes: list[tuple]) -> tuple:
    rng = b.rng
    did = b._id("deal")
    # open deals are this season's work; closed ones go back two years
    created = b._past(150, 5) if stage.kind == "open" else b._past(2 * 365, 5)
    moment = created
    previous = None
    for step in _stage_path(b, stage):
        changes.append((did, previous.id if previous else None, step.id, _ts(moment)))
        previous = step
        entered = moment
        moment = min(b.now, moment + timedelta(days=rng.randint(1, 25), hours=rng.randint(0, 8)))
    closed = _ts(entered) if stage.kind != "open" else None
    expected = (
        (b.today + timedelta(days=rng.randint(-20, 120)))
        if stage.kind == "open"
        else entered.date()
    )
    value = rng.choice((5, 8, 12, 20, 35, 50, 80, 150, 300)) * rng.randint(10, 100) * 100
    return (
        did,
        rng.choice(w.DEAL_THINGS[locale]),
        cid,
        stage.id,
        value,
        "USD",
        None,
        expected.isoformat(),
        rng.choice(w.LEAD_SOURCES),
        rng.randint(0, 100),
        rng.choice(b.loss_reasons) if stage.kind == "lost" else None,
        closed,
        did,
        # some leads that never got past the first stage in months were archived (no
        # random draw: the rest of the demo stays as it was for the same seed)
        int(stage is b.stage_order[0] and created < b.now - timedelta(days=100) and did % 3 == 0),
        _ts(entered),
        _ts(created),
        _ts(entered),
    )


def _interaction(b: _Builder, cid: int, locale: str) -> tuple:
    rng = b.rng
    kind = rng.choices(
        ("call", "email", "meeting", "note", "complaint", "feedback"), (35, 30, 12, 10, 5, 8)
    )[0]
    occurred = b._past(400)
    satisfaction = (
        rng.choices((1, 2, 3, 4, 5), (5, 10, 20, 35, 30))[0] if kind == "feedback" else None
    )
    resolved = None
    if kind == "complaint" and rng.random() < 0.7:
        resolved = _ts(min(b.now, occurred + timedelta(hours=rng.randint(1, 96))))
    direction = None if kind == "note" else rng.choice(("inbound", "outbound"))
    return (
        b._id("interaction"),
        cid,
        kind,
        direction,
        _ts(occurred),
        rng.choice(w.INTERACTION_SUBJECTS[locale][kind]),
        rng.choice(w.OUTCOMES[locale]),
        satisfaction,
        resolved,
        _ts(occurred),
    )


def _part_paid(b: _Builder, invoice: list) -> list:
    """Part of an overdue invoice paid (two fifths, a week after it was issued): a row of
    its own, the invoice left with the rest, as 'Pay part…' records it."""
    paid = invoice[4] * 2 // 5 // 100 * 100
    invoice[4] -= paid
    day = (date.fromisoformat(invoice[6]) + timedelta(days=7)).isoformat()
    return [b._id("payment"), *invoice[1:4], paid, invoice[5], invoice[6], invoice[7], day,
            invoice[9]]


def _payment(b: _Builder, cid: int, issued_on: date | None = None) -> list:
    """An invoice of the customer's, issued on a day drawn or on `issued_on`."""
    rng = b.rng
    pid = b._id("payment")
    issued = b._past(3 * 365, 1).date()
    issued = min(issued_on, b.today) if issued_on else issued
    due = issued + timedelta(days=rng.choice((14, 30, 30, 45)))
    paid: date | None
    if due > b.today and rng.random() < 0.5:
        paid = None  # not due yet
    elif rng.random() < 0.06:
        paid = None  # overdue, unpaid
    else:
        late = rng.random() < 0.2
        paid = due + timedelta(days=rng.randint(1, 40) if late else -rng.randint(0, 10))
        paid = min(paid, b.today)
    return [
        pid,
        cid,
        None,  # its deal: set by the caller
        f"INV-{pid:06d}",
        rng.randint(50, 5000) * 100,
        "USD",
        issued.isoformat(),
        due.isoformat(),
        paid.isoformat() if paid else None,
        _ts(b.now),
    ]


def _birthday(rng: random.Random, today: date) -> str | None:
    """A third of people have their birthday on record, one in five of those without the
    year (as phones keep them)."""
    if rng.random() >= 1 / 3:
        return None
    day = today + timedelta(days=rng.randint(0, 365))
    if rng.random() < 0.2:
        return f"--{day:%m-%d}"
    year = today.year - rng.randint(22, 70)
    try:
        return day.replace(year=year).isoformat()
    except ValueError:  # 29 February
        return day.replace(year=year, day=28).isoformat()


def _reminder(b: _Builder, cid: int, locale: str, *, done: bool) -> tuple:
    rng = b.rng
    titles = w.REMINDER_TITLES[locale]
    if done:
        due = b._past(300, 1)
        return (
            b._id("reminder"),
            rng.choice(titles),
            cid,
            "manual",
            _ts(due),
            _ts(due + timedelta(hours=rng.randint(0, 30))),
            None,
            _ts(due),
        )
    due = b.now + timedelta(hours=rng.randint(-24 * 10, 24 * 30))
    # in office hours, as an owner plans a call (the hour drawn kept: the same demo else)
    due = due.replace(hour=8 + due.hour % 10, minute=rng.choice((0, 30)), second=0)
    rrule = "FREQ=WEEKLY;BYDAY=MO" if rng.random() < 0.05 else None
    return (
        b._id("reminder"),
        rng.choice(titles),
        cid,
        "manual",
        _ts(due),
        None,
        rrule,
        _ts(b.now - timedelta(days=rng.randint(1, 20))),
    )
