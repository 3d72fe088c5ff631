"""The contacts list as SQL: filter, full-text search and sort done by SQLite.

The table view asks for the ordered ids once (a compact array, even for a million rows) and
then for the few rows on screen; see ui/models/contact_table.py.
"""

from __future__ import annotations

from array import array
from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from crm_desktop.db.fields import from_storage, to_storage
from crm_desktop.db.letter_forms import fold
from crm_desktop.db.models import CONTACT_STATUSES, database
from crm_desktop.services import birthdays, purchase_rhythm, receivables

# the contacts table's columns, by key (the window names them; a saved view keeps some)
TABLE_COLUMNS = ("name", "company", "email", "phone", "city", "tags", "last_contact",
                 "status", "segment", "industry", "country", "lead_source")
# column key -> SQL expression it sorts by; each has an index led by deleted_at (the
# classifications' are partial, over the rows that have one; status has its own)
SORT_EXPRESSIONS = {
    "name": "c.sort_name",
    "company": "c.company_sort",
    "email": "c.email",
    "phone": "c.phone",
    "city": "c.city",
    "last_contact": "c.last_contact_at",
    "status": "c.status",
    "segment": "c.segment",
    "industry": "c.industry",
    "country": "c.country",
    "lead_source": "c.lead_source",
}
# digits: a number typed on a Persian keyboard (۰۹۱۲) finds one stored in Latin digits
# (an import's), and the other way round; the index keeps them as they were typed
_LATIN_DIGITS = str.maketrans("۰۱۲۳۴۵۶۷۸۹٠١٢٣٤٥٦٧٨٩", "01234567890123456789")
_PERSIAN_DIGITS = str.maketrans("0123456789٠١٢٣٤٥٦٧٨٩", "۰۱۲۳۴۵۶۷۸۹۰۱۲۳۴۵۶۷۸۹")


@dataclass(frozen=True)
class ContactFilter:
    """What the contacts view shows; every set field narrows the list (they combine)."""

    search: str = ""
    kind: str | None = None  # "person", "company" or None for both
    trash: bool = False  # the Trash view lists deleted contacts only
    tag: str | None = None
    segment: str | None = None
    vip: bool | None = None
    industry: str | None = None
    city: str | None = None  # matches the city or the region
    country: str | None = None
    lead_source: str | None = None
    status: str | None = None  # lead | customer | lost
    silent_since: datetime | None = None  # no contact since then (or never)
    overdue_on: datetime | None = None  # overdue for their usual purchase then (churn risk)
    owing_on: datetime | None = None  # with an invoice unpaid past its due day then
    birthday_from: date | None = None  # with a birthday in the BIRTHDAY_DAYS from this day
    ids: tuple[int, ...] | None = None  # exactly these contacts (a cell of the asset matrix)

    @property
    def narrowed(self) -> bool:
        """True when some rows may be hidden (the status bar then says 'N of M')."""
        return self != ContactFilter(trash=self.trash)


BIRTHDAY_DAYS = 30  # the birthdays filter: a month ahead, to send cards in time

# filter field -> column compared for equality
_EQUAL_COLUMNS = {"segment": "c.segment", "industry": "c.industry", "country": "c.country",
                  "lead_source": "c.lead_source", "status": "c.status", "kind": "c.kind"}
# the columns the filter lists offer values for
FILTER_COLUMNS = ("segment", "industry", "city", "country", "lead_source")


class ContactRow(NamedTuple):
    """One row of the contacts table (a tuple: a page of them is built on every scroll)."""

    id: int
    kind: str
    name: str
    company: str | None
    email: str | None
    phone: str | None
    city: str | None
    tags: str | None
    last_contact_at: datetime | None
    status: str
    is_vip: bool
    segment: str | None
    industry: str | None
    country: str | None
    lead_source: str | None


def fts_query(text: str) -> str | None:
    """A safe FTS5 query from search-box text: every word must match as a prefix.

    Each word is quoted, so punctuation and FTS keywords typed by the user (AND, *, ")
    are searched literally instead of raising a syntax error.
    """
    words = [w for w in fold(text).replace('"', " ").split() if w]
    if not words:
        return None
    return " AND ".join(_prefix(w) for w in words)  # (a bracket needs the AND spelled out)


def _prefix(word: str) -> str:
    """The word as a prefix, in Persian and in Latin digits (the index keeps digits as
    typed, and its letters folded as the word is: db.letter_forms)."""
    forms = dict.fromkeys((word, word.translate(_LATIN_DIGITS), word.translate(_PERSIAN_DIGITS)))
    if len(forms) == 1:
        return f'"{word}"*'
    return "(" + " OR ".join(f'"{form}"*' for form in forms) + ")"


