"""Letters typed two ways, given one form: ё as е (Russian writes both), and an Arabic
keyboard's yeh and kaf (ي ك ى, from older systems and phones set to Arabic) as the Persian
ones (ی ک). 'Семёнов' and 'Семенов', 'علي كريمي' and 'علی کریمی' are one name: sort keys,
the search index and searches all fold them (migration 0009 folded what was stored)."""

from __future__ import annotations

import re

_PAIRS = (("ё", "е"), ("Ё", "Е"), ("ي", "ی"), ("ك", "ک"), ("ى", "ی"))
# most text has none of the letters, which one scan tells (an import folds a hundred
# thousand names; str.translate would look up every character, 1.2 µs a name)
_TYPED = re.compile(f"[{''.join(typed for typed, _ in _PAIRS)}]")


def fold(text: str) -> str:
    if _TYPED.search(text) is None:
        return text
    for typed, one in _PAIRS:
        text = text.replace(typed, one)
    return text


def search_fold(text: str | None) -> str | None:
    """Case and the letters above folded: an SQL function on every connection, for a LIKE
    over text as typed (SQLite's own lower() and LIKE fold ASCII only)."""
    return fold(text.casefold()) if isinstance(text, str) else text


def folded_sql(column: str) -> str:
    """An SQL expression of `column` with the letters folded, in plain SQL: the search
    index's triggers run on any connection, where a Python function may not be there."""
    folded = column
    for typed, one in _PAIRS:
        folded = f"replace({folded}, '{typed}', '{one}')"
    # most text has none of the letters: one scan for them is cheaper than five replaces
    return f"CASE WHEN {column} GLOB '*{_TYPED.pattern}*' THEN {folded} ELSE {column} END"
