"""Reminders (issue 6): with 100,000 reminders, most done, building the pane and the
periodic due check each within 3x the SQL they need, measured in the same run."""

from __future__ import annotations

import random
import sqlite3
from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.fields import to_storage
from crm_desktop.services import reminders
from crm_desktop.services.reminders import _DUE, _OPEN, _SELECT, Bucket
from crm_desktop.ui.models.reminder_tree import PAGE
from crm_desktop.ui.widgets.reminders_pane import RemindersPane
from tests.fixed_time import NOW
from tests.perf.timing import best_of, report

LIMIT = 3.0


@pytest.fixture(scope="module")
def reminders_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("rem") / "reminders.sqlite3"
    db = open_database(path)
    rng = random.Random(3)
    conn = db.connection()
    with db.atomic():
        conn.executemany("INSERT INTO contact (id, kind, name, sort_name, is_vip, status, "
                         "created_at, updated_at) VALUES (?, 'person', ?, ?, 0, 'customer', "
                         "?, ?)", [(i, f"C{i}", f"c{i}", to_storage(NOW), to_storage(NOW))
                                   for i in range(1, 5001)])
        rows = []
        for i in range(100_000):
            due = NOW + timedelta(hours=rng.randint(-24 * 400, 24 * 60))
            done = to_storage(due) if rng.random() < 0.95 and due < NOW else None
            rows.append((f"R{i}", rng.randint(1, 5000), to_storage(due), done,
                         to_storage(NOW), "manual"))
        conn.executemany("INSERT INTO reminder (title, contact_id, due_at, done_at, created_at, "
                         "kind) VALUES (?, ?, ?, ?, ?, ?)", rows)
    close_database()
    return path


def _floor_queries(conn: sqlite3.Connection) -> None:
    """The statements the pane needs, run bare: group counts, the first page of the open
    groups, the service-level check, the win-back suggestions."""
    now = to_storage(NOW)
    conn.execute("SELECT value FROM setting WHERE key = ?", ["win_back_after_days"]).fetchall()
    conn.execute(reminders.QUIET_CUSTOMERS_SQL,
                 [to_storage(NOW - timedelta(days=90)), 10]).fetchall()
    conn.execute(reminders.RECENTLY_LOST_SQL,
                 [to_storage(NOW - timedelta(days=30)), 10]).fetchall()
    ranges = reminders._ranges(NOW, None)
    conn.execute(" UNION ALL ".join(
        f"SELECT count(*) FROM reminder r WHERE {_OPEN} AND {_DUE} > ? AND {_DUE} <= ?"
        for _ in ranges), [b for r in ranges.values() for b in r]).fetchall()
    for bucket in (Bucket.OVERDUE, Bucket.TODAY, Bucket.NEXT_7_DAYS, Bucket.LATER):
        start, end = ranges[bucket]
        conn.execute(_SELECT.format(where=f"{_DUE} > ? AND {_DUE} <= ?", indexed_by="")
                     + f" LIMIT {PAGE}", [start, end]).fetchall()
    conn.execute(_SELECT.format(where=f"r.kind = 'service_level' AND {_DUE} <= ?",
                                indexed_by="INDEXED BY reminder_open_service_level_due"),
                 [now]).fetchall()


@pytest.mark.perf
def test_pane_and_due_check_with_100k_reminders(qapp, reminders_100k: Path) -> None:
    open_database(reminders_100k)
    try:
        pane = RemindersPane(lambda: NOW)

        def build() -> None:
            pane.refresh()
            for row in range(pane.model.rowCount()):
                group = pane.model.index(row, 0)
                if pane.model.canFetchMore(group):
                    pane.model.fetchMore(group)

        ours_build = best_of(build)
        ours_check = best_of(lambda: reminders.to_notify(NOW))
    finally:
        close_database()
    conn = sqlite3.connect(reminders_100k)
    floor_build = best_of(lambda: _floor_queries(conn))
    floor_check = best_of(lambda: conn.execute(
        _SELECT.format(where=f"r.notified_at IS NULL AND {_DUE} <= ?", indexed_by=""),
        [to_storage(NOW)]).fetchall())
    plan = conn.execute(f"EXPLAIN QUERY PLAN SELECT r.id FROM reminder r WHERE {_OPEN} "
                        f"AND r.notified_at IS NULL AND {_DUE} <= ?", ["x"]).fetchall()
    conn.close()
    assert "reminder_open_due" in plan[0][3]  # done reminders are never scanned
    build_ratio = report("build the reminders pane (100k reminders)", ours_build,
                         floor_build, LIMIT)
    check_ratio = report("periodic due check (100k reminders)", ours_check, floor_check,
                         LIMIT)
    assert build_ratio <= LIMIT
    assert check_ratio <= LIMIT
