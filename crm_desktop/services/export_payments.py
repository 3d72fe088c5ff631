"""Exporting the payments to CSV or XLSX, for the accountant, in the columns the payments
import reads back (importers.payment_import): a file exported and imported into an empty
database gives the same payments, with their customers."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from crm_desktop.db.models import database
from crm_desktop.progress import Progress
from crm_desktop.services.money import to_decimal
from crm_desktop.services.spreadsheet_writer import checked_output, write_rows

FORMATS = (".csv", ".xlsx")
# the header of each column, in order; the import finds its columns by these names
HEADERS = ("Contact", "Contact kind", "Contact e-mail", "Invoice", "Amount", "Currency",
           "Issued", "Due", "Paid", "Deal", "Note")
_SELECT = """
    SELECT c.name, c.kind,
           (SELECT address FROM contact_email WHERE contact_id = c.id ORDER BY position
            LIMIT 1),
           p.invoice_number, p.amount_minor, p.currency, p.issued_on, p.due_on, p.paid_on,
           d.title, p.note
    FROM payment p
    JOIN contact c ON c.id = p.contact_id
    LEFT JOIN deal d ON d.id = p.deal_id AND d.deleted_at IS NULL
    WHERE c.deleted_at IS NULL
    ORDER BY coalesce(p.paid_on, p.due_on, p.issued_on), p.id"""


def _rows() -> Iterator[list[str]]:
    for (contact, kind, email, invoice, amount_minor, currency, issued, due, paid, deal,
         note) in database.execute_sql(_SELECT):
        yield [contact, kind, email or "", invoice or "",
               str(to_decimal(amount_minor, currency)), currency, issued or "", due or "",
               paid or "", deal or "", note or ""]


def export_payments(path: Path, *, bom: bool = False, progress: Progress | None = None) -> int:
    """Write every payment (of contacts not in the Trash) to `path`, CSV or XLSX by its
    extension, oldest first; returns how many. A cancelled export raises CancelledError and
    leaves no file."""
    path = checked_output(path, FORMATS)
    total = database.execute_sql(
        "SELECT count(*) FROM payment p JOIN contact c ON c.id = p.contact_id "
        "WHERE c.deleted_at IS NULL").fetchone()[0]
    return write_rows(path, "Payments", HEADERS, _rows(), total, bom=bom, progress=progress)
