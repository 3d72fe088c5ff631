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

    def index(self, first: int, last: int) -> None:
        """Index the contacts first..last in the helper thread; returns at once."""
        self.wait()
        self._pending = self._pool.submit(search_index.index_range_on, self._conn, first, last)
        # hand the GIL over now: a thread woken from the pool's queue was measured to get
        # it only when this one next blocked, which left nothing to overlap
        time.sleep(0)

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
