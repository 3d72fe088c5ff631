"""One interaction logged with many contacts at once (a price list e-mailed to a segment):
10,000 contacts of the 100,000 demo, each with its follow-up reminder, within 3x plain
sqlite3 writing the same rows (the interactions, their history, the reminders; the same
triggers fire), measured in the same run on copies of one database."""

from __future__ import annotations

import json
import shutil
import sqlite3
import time
from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.fields import to_storage
from crm_desktop.services import customer_record
from tests.fixed_time import NOW

CONTACTS = 10_000
LIMIT = 3.0
FOLLOW_UP = ("Call about the price list", NOW + timedelta(days=7))


def _ids(path: Path) -> list[int]:
    conn = sqlite3.connect(path)
    try:
        return [r[0] for r in conn.execute(
            "SELECT id FROM contact WHERE deleted_at IS NULL ORDER BY id LIMIT ?", [CONTACTS])]
    finally:
        conn.close()


def _ours(path: Path, ids: list[int]) -> float:
    open_database(path)
    try:
        started = time.perf_counter()
        made = customer_record.add_interactions(ids, "email", NOW, direction="outbound",
                                                subject="Price list 2027",
                                                follow_up=FOLLOW_UP)
        took = time.perf_counter() - started
    finally:
        close_database()
    assert len(made) == CONTACTS
    return took


def _floor(path: Path, ids: list[int]) -> float:
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA foreign_keys = ON")
    now, when, due = to_storage(NOW), to_storage(NOW), to_storage(FOLLOW_UP[1])
    try:
        started = time.perf_counter()
        conn.execute("BEGIN IMMEDIATE")
        first = conn.execute("SELECT coalesce(max(id), 0) + 1 FROM interaction").fetchone()[0]
        conn.executemany(
            "INSERT INTO interaction (id, contact_id, kind, direction, occurred_at, subject, "
            "created_at) VALUES (?, ?, 'email', 'outbound', ?, 'Price list 2027', ?)",
            [(first + i, cid, when, now) for i, cid in enumerate(ids)])
        conn.executemany(
            "INSERT INTO change_log (table_name, row_id, action, field, new_value, source, "
            "changed_at) VALUES ('contact', ?, 'add', 'interaction', ?, 'app', ?)",
            [(cid, json.dumps({"id": first + i, "kind": "email"}), now)
             for i, cid in enumerate(ids)])
        conn.executemany(
            "INSERT INTO reminder (title, contact_id, interaction_id, kind, due_at, "
            "created_at) VALUES (?, ?, ?, 'manual', ?, ?)",
            [(FOLLOW_UP[0], cid, first + i, due, now) for i, cid in enumerate(ids)])
        conn.execute("COMMIT")
        return time.perf_counter() - started
    finally:
        conn.close()


@pytest.mark.perf
def test_one_interaction_with_10k_contacts(demo_100k: Path, tmp_path: Path) -> None:
    ids = _ids(demo_100k)
    ours, floors = [], []
    for i in range(3):  # alternated, each on a fresh copy
        for runs, measure, name in ((ours, _ours, "app"), (floors, _floor, "floor")):
            copy = tmp_path / f"{name}{i}.sqlite3"
            shutil.copyfile(demo_100k, copy)
            runs.append(measure(copy, ids))
    best, floor = min(ours), min(floors)
    print(f"\nlog one interaction with {CONTACTS:,} contacts, each with a follow-up: "
          f"crm-desktop {best:.2f} s ({CONTACTS / best:,.0f} contacts/s), sqlite3 writing "
          f"the same rows {floor:.2f} s, ratio {best / floor:.2f} (limit {LIMIT})")
    assert best / floor <= LIMIT
