"""Import benchmarks (issue 4): 100k CSV rows against a 100k-contact database vs the floor
of csv + sqlite3.executemany and vs sqlite-utils; a million rows within 300 MB; XLSX vs
openpyxl. Ratios measured in the same run."""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import xlsxwriter

from crm_desktop.db import search_index
from crm_desktop.db.connection import close_database, open_database
from crm_desktop.importers.import_result import ImportResult
from crm_desktop.importers.import_undo import undo_import
from crm_desktop.importers.pipeline import auto_mapping, open_table, run_import
from crm_desktop.importers.rows import RowReader
from crm_desktop.importers.table import Table
from tests.perf.csv_files import write_csv
from tests.perf.peak_memory import PEAK_MB_SNIPPET

MAX_FLOOR_RATIO = 5.0
MAX_PEAK_MB = 300


RUNS = 3  # each contender's best run: the one least disturbed by the machine


def _floor(path: Path, tmp_path: Path) -> float:
    """Plain csv + sqlite3.executemany of the same rows into a bare table."""
    db = tmp_path / "floor.sqlite3"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    conn = sqlite3.connect(db)
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        width = len(next(reader))
        conn.execute(f"CREATE TABLE t ({', '.join(f'c{i}' for i in range(width))})")
        with conn:
            conn.executemany(f"INSERT INTO t VALUES ({', '.join('?' * width)})", reader)
    conn.close()
    return time.perf_counter() - started


def _schema_floor(path: Path, demo: Path, tmp_path: Path) -> float:
    """For comparison only: what any import into the app's schema must write, done the
    cheapest way and checking nothing. The rows go into contact (its sort and filter
    indexes), contact_email and contact_phone with the per-row search triggers dropped, then
    into the search index in one statement, as run_import does; no matching, no validation,
    no change log, no undo record."""
    db = tmp_path / "schema-floor.sqlite3"
    shutil.copy(demo, db)
    conn = sqlite3.connect(db, isolation_level=None)
    for pragma in ("journal_mode = WAL", "synchronous = NORMAL", "cache_size = -32768"):
        conn.execute(f"PRAGMA {pragma}")
    first = conn.execute("SELECT max(id) + 1 FROM contact").fetchone()[0]
    started = time.perf_counter()
    conn.execute("BEGIN")
    for (name,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'trigger' AND "
                                "tbl_name IN ('contact', 'contact_email', 'contact_phone') "
                                "AND name NOT LIKE '%_ad'").fetchall():
        conn.execute(f"DROP TRIGGER {name}")
    with open(path, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh)
        next(reader)
        rows = [(first + i, *row) for i, row in enumerate(reader)]
    conn.executemany(
        "INSERT INTO contact (id, kind, name, sort_name, first_name, last_name, email, phone, "
        "city, notes, is_vip, status, created_at, updated_at) VALUES (?1, 'person', "
        "?2 || ' ' || ?3, lower(?2 || ' ' || ?3), ?2, ?3, ?4, ?5, ?7, nullif(?8, ''), 0, "
        "'lead', '2026-01-01 00:00:00', '2026-01-01 00:00:00')", rows)
    conn.executemany("INSERT INTO contact_email (contact_id, address, kind, position) "
                     "VALUES (?, ?, 'work', 0)", [(r[0], r[3]) for r in rows])
    conn.executemany("INSERT INTO contact_phone (contact_id, number, raw, kind, position) "
                     "VALUES (?, ?, ?, 'mobile', 0)",
                     [(r[0], r[4].replace(" ", ""), r[4]) for r in rows])
    conn.execute(search_index.ROW.format(where="c.id >= ?"), [first])
    conn.execute("COMMIT")
    seconds = time.perf_counter() - started
    conn.close()
    return seconds


def _checking_alone(source: Path) -> float:
    """For comparison only: reading the file and checking every row as the import does
    (names, e-mails, phones), writing nothing and matching nothing."""
    table = open_table(source)
    draft = RowReader(auto_mapping(table)).draft
    started = time.perf_counter()
    for number, cells in table.rows():
        draft(number, cells)
    return time.perf_counter() - started


def _ours(source: Path, demo: Path, tmp_path: Path,
          run: Callable[[Table], ImportResult] | None = None) -> tuple[float, ImportResult]:
    """`run` of the file (by default run_import(), mapped as guessed) into a fresh copy of
    the demo database (copied untimed)."""
    target = tmp_path / "target.sqlite3"
    for stale in (target, *target.parent.glob(target.name + "-*")):
        stale.unlink(missing_ok=True)
    shutil.copy(demo, target)
    open_database(target)
    try:
        table = open_table(source)
        started = time.perf_counter()
        result = (run(table) if run is not None
                  else run_import(table, auto_mapping(table), "skip"))
        return time.perf_counter() - started, result
    finally:
        close_database()


