"""Creating, editing, tagging and trashing contacts (people and companies).

Every change is validated first (nothing is saved half) and written to the change log.
`snapshot`/`restore` capture and put back a whole record, which is what undo uses.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import nullcontext
from dataclasses import dataclass, field
from datetime import datetime
from functools import partial
from typing import Any

from peewee import CharField, ForeignKeyField, TextField

from crm_desktop.db import search_index
from crm_desktop.db.fields import to_storage
from crm_desktop.db.letter_forms import fold
from crm_desktop.db.models import (
    CHANNELS,
    CONTACT_KINDS,
    CONTACT_STATUSES,
    ChangeLog,
    Contact,
    ContactEmail,
    ContactPhone,
    ContactTag,
    Tag,
    database,
    utc_now,
)
from crm_desktop.errors import CancelledError, InputError, InvalidRecordError
from crm_desktop.progress import Progress
from crm_desktop.services import change_log
from crm_desktop.services.birthdays import read_birthday
from crm_desktop.services.settings import get_setting
from crm_desktop.services.validation import Phone, normalize_email, normalize_phone
from crm_desktop.translatable import listing, msg

# fields a caller may set directly on a contact (the rest are derived or kept by the app)
EDITABLE_FIELDS = (
    "kind", "name", "first_name", "last_name", "company", "job_title", "address", "city",
    "region", "postal_code", "country", "website", "industry", "lead_source", "segment",
    "is_vip", "status", "company_size", "preferred_channel", "preferences", "needs",
    "hidden_needs", "notes", "birthday",
)
MAX_TEXT = 10_000  # a pasted novel in a notes field is refused, not truncated
# the longest value of each one-line field, as its column declares it: a whole address in
# the postal code, or rows a stray quote ran together in a name, is refused by name
# (the fields read into another form, a birthday or a choice, are checked as what they are)
TEXT_LIMITS: dict[str, int] = {
    key: Contact._meta.fields[key].max_length for key in EDITABLE_FIELDS
    if isinstance(Contact._meta.fields[key], CharField)
    and key not in ("kind", "status", "preferred_channel", "birthday")}


def text_limit(key: str) -> int:
    """The most characters a field takes (`company`: a company's name)."""
    return TEXT_LIMITS.get("name" if key == "company" else key, MAX_TEXT)
IDS_PER_QUERY = 10_000  # ids bound in one statement: well within SQLite's 32,766


def id_chunks(ids: Sequence[int]) -> Iterator[Sequence[int]]:
    """`ids` in pieces of IDS_PER_QUERY, each few enough to bind in one statement."""
    for start in range(0, len(ids), IDS_PER_QUERY):
        yield ids[start:start + IDS_PER_QUERY]


def sort_key(name: str) -> str:
    """Case- and accent-insensitive key so that 'ivan', 'Ivan' and 'Иван' sort as people
    expect (SQLite's NOCASE folds ASCII only), and 'Семёнов' as 'Семенов', 'علي' as 'علی',
    'محمد‌رضا' as 'محمدرضا' (db.letter_forms). Migrations 0009 and 0010 hold frozen copies:
    a change here needs a migration that recomputes the keys."""
    return fold(unicodedata.normalize("NFKC", name).casefold()).strip()


@dataclass
class SaveResult:
    contact_id: int
    warnings: list[str] = field(default_factory=list)


@dataclass(frozen=True)
class Snapshot:
    """A whole contact as it was: enough to put it back exactly (undo)."""

    values: dict[str, Any]
    emails: tuple[str, ...]
    phones: tuple[tuple[str, str | None], ...]  # (number, raw)
    tags: tuple[str, ...]
    deleted_at: datetime | None


# validation --------------------------------------------------------------------------------


def _clean_values(values: Mapping[str, Any], errors: list[InputError]) -> dict[str, Any]:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        errors.append(InputError(msg("unknown field(s): {0}", listing(sorted(unknown)))))
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if key in unknown:
            continue
        if isinstance(value, str):
            value = value.strip() or None
            if value and len(value) > (limit := text_limit(key)):
                errors.append(InputError(
                    msg("is longer than {0} characters", format(limit, ",")), field=key))
                continue
        if isinstance(value, Contact):
            value = value.id
        cleaned[key] = value
    if "name" in cleaned and not cleaned["name"]:
        errors.append(InputError(msg("a name is required"), field="name"))
    choices = {"kind": CONTACT_KINDS, "status": CONTACT_STATUSES, "preferred_channel": CHANNELS}
    for key, allowed in choices.items():
        if cleaned.get(key) is not None and cleaned[key] not in allowed:
            errors.append(InputError(msg("must be one of {0}", listing(allowed)), field=key))
    size = cleaned.get("company_size")
    if size is not None and (not isinstance(size, int) or not 0 <= size <= 10_000_000):
        errors.append(InputError(msg("must be a whole number of employees"), field="company_size"))
    if "is_vip" in cleaned:
        cleaned["is_vip"] = bool(cleaned["is_vip"])
    if cleaned.get("birthday") is not None:  # as typed: 31.03.1980, 1359/01/11, --03-31
        try:
            cleaned["birthday"] = read_birthday(str(cleaned["birthday"]))
        except InputError as exc:
            errors.append(exc)
    return cleaned


def _check_company(company_id: Any, contact_id: int | None, errors: list[InputError]) -> None:
    if company_id == contact_id:
        errors.append(InputError(msg("a contact cannot be its own company"), field="company"))
        return
    company = Contact.get_or_none(Contact.id == company_id) if isinstance(company_id, int) \
        else None
    if company is None or company.deleted_at is not None:
        errors.append(InputError(msg("there is no such company"), field="company"))
    elif company.kind != "company":
        errors.append(InputError(msg("'{0}' is a person, not a company", company.name),
                                 field="company"))


def validate(values: Mapping[str, Any], emails: Sequence[str] | None = None,
             phones: Sequence[str] | None = None, *, region: str | None = None,
             creating: bool = False, contact_id: int | None = None
             ) -> tuple[dict[str, Any], list[str] | None, list[Phone] | None, list[str]]:
    """Check everything first; raises InvalidRecordError listing every wrong field.

    Returns the cleaned values, e-mails, phones and warnings (phones kept as typed).
    """
    errors: list[InputError] = []
    cleaned = _clean_values(values, errors)
    if cleaned.get("company") is not None:
        _check_company(cleaned["company"], contact_id, errors)
    named = cleaned.get("name") or any(e.field == "name" for e in errors)
    if creating and not named:
        errors.append(InputError(msg("a name is required"), field="name"))
    clean_emails = None
    if emails is not None:
        clean_emails = []
        for i, text in enumerate(e for e in emails if e and e.strip()):
            try:
                address = normalize_email(text, field="email" if i == 0 else f"email {i + 1}")
            except InputError as exc:
                errors.append(exc)
                continue
            if address not in clean_emails:
                clean_emails.append(address)
    clean_phones, warnings = None, []
    if phones is not None:
        clean_phones = []
        region = region or get_setting("phone_region")
        for text in (p for p in phones if p and p.strip()):
            phone = normalize_phone(text, region)
            if phone.warning:
                warnings.append(msg("phone '{0}' {1}", phone.raw, phone.warning))
            if phone.number not in [p.number for p in clean_phones]:
                clean_phones.append(phone)
    if errors:
        raise InvalidRecordError(errors)
    return cleaned, clean_emails, clean_phones, warnings


# writing -----------------------------------------------------------------------------------


def _log(contact_id: int, action: str, changes: Iterable[tuple[str | None, Any, Any]],
         source: str) -> None:
    change_log.record("contact", contact_id, action, changes, source)


def _field_value(contact: Contact, key: str) -> Any:
    return contact.company_id if key == "company" else getattr(contact, key)


def _write_fields(contact: Contact, values: Mapping[str, Any]) -> dict[str, tuple[Any, Any]]:
    changed = {}
    for key, new in values.items():
        old = _field_value(contact, key)
        if old != new:
            changed[key] = (old, new)
            setattr(contact, key, new)
    if "name" in changed:
        contact.sort_name = sort_key(contact.name)
    return changed


def save_contact(contact_id: int | None, values: Mapping[str, Any], *,
                 emails: Sequence[str] | None = None, phones: Sequence[str] | None = None,
                 tags: Sequence[str] | None = None, source: str = "app",
                 region: str | None = None) -> SaveResult:
    """Create (contact_id None) or change a contact, its e-mails, phones and tags.

    Validates everything before writing anything; one transaction; every change logged.
    `None` for emails/phones/tags leaves them as they are.
    """
    cleaned, clean_emails, clean_phones, warnings = validate(
        values, emails, phones, region=region, creating=contact_id is None,
        contact_id=contact_id)
    with database.atomic():
        if contact_id is None:
            contact = Contact(kind="person", status="lead")
            changed = _write_fields(contact, cleaned)
            contact.save(force_insert=True)
            action = "create"
        else:
            contact = Contact.get_by_id(contact_id)
            changed = _write_fields(contact, cleaned)
            if changed:
                contact.updated_at = utc_now()
                contact.save()
            action = "update"
        cid = contact.id
        _log(cid, action, [(k, o, n) for k, (o, n) in changed.items()
                           if action == "update" or n is not None], source)
        if clean_emails is not None:
            _set_emails(cid, clean_emails, source)
        if clean_phones is not None:
            _set_phones(cid, [(p.number, p.raw) for p in clean_phones], source)
        if tags is not None:
            _set_tags(cid, tags, source)
    return SaveResult(cid, warnings)


def create_contact(values: Mapping[str, Any], *, emails: Sequence[str] = (),
                   phones: Sequence[str] = (), tags: Sequence[str] = (),
                   source: str = "app") -> Contact:
    """Create a person or company (shorthand for save_contact) and return it."""
    result = save_contact(None, values, emails=emails, phones=phones, tags=tags, source=source)
    return Contact.get_by_id(result.contact_id)


def update_contact(contact_id: int, values: Mapping[str, Any], *,
                   source: str = "app") -> dict[str, tuple[Any, Any]]:
    """Change fields of a contact; returns {field: (old, new)} of what actually changed."""
    before = snapshot(contact_id).values
    save_contact(contact_id, values, source=source)
    after = snapshot(contact_id).values
    return {k: (before[k], after[k]) for k in values if before[k] != after[k]}


def _set_emails(contact_id: int, addresses: Sequence[str], source: str) -> None:
    old = [e.address for e in ContactEmail.select().where(ContactEmail.contact == contact_id)
           .order_by(ContactEmail.position)]
    if old == list(addresses):
        return
    ContactEmail.delete().where(ContactEmail.contact == contact_id).execute()
    if addresses:
        ContactEmail.insert_many([{"contact": contact_id, "address": a, "position": i}
                                  for i, a in enumerate(addresses)]).execute()
    Contact.update(email=addresses[0] if addresses else None).where(
        Contact.id == contact_id).execute()
    _log(contact_id, "update", [("emails", ", ".join(old) or None,
                                 ", ".join(addresses) or None)], source)


def _set_phones(contact_id: int, phones: Sequence[tuple[str, str | None]], source: str) -> None:
    old = [(p.number, p.raw) for p in ContactPhone.select()
           .where(ContactPhone.contact == contact_id).order_by(ContactPhone.position)]
    if [n for n, _ in old] == [n for n, _ in phones]:
        return
    ContactPhone.delete().where(ContactPhone.contact == contact_id).execute()
    if phones:
        ContactPhone.insert_many([{"contact": contact_id, "number": n, "raw": r, "position": i}
                                  for i, (n, r) in enumerate(phones)]).execute()
    Contact.update(phone=phones[0][0] if phones else None).where(
        Contact.id == contact_id).execute()
    _log(contact_id, "update", [("phones", ", ".join(n for n, _ in old) or None,
                                 ", ".join(n for n, _ in phones) or None)], source)


@dataclass(frozen=True)
class SameReach:
    """Another contact that has an e-mail address or a phone number given for a new one."""

    contact_id: int
    name: str
    shared: str  # the address or the number


def sharing_reach(emails: Sequence[str], numbers: Sequence[str],
                  exclude: int | None = None) -> list[SameReach]:
    """The contacts outside the Trash that have one of these (normalised) e-mail addresses
    or E.164 numbers: a new contact is likely one of them, entered again."""
    found: list[SameReach] = []
    addresses = sorted({*emails, *(e.lower() for e in emails)})
    numbers = sorted({n for n in numbers if n.startswith("+")})  # (typed ones vary)
    for values, sql in ((addresses, "SELECT c.id, c.name, x.address FROM contact_email x "
                                    "JOIN contact c ON c.id = x.contact_id WHERE x.address "
                                    "IN ({}) AND c.deleted_at IS NULL"),
                        (numbers, "SELECT c.id, c.name, x.number FROM contact_phone x "
                                  "JOIN contact c ON c.id = x.contact_id WHERE x.number "
                                  "IN ({}) AND c.deleted_at IS NULL")):
        if values:
            found += [SameReach(*row) for row in database.execute_sql(
                sql.format(",".join("?" * len(values))), values) if row[0] != exclude]
    return list(dict.fromkeys(found))


def tags_of(contact_id: int) -> list[str]:
    return [t.name for t in Tag.select().join(ContactTag)
            .where(ContactTag.contact == contact_id).order_by(Tag.name)]


def _set_tags(contact_id: int, names: Sequence[str], source: str) -> None:
    wanted = sorted({n.strip() for n in names if n and n.strip()})
    old = tags_of(contact_id)
    if old == wanted:
        return
    ContactTag.delete().where(ContactTag.contact == contact_id).execute()
    for name in wanted:
        tag, _ = Tag.get_or_create(name=name)
        ContactTag.insert(contact=contact_id, tag=tag).on_conflict_ignore().execute()
    _log(contact_id, "update", [("tags", ", ".join(old) or None, ", ".join(wanted) or None)],
         source)


def add_tag(contact_ids: Iterable[int] | int, tag_name: str, *, source: str = "app") -> list[int]:
    """Tag contacts; returns the ids that did not have the tag yet. In bulk: a whole list
    of contacts is often tagged at once."""
    name = tag_name.strip()
    if not name:
        raise InputError(msg("a tag needs a name"), field="tag")
    ids = [contact_ids] if isinstance(contact_ids, int) else list(dict.fromkeys(contact_ids))
    with database.atomic():
        tag, _ = Tag.get_or_create(name=name)
        had = _tagged(ids, tag.id)
        added = [cid for cid in ids if cid not in had]
        conn = database.connection()
        conn.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                         [(cid, tag.id) for cid in added])
        _log_many(added, "tags", None, f"+{name}", source)
    return added


