"""Benchmarks share big demo databases, built once per run."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.services.demo import build_demo
from tests.fixed_time import NOW


@pytest.fixture(scope="session")
def demo_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("perf") / "demo-100k.sqlite3"
    db = open_database(path)
    build_demo(db, contacts=100_000, seed=1, now=NOW)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path
