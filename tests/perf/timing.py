"""Timing helpers for the benchmarks: best of a few runs, printed side by side."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(fn: Callable[[], object], runs: int = 5) -> float:
    """The fastest of `runs` calls, in seconds (the least disturbed by the machine)."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append(time.perf_counter() - started)
    return min(times)


def report(label: str, ours: float, floor: float, limit: float) -> float:
    ratio = ours / floor if floor > 0 else float("inf")
    print(f"\n{label}: crm-desktop {ours * 1000:.1f} ms, bare SQL {floor * 1000:.1f} ms, "
          f"ratio {ratio:.2f} (limit {limit})")
    return ratio
