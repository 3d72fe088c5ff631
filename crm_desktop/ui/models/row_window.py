"""A window over an ordered list of row ids: records are loaded a page at a time, on demand.

The ids (8 bytes a row) tell the view the true row count; only pages that are shown are
read, and only the most recent ones are kept.
"""

from __future__ import annotations

from array import array
from collections import OrderedDict
from collections.abc import Callable, Sequence
from typing import Generic, TypeVar

Record = TypeVar("Record")
PageLoader = Callable[[list[int]], dict[int, Record]]


class RowWindow(Generic[Record]):
    def __init__(self, loader: PageLoader, page_size: int = 200, max_pages: int = 64):
        self._loader = loader
        self._page_size = page_size
        self._max_pages = max_pages
        self._ids: Sequence[int] = array("q")
        self._total = 0
        self._rest: Callable[[], Sequence[int]] | None = None
        self._pages: OrderedDict[int, list[Record | None]] = OrderedDict()

    def reset(self, ids: Sequence[int], total: int | None = None,
              rest: Callable[[], Sequence[int]] | None = None) -> None:
        """Show `ids`; or, for a fast first screen, only the first ids with the true `total`
        and `rest` to read all of them when a row beyond the first ones is wanted."""
        self._ids = ids
        self._total = len(ids) if total is None or rest is None else total
        self._rest = rest if self._total > len(ids) else None
        self._pages.clear()

    @property
    def complete(self) -> bool:
        return self._rest is None

    def load_rest(self) -> bool:
        """Read every id now; True if the row count turned out different (data changed)."""
        if self._rest is None:
            return False
        rest, self._rest = self._rest, None
        self._ids = rest()
        changed = len(self._ids) != self._total
        self._total = len(self._ids)
        return changed

    def invalidate(self) -> None:
        """Forget loaded records (after an edit) but keep the order."""
        self._pages.clear()

    def __len__(self) -> int:
        return self._total

    def id_at(self, row: int) -> int | None:
        if row >= len(self._ids):
            self.load_rest()
        return self._ids[row] if row < len(self._ids) else None

    def ids_between(self, first: int, last: int) -> list[int]:
        """The ids of rows first..last (inclusive), read straight from the id array."""
        if last >= len(self._ids):
            self.load_rest()
        return list(self._ids[first:last + 1])

    def rows_of(self, row_ids: set[int]) -> list[int]:
        """The rows showing these ids, in order (one scan: a selection shown again)."""
        self.load_rest()
        return [row for row, row_id in enumerate(self._ids) if row_id in row_ids]

    def row_of(self, row_id: int) -> int:
        """Row number of an id, or -1 (a linear scan: for occasional use)."""
        self.load_rest()
        try:
            return self._ids.index(row_id)
        except ValueError:
            return -1

    def record(self, row: int) -> Record | None:
        page_no = row // self._page_size
        page = self._pages.get(page_no)
        if page is None:
            start = page_no * self._page_size
            if start + self._page_size > len(self._ids):
                self.load_rest()
            ids = list(self._ids[start : start + self._page_size])
            found = self._loader(ids)
            page = [found.get(i) for i in ids]  # None for a row deleted meanwhile
            self._pages[page_no] = page
            if len(self._pages) > self._max_pages:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        offset = row - page_no * self._page_size
        return page[offset] if offset < len(page) else None
