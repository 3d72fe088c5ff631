"""Exporting contacts: the current view to CSV or XLSX (spreadsheet_writer), chosen
contacts to vCard 3.0."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from pathlib import Path

import vobject

from crm_desktop.db.fields import from_storage
from crm_desktop.db.models import database
from crm_desktop.errors import CancelledError, InputError, StorageError
from crm_desktop.progress import Progress
from crm_desktop.services.contact_query import ContactFilter, ordered_ids
from crm_desktop.services.spreadsheet_writer import checked_output, open_private, tick, write_rows
from crm_desktop.translatable import listing, msg

# column key -> (header, SQL expression over contact c and its company co)
COLUMNS: dict[str, tuple[str, str]] = {
    "name": ("Name", "c.name"),
    "kind": ("Kind", "c.kind"),
    "first_name": ("First name", "c.first_name"),
    "last_name": ("Last name", "c.last_name"),
    "company": ("Company", "co.name"),
    # which of two firms of one name: the import finds the company by it
    "company_email": ("Company e-mail", "(SELECT address FROM contact_email WHERE "
                                        "contact_id = co.id ORDER BY position LIMIT 1)"),
    "job_title": ("Job title", "c.job_title"),
    "email": (
        "E-mail",
        "(SELECT group_concat(address, ', ') FROM "
        "(SELECT address FROM contact_email WHERE contact_id = c.id "
        "ORDER BY position))",
    ),
    "phone": (
        "Phone",
        "(SELECT group_concat(number, ', ') FROM "
        "(SELECT number FROM contact_phone WHERE contact_id = c.id "
        "ORDER BY position))",
    ),
    "address": ("Address", "c.address"),
    "city": ("City", "c.city"),
    "region": ("Region", "c.region"),
    "postal_code": ("Postal code", "c.postal_code"),
    "country": ("Country", "c.country"),
    "website": ("Website", "c.website"),
    "industry": ("Industry", "c.industry"),
    "lead_source": ("Lead source", "c.lead_source"),
    "segment": ("Segment", "c.segment"),
    "vip": ("VIP", "CASE WHEN c.is_vip THEN 'yes' ELSE 'no' END"),
    "status": ("Status", "c.status"),
    "tags": (
        "Tags",
        "(SELECT group_concat(t.name, ', ') FROM contact_tag ct "
        "JOIN tag t ON t.id = ct.tag_id WHERE ct.contact_id = c.id)",
    ),
    "last_contact": ("Last contact", "c.last_contact_at"),
    "preferences": ("Preferences", "c.preferences"),
    "needs": ("Needs", "c.needs"),
    "notes": ("Notes", "c.notes"),
    "birthday": ("Birthday", "c.birthday"),  # 1980-03-31, or --03-31 without the year
}
FORMATS = (".csv", ".xlsx", ".vcf")
BATCH = 2000  # contacts read per query


def _rows(ids: Sequence[int], columns: Sequence[str]) -> Iterator[tuple[int, list[str]]]:
    exprs = ", ".join(COLUMNS[c][1] for c in columns)
    last_contact = columns.index("last_contact") if "last_contact" in columns else -1
    for start in range(0, len(ids), BATCH):
        chunk = list(ids[start : start + BATCH])
        marks = ",".join("?" * len(chunk))
        found = {
            r[0]: r[1:]
            for r in database.execute_sql(
                f"SELECT c.id, {exprs} FROM contact c LEFT JOIN contact co ON co.id = c.company_id "
                f"WHERE c.id IN ({marks})",
                chunk,
            )
        }
        for cid in chunk:  # keep the view's order
            if cid in found:
                values = ["" if v is None else str(v) for v in found[cid]]
                if last_contact >= 0 and values[last_contact]:
                    values[last_contact] = from_storage(values[last_contact]).date().isoformat()
                yield cid, values


def export_contacts(
    path: Path,
    flt: ContactFilter = ContactFilter(),  # noqa: B008
    columns: Sequence[str] | None = None,
    *,
    sort: str = "name",
    descending: bool = False,
    bom: bool = False,
    ids: Sequence[int] | None = None,
    progress: Progress | None = None,
) -> int:
    """Write the contacts (the view's rows, or `ids`) to `path`; format from the extension.

    Returns the number of contacts written. A cancelled export (progress returned False)
    raises CancelledError and leaves no file behind.
    """
    path = checked_output(path, FORMATS)
    suffix = path.suffix.lower()
    columns = list(columns or COLUMNS)
    unknown = [c for c in columns if c not in COLUMNS]
    if unknown:
        raise InputError(msg("unknown column(s): {0}", listing(unknown)), field="columns")
    if ids is None:
        ids = ordered_ids(flt, sort, descending)
    if suffix == ".vcf":
        try:
            return _write_vcards(path, ids, progress)
        except CancelledError:
            path.unlink(missing_ok=True)
            raise
        except OSError as exc:
            raise StorageError(msg("Cannot write {0}: {1}", path, exc)) from exc
    return write_rows(path, "Contacts", [COLUMNS[c][0] for c in columns],
                      (values for _, values in _rows(ids, columns)), len(ids), bom=bom,
                      progress=progress)


_VCARD_COLUMNS = [
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
    "notes",
    "tags",
    "birthday",
]


def _write_vcards(path: Path, ids: Sequence[int], progress: Progress | None) -> int:
    n = 0
    with open_private(path, newline="", encoding="utf-8") as fh:
        for cid, values in _rows(ids, _VCARD_COLUMNS):
            row = dict(zip(_VCARD_COLUMNS, values, strict=True))
            fh.write(_vcard(cid, row).serialize())
            n += 1
            tick(progress, n, len(ids))
    return n


def _vcard(cid: int, row: dict[str, str]) -> vobject.base.Component:
    card = vobject.vCard()
    card.add("fn").value = row["name"]
    card.add("n").value = vobject.vcard.Name(family=row["last_name"], given=row["first_name"])
    if row["kind"] == "company":
        # vCard 3.0 has no KIND; Apple's X-ABShowAs is what address books read
        card.add("org").value = [row["name"]]
        card.add("x-abshowas").value = "COMPANY"
    elif row["company"]:
        card.add("org").value = [row["company"]]
    if row["job_title"]:
        card.add("title").value = row["job_title"]
    for (address,) in database.execute_sql(
        "SELECT address FROM contact_email WHERE contact_id = ? ORDER BY position", [cid]
    ):
        email = card.add("email")
        email.value = address
        email.type_param = "INTERNET"
    for (number,) in database.execute_sql(
        "SELECT number FROM contact_phone WHERE contact_id = ? ORDER BY position", [cid]
    ):
        card.add("tel").value = number
    if any(row[k] for k in ("address", "city", "region", "postal_code", "country")):
        card.add("adr").value = vobject.vcard.Address(
            street=row["address"],
            city=row["city"],
            region=row["region"],
            code=row["postal_code"],
            country=row["country"],
        )
    if row["website"]:
        card.add("url").value = row["website"]
    if row["notes"]:
        card.add("note").value = row["notes"]
    if row["tags"]:
        card.add("categories").value = row["tags"].split(", ")
    if row["birthday"]:
        # without the year as vCard 4 and Android write it (Apple's 1604 would be read
        # as a year elsewhere)
        card.add("bday").value = row["birthday"]
    return card
