"""Creating and editing contacts (people and companies), with every field edit logged."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from crm_desktop.db.models import (
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
from crm_desktop.errors import InputError

# fields a caller may set directly on a contact (the rest are derived or kept by the app)
EDITABLE_FIELDS = (
    "kind",
    "name",
    "first_name",
    "last_name",
    "company",
    "job_title",
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
    "hidden_needs",
    "notes",
)


def sort_key(name: str) -> str:
    """Case- and accent-insensitive key so that 'ivan', 'Ivan' and 'Иван' sort as people
    expect; SQLite's NOCASE folds ASCII only."""
    return unicodedata.normalize("NFKC", name).casefold().strip()


def _clean(values: Mapping[str, Any]) -> dict[str, Any]:
    unknown = set(values) - set(EDITABLE_FIELDS)
    if unknown:
        raise InputError(f"unknown field(s): {', '.join(sorted(unknown))}")
    cleaned = {k: (v.strip() or None) if isinstance(v, str) else v for k, v in values.items()}
    if "name" in cleaned and not cleaned["name"]:
        raise InputError("a name is required", field="name")
    if "kind" in cleaned and cleaned["kind"] not in CONTACT_KINDS:
        raise InputError(f"must be one of {', '.join(CONTACT_KINDS)}", field="kind")
    if "status" in cleaned and cleaned["status"] not in CONTACT_STATUSES:
        raise InputError(f"must be one of {', '.join(CONTACT_STATUSES)}", field="status")
    return cleaned


def _log(
    contact_id: int, action: str, changes: Iterable[tuple[str, Any, Any]], source: str
) -> None:
    now = utc_now()
    rows = [
        {
            "table_name": "contact",
            "row_id": contact_id,
            "action": action,
            "field": f,
            "old_value": None if old is None else str(old),
            "new_value": None if new is None else str(new),
            "source": source,
            "changed_at": now,
        }
        for f, old, new in changes
    ]
    if rows:
        ChangeLog.insert_many(rows).execute()


def create_contact(
    values: Mapping[str, Any],
    *,
    emails: Sequence[str] = (),
    phones: Sequence[str] = (),
    tags: Sequence[str] = (),
    source: str = "app",
) -> Contact:
    """Create a person or company with its e-mails, phones and tags, in one transaction."""
    data = _clean(values)
    if not data.get("name"):
        raise InputError("a name is required", field="name")
    with database.atomic():
        contact = Contact.create(sort_name=sort_key(data["name"]), **data)
        set_emails(contact.id, emails, log=False)
        set_phones(contact.id, phones, log=False)
        for tag in tags:
            add_tag(contact.id, tag, log=False)
        _log(contact.id, "create", [(k, None, v) for k, v in data.items() if v is not None], source)
    return Contact.get_by_id(contact.id)


def update_contact(
    contact_id: int, values: Mapping[str, Any], *, source: str = "app"
) -> dict[str, tuple[Any, Any]]:
    """Change fields of a contact; returns {field: (old, new)} of what actually changed."""
    data = _clean(values)
    with database.atomic():
        contact = Contact.get_by_id(contact_id)
        changed: dict[str, tuple[Any, Any]] = {}
        for key, new in data.items():
            old = getattr(contact, key + "_id") if key == "company" else getattr(contact, key)
            new_cmp = new.id if isinstance(new, Contact) else new
            if old != new_cmp:
                changed[key] = (old, new_cmp)
                setattr(contact, key, new)
        if not changed:
            return {}
        if "name" in changed:
            contact.sort_name = sort_key(contact.name)
        contact.updated_at = utc_now()
        contact.save()
        _log(contact_id, "update", [(k, o, n) for k, (o, n) in changed.items()], source)
    return changed


def set_emails(contact_id: int, addresses: Sequence[str], *, log: bool = True) -> None:
    """Replace the contact's e-mails; the first becomes the primary shown in the table."""
    clean = [a.strip() for a in addresses if a and a.strip()]
    with database.atomic():
        old = [
            e.address
            for e in ContactEmail.select()
            .where(ContactEmail.contact == contact_id)
            .order_by(ContactEmail.position)
        ]
        if old == clean:
            return
        ContactEmail.delete().where(ContactEmail.contact == contact_id).execute()
        for pos, address in enumerate(clean):
            ContactEmail.create(contact=contact_id, address=address, position=pos)
        Contact.update(email=clean[0] if clean else None).where(Contact.id == contact_id).execute()
        if log:
            _log(contact_id, "update", [("emails", ", ".join(old), ", ".join(clean))], "app")


def set_phones(contact_id: int, numbers: Sequence[str], *, log: bool = True) -> None:
    """Replace the contact's phones; the first becomes the primary shown in the table."""
    clean = [n.strip() for n in numbers if n and n.strip()]
    with database.atomic():
        old = [
            p.number
            for p in ContactPhone.select()
            .where(ContactPhone.contact == contact_id)
            .order_by(ContactPhone.position)
        ]
        if old == clean:
            return
        ContactPhone.delete().where(ContactPhone.contact == contact_id).execute()
        for pos, number in enumerate(clean):
            ContactPhone.create(contact=contact_id, number=number, raw=number, position=pos)
        Contact.update(phone=clean[0] if clean else None).where(Contact.id == contact_id).execute()
        if log:
            _log(contact_id, "update", [("phones", ", ".join(old), ", ".join(clean))], "app")


def add_tag(contact_id: int, tag_name: str, *, log: bool = True) -> None:
    name = tag_name.strip()
    if not name:
        raise InputError("a tag needs a name", field="tag")
    with database.atomic():
        tag, _ = Tag.get_or_create(name=name)
        inserted = ContactTag.insert(contact=contact_id, tag=tag).on_conflict_ignore().execute()
        if log and inserted:
            _log(contact_id, "update", [("tags", None, name)], "app")


def change_history(contact_id: int) -> list[ChangeLog]:
    """The contact's change log, newest first."""
    return list(
        ChangeLog.select()
        .where((ChangeLog.table_name == "contact") & (ChangeLog.row_id == contact_id))
        .order_by(ChangeLog.changed_at.desc(), ChangeLog.id.desc())
    )
