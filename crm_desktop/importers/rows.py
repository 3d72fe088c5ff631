"""One source row to one contact draft: values by mapping, checked, or the reason it is refused.

Kept fast for a million rows: the common e-mail and phone shapes are checked by pattern, and
only unusual ones go through email-validator and phonenumbers.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import Mapping
from crm_desktop.services.birthdays import read_birthday
from crm_desktop.services.contacts import MAX_TEXT, sort_key, text_limit
from crm_desktop.services.validation import normalize_email, normalize_phone
from crm_desktop.translatable import msg

# a plain dot-atom address with an ASCII domain: every such address is valid for
# email-validator too, and normalises to itself with the domain in lower case
_SIMPLE_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_PHONE_PUNCTUATION = re.compile(r"[\s().\-/]")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|[;,\s])\s*")
# a comma parts numbers when a space or a + follows ("+44 20 7946 0000, +44 7700 900123",
# as our export and people write them); "555 1234,,56" keeps its dialling pauses
_PHONE_SPLIT = re.compile(r"\s*(?::::|;|\n|,(?=\s|\+))\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[;,])\s*")
# a cell without any of these holds a single value (":::" is Google's separator)
_EMAIL_SEPARATOR = re.compile(r"[:;,\s]")
_PHONE_SEPARATOR = re.compile(r"[:;\n,]")
_SYSTEM_LABELS = {"* mycontacts", "* starred", "mycontacts", "* other contacts"}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
# the fields a row sets as one text value, as they are, in the order they are applied
SINGLE_FIELDS = ("job_title", "city", "region", "postal_code", "country", "website",
                 "industry", "lead_source", "segment")
# fields whose value is one line: in a CSV, a line break in one is a quotation mark out of
# place that ran rows together (e-mails, phones and tags may be one per line; addresses
# and notes span lines)
_ONE_LINE = frozenset(SINGLE_FIELDS) | {"kind", "name", "first_name", "middle_name", "last_name",
                              "company", "company_email", "status", "birthday"}
KIND_WORDS = {"company": "company", "organization": "company", "компания": "company",
              "организация": "company", "شرکت": "company", "person": "person",
              "человек": "person", "شخص": "person"}
STATUS_WORDS = {
    "lead": "lead",
    "prospect": "lead",
    "лид": "lead",
    "потенциальный": "lead",
    "سرنخ": "lead",
    "customer": "customer",
    "client": "customer",
    "клиент": "customer",
    "покупатель": "customer",
    "مشتری": "customer",
    "lost": "lost",
    "потерян": "lost",
    "ушел": "lost",
    "از دست رفته": "lost",
}


def fast_email(text: str) -> str:
    match = _SIMPLE_EMAIL.match(text)
    if match and len(text) <= 254 and text.index("@") <= 64:
        domain = match.group(1)
        return text[: len(text) - len(domain)] + domain.lower()
    return normalize_email(text)


def fast_phone(text: str, region: str) -> tuple[str, str, str | None]:
    """(number, raw, warning): E.164 when possible, else as typed with a warning."""
    compact = _PHONE_PUNCTUATION.sub("", text)
    if _E164.match(compact):
        return compact, text, None
    if compact.startswith("00") and _E164.match("+" + compact[2:]):
        return "+" + compact[2:], text, None
    phone = normalize_phone(text, region)
    return phone.number, phone.raw, phone.warning


class Draft:
    """A row read and checked, not yet matched or written. Its keys are worked out once:
    matching looks them up several times per row."""

    __slots__ = ("row", "values", "emails", "phones", "tags", "company", "company_email",
                 "warnings", "sort_name", "company_sort", "name_key")

    def __init__(self, row: int, values: dict[str, object], company: str | None = None):
        self.row = row
        self.values = values
        self.emails: list[str] = []
        self.phones: list[tuple[str, str]] = []  # (number, raw)
        self.tags: list[str] = []
        self.company = company  # a person's company, found or created by name
        self.company_email: str | None = None  # ... or by its address, when the file has it
        self.warnings: list[tuple[str, str]] = []  # (field, what to know): kept as typed
        self.sort_name = sort_key(str(values["name"]))
        self.company_sort = _company_key(company) if company else None
        # name + company identifies a person; a company, its name. A person with no
        # company is matched by e-mail or phone only: two John Smiths are not one man.
        if values["kind"] == "company":
            self.name_key: tuple | None = ("company", self.sort_name, None)
        elif company:
            self.name_key = ("person", self.sort_name, self.company_sort)
        else:
            self.name_key = None


@dataclass
class Refused:
    row: int
    field: str | None
    reason: str
    cells: list[str]


def _split_name(full: str) -> tuple[str, str]:
    parts = full.split()
    if len(parts) < 2:
        return full, ""
    return parts[0], " ".join(parts[1:])


@lru_cache(maxsize=4096)
def _company_key(name: str) -> str:
    return sort_key(name)  # a file names the same few companies over and over


class RowReader:
    """Turns rows into drafts for one mapping; which columns feed which field is worked out
    once, not per row."""

    def __init__(self, mapping: Mapping, csv_delimiter: str | None = None,
                 slash_order: str | None = None,
                 further_addresses: list[list[tuple[int, int, str]]] | None = None):
        """`csv_delimiter`: the rows come from a CSV with this delimiter, where only
        quotation marks let a value run over lines (a spreadsheet cell may hold a line
        break of its own). `slash_order`: which number of a slashed birthday is the day,
        as the file's birthdays say (cell_dates.slash_order). `further_addresses`:
        per further address, the columns read in place of the address's when they are all
        empty (the first address given), else kept in the notes
        (mapping.further_addresses)."""
        columns: dict[str, list[int]] = {}
        for i, target in enumerate(mapping.columns):
            if target:
                columns.setdefault(target, []).append(i)
        quoted_text = csv_delimiter is not None
        # most fields come from one column: read without building a list per value
        # (each with the most characters its field takes)
        self._single = [(t, c[0], quoted_text and t in _ONE_LINE, text_limit(t))
                        for t, c in columns.items() if len(c) == 1]
        self._several = [(t, c, quoted_text and t in _ONE_LINE, MAX_TEXT)
                         for t, c in columns.items() if len(c) > 1]
        # a note or address over lines may hold rows a stray quotation mark swallowed:
        # lines of the file's width with an address or a phone where the file has them
        self._swallowed = _SwallowedRows(csv_delimiter, len(mapping.columns),
                                         columns.get("email", []), columns.get("phone", [])
                                         ) if quoted_text else None
        self._single_fields = [t for t in columns if t in SINGLE_FIELDS]
        self._region = mapping.region
        self._split_full_name = mapping.split_full_name
        self._slash_order = slash_order
        self._further = further_addresses or []
        self._own_address = {i for group in self._further for i, _, _ in group}

    def draft(self, row: int, cells: list[str]) -> Draft | Refused | None:
        """A draft, the reason the row is refused, or None for an empty row."""
        if not any(cells):
            return None
        width = len(cells)
        given = cells  # as read: what a refusal gives back, to be put right
        aside: list[str] | tuple = ()  # further addresses beside the first: to the notes
        if self._further:
            rest = self._further
            if not any(i < width and cells[i] for i in self._own_address):
                # (a personal contact's Home address read as theirs)
                chosen = next((group for group in self._further
                               if any(j < width and cells[j] for _, j, _ in group)), None)
                if chosen is not None:
                    cells = list(cells)
                    for i, j, _ in chosen:
                        if i < width and j < width:
                            cells[i] = cells[j]
                    rest = [group for group in self._further if group is not chosen]
            aside = [line for group in rest for line in _noted(group, cells)]
        one: dict[str, str] = {}  # field -> its value (several columns' joined by spaces)
        several: dict[str, list[str]] = {}  # field -> its values, if fed by several columns
        for target, i, one_line, limit in self._single:
            if i < width and (value := cells[i]):
                if value[0] == "'" and value[1:2] in _FORMULA_STARTS:
                    value = value[1:]  # the apostrophe our export puts before a formula
                if len(value) > limit and len(value.strip()) > limit:
                    return _too_long(row, target, given, limit)
                if one_line and ("\n" in value or "\r" in value):
                    return _rows_ran_together(row, target, given)
                one[target] = value
        for target, indexes, one_line, limit in self._several:
            values = []
            for i in indexes:
                if i < width and (value := cells[i]):
                    if value[0] == "'" and value[1:2] in _FORMULA_STARTS:
                        value = value[1:]
                    if len(value) > limit:
                        return _too_long(row, target, given, limit)
                    if one_line and ("\n" in value or "\r" in value):
                        return _rows_ran_together(row, target, given)
                    values.append(value)
            if values:
                several[target] = values
                one[target] = " ".join(values)
        if not one:
            return Refused(row, None, msg("no mapped column has a value"), given)

        def values_of(key: str) -> list[str]:
            if key in several:
                return several[key]
            return [one[key]] if key in one else []

        get = one.get
        first, middle, last = get("first_name"), get("middle_name"), get("last_name")
        name = get("name")
        if not name:
            if middle:
                name = " ".join(x for x in (first, middle, last) if x)
            else:
                name = f"{first} {last}" if first and last else first or last
        if name and self._split_full_name and not (first or last) and "name" in one:
            first, last = _split_name(name)
        company = get("company")
        if name and KIND_WORDS.get((get("kind") or "").casefold()) == "company":
            draft = Draft(row, {"kind": "company", "name": name})  # a row of our own export
        elif name:
            draft = Draft(row, {"kind": "person", "name": name, "first_name": first or None,
                                "last_name": last or None}, company)
            if company and (company_email := get("company_email")):
                try:
                    draft.company_email = fast_email(company_email)
                except InputError as exc:
                    return Refused(row, "company_email", exc.message, given)
        elif company:
            draft = Draft(row, {"kind": "company", "name": company})
        else:
            return Refused(row, "name", msg("the row has no name and no company"), given)
        values = draft.values
        for key in self._single_fields:
            if key in one:
                values[key] = one[key]
        if "address" in one:
            values["address"] = ", ".join(_parts_only(values_of("address")))
        if "notes" in one:
            values["notes"] = "\n".join(values_of("notes"))
        if aside:
            values["notes"] = "\n".join(filter(None, (values.get("notes"), *aside)))
        if self._swallowed is not None:
            for key in ("notes", "address"):
                value = get(key)
                if value and ("\n" in value or "\r" in value) and \
                        self._swallowed.within(value):
                    return Refused(row, key, msg(
                        "holds what look like other rows of the file: a quotation mark out "
                        "of place has run them into this one; put it right and import "
                        "these rows again"), given)
        status = get("status")
        if status:
            mapped = STATUS_WORDS.get(status.casefold().strip())
            if mapped is None:
                return Refused(row, "status", msg("'{0}' is not lead, customer or lost", status),
                               given)
            values["status"] = mapped
        birthday = get("birthday")
        if birthday:
            try:
                values["birthday"] = read_birthday(birthday, "birthday", self._slash_order)
            except InputError as exc:
                return Refused(row, "birthday", exc.message, given)
        if "email" in one:
            for text in values_of("email"):
                for address in _split(text, _EMAIL_SPLIT, _EMAIL_SEPARATOR):
                    try:
                        normal = fast_email(address)
                    except InputError as exc:
                        return Refused(row, "email", exc.message, given)
                    if normal not in draft.emails:
                        draft.emails.append(normal)
        if "phone" in one:
            for text in values_of("phone"):
                for number in _split(text, _PHONE_SPLIT, _PHONE_SEPARATOR):
                    e164, raw, warning = fast_phone(number, self._region)
                    if warning:
                        draft.warnings.append(("phone", msg("phone '{0}' {1}", raw, warning)))
                    if not draft.phones or e164 not in {n for n, _ in draft.phones}:
                        draft.phones.append((e164, raw))
        if "tags" in one:
            for text in values_of("tags"):
                for tag in _TAG_SPLIT.split(text):
                    if tag and tag.casefold() not in _SYSTEM_LABELS:
                        draft.tags.append(tag.lstrip("* ").strip())
        return draft


def _noted(address: list[tuple[int, int, str]], cells: list[str]) -> list[str]:
    """A further address, for the notes: "Home City: York", line by line; given whole over
    several lines (Google's "Formatted"), the whole without its parts again."""
    given = [(header, cells[j]) for _, j, header in address if j < len(cells) and cells[j]]
    wholes = [value for _, value in given if "\n" in value]
    return [f"{header}: {value}" for header, value in given
            if not any(value != whole and value in whole for whole in wholes)]


def _parts_only(lines: list[str]) -> list[str]:
    """A row's address lines without repeats: an address given whole over several lines
    (Google's "Formatted") beside its street is the street, the rest of the whole being in
    the city, region and postal code columns. ("Unit 5 Mill Park" beside "Unit 5" is two
    lines of one address.)"""
    if len(lines) < 2:
        return lines
    lines = list(dict.fromkeys(lines))
    return [line for line in lines if "\n" not in line or not any(
        other != line and other in line for other in lines)]


class _SwallowedRows:
    """Tells whether a value over several lines holds whole rows of the file."""

    def __init__(self, delimiter: str, width: int, email_columns: list[int],
                 phone_columns: list[int]):
        self._delimiter = delimiter
        self._width = width
        self._emails = email_columns
        self._phones = phone_columns

    def within(self, value: str) -> bool:
        """(`value` holds a line break.)"""
        if not (self._emails or self._phones):
            return False  # nothing to know a row by
        for line in value.splitlines()[1:]:  # (the first line is this row's own)
            try:
                cells = next(csv.reader([line], delimiter=self._delimiter), [])
            except csv.Error:  # not a line of the file's shape, then
                continue
            if len(cells) != self._width:
                continue
            if any("@" in cells[i] and " " not in cells[i].strip() for i in self._emails):
                return True
            if any(sum(ch.isdigit() for ch in cells[i]) >= 7 for i in self._phones):
                return True
        return False


def ran_together() -> str:
    """Why a one-line value of a CSV that holds a line break is refused."""
    return msg("runs over several lines: a quotation mark out of place in the file has run "
               "rows together; put it right and import this row again")


def _rows_ran_together(row: int, target: str, cells: list[str]) -> Refused:
    return Refused(row, target, ran_together(), cells)


def _too_long(row: int, target: str, cells: list[str], limit: int) -> Refused:
    return Refused(row, target, msg("is longer than {0} characters", format(limit, ",")), cells)


def phone_parts(text: str) -> list[str]:
    """The numbers of a cell holding one or several ("+98 912 345 6789; 021 2345 6789")."""
    return _split(text, _PHONE_SPLIT, _PHONE_SEPARATOR)


def _split(text: str, pattern: re.Pattern[str], separator: re.Pattern[str]) -> list[str]:
    """The non-empty parts of a cell holding one or several values (most hold one)."""
    if not separator.search(text):
        return [text]
    return [part for part in pattern.split(text) if part]