def _sqlite_utils(sqlite_utils: str, source: Path, tmp_path: Path) -> float:
    db = tmp_path / "su.sqlite3"
    db.unlink(missing_ok=True)
    started = time.perf_counter()
    subprocess.run([sqlite_utils, "insert", str(db), "contacts", str(source), "--csv"],
                   check=True, capture_output=True)
    return time.perf_counter() - started


@pytest.mark.perf
def test_100k_csv_against_a_100k_database(demo_100k: Path, tmp_path: Path) -> None:
    source = write_csv(tmp_path / "import-100k.csv", 100_000)
    runs = [_ours(source, demo_100k, tmp_path) for _ in range(RUNS)]
    ours, result = min(runs, key=lambda run: run[0])
    floor = min(_floor(source, tmp_path) for _ in range(RUNS))
    sqlite_utils = shutil.which("sqlite-utils") or shutil.which(
        "sqlite-utils", path=str(Path(sys.executable).parent))
    su_time = None
    if sqlite_utils:
        su_time = min(_sqlite_utils(sqlite_utils, source, tmp_path) for _ in range(RUNS))
    versus = f"; sqlite-utils insert --csv {su_time:.2f} s" if su_time else ""
    schema = _schema_floor(source, demo_100k, tmp_path)
    checking = min(_checking_alone(source) for _ in range(RUNS))
    print(f"\nimport 100,000 CSV rows into 100,000 contacts (best of {RUNS}): {ours:.2f} s "
          f"({100_000 / ours:,.0f} rows/s; {result.counts()}), floor csv+executemany "
          f"{floor:.2f} s, ratio {ours / floor:.1f} (limit {MAX_FLOOR_RATIO}){versus}; "
          f"for comparison, all 100,000 rows written unchecked into the app's schema "
          f"{schema:.2f} s ({schema / floor:.1f}x the floor), the rows read and checked "
          f"without writing {checking:.2f} s ({checking / floor:.1f}x the floor)")
    assert result.rows == 100_000
    assert ours / floor <= MAX_FLOOR_RATIO
    if su_time is not None:
        assert ours < su_time


PROBE = PEAK_MB_SNIPPET + """
import sys
from crm_desktop.cli import main
code = main(["import", sys.argv[1], "--db", sys.argv[2], "--json"])
print(_peak_mb())
sys.exit(code)
"""


@pytest.mark.perf
def test_a_million_rows_stream_within_300_mb(tmp_path: Path) -> None:
    source = write_csv(tmp_path / "import-1m.csv", 1_000_000)
    db = tmp_path / "million.sqlite3"
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", PROBE, str(source), str(db)], check=True,
                         capture_output=True, text=True, cwd=Path(__file__).parents[2],
                         env={**os.environ}).stdout.split("\n")
    seconds = time.perf_counter() - started
    peak = int([line for line in out if line.strip()][-1])
    print(f"\nimport 1,000,000 CSV rows: {seconds:.1f} s, peak memory {peak} MB "
          f"(limit {MAX_PEAK_MB} MB); {out[0]}")
    assert peak < MAX_PEAK_MB


REFUSING_PROBE = PEAK_MB_SNIPPET + """
import sys
from crm_desktop.cli import main
code = main(["import", sys.argv[1], "--db", sys.argv[2], "--json", "--rejects", sys.argv[3]])
print(_peak_mb())
sys.exit(code)
"""