def remove_tag(contact_ids: Iterable[int], tag_name: str, *, source: str = "app") -> list[int]:
    """Untag contacts; returns the ids that had the tag."""
    tag = Tag.get_or_none(Tag.name == tag_name.strip())
    if tag is None:
        return []
    ids = list(dict.fromkeys(contact_ids))
    with database.atomic():
        had = _tagged(ids, tag.id)
        removed = [cid for cid in ids if cid in had]
        database.connection().executemany(
            "DELETE FROM contact_tag WHERE contact_id = ? AND tag_id = ?",
            [(cid, tag.id) for cid in removed])
        _log_many(removed, "tags", f"-{tag.name}", None, source)
    return removed


def _tagged(contact_ids: Sequence[int], tag_id: int) -> set[int]:
    """Which of the contacts have the tag."""
    found: set[int] = set()
    for chunk in id_chunks(contact_ids):
        found.update(cid for (cid,) in database.execute_sql(
            f"SELECT contact_id FROM contact_tag WHERE tag_id = ? AND contact_id IN "
            f"({','.join('?' * len(chunk))})", [tag_id, *chunk]))
    return found


def _log_row(source: str, at: str, cid: int, key: str, old: Any, new: Any) -> tuple:
    """A change_log row of an update, for executemany (values as `change_log.record` keeps
    them)."""
    return ("contact", cid, "update", key, None if old is None else str(old),
            None if new is None else str(new), source, at)


