"""Shared fixtures: real SQLite files in tmp_path, Qt offscreen, a fixed clock."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

# before any Qt import: tests never need a screen
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
# nor the computer's country (it is offered as the phone region, ui.home_region)
os.environ["LC_ALL"] = "C.UTF-8"

from crm_desktop.db.connection import close_database, open_database  # noqa: E402
from crm_desktop.services.demo import build_demo  # noqa: E402
from tests.fixed_time import NOW  # noqa: E402


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory,
                        monkeypatch: pytest.MonkeyPatch) -> None:
    """No test reads or writes the real user's data or settings."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.delenv("CRM_DESKTOP_DB", raising=False)


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "crm.sqlite3"


@pytest.fixture
def db(db_path: Path) -> Iterator:
    database = open_database(db_path)
    yield database
    close_database()


@pytest.fixture
def demo_db(db) -> Iterator:
    """A small demo database (300 contacts) built at NOW."""
    build_demo(db, contacts=300, seed=7, now=NOW)
    yield db
