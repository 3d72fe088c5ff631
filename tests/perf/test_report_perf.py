"""The asset-matrix report for 10,000 customers (issue 7): within 3x of plain reportlab
canvas drawString writing the same rows of text, in the same run; peak memory and pages
per second printed. The matrix itself on the 100k demo (its complaints, deals and payments
as an owner's data has them): within 3x of grouped SQL over the same tables."""

from __future__ import annotations

import random
import sqlite3
import time
import tracemalloc
from collections.abc import Callable
from datetime import timedelta
from pathlib import Path

import pytest
from pypdf import PdfReader
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen.canvas import Canvas

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.db.fields import to_storage
from crm_desktop.reports.asset_matrix_report import build_asset_matrix_report
from crm_desktop.reports.fonts import register
from crm_desktop.services import asset_matrix, cost_to_serve
from crm_desktop.services.asset_matrix import end_of_day
from crm_desktop.services.business_profile import business_profile, save_business_profile
from tests.fixed_time import NOW

CUSTOMERS = 10_000
LIMIT = 3.0


@pytest.fixture(scope="module")
def ten_thousand(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("report") / "customers.sqlite3"
    db = open_database(path)
    rng = random.Random(5)
    created = to_storage(NOW - timedelta(days=1000))
    with db.atomic():
        conn = db.connection()
        conn.executemany(
            "INSERT INTO contact (id, kind, name, sort_name, is_vip, status, created_at, "
            "updated_at) VALUES (?, 'person', ?, ?, 0, 'customer', ?, ?)",
            [(i, f"Customer {i}", f"customer {i}", created, created)
             for i in range(1, CUSTOMERS + 1)])
        conn.executemany(
            "INSERT INTO payment (contact_id, amount_minor, currency, due_on, paid_on, "
            "created_at) VALUES (?, ?, 'USD', ?, ?, ?)",
            [(i, rng.randint(100, 100000) * 100, (NOW - timedelta(days=d)).date().isoformat(),
              (NOW - timedelta(days=d - rng.randint(-5, 5))).date().isoformat(), created)
             for i in range(1, CUSTOMERS + 1) for d in (rng.randint(10, 700),)])
        conn.executemany(
            "INSERT INTO interaction (contact_id, kind, occurred_at, satisfaction, created_at)"
            " VALUES (?, 'feedback', ?, ?, ?)",
            [(i, to_storage(NOW - timedelta(days=rng.randint(1, 400))), rng.randint(1, 5),
              created) for i in range(1, CUSTOMERS + 1)])
    close_database()
    return path


RUNS = 2


def _floor(path: Path, rows: list[list[str]]) -> tuple[float, int]:
    """Plain reportlab: the same rows drawn with drawString, 60 to a page."""
    regular, _ = register()
    started = time.perf_counter()
    canvas = Canvas(str(path), pagesize=A4)
    pages = 0
    for start in range(0, len(rows), 60):
        canvas.setFont(regular, 8)
        for n, row in enumerate(rows[start:start + 60]):
            for col, text in enumerate(row):
                canvas.drawString(40 + col * 85, 800 - n * 12, text)
        canvas.showPage()
        pages += 1
    canvas.save()
    return time.perf_counter() - started, pages


@pytest.mark.perf
def test_asset_matrix_report_for_10k_customers(ten_thousand: Path, tmp_path: Path) -> None:
    open_database(ten_thousand)
    try:
        as_of = end_of_day(NOW.date())
        ours = float("inf")
        for _ in range(RUNS):  # the best of: one run alone swung the ratio 2.5 -> 2.8
            started = time.perf_counter()
            n = build_asset_matrix_report(tmp_path / "matrix.pdf", as_of)
            ours = min(ours, time.perf_counter() - started)
        # memory in a second run: tracing every allocation slows Python several times
        tracemalloc.start()
        build_asset_matrix_report(tmp_path / "again.pdf", as_of)
        peak = tracemalloc.get_traced_memory()[1] / 2**20
        tracemalloc.stop()
        m = asset_matrix.compute(as_of)
        rows = [[c.name, c.company or "", f"{c.value:,.0f}", f"{c.revenue_12m:,.0f}",
                 f"{c.relationship:.0f}", str(c.last_contact or "—"), str(c.open_deals)]
                for c in m.customers]
    finally:
        close_database()
    floor, floor_pages = _floor(tmp_path / "floor.pdf", rows)
    pages = len(PdfReader(tmp_path / "matrix.pdf").pages)
    ratio = ours / floor
    print(f"\nasset matrix report, {n:,} customers: {ours:.2f} s, {pages} pages "
          f"({pages / ours:.0f} pages/s), peak Python memory {peak:.0f} MB; plain canvas "
          f"drawString of the same rows {floor:.2f} s ({floor_pages} pages); ratio "
          f"{ratio:.2f} (limit {LIMIT})")
    assert n == CUSTOMERS
    assert ratio <= LIMIT


# what the matrix reads, by plain GROUP BY passes over each table (every contact's rows,
# customer or not): the floor for computing it
_GROUPED = (
    "SELECT contact_id, sum(CASE WHEN paid_on > :year_day THEN amount_minor END), "
    "sum(amount_minor), count(due_on), sum(due_on IS NOT NULL AND paid_on <= due_on), "
    "min(paid_on) FROM payment WHERE paid_on IS NOT NULL AND paid_on <= :day "
    "GROUP BY contact_id",
    "SELECT contact_id, avg(satisfaction), sum(kind != 'note' AND occurred_at > :year), "
    "max(CASE WHEN kind != 'note' THEN occurred_at END), sum(kind = 'complaint' AND "
    "(resolved_at IS NULL OR resolved_at > :as_of)) FROM interaction "
    "WHERE deleted_at IS NULL AND occurred_at <= :as_of GROUP BY contact_id",
    "SELECT d.contact_id, count(*) FROM deal d JOIN stage s ON s.id = d.stage_id "
    "WHERE d.deleted_at IS NULL AND d.archived = 0 AND s.kind = 'open' GROUP BY d.contact_id",
    "SELECT c.id, c.name, co.name, c.created_at FROM contact c LEFT JOIN contact co "
    "ON co.id = c.company_id WHERE c.deleted_at IS NULL AND c.created_at <= :as_of "
    "AND (c.status = 'customer' OR EXISTS (SELECT 1 FROM payment p WHERE p.contact_id = c.id))",
)


@pytest.mark.perf
def test_the_matrix_of_the_100k_demo_within_3x_of_grouped_sql(demo_100k: Path) -> None:
    """Found slow by an owner's data, not the constructed one above: counting a customer's
    open complaints read every complaint of every customer (2 minutes on this database)."""
    as_of = end_of_day(NOW.date())
    year_ago = as_of - timedelta(days=365)
    params = {"day": as_of.date().isoformat(), "year_day": year_ago.date().isoformat(),
              "as_of": to_storage(as_of), "year": to_storage(year_ago)}
    conn = sqlite3.connect(demo_100k)
    floor = min(_timed(lambda: [conn.execute(q, params).fetchall() for q in _GROUPED])
                for _ in range(RUNS + 1))
    conn.close()
    db = open_database(demo_100k)
    try:
        ours = min(_timed(lambda: asset_matrix.compute(as_of)) for _ in range(RUNS + 1))
        placed = len(asset_matrix.compute(as_of).customers)
        # valued by margin once an hour of the owner's time has a cost: the contacts' minutes
        # are read too (rolled back: the shared database stays as built)
        with db.atomic() as tx:
            profile = business_profile()
            save_business_profile(profile.name, profile.currency, profile.phone_region, "40")
            margin = min(_timed(lambda: asset_matrix.compute(as_of)) for _ in range(RUNS + 1))
            tx.rollback()
        minutes = ("SELECT i.contact_id, sum(" + cost_to_serve.minutes_sql() + ") FROM "
                   "interaction i WHERE i.deleted_at IS NULL AND i.occurred_at > :year "
                   "AND i.occurred_at <= :as_of GROUP BY i.contact_id")
    finally:
        close_database()
    conn = sqlite3.connect(demo_100k)
    margin_floor = min(_timed(lambda: [conn.execute(q, params).fetchall()
                                       for q in (*_GROUPED, minutes)])
                       for _ in range(RUNS + 1))
    conn.close()
    ratio, margin_ratio = ours / floor, margin / margin_floor
    print(f"\nasset matrix of the 100k demo ({placed:,} customers): {ours:.2f} s; grouped "
          f"SQL over the same tables {floor:.2f} s; ratio {ratio:.2f} (limit {LIMIT}); valued "
          f"by margin (an hour costs 40): {margin:.2f} s, grouped SQL with the contacts' "
          f"minutes {margin_floor:.2f} s, ratio {margin_ratio:.2f}")
    assert placed > 10_000
    assert ratio <= LIMIT
    assert margin_ratio <= LIMIT


def _timed(fn: Callable[[], object]) -> float:
    started = time.perf_counter()
    fn()
    return time.perf_counter() - started