_LOG_INSERT = ("INSERT INTO change_log (table_name, row_id, action, field, old_value, "
               "new_value, source, changed_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")


def _log_many(contact_ids: Sequence[int], key: str, old: str | None, new: str | None,
              source: str) -> None:
    """The same change to many contacts, in the change log."""
    change_log.record_same("contact", contact_ids, key, old, new, source)


# snapshot and restore (undo) --------------------------------------------------------------


_SNAPSHOT_COLUMNS = ", ".join(Contact._meta.fields[k].column_name for k in EDITABLE_FIELDS)
# the fields whose stored value is not already what Python has (is_vip 0/1 -> bool); text
# comes back as it went in
_SNAPSHOT_CONVERTERS = tuple(
    (i, Contact._meta.fields[key].python_value) for i, key in enumerate(EDITABLE_FIELDS)
    if not isinstance(Contact._meta.fields[key], CharField | TextField | ForeignKeyField))


def snapshot(contact_id: int) -> Snapshot:
    found = snapshots([contact_id]).get(contact_id)
    if found is None:
        raise Contact.DoesNotExist(f"no contact {contact_id}")
    return found


def snapshots(contact_ids: Iterable[int]) -> dict[int, Snapshot]:
    """Whole contacts as they are now, by id (ids not there are left out), read with a few
    queries per chunk of ids, not a few per contact."""
    ids = list(dict.fromkeys(contact_ids))
    found: dict[int, Snapshot] = {}
    for chunk in id_chunks(ids):
        # plain SQL read as tuples: peewee's query objects and a model per contact cost
        # more than the reading (a 100,000-row overwrite import reads this many)
        marks = ",".join("?" * len(chunk))
        emails: dict[int, list[str]] = {}
        for cid, address in database.execute_sql(
                f"SELECT contact_id, address FROM contact_email WHERE contact_id IN ({marks}) "
                "ORDER BY contact_id, position", chunk):
            emails.setdefault(cid, []).append(address)
        phones: dict[int, list[tuple[str, str | None]]] = {}
        for cid, number, raw in database.execute_sql(
                f"SELECT contact_id, number, raw FROM contact_phone WHERE contact_id IN "
                f"({marks}) ORDER BY contact_id, position", chunk):
            phones.setdefault(cid, []).append((number, raw))
        tags: dict[int, list[str]] = {}
        for cid, name in database.execute_sql(
                f"SELECT ct.contact_id, t.name FROM contact_tag ct JOIN tag t ON t.id = "
                f"ct.tag_id WHERE ct.contact_id IN ({marks}) ORDER BY ct.contact_id, t.name",
                chunk):
            tags.setdefault(cid, []).append(name)
        for cid, *values, deleted_at in database.execute_sql(
                f"SELECT id, {_SNAPSHOT_COLUMNS}, deleted_at FROM contact WHERE id IN "
                f"({marks})", chunk):
            for i, convert in _SNAPSHOT_CONVERTERS:
                if values[i] is not None:
                    values[i] = convert(values[i])
            found[cid] = Snapshot(
                values=dict(zip(EDITABLE_FIELDS, values, strict=True)),
                emails=tuple(emails.get(cid, ())), phones=tuple(phones.get(cid, ())),
                tags=tuple(tags.get(cid, ())),
                deleted_at=deleted_at and Contact.deleted_at.python_value(deleted_at))
    return found