def _where(flt: ContactFilter) -> tuple[list[str], list[object]]:
    """The filter's conditions on contact c, without the full-text search."""
    clauses = ["c.deleted_at IS NOT NULL" if flt.trash else "c.deleted_at IS NULL"]
    params: list[object] = []
    for name, column in _EQUAL_COLUMNS.items():
        value = getattr(flt, name)
        if value:
            clauses.append(f"{column} = ?")
            params.append(value)
    if flt.city:
        clauses.append("(c.city = ? OR c.region = ?)")
        params += [flt.city, flt.city]
    if flt.vip is not None:
        clauses.append("c.is_vip = ?")
        params.append(int(flt.vip))
    if flt.tag:
        clauses.append("c.id IN (SELECT ct.contact_id FROM contact_tag ct "
                       "JOIN tag t ON t.id = ct.tag_id WHERE t.name = ?)")
        params.append(flt.tag)
    if flt.ids is not None:
        clauses.append(f"c.id IN ({','.join(str(int(i)) for i in flt.ids) or 'NULL'})")
    if flt.silent_since is not None:
        clauses.append("(c.last_contact_at IS NULL OR c.last_contact_at < ?)")
        params.append(to_storage(flt.silent_since))
    if flt.overdue_on is not None:
        clauses.append(f"c.id IN ({purchase_rhythm.overdue_ids_sql()})")
        params += [purchase_rhythm.day_of(flt.overdue_on)] * 2
    if flt.owing_on is not None:
        clauses.append(f"c.id IN ({receivables.OWING_IDS_SQL})")
        params.append(flt.owing_on.astimezone().date().isoformat())
    if flt.birthday_from is not None:
        month_days = list(birthdays.days_ahead(flt.birthday_from, BIRTHDAY_DAYS))
        clauses.append(f"substr(c.birthday, -5) IN ({', '.join('?' * len(month_days))})")
        params += month_days
    return clauses, params


# Below this many matches a search is read from the full-text index and sorted; above it,
# walking the sort index and keeping the matches finds the first screen sooner.
FEW_MATCHES = 5000


def _source(flt: ContactFilter, from_index: bool) -> tuple[str, list[object]]:
    """FROM ... WHERE ... for the filter; with a search, either driven by the full-text
    index (`from_index`) or by the contact table."""
    clauses, params = _where(flt)
    match = fts_query(flt.search)
    if match is None:
        return f"FROM contact c WHERE {' AND '.join(clauses)}", params
    if from_index:
        return (f"FROM contact_search s JOIN contact c ON c.id = s.rowid "
                f"WHERE contact_search MATCH ? AND {' AND '.join(clauses)}", [match, *params])
    clauses.append("c.id IN (SELECT rowid FROM contact_search WHERE contact_search MATCH ?)")
    return f"FROM contact c WHERE {' AND '.join(clauses)}", [*params, match]


def _sort_runs(sort: str, descending: bool) -> list[tuple[str, str]]:
    """(condition, ORDER BY) of each run of rows, in the order shown.

    Blanks come last in either direction, as a spreadsheet puts them, and each run is read
    in an index's order (a partial index holds only the rows with a value; the blanks are
    in id order). Status runs in the order a contact lives it (lead, customer, lost), the
    same in every language, which the alphabet of its stored key is not.
    """
    direction = "DESC" if descending else "ASC"
    by_id = f"c.id {direction}"
    if sort == "status":
        runs = [f"c.status = '{s}'" for s in CONTACT_STATUSES]
        return [(run, by_id) for run in (runs[::-1] if descending else runs)] + [
            (f"c.status NOT IN ({_KNOWN_STATUSES})", by_id)]
    expr = SORT_EXPRESSIONS[sort]
    if sort == "name":  # never blank
        return [("1", f"{expr} {direction}, {by_id}")]
    return [(f"{expr} IS NOT NULL", f"{expr} {direction}, {by_id}"), (f"{expr} IS NULL", by_id)]


_KNOWN_STATUSES = ", ".join(f"'{s}'" for s in CONTACT_STATUSES)


def _sort_in_one(sort: str, descending: bool) -> str:
    """The same order as one ORDER BY (see ordered_ids for when)."""
    direction = "DESC" if descending else "ASC"
    by_id = f"c.id {direction}"
    if sort == "status":
        rank = " ".join(f"WHEN '{s}' THEN {i}" for i, s in enumerate(CONTACT_STATUSES))
        return (f"c.status NOT IN ({_KNOWN_STATUSES}), CASE c.status {rank} END {direction}, "
                f"{by_id}")
    expr = SORT_EXPRESSIONS[sort]
    if sort == "name":
        return f"{expr} {direction}, {by_id}"
    return f"{expr} IS NULL, {expr} {direction}, {by_id}"


