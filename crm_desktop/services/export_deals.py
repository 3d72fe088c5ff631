"""Exporting the deals to CSV or XLSX, in the columns the deals import reads back
(importers.deal_import): a file exported and imported into an empty database gives the same
deals, with their contacts."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crm_desktop.db.models import database
from crm_desktop.progress import Progress
from crm_desktop.services.money import to_decimal
from crm_desktop.services.spreadsheet_writer import checked_output, write_rows

FORMATS = (".csv", ".xlsx")
# the header of each column, in order; the import finds its columns by these names
HEADERS = ("Title", "Contact", "Contact kind", "Contact e-mail", "Value", "Currency", "Stage",
           "Probability", "Expected close", "Source", "Lost reason", "Lost note", "Archived",
           "Notes", "Created (UTC)", "Closed (UTC)")
_SELECT = """
    SELECT d.title, c.name, c.kind,
           (SELECT address FROM contact_email WHERE contact_id = c.id ORDER BY position
            LIMIT 1),
           d.value_minor, d.currency, s.name, d.probability, d.expected_close_on, d.source,
           lr.name, d.lost_note, d.archived, d.notes, d.created_at, d.closed_at
    FROM deal d
    JOIN contact c ON c.id = d.contact_id
    JOIN stage s ON s.id = d.stage_id
    LEFT JOIN loss_reason lr ON lr.id = d.lost_reason_id
    WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL
    ORDER BY s.position, d.archived, d.position, d.id"""


def _rows() -> Iterator[list[str]]:
    for (title, contact, kind, email, value_minor, currency, stage, probability, close_on,
         source, reason, note, archived, notes, created, closed) in database.execute_sql(_SELECT):
        yield [title, contact, kind, email or "", str(to_decimal(value_minor, currency)),
               currency,
               stage, "" if probability is None else str(probability), close_on or "",
               source or "", reason or "", note or "", "yes" if archived else "",
               notes or "", created or "", closed or ""]


def export_deals(path: Path, *, bom: bool = False, progress: Progress | None = None) -> int:
    """Write every deal (not in the Trash) to `path`, CSV or XLSX by its extension; returns
    how many. A cancelled export raises CancelledError and leaves no file."""
    path = checked_output(path, FORMATS)
    total = database.execute_sql(
        "SELECT count(*) FROM deal d JOIN contact c ON c.id = d.contact_id "
        "WHERE d.deleted_at IS NULL AND c.deleted_at IS NULL").fetchone()[0]
    return write_rows(path, "Deals", HEADERS, _rows(), total, bom=bom, progress=progress)