@dataclass
class Revision:
    """Checked changes to one contact for `revise_many`: fields to set, and e-mails, phones
    and tags to add after those it has."""

    values: dict[str, Any] = field(default_factory=dict)
    emails: list[str] = field(default_factory=list)
    phones: list[tuple[str, str | None]] = field(default_factory=list)  # (number, raw)
    tags: list[str] = field(default_factory=list)

    def __bool__(self) -> bool:
        return bool(self.values or self.emails or self.phones or self.tags)


def revise_many(revisions: Mapping[int, tuple[Snapshot, Revision]], *, source: str,
                at: datetime | None = None) -> None:
    """Write many contacts' checked changes in bulk (an import updating thousands), each
    against the snapshot it was worked out from, logged as `save_contact` logs them. The
    values are not checked again: the caller has. Inside the caller's transaction; the
    caller reindexes them for search."""
    now = to_storage(at or utc_now())
    logged = partial(_log_row, source, now)
    conn = database.connection()
    updates: dict[tuple[str, ...], list[tuple]] = {}  # columns set -> rows of values + id
    emails, phones, tags, log = [], [], [], []
    tag_ids: dict[str, int] = {}

    for cid, (before, revision) in revisions.items():
        columns: dict[str, Any] = {}
        for key, value in revision.values.items():
            model_field = Contact._meta.fields[key]
            columns[model_field.column_name] = model_field.db_value(value)
            log.append(logged(cid, key, before.values[key], value))
        if "name" in revision.values:
            columns["sort_name"] = sort_key(revision.values["name"])
        if columns:
            columns["updated_at"] = now
        if revision.emails:
            if not before.emails:
                columns["email"] = revision.emails[0]
            emails += [(cid, a, len(before.emails) + i) for i, a in enumerate(revision.emails)]
            log.append(logged(cid, "emails", ", ".join(before.emails) or None,
                              ", ".join(before.emails + tuple(revision.emails))))
        if revision.phones:
            if not before.phones:
                columns["phone"] = revision.phones[0][0]
            phones += [(cid, n, r, len(before.phones) + i)
                       for i, (n, r) in enumerate(revision.phones)]
            log.append(logged(cid, "phones", ", ".join(n for n, _ in before.phones) or None,
                              ", ".join(n for n, _ in before.phones + tuple(revision.phones))))
        if revision.tags:
            for name in revision.tags:
                if name not in tag_ids:
                    tag_ids[name] = Tag.get_or_create(name=name)[0].id
                tags.append((cid, tag_ids[name]))
            log.append(logged(cid, "tags", ", ".join(before.tags) or None,
                              ", ".join(sorted({*before.tags, *revision.tags}))))
        if columns:
            names = tuple(columns)
            updates.setdefault(names, []).append((*columns.values(), cid))
    for names, rows in updates.items():
        conn.executemany(f"UPDATE contact SET {', '.join(f'{n} = ?' for n in names)} "
                         "WHERE id = ?", rows)
    conn.executemany("INSERT INTO contact_email (contact_id, address, kind, position) "
                     "VALUES (?, ?, 'work', ?)", emails)
    conn.executemany("INSERT INTO contact_phone (contact_id, number, raw, kind, position) "
                     "VALUES (?, ?, ?, 'mobile', ?)", phones)
    conn.executemany("INSERT OR IGNORE INTO contact_tag (contact_id, tag_id) VALUES (?, ?)",
                     tags)
    conn.executemany(_LOG_INSERT, log)


