"""Marking labels for translation below the UI, where Qt is not imported.

pyside6-lupdate finds `QT_TRANSLATE_NOOP("Labels", "text")` by its name wherever it is
written; the UI translates the label when it shows it (`crm_desktop.ui.labels.label`).
"""

from __future__ import annotations

LABELS = "Labels"  # the translation context of every marked label


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 (the name lupdate knows)
    """`text` unchanged: the call only marks it for the translators."""
    return text