def ordered_ids(flt: ContactFilter, sort: str = "name", descending: bool = False,
                limit: int | None = None, matches: int | None = None) -> array:
    """Ids of the matching contacts in display order (array of int64: 8 bytes a row).

    `matches`, the count if known, picks the faster plan for a search.
    """
    from_index = limit is None or matches is None or matches <= FEW_MATCHES
    source, params = _source(flt, from_index)
    # Runs pay off where an index of the contacts out of the Trash gives their order and
    # the filter is a column's: the first run usually fills the first screen (one
    # statement), and every contact is read in index order. A search or a filter by a
    # subquery ("overdue to buy", a tag) would be run again by every run, and the Trash
    # has no index by id within a status: those are sorted once.
    by_subquery = (fts_query(flt.search) is not None or flt.tag or flt.ids is not None
                   or flt.overdue_on is not None or flt.owing_on is not None)
    plain = _where(flt)[0] == ["c.deleted_at IS NULL"] and not by_subquery
    if flt.trash or by_subquery or (limit is None and not plain):
        runs = [("1", _sort_in_one(sort, descending))]
    else:
        runs = _sort_runs(sort, descending)
    ids = array("q")
    for condition, order in runs:
        sql = f"SELECT c.id {source} AND {condition} ORDER BY {order}"
        if limit is not None:
            if len(ids) >= limit:
                break
            sql += f" LIMIT {int(limit) - len(ids)}"
        cursor = database.execute_sql(sql, params)
        while batch := cursor.fetchmany(20000):
            ids.extend(row[0] for row in batch)
    return ids


def count(flt: ContactFilter) -> int:
    match = fts_query(flt.search)
    unfiltered = _where(flt)[0] == ["c.deleted_at IS NULL"]
    if unfiltered and not match:
        # every contact less the Trash: SQLite counts a whole table from its smallest index
        # page by page, 10x faster than testing each row for "not in the Trash"
        return database.execute_sql(
            "SELECT (SELECT count(*) FROM contact) - "
            "(SELECT count(*) FROM contact WHERE deleted_at IS NOT NULL)").fetchone()[0]
    if match and unfiltered:
        # a search alone: the text index counts its matches by itself (1 ms for 60,000),
        # less the matches in the Trash, found from the Trash's side (usually empty)
        found = database.execute_sql(
            "SELECT count(*) FROM contact_search WHERE contact_search MATCH ?",
            [match]).fetchone()[0]
        trashed = database.execute_sql(
            "SELECT count(*) FROM contact c INDEXED BY contact_deleted_at_sort_name "
            "WHERE c.deleted_at IS NOT NULL AND c.id IN "
            "(SELECT rowid FROM contact_search WHERE contact_search MATCH ?)",
            [match]).fetchone()[0]
        return found - trashed
    source, params = _source(flt, from_index=True)
    return database.execute_sql(f"SELECT count(*) {source}", params).fetchone()[0]


def filter_values(column: str) -> list[str]:
    """The distinct values of a filterable column, for the filter lists."""
    if column not in FILTER_COLUMNS:
        raise ValueError(column)
    rows = database.execute_sql(
        f"SELECT DISTINCT {column} FROM contact WHERE {column} IS NOT NULL "
        f"AND deleted_at IS NULL ORDER BY {column}")
    return [r[0] for r in rows]


def tag_names() -> list[str]:
    return [r[0] for r in database.execute_sql("SELECT name FROM tag ORDER BY name")]


def tag_colours() -> dict[str, str]:
    """The tags given a colour: name -> the colour as stored (services.tags checks it)."""
    return dict(database.execute_sql("SELECT name, color FROM tag WHERE color IS NOT NULL"))


def in_trash(ids: list[int]) -> set[int]:
    """Those of `ids` whose contact is in the Trash (or gone)."""
    alive: set[int] = set()
    for start in range(0, len(ids), 10_000):  # within SQLite's bound variables per query
        chunk = ids[start:start + 10_000]
        alive.update(r[0] for r in database.execute_sql(
            f"SELECT id FROM contact WHERE deleted_at IS NULL AND id IN "
            f"({','.join('?' * len(chunk))})", chunk))
    return set(ids) - alive


def total_contacts() -> int:
    """Every contact not in the Trash."""
    return count(ContactFilter())


def rows_for(ids: list[int]) -> dict[int, ContactRow]:
    """The table columns of the given contacts (one query, whatever the number of ids)."""
    if not ids:
        return {}
    marks = ",".join("?" * len(ids))
    sql = f"""
        SELECT c.id, c.kind, c.name, co.name, c.email, c.phone, c.city,
               (SELECT group_concat(t.name, ', ') FROM contact_tag ct
                  JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id),
               c.last_contact_at, c.status, c.is_vip, c.segment, c.industry, c.country,
               c.lead_source
        FROM contact c LEFT JOIN contact co ON co.id = c.company_id
        WHERE c.id IN ({marks})"""
    result = {}
    for r in database.execute_sql(sql, ids):
        result[r[0]] = ContactRow(
            r[0], r[1], r[2], r[3], r[4], r[5], r[6], r[7],
            from_storage(r[8]) if r[8] else None, r[9], bool(r[10]), *r[11:])
    return result