def stepped(start: Snapshot, end: Snapshot, now: Snapshot) -> Snapshot:
    """The contact as it is `now`, moved by the step from `start` to `end` (an undo, a
    redo): a field, or the e-mails, phones or tags, that is still as `start` had it becomes
    as `end` has it; one changed since (a terminal's import, say) stays as it is."""
    def part(old: Any, new: Any, current: Any) -> Any:
        return new if current == old else current

    return Snapshot(
        values={k: part(start.values[k], end.values[k], v) for k, v in now.values.items()},
        emails=part(start.emails, end.emails, now.emails),
        phones=part(start.phones, end.phones, now.phones),
        tags=part(start.tags, end.tags, now.tags),
        deleted_at=part(start.deleted_at, end.deleted_at, now.deleted_at))


def restore_step(contact_id: int, start: Snapshot, end: Snapshot, *,
                 source: str = "undo") -> None:
    """Undo (or redo) one edit of a contact, keeping what was changed since (stepped)."""
    with database.atomic():
        restore(contact_id, stepped(start, end, snapshot(contact_id)), source=source)


def restore(contact_id: int, snap: Snapshot, *, source: str = "undo") -> None:
    """Put a contact back exactly as `snap` has it (values stored before were valid)."""
    restore_many({contact_id: snap}, source=source)


