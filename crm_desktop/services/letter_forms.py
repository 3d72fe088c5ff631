"""Persian text typed in two forms: an Arabic keyboard's yeh and kaf (ي ك, and the alef
maksura ى) against the Persian letters (ی ک). Imports from older systems and phones set to
Arabic bring the first; the owner types the second. One name typed either way is one name:
sorted together, matched as a duplicate, found by a search typed either way."""

from __future__ import annotations

TO_PERSIAN = str.maketrans({"ي": "ی", "ك": "ک", "ى": "ی"})
_TO_ARABIC = str.maketrans({"ی": "ي", "ک": "ك", "ى": "ي"})


def both_forms(text: str) -> tuple[str, ...]:
    """`text` with the Persian letters and with the Arabic ones (once, if it has none)."""
    return tuple(dict.fromkeys((text.translate(TO_PERSIAN), text.translate(_TO_ARABIC))))
