"""Writing big, realistic contact CSVs for the import benchmarks."""

from __future__ import annotations

import csv
import random
from pathlib import Path

from tests.perf.big_contacts import CITIES, FIRST, LAST

HEADERS = ["First Name", "Last Name", "E-mail Address", "Mobile Phone", "Company", "City",
           "Notes"]


def write_csv(path: Path, rows: int, seed: int = 2) -> Path:
    rng = random.Random(seed)
    with open(path, "w", newline="", encoding="utf-8") as fh:
        writer = csv.writer(fh)
        writer.writerow(HEADERS)
        for i in range(rows):
            first, last = rng.choice(FIRST), rng.choice(LAST)
            writer.writerow([first, last, f"import{i}@{rng.choice(('a', 'b', 'c'))}.example",
                             f"+44 7{rng.randint(100, 999)} {rng.randint(100000, 999999)}",
                             rng.choice(("", "", "Acme Ltd", "ООО «Вектор»", "شرکت پارس")),
                             rng.choice(CITIES), "met at the fair" if i % 7 == 0 else ""])
    return path