def set_field(contact_ids: Sequence[int], field: str, value: Any, *,
              source: str = "app") -> dict[int, Snapshot]:
    """Set one field on many contacts (bulk segment, status, VIP) in one transaction: all or
    none, in bulk. Returns the contacts as they were, for undo."""
    cleaned, _, _, _ = validate({field: value})  # the same value for all: checked once
    new = cleaned[field]
    if field == "company" and new in contact_ids:
        raise InvalidRecordError([InputError(msg("a contact cannot be its own company"),
                                             field="company")])
    with database.atomic():
        before = snapshots(contact_ids)
        revise_many({cid: (snap, Revision({field: new})) for cid, snap in before.items()
                     if snap.values[field] != new}, source=source)
    return before


def unset_field(before: Mapping[int, Snapshot], field: str, value: Any, *,
                source: str = "undo") -> None:
    """Undo `set_field(ids, field, value)` given what it returned: a contact whose field is
    still `value` gets its old one back; one changed since (by another program) keeps it,
    and so do its other fields."""
    new = validate({field: value})[0][field]
    with database.atomic():
        now = snapshots(cid for cid, snap in before.items() if snap.values[field] != new)
        revise_many({cid: (snap, Revision({field: before[cid].values[field]}))
                     for cid, snap in now.items() if snap.values[field] == new},
                    source=source)


