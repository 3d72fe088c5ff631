"""What every source gives the pipeline: headers, and rows numbered as the owner sees them."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Protocol

PREVIEW_ROWS = 20
HEADER_SEARCH_ROWS = 30  # exports put notes above the header (LinkedIn: 3 lines)


class Table(Protocol):
    """A sheet of text cells with a header row."""

    name: str
    headers: list[str]
    header_row: int  # 1-based row number of the header in the file
    layout: str | None  # a known export recognised from its headers, e.g. "Google Contacts"
    estimated_rows: int  # about how many rows follow the header (a progress bar's length)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        """(row number in the file, cells) for every row after the header, streaming."""
        ...


@dataclass
class ListTable:
    """A table already in memory (vCards, spreadsheets read whole, tests)."""

    name: str
    headers: list[str]
    data: list[tuple[int, list[str]]] = field(default_factory=list)
    header_row: int = 1
    layout: str | None = None
    # rows the reader could not make cells of (a broken vCard), and remarks on rows it read
    refused: list = field(default_factory=list)  # [Refused]
    notes: list[tuple[int, str]] = field(default_factory=list)  # (row, what to know)
    # what a reader found that no column holds (a vCard's NICKNAME): name -> how many rows
    unread: dict[str, int] = field(default_factory=dict)

    @property
    def estimated_rows(self) -> int:
        return len(self.data) + len(self.refused)

    def rows(self) -> Iterator[tuple[int, list[str]]]:
        yield from self.data


def clean_cell(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))  # spreadsheets store 12345 as 12345.0
    return str(value).strip()


def find_header(candidates: list[list[str]], score) -> int:
    """Index of the header among the first rows: the row that looks most like headers
    (known header words), else the first row with two or more filled cells."""
    best, best_score = None, 0
    for i, row in enumerate(candidates[:HEADER_SEARCH_ROWS]):
        s = score(row)
        if s > best_score:
            best, best_score = i, s
    if best is not None:
        return best
    for i, row in enumerate(candidates[:HEADER_SEARCH_ROWS]):
        if sum(1 for c in row if c.strip()) >= 2:
            return i
    return 0
