"""Which country a file's phone numbers written without +code belong to.

A partner's list mixes "+7 916 123-45-67" and "8 (812) 555-12-34": read as the owner's
country (GB, say), the second is kept as typed and matches nobody. The numbers the file
writes with +code say where it comes from; that country is taken when it reads more of
the file's other numbers than the owner's does.
"""

from __future__ import annotations

import contextlib
from collections import Counter
from collections.abc import Iterable

from crm_desktop.importers.rows import phone_parts

SAMPLE = 50  # numbers looked at: the preview's


def file_region(numbers: Iterable[str], default: str) -> str:
    """`default`, unless the file's +code numbers name a country under which more of its
    numbers without +code are real mobile or landline numbers. `numbers`: the cells of
    its phone columns (a cell may hold several)."""
    import phonenumbers  # (here: not loaded with the mapping code)

    national, countries = [], Counter()
    for text in (part.strip() for cell in numbers for part in phone_parts(cell)):
        if not text:
            continue
        if text.startswith("+"):
            with contextlib.suppress(phonenumbers.NumberParseException):
                countries[phonenumbers.region_code_for_number(phonenumbers.parse(text))] += 1
        else:
            national.append(text)
        if len(national) + sum(countries.values()) >= SAMPLE:
            break
    countries.pop(None, None)
    countries.pop("ZZ", None)  # (phonenumbers' "unknown")
    if not national or not countries:
        return default

    # a person's or a firm's number: a British 0912… is valid, but a premium-rate line
    kinds = {phonenumbers.PhoneNumberType.MOBILE, phonenumbers.PhoneNumberType.FIXED_LINE,
             phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE}

    def read(region: str) -> int:
        found = 0
        for text in national:
            with contextlib.suppress(phonenumbers.NumberParseException):
                found += phonenumbers.number_type(phonenumbers.parse(text, region)) in kinds
        return found

    best, best_read = default, read(default)
    for region, _ in countries.most_common(3):
        if region != default and (n := read(region)) > best_read:
            best, best_read = region, n
    return best
