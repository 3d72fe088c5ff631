"""Guards against a broken Qt binding: PySide6 6.12.0 lost a reference to None on every
QVariant round trip, which crashed the app after a few thousand table repaints."""

from __future__ import annotations

import sys

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QStandardItem


class _NoneModel(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 10

    def columnCount(self, parent=QModelIndex()) -> int:  # noqa: B008
        return 3

    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return None


def test_returning_none_from_a_model_keeps_references(qapp) -> None:
    model = _NoneModel()
    index = model.index(1, 1)
    before = sys.getrefcount(None)
    for _ in range(2000):
        index.data()
    assert sys.getrefcount(None) >= before - 50


def test_standard_item_set_data_keeps_references(qapp) -> None:
    item = QStandardItem("x")
    before = sys.getrefcount(None)
    for _ in range(2000):
        item.setData(5, Qt.ItemDataRole.UserRole + 1)
    assert sys.getrefcount(None) >= before - 50
