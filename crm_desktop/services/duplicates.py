"""Finding probable duplicate contacts without comparing every pair.

Candidates come from blocks: the same e-mail, the same E.164 phone, or names in the same
company or city that start alike. Only pairs inside a block are compared (rapidfuzz), so
the work grows with the number of contacts, not with its square.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from itertools import combinations

from rapidfuzz import fuzz

from crm_desktop.db.models import database
from crm_desktop.errors import CancelledError
from crm_desktop.translatable import msg

NAME_THRESHOLD = 88  # token_sort_ratio above which two names count as similar
MAX_BLOCK = 200  # a bigger block (a very common name start in one city) is split further


@dataclass
class DuplicatePair:
    first: int
    second: int
    score: float
    reasons: list[str] = field(default_factory=list)


def _groups(sql: str) -> Iterator[list[int]]:
    for (ids,) in database.execute_sql(sql):
        unique = sorted({int(i) for i in ids.split(",")})
        if len(unique) > 1:
            yield unique


_ACTIVE = "SELECT id FROM contact WHERE deleted_at IS NULL"


def _same_email() -> Iterator[tuple[int, int, str]]:
    sql = (f"SELECT group_concat(contact_id) FROM contact_email WHERE contact_id IN ({_ACTIVE}) "
           "GROUP BY lower(address) HAVING count(DISTINCT contact_id) > 1")
    for ids in _groups(sql):
        for other in ids[1:]:  # a cluster: each extra member pairs with the first
            yield ids[0], other, "same e-mail"


def _same_phone() -> Iterator[tuple[int, int, str]]:
    sql = (f"SELECT group_concat(contact_id) FROM contact_phone WHERE contact_id IN ({_ACTIVE}) "
           "AND number LIKE '+%' GROUP BY number HAVING count(DISTINCT contact_id) > 1")
    for ids in _groups(sql):
        for other in ids[1:]:
            yield ids[0], other, "same phone"


def _words(name: str) -> tuple[str, str] | None:
    """First and last word, in sorted order: "Petrov Ivan" blocks with "Ivan Petrov"."""
    words = name.split()
    if not words:
        return None
    first, last = sorted((words[0], words[-1]))
    return first, last


def _blocks() -> dict[tuple, list[tuple[int, str, tuple[str, str]]]]:
    blocks: dict[tuple, list[tuple[int, str, tuple[str, str]]]] = defaultdict(list)
    rows = database.execute_sql(
        "SELECT id, kind, sort_name, company_id, coalesce(city, '') FROM contact "
        "WHERE deleted_at IS NULL")
    for cid, kind, name, company, city in rows:
        words = _words(name)
        if words is None:
            continue
        starts = (words[0][:2], words[1][:2])
        member = (cid, name, words)
        if company is not None:
            blocks[(kind, "company", company, starts)].append(member)
        if city:
            blocks[(kind, "city", city, starts)].append(member)
    return blocks


def _split(members: list[tuple[int, str, tuple[str, str]]], length: int = 2
           ) -> Iterator[list[tuple[int, str, tuple[str, str]]]]:
    """Blocks small enough to compare pairwise: a big one is cut by longer word starts."""
    if len(members) <= MAX_BLOCK or length > 12:
        yield members
        return
    length += 2
    finer: dict[tuple[str, str], list] = defaultdict(list)
    for member in members:
        words = member[2]
        finer[(words[0][:length], words[1][:length])].append(member)
    for group in finer.values():
        if len(group) > 1:
            yield from _split(group, length)


def _similar_names(blocks: dict, block_done: Callable[[], None]
                   ) -> Iterator[tuple[int, int, str, float]]:
    """Pairs in each block. People with the very same name form a cluster that yields one
    pair per extra member (not every pair among them); distinct names are compared once."""
    for key, members in blocks.items():
        block_done()
        where = "same company" if key[1] == "company" else "same city"
        for block in _split(members):
            clusters: dict[str, list[int]] = defaultdict(list)
            for cid, name, _ in block:
                clusters[name].append(cid)
            for ids in clusters.values():
                ids.sort()
                for other in ids[1:]:
                    yield ids[0], other, f"same name, {where}", 100.0
            for (name_a, ids_a), (name_b, ids_b) in combinations(clusters.items(), 2):
                score = fuzz.token_sort_ratio(name_a, name_b, score_cutoff=NAME_THRESHOLD)
                if score:
                    a, b = sorted((ids_a[0], ids_b[0]))
                    yield a, b, f"similar name, {where}", score


def find_duplicates(limit: int | None = None,
                    progress: Callable[[int, int], bool] | None = None) -> list[DuplicatePair]:
    """Probable duplicate pairs, most likely first. `progress(done, total)` returning False
    stops the search (CancelledError; it only reads)."""
    pairs: dict[tuple[int, int], DuplicatePair] = {}
    blocks = _blocks()
    total, done = len(blocks) + 2, 0

    def step() -> None:
        nonlocal done
        done += 1
        if progress is not None and progress(done, total) is False:
            raise CancelledError(msg("the search for duplicates was cancelled"))

    def add(a: int, b: int, reason: str, score: float) -> None:
        pair = pairs.setdefault((a, b), DuplicatePair(a, b, 0.0))
        if reason not in pair.reasons:
            pair.reasons.append(reason)
            pair.score = max(pair.score, score) + (2.0 if len(pair.reasons) > 1 else 0.0)

    for a, b, reason in _same_email():
        add(a, b, reason, 100.0)
    step()
    for a, b, reason in _same_phone():
        add(a, b, reason, 97.0)
    step()
    for a, b, reason, score in _similar_names(blocks, step):
        add(a, b, reason, score * 0.95)
    ranked = sorted(pairs.values(), key=lambda p: (-p.score, p.first, p.second))
    return ranked[:limit] if limit else ranked
