"""An import's new contacts indexed for search in a helper thread, while the main thread
reads and checks the next batch.

Indexing a batch is one long FTS5 statement, during which Python releases the GIL, and
reading the next rows runs no SQL; so the two overlap. The helper uses the import's own
connection, inside its transaction; the main thread waits for it before any SQL of its own
(`wait`), so that the two never use the connection at once.
"""

from __future__ import annotations

import sqlite3
import time
from concurrent.futures import Future, ThreadPoolExecutor

from crm_desktop.db import search_index


class BatchIndexer:
    def __init__(self, conn: sqlite3.Connection):
        self._conn = conn
        self._pool = ThreadPoolExecutor(1, thread_name_prefix="import-index")
        self._pending: Future[None] | None = None

    def index(self, new: tuple[int, int] | None, changed: list[int],
              renamed_companies: list[int]) -> None:
        """In the helper thread, returning at once: index the new contacts (first, last)
        and reindex those changed (and the people of companies renamed)."""
        self.wait()
        if new is None and not changed and not renamed_companies:
            return
        self._pending = self._pool.submit(self._index, new, changed, renamed_companies)
        # hand the GIL over now: a thread woken from the pool's queue was measured to get
        # it only when this one next blocked, which left nothing to overlap
        time.sleep(0)

    def _index(self, new: tuple[int, int] | None, changed: list[int],
               renamed_companies: list[int]) -> None:
        if new is not None:
            search_index.index_range_on(self._conn, *new)
        if changed or renamed_companies:
            search_index.reindex_on(self._conn, changed, renamed_companies)

    def wait(self) -> None:
        """Until the helper is done; its error, if any, is raised here."""
        pending, self._pending = self._pending, None
        if pending is not None:
            pending.result()

    def close(self) -> None:
        try:
            self.wait()
        finally:
            self._pool.shutdown(wait=True)
