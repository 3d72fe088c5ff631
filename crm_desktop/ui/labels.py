"""Showing a label that was marked for translation where it was defined.

Column headers, field names, group titles and the like live in tables (some below the UI,
see `crm_desktop.translatable`); each is marked with QT_TRANSLATE_NOOP("Labels", ...) so
that pyside6-lupdate finds it, and translated here when it is shown.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from crm_desktop.stored_names import SEEDED_NAMES
from crm_desktop.translatable import LABELS
from crm_desktop.ui.display_text import isolated

if TYPE_CHECKING:
    from crm_desktop.services.scoring import Rule


def label(text: str) -> str:
    """The shown form of a marked label, in the interface language."""
    return QCoreApplication.translate(LABELS, text)


def key_label(table: dict[str, str], key: str | None) -> str:
    """The shown name of a stored key ('' for none; the key itself if it has no name)."""
    return label(table[key]) if key in table else (key or "")


def named(name: str) -> str:
    """A stage's or loss reason's name as shown: translated while it is still the seeded
    English one, else as the owner wrote it."""
    return label(name) if name in SEEDED_NAMES else name


def rule_text(rule: Rule) -> str:
    """A lead-scoring rule as the window says it, e.g. 'Deal value > 10000'."""
    from crm_desktop.services.scoring import FIELDS, OPERATORS

    name, kind = FIELDS[rule.field]
    if kind == "flag":
        said = (QT_TRANSLATE_NOOP("Labels", "no") if rule.operator == "absent"
                else QT_TRANSLATE_NOOP("Labels", "yes"))
        return f"{label(name)} {label(said)}"
    condition = label(OPERATORS[rule.operator])
    if rule.operator in ("present", "absent"):
        return f"{label(name)} {condition}"
    return f"{label(name)} {condition} {isolated(rule.value or '')}"
