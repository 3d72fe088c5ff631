"""Letters typed two ways, given one form: ё as е (Russian writes both), and an Arabic
keyboard's yeh and kaf (ي ك ى, from older systems and phones set to Arabic) as the Persian
ones (ی ک). 'Семёнов' and 'Семенов', 'علي كريمي' and 'علی کریمی' are one name: sort keys,
the search index and searches all fold them (migration 0009 folded what was stored).

Persian also joins or parts the pieces of one word with a zero-width non-joiner, which
many keyboards make hard to type: 'محمد‌رضا' is typed 'محمدرضا' as often, and 'محـمد' is
'محمد' drawn long (a tatweel). Keys and searches drop both; the search index keeps a word
parted by a non-joiner both ways, as its parts and as one word (migration 0010)."""

from __future__ import annotations

import re

_PAIRS = (("ё", "е"), ("Ё", "Е"), ("ي", "ی"), ("ك", "ک"), ("ى", "ی"), ("ـ", ""))
NON_JOINER = "\u200c"
# most text has none of these, which one scan tells (an import folds a hundred thousand
# names; str.translate would look up every character, 1.2 µs a name)
_CLASS = f"[{''.join(typed for typed, _ in _PAIRS)}{NON_JOINER}]"
_TYPED = re.compile(_CLASS)


def fold(text: str) -> str:
    if _TYPED.search(text) is None:
        return text
    for typed, one in _PAIRS:
        text = text.replace(typed, one)
    return text.replace(NON_JOINER, "")


def search_fold(text: str | None) -> str | None:
    """Case and the letters above folded: an SQL function on every connection, for a LIKE
    over text as typed (SQLite's own lower() and LIKE fold ASCII only)."""
    return fold(text.casefold()) if isinstance(text, str) else text


def folded_sql(column: str) -> str:
    """An SQL expression of `column` with the letters folded, in plain SQL: the search
    index's triggers run on any connection, where a Python function may not be there.
    A word parted by a non-joiner is there as its parts (the index's tokenizer parts it)
    and again as one word: found typed either way, or by one of its parts."""
    folded = column
    for typed, one in _PAIRS:
        folded = f"replace({folded}, '{typed}', '{one}')"
    both = f"{folded} || ' ' || replace({folded}, '{NON_JOINER}', '')"
    # most text has none of them: one scan is cheaper than six replaces
    return (f"CASE WHEN {column} GLOB '*{_CLASS}*' THEN CASE WHEN {column} GLOB "
            f"'*{NON_JOINER}*' THEN {both} ELSE {folded} END ELSE {column} END")