def renamed_companies(revisions: Mapping[int, tuple[Snapshot, Revision]]) -> list[int]:
    """The companies among `revisions` whose name changes (their people's search entries
    name them)."""
    return [cid for cid, (before, revision) in revisions.items()
            if before.values["kind"] == "company" and "name" in revision.values]


BULK_RESTORE = 100  # contacts put back at once from which the search index is rebuilt once


def restore_many(snaps: Mapping[int, Snapshot], *, source: str = "undo") -> None:
    """Put many contacts back as they were, in one transaction, in bulk (undoing an import
    that changed a hundred thousand); each change logged as an edit is. Raises
    Contact.DoesNotExist, changing nothing, if one of them is no longer there."""
    now = to_storage(utc_now())
    logged = partial(_log_row, source, now)
    conn = database.connection()
    updates: dict[tuple[str, ...], list[tuple]] = {}  # columns set -> rows of values + id
    emails, phones, tags, log = [], [], [], []
    replaced: dict[str, list[int]] = {"contact_email": [], "contact_phone": [],
                                      "contact_tag": []}
    tag_ids: dict[str, int] = {}

    bulk = len(snaps) >= BULK_RESTORE
    renamed = []
    # many at once: the search index is written once per contact, not by the triggers
    # once per e-mail, phone and field put back
    with database.atomic(), search_index.bulk() if bulk else nullcontext():
        current = snapshots(snaps)
        for cid, snap in snaps.items():
            if cid not in current:
                raise Contact.DoesNotExist(f"no contact {cid}")
            now_is = current[cid]
            columns: dict[str, Any] = {}
            for key in (*EDITABLE_FIELDS, "deleted_at"):
                old = now_is.deleted_at if key == "deleted_at" else now_is.values[key]
                new = snap.deleted_at if key == "deleted_at" else snap.values[key]
                if old != new:
                    model_field = Contact._meta.fields[key]
                    columns[model_field.column_name] = model_field.db_value(new)
                    log.append(logged(cid, key, old, new))
            if "name" in columns:
                columns["sort_name"] = sort_key(snap.values["name"])
                if snap.values["kind"] == "company":
                    renamed.append(cid)
            if columns:
                columns["updated_at"] = now
            if now_is.emails != snap.emails:
                replaced["contact_email"].append(cid)
                emails += [(cid, a, i) for i, a in enumerate(snap.emails)]
                columns["email"] = snap.emails[0] if snap.emails else None
                log.append(logged(cid, "emails", ", ".join(now_is.emails) or None,
                                  ", ".join(snap.emails) or None))
            if [n for n, _ in now_is.phones] != [n for n, _ in snap.phones]:
                replaced["contact_phone"].append(cid)
                phones += [(cid, n, r, i) for i, (n, r) in enumerate(snap.phones)]
                columns["phone"] = snap.phones[0][0] if snap.phones else None
                log.append(logged(cid, "phones", ", ".join(n for n, _ in now_is.phones) or None,
                                  ", ".join(n for n, _ in snap.phones) or None))
            wanted = sorted({n.strip() for n in snap.tags if n and n.strip()})
            if list(now_is.tags) != wanted:
                replaced["contact_tag"].append(cid)
                for name in wanted:
                    if name not in tag_ids:
                        tag_ids[name] = Tag.get_or_create(name=name)[0].id
                    tags.append((cid, tag_ids[name]))
                log.append(logged(cid, "tags", ", ".join(now_is.tags) or None,
                                  ", ".join(wanted) or None))
            if columns:
                updates.setdefault(tuple(columns), []).append((*columns.values(), cid))
        for names, rows in updates.items():
            conn.executemany(f"UPDATE contact SET {', '.join(f'{n} = ?' for n in names)} "
                             "WHERE id = ?", rows)
        for table, ids in replaced.items():
            for chunk in id_chunks(ids):
                conn.execute(f"DELETE FROM {table} WHERE contact_id IN "
                             f"({','.join('?' * len(chunk))})", chunk)
        conn.executemany("INSERT INTO contact_email (contact_id, address, kind, position) "
                         "VALUES (?, ?, 'work', ?)", emails)
        conn.executemany("INSERT INTO contact_phone (contact_id, number, raw, kind, position) "
                         "VALUES (?, ?, ?, 'mobile', ?)", phones)
        conn.executemany("INSERT INTO contact_tag (contact_id, tag_id) VALUES (?, ?)", tags)
        conn.executemany(_LOG_INSERT, log)
        if bulk:
            search_index.reindex(snaps, companies=renamed)


