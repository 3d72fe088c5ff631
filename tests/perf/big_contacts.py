"""A fast builder of a million realistic contacts (no history) for the benchmarks."""

from __future__ import annotations

import random
from pathlib import Path

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.services import demo_names as w
from crm_desktop.services.contacts import sort_key

FIRST = [n for n, _ in w.EN_FIRST_MALE + w.EN_FIRST_FEMALE + w.RU_FIRST_MALE
         + w.RU_FIRST_FEMALE + w.FA_FIRST_MALE + w.FA_FIRST_FEMALE]
LAST = [n for n, _ in w.EN_LAST + w.RU_LAST + w.FA_LAST]
CITIES = [c for c, _, _ in w.EN_CITIES + w.RU_CITIES + w.FA_CITIES]
CHUNK = 50_000
# as an owner's list has them: most are leads, half have a segment
STATUSES = ("lead",) * 6 + ("customer",) * 3 + ("lost",)
SEGMENTS = ("Retail", "SMB", "Key account", "Distributor", None, None, None, None)


def build(path: Path, n: int, seed: int = 1) -> Path:
    rng = random.Random(seed)
    classes = random.Random(f"classes {seed}")  # (its own: the names drawn stay as they were)
    db = open_database(path)
    conn = db.connection()
    with db.atomic():
        db.execute_sql("PRAGMA defer_foreign_keys = ON")
        for start in range(1, n + 1, CHUNK):
            rows, emails, phones = [], [], []
            for cid in range(start, min(n + 1, start + CHUNK)):
                name = f"{rng.choice(FIRST)} {rng.choice(LAST)}"
                email = f"c{cid}@{rng.choice(('mail', 'post', 'inbox'))}.example"
                phone = f"+4477009{cid:05d}"[:13]
                rows.append((cid, "person", name, sort_key(name), email, phone,
                             rng.choice(CITIES), classes.choice(STATUSES),
                             classes.choice(SEGMENTS), 0, "2025-01-01 00:00:00",
                             "2025-01-01 00:00:00"))
                emails.append((cid, email, "work", 0))
                phones.append((cid, phone, phone, "mobile", 0))
            conn.executemany("INSERT INTO contact_email (contact_id, address, kind, position) "
                             "VALUES (?, ?, ?, ?)", emails)
            conn.executemany("INSERT INTO contact_phone (contact_id, number, raw, kind, position)"
                             " VALUES (?, ?, ?, ?, ?)", phones)
            conn.executemany(
                "INSERT INTO contact (id, kind, name, sort_name, email, phone, city, status, "
                "segment, is_vip, created_at, updated_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", rows)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path
