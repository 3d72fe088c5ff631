"""One source row to one contact draft: values by mapping, checked, or the reason it is refused.

Kept fast for a million rows: the common e-mail and phone shapes are checked by pattern, and
only unusual ones go through email-validator and phonenumbers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cached_property

from crm_desktop.errors import InputError
from crm_desktop.importers.mapping import Mapping
from crm_desktop.services.contacts import MAX_TEXT, sort_key
from crm_desktop.services.validation import normalize_email, normalize_phone

# a plain dot-atom address with an ASCII domain: every such address is valid for
# email-validator too, and normalises to itself with the domain in lower case
_SIMPLE_EMAIL = re.compile(
    r"^[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
    r"@((?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,63})$"
)
_E164 = re.compile(r"^\+[1-9]\d{6,14}$")
_PHONE_PUNCTUATION = re.compile(r"[\s().\-/]")
_EMAIL_SPLIT = re.compile(r"\s*(?::::|[;,\s])\s*")
_PHONE_SPLIT = re.compile(r"\s*(?::::|;|\n)\s*")
_TAG_SPLIT = re.compile(r"\s*(?::::|[;,])\s*")
_SYSTEM_LABELS = {"* mycontacts", "* starred", "mycontacts", "* other contacts"}

_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_SINGLE_FIELDS = frozenset(
    (
        "job_title",
        "city",
        "region",
        "postal_code",
        "country",
        "website",
        "industry",
        "lead_source",
        "segment",
    )
)
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


@dataclass
class Draft:
    row: int
    values: dict[str, object]
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str]] = field(default_factory=list)  # (number, raw)
    tags: list[str] = field(default_factory=list)
    company: str | None = None  # a person's company, found or created by name
    warnings: list[str] = field(default_factory=list)

    @cached_property
    def sort_name(self) -> str:
        return sort_key(str(self.values["name"]))

    @cached_property
    def company_sort(self) -> str | None:
        return sort_key(self.company) if self.company else None


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


def draft_from_cells(row: int, cells: list[str], mapping: Mapping) -> Draft | Refused | None:
    """A draft, the reason the row is refused, or None for an empty row."""
    if not any(cells):
        return None
    # undo the apostrophe our CSV export puts before a value a spreadsheet would run
    cells = [c[1:] if c[:1] == "'" and c[1:2] in _FORMULA_STARTS else c for c in cells]
    found: dict[str, list[str]] = {}
    for i, target in enumerate(mapping.columns):
        if target and i < len(cells) and cells[i]:
            found.setdefault(target, []).append(cells[i])
    if not found:
        return Refused(row, None, "no mapped column has a value", cells)
    for target, values in found.items():
        for value in values:
            if len(value) > MAX_TEXT:
                return Refused(row, target, f"is longer than {MAX_TEXT:,} characters", cells)

    def one(key: str) -> str | None:
        values = found.get(key)
        if values is None:
            return None
        return values[0] if len(values) == 1 else " ".join(values)

    draft = Draft(row, {})
    first, middle, last = one("first_name"), one("middle_name"), one("last_name")
    name = one("name") or " ".join(x for x in (first, middle, last) if x) or None
    if name and mapping.split_full_name and not (first or last) and one("name"):
        first, last = _split_name(name)
    company = one("company")
    if name and KIND_WORDS.get((one("kind") or "").casefold()) == "company":
        draft.values.update(kind="company", name=name)  # a company row of our own export
    elif name:
        draft.values.update(
            kind="person", name=name, first_name=first or None, last_name=last or None
        )
        draft.company = company
    elif company:
        draft.values.update(kind="company", name=company)
    else:
        return Refused(row, "name", "the row has no name and no company", cells)
    for key in _SINGLE_FIELDS.intersection(found):
        draft.values[key] = one(key)
    if "address" in found:
        draft.values["address"] = ", ".join(found["address"])
    if "notes" in found:
        draft.values["notes"] = "\n".join(found["notes"])
    status = one("status")
    if status:
        mapped = STATUS_WORDS.get(status.casefold().strip())
        if mapped is None:
            return Refused(row, "status", f"'{status}' is not lead, customer or lost", cells)
        draft.values["status"] = mapped
    for text in found.get("email", []):
        for address in _EMAIL_SPLIT.split(text):
            if not address:
                continue
            try:
                normal = fast_email(address)
            except InputError as exc:
                return Refused(row, "email", exc.message, cells)
            if normal not in draft.emails:
                draft.emails.append(normal)
    for text in found.get("phone", []):
        for number in _PHONE_SPLIT.split(text):
            if not number:
                continue
            e164, raw, warning = fast_phone(number, mapping.region)
            if warning:
                draft.warnings.append(f"phone '{raw}' {warning}")
            if e164 not in (n for n, _ in draft.phones):
                draft.phones.append((e164, raw))
    for text in found.get("tags", []):
        for tag in _TAG_SPLIT.split(text):
            if tag and tag.casefold() not in _SYSTEM_LABELS:
                draft.tags.append(tag.lstrip("* ").strip())
    return draft
