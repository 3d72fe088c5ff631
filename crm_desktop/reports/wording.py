"""A report's own text in the reader's language.

Reports mark their headings, column titles and sentences with `msg()`, as the services mark
their messages, and say each through a `Wording`: English as written, or the translation
the app ships for the language (resources/i18n, the same files the window uses; read here
without Qt, so the CLI and the tests make the same reports as the window).
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Mapping
from datetime import date, datetime
from functools import lru_cache

from crm_desktop.paths import resource
from crm_desktop.services.date_text import day_text, minutes_text, month_text
from crm_desktop.services.money import format_money
from crm_desktop.services.number_text import number_text
from crm_desktop.stored_names import SEEDED_NAMES
from crm_desktop.translatable import LABELS, MESSAGES, render

LANGUAGES = ("en", "fa", "ru")
RIGHT_TO_LEFT = frozenset({"fa"})


@lru_cache(maxsize=4)
def _translations(lang: str) -> dict[str, dict[str, str]]:
    """Context (messages, labels) -> English -> its translation, for every finished one."""
    out: dict[str, dict[str, str]] = {MESSAGES: {}, LABELS: {}}
    root = ET.parse(resource("i18n", f"crm_desktop_{lang}.ts")).getroot()
    for context in root.iter("context"):
        table = out.get(context.findtext("name") or "")
        if table is None:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") is None and translation.text:
                table[message.findtext("source") or ""] = translation.text
    return out


class Wording:
    """Says report text in one language; `Wording()` is English."""

    def __init__(self, lang: str | None = None, dating: str | None = None):
        """`dating`: the language whose dates to write (services.date_text), when a
        calendar was chosen apart from the language."""
        lang = (lang or "en").split("_")[0].lower()
        self.lang = lang if lang in LANGUAGES else "en"
        self.dating = dating or self.lang
        self.right_to_left = self.lang in RIGHT_TO_LEFT
        tables = _translations(self.lang) if self.lang != "en" else {}
        self._messages = tables.get(MESSAGES, {})
        self._labels = tables.get(LABELS, {})

    def __call__(self, text: object) -> str:
        """A marked message in this language (its arguments too); anything else as text."""
        return render(text, lambda template: self._messages.get(template, template))

    def label(self, text: str) -> str:
        """A label marked QT_TRANSLATE_NOOP("Labels", ...) in this language."""
        return self._labels.get(text, text)

    def key(self, table: Mapping[str, str], key: str | None) -> str:
        """A stored key by its name in `table` (crm_desktop.stored_names); '' for none."""
        return self.label(table[key]) if key in table else (key or "")

    def count(self, n: float) -> str:
        """A count (or a whole amount) grouped as this language does: 2,000; 2 000."""
        return number_text(n, self.lang)

    def decimal(self, value: float, places: int = 1) -> str:
        """A measure with `places` decimals: 4.2; 4,2 in Russian."""
        return number_text(value, self.lang, places)

    def money(self, amount_minor: int | None, currency: str) -> str:
        """'12,345.50 USD'; '12 345,50 USD' in Russian."""
        return format_money(amount_minor, currency, self.lang)

    def day(self, value: date | str | None, empty: str = "") -> str:
        """A day (or an ISO day's text) as this language dates it: 2026-03-31; in Persian
        the Solar Hijri 1405/01/11. `empty` for none."""
        if not value:
            return empty
        return day_text(date.fromisoformat(value) if isinstance(value, str) else value,
                        self.dating)

    def moment(self, value: datetime | None) -> str:
        """A time as the reader's local day and time: 2026-03-31 14:05."""
        return minutes_text(value, self.dating)

    def month(self, start: date) -> str:
        """A month by its first day (services.date_text.month_start): 2026-03; 1405/01."""
        return month_text(start, self.dating)

    def named(self, name: str) -> str:
        """A stage's or loss reason's name: translated while it is the seeded English one."""
        return self.label(name) if name in SEEDED_NAMES else name
