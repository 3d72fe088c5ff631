"""An invoice's row in a list of them (a customer's record, a deal's details): which
payment it is, and whether it is open, so that only an open invoice is offered to be marked
paid or paid in part."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QPushButton, QTreeWidget, QTreeWidgetItem

_OPEN = Qt.ItemDataRole.UserRole + 1


def mark(item: QTreeWidgetItem, payment_id: int, is_open: bool) -> None:
    """Tell the row which payment it shows and whether that is still open."""
    item.setData(0, Qt.ItemDataRole.UserRole, payment_id)
    item.setData(0, _OPEN, is_open)


def chosen(tree: QTreeWidget) -> int | None:
    """The payment of the row chosen, if any."""
    item = tree.currentItem()
    return item.data(0, Qt.ItemDataRole.UserRole) if item is not None else None


def offer_for_chosen(tree: QTreeWidget, *buttons: QPushButton) -> None:
    """Enable the buttons (Mark paid, Pay part…) only while an open invoice is chosen."""
    item = tree.currentItem()
    is_open = item is not None and bool(item.data(0, _OPEN))
    for button in buttons:
        button.setEnabled(is_open)
