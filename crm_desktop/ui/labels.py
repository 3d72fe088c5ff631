"""Showing a label that was marked for translation where it was defined.

Column headers, field names, group titles and the like live in tables (some below the UI,
see `crm_desktop.translatable`); each is marked with QT_TRANSLATE_NOOP("Labels", ...) so
that pyside6-lupdate finds it, and translated here when it is shown.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from crm_desktop.translatable import LABELS


def label(text: str) -> str:
    """The shown form of a marked label, in the interface language."""
    return QCoreApplication.translate(LABELS, text)