# trash -------------------------------------------------------------------------------------


TRASH_CHUNK = 10_000  # ids bound in one statement: well within SQLite's 32,766


def _move_trash(contact_ids: Iterable[int], into: bool, source: str,
                progress: Progress | None) -> list[int]:
    """Set or clear deleted_at for those of the contacts not already so, a chunk of ids
    per statement (a selection of 50,000 took ~10 s one by one); each move is logged.
    Returns the contacts that moved, in the order given. All or nothing: `progress`
    returning False rolls back and raises CancelledError."""
    ids = list(dict.fromkeys(contact_ids))
    now = utc_now()
    moved: set[int] = set()
    with database.atomic():
        for start in range(0, len(ids), TRASH_CHUNK):
            chunk = ids[start:start + TRASH_CHUNK]
            cursor = database.execute_sql(
                f"UPDATE contact SET deleted_at = ? WHERE deleted_at IS "
                f"{'NULL' if into else 'NOT NULL'} AND id IN ({','.join('?' * len(chunk))}) "
                f"RETURNING id", [to_storage(now) if into else None, *chunk])
            moved.update(row[0] for row in cursor)
            if progress is not None and progress(start + len(chunk), len(ids)) is False:
                raise CancelledError(msg("the move was cancelled; nothing changed"))
        database.connection().executemany(
            "INSERT INTO change_log (table_name, row_id, action, source, changed_at) "
            "VALUES ('contact', ?, ?, ?, ?)",
            [(cid, "delete" if into else "restore", source, to_storage(now))
             for cid in ids if cid in moved])
    return [cid for cid in ids if cid in moved]


def trash_contacts(contact_ids: Iterable[int], *, source: str = "app",
                   progress: Progress | None = None) -> list[int]:
    """Move contacts to the Trash (nothing is removed); returns those that moved."""
    return _move_trash(contact_ids, True, source, progress)


def restore_contacts(contact_ids: Iterable[int], *, source: str = "app",
                     progress: Progress | None = None) -> list[int]:
    """Take contacts out of the Trash; returns those restored."""
    return _move_trash(contact_ids, False, source, progress)


def empty_trash() -> int:
    """Remove the contacts in the Trash for good (with their history); returns how many."""
    with database.atomic():
        # one statement each, whatever the size of the Trash (no list of ids to bind)
        database.execute_sql(
            "INSERT INTO change_log (table_name, row_id, action, source, changed_at) "
            "SELECT 'contact', id, 'purge', 'app', ? FROM contact WHERE deleted_at IS NOT NULL",
            [to_storage(utc_now())])
        # documents removed from them and held for an undo go too: for good means for good
        database.execute_sql("DELETE FROM removed_file WHERE contact_id IN "
                             "(SELECT id FROM contact WHERE deleted_at IS NOT NULL)")
        return Contact.delete().where(Contact.deleted_at.is_null(False)).execute()


def change_history(contact_id: int) -> list[ChangeLog]:
    """The contact's change log, newest first."""
    return change_log.history("contact", contact_id)
