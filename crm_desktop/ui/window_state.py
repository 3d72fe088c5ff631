"""Saving and restoring window, dock, header and splitter states in QSettings.

Restoring tolerates a missing, empty or corrupt value (hand-edited or from another Qt
version): the widget keeps its defaults.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QByteArray, QSettings


def restore(settings: QSettings, key: str, apply: Callable[[QByteArray], bool]) -> bool:
    """Call `apply` (e.g. widget.restoreGeometry) with the stored bytes; False if unusable."""
    value = settings.value(key)
    if isinstance(value, bytes):
        value = QByteArray(value)
    if not isinstance(value, QByteArray) or value.isEmpty():
        return False
    return bool(apply(value))
