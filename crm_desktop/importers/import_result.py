"""What an import did (or, in a dry run, would do): counts, refused rows, notes."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import NamedTuple

from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.importers.refused_rows import RefusedRows
from crm_desktop.importers.rows import Refused

WARNINGS_KEPT = 1000  # phones kept as typed: a count, and the first ones as examples


class Note(NamedTuple):
    """A row imported with something to know about it (a phone kept as typed)."""

    row: int
    field: str
    text: str


@dataclass
class ImportResult:
    created: int = 0
    updated: int = 0
    skipped: int = 0
    rejected: int = 0
    empty: int = 0
    companies_created: int = 0  # companies named in rows and not found: made, not counted
    contacts_created: int = 0  # (deals) the contacts deal rows named and were not found
    rows: int = 0
    refused: RefusedRows = field(default_factory=RefusedRows)
    warnings: list[Note] = field(default_factory=list)  # the first WARNINGS_KEPT
    warning_count: int = 0
    batch_id: int | None = None
    dry_run: bool = False
    seconds: float = 0.0

    def refuse(self, row: int, error: InputError, cells: Sequence[str]) -> None:
        """Count a row refused, keeping its cells and the (first) reason."""
        first = error.errors[0] if isinstance(error, InvalidRecordError) else error
        self.rejected += 1
        self.refused.append(Refused(row, first.field, first.message, list(cells)))

    def counts(self) -> dict[str, int]:
        return {
            "created": self.created,
            "updated": self.updated,
            "skipped": self.skipped,
            "rejected": self.rejected,
        }
