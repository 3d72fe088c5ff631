"""Duplicate finding (issue 3): near-linear, measured on 10,000 and 100,000 contacts."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from crm_desktop.db.connection import close_database, open_database
from crm_desktop.services.duplicates import find_duplicates

# 10x the contacts may cost at most 20x the time (comparing all pairs would be 100x). The
# demo itself finds ~25x more pairs at 10x the size: more same-name people per city.
MAX_GROWTH = 20.0


RUNS = 3  # the best of: at 10,000 contacts one run is ~0.1 s, and a busy moment doubles it


def _timed(path: Path) -> tuple[float, int]:
    open_database(path)
    try:
        best = float("inf")
        for _ in range(RUNS):
            started = time.perf_counter()
            pairs = find_duplicates()
            best = min(best, time.perf_counter() - started)
        return best, len(pairs)
    finally:
        close_database()


@pytest.mark.perf
def test_duplicates_scale_near_linearly(demo_10k: Path, demo_100k: Path) -> None:
    small, small_pairs = _timed(demo_10k)
    big, big_pairs = _timed(demo_100k)
    growth = big / small
    print(f"\nfind duplicates: 10,000 contacts {small:.2f} s ({small_pairs:,} pairs), "
          f"100,000 contacts {big:.2f} s ({big_pairs:,} pairs), growth x{growth:.1f} "
          f"(limit x{MAX_GROWTH})")
    assert growth <= MAX_GROWTH