@pytest.mark.perf
def test_a_million_refused_rows_stay_within_300_mb(tmp_path: Path) -> None:
    """A wrongly mapped file refuses every row: all of them reach the rejects file, and
    memory stays as low as for a good file."""
    source = tmp_path / "bad-1m.csv"
    with open(source, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Name", "E-mail", "City"])
        writer.writerows([f"Person {i}", f"bad{i}@@example", "London"]
                         for i in range(1_000_000))
    rejects = tmp_path / "rejects.csv"
    started = time.perf_counter()
    out = subprocess.run([sys.executable, "-c", REFUSING_PROBE, str(source),
                          str(tmp_path / "refusing.sqlite3"), str(rejects)], check=True,
                         capture_output=True, text=True, cwd=Path(__file__).parents[2]
                         ).stdout.split("\n")
    seconds = time.perf_counter() - started
    peak = int([line for line in out if line.strip()][-1])
    with open(rejects, encoding="utf-8-sig") as fh:
        lines = sum(1 for _ in fh)
    print(f"\nimport 1,000,000 CSV rows, all refused: {seconds:.1f} s, peak memory {peak} MB "
          f"(limit {MAX_PEAK_MB} MB); {lines - 1:,} rows in the rejects file")
    assert lines == 1 + 1_000_000
    assert peak < MAX_PEAK_MB


MAX_UPDATE_RATIO = 5.0


@pytest.mark.perf
def test_an_overwrite_and_its_undo_cost_no_more_than_a_few_imports(tmp_path: Path) -> None:
    """Not one of the issue's figures: a guard that updating matched contacts stays a bulk
    write. Row by row, as it was written before, 10,000 overwrites took 24 s: 64x their
    first import."""
    source = write_csv(tmp_path / "first.csv", 100_000)
    changed = tmp_path / "changed.csv"
    with open(source, newline="", encoding="utf-8") as fh, \
            open(changed, "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        for i, row in enumerate(csv.reader(fh)):  # every city moved, every note new
            writer.writerow(row if i == 0 else [*row[:5], f"New {row[5]}", f"note {i}"])
    open_database(tmp_path / "updates.sqlite3")
    try:
        table = open_table(source)
        started = time.perf_counter()
        created = run_import(table, auto_mapping(table), "skip")
        create_s = time.perf_counter() - started
        table = open_table(changed)
        started = time.perf_counter()
        updated = run_import(table, auto_mapping(table), "overwrite")
        update_s = time.perf_counter() - started
        started = time.perf_counter()
        undone = undo_import(updated.batch_id)
        undo_s = time.perf_counter() - started
    finally:
        close_database()
    print(f"\nimport 100,000 rows {create_s:.2f} s ({created.created:,} contacts); the same "
          f"rows changed, overwrite {update_s:.2f} s ({updated.updated:,} rows updated, "
          f"ratio {update_s / create_s:.1f}), its undo {undo_s:.2f} s ({undone.restored:,} "
          f"contacts put back, ratio {undo_s / create_s:.1f}; limit {MAX_UPDATE_RATIO})")
    assert updated.updated == 100_000 and undone.restored == created.created
    assert update_s / create_s <= MAX_UPDATE_RATIO
    assert undo_s / create_s <= MAX_UPDATE_RATIO


@pytest.mark.perf
def test_100k_xlsx_next_to_openpyxl(tmp_path: Path) -> None:
    openpyxl = pytest.importorskip("openpyxl")
    path = tmp_path / "big.xlsx"
    book = xlsxwriter.Workbook(str(path), {"constant_memory": True})
    sheet = book.add_worksheet("Contacts")
    with open(write_csv(tmp_path / "src.csv", 100_000), newline="", encoding="utf-8") as fh:
        for r, row in enumerate(csv.reader(fh)):
            for c, value in enumerate(row):
                sheet.write_string(r, c, value)
    book.close()
    started = time.perf_counter()
    rows = sum(1 for _ in open_table(path).rows())
    ours = time.perf_counter() - started
    started = time.perf_counter()
    wb = openpyxl.load_workbook(path, read_only=True)
    their_rows = sum(1 for _ in wb["Contacts"].iter_rows(values_only=True)) - 1
    wb.close()
    theirs = time.perf_counter() - started
    print(f"\nread 100,000 XLSX rows: crm-desktop (python-calamine) {ours:.2f} s, "
          f"openpyxl {theirs:.2f} s")
    assert rows == their_rows == 100_000


MAX_PAYMENTS_RATIO = 25.0  # a regression guard: 17-19x when written (session 12)


def _invoices(path: Path, demo: Path, rows: int) -> Path:
    """An accounting program's invoice list: 80% of the rows the demo's customers (by
    e-mail), the others 5,000 customers new to the database; 80% paid."""
    import random

    conn = sqlite3.connect(demo)
    people = conn.execute(
        "SELECT c.name, (SELECT address FROM contact_email WHERE contact_id = c.id LIMIT 1) "
        "FROM contact c WHERE deleted_at IS NULL ORDER BY id LIMIT 30000").fetchall()
    conn.close()
    rng = random.Random(3)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(["Customer", "Email", "Invoice", "Invoice date", "Due", "Paid",
                         "Amount"])
        for i in range(rows):
            name, email = (rng.choice(people) if rng.random() < 0.8
                           else (f"New Customer {i % 5000}", ""))
            writer.writerow([name, email or "", f"N-{i}",
                             f"2026-{rng.randint(1, 9):02d}-{rng.randint(1, 28):02d}", "",
                             "" if rng.random() < 0.2 else "2026-10-01",
                             f"{rng.randint(10, 5000)}.{rng.randint(0, 99):02d}"])
    return path


@pytest.mark.perf
def test_100k_invoices_against_a_100k_database(demo_100k: Path, tmp_path: Path) -> None:
    from crm_desktop.importers.payment_import import run_payment_import

    source = _invoices(tmp_path / "invoices-100k.csv", demo_100k, 100_000)
    runs = [_ours(source, demo_100k, tmp_path, run_payment_import) for _ in range(RUNS)]
    ours, result = min(runs, key=lambda run: run[0])
    floor = min(_floor(source, tmp_path) for _ in range(RUNS))
    print(f"\nimport 100,000 invoices into 100,000 contacts (best of {RUNS}): {ours:.2f} s "
          f"({100_000 / ours:,.0f} rows/s; {result.counts()}, "
          f"{result.contacts_created:,} contacts made), floor csv+executemany {floor:.2f} s, "
          f"ratio {ours / floor:.1f} (limit {MAX_PAYMENTS_RATIO})")
    assert (result.created, result.rejected) == (100_000, 0)
    assert ours / floor <= MAX_PAYMENTS_RATIO
