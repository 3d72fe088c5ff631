"""Benchmarks share big databases, built once per run.

Set CRM_PERF_DATA to a folder to keep them between runs (they take minutes to build).
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.services.demo import build_demo
from tests.fixed_time import NOW
from tests.perf.big_contacts import build


def _cached(factory: pytest.TempPathFactory, name: str,
            make: Callable[[Path], Path]) -> Path:
    keep = os.environ.get("CRM_PERF_DATA")
    folder = Path(keep) if keep else factory.mktemp("perf")
    path = folder / name
    if not path.exists():
        tmp = path.with_suffix(".building")
        for leftover in folder.glob(tmp.name + "*"):
            leftover.unlink()
        make(tmp)
        tmp.rename(path)
    return path


def _demo(path: Path, contacts: int) -> Path:
    db = open_database(path)
    build_demo(db, contacts=contacts, seed=1, now=NOW)
    db.execute_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    close_database()
    return path


@pytest.fixture(scope="session")
def demo_10k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _cached(tmp_path_factory, "demo-10k.sqlite3", lambda p: _demo(p, 10_000))


@pytest.fixture(scope="session")
def demo_100k(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return _cached(tmp_path_factory, "demo-100k.sqlite3", lambda p: _demo(p, 100_000))


@pytest.fixture(scope="session")
def contacts_1m(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A million contacts (names in three scripts, e-mails, phones, cities), no history."""
    return _cached(tmp_path_factory, "contacts-1m.sqlite3", lambda p: build(p, 1_000_000))
