"""The contacts table: a lazy Qt model whose filtering and sorting SQLite does."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
)
from PySide6.QtGui import QFont
from shiboken6 import isValid

from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter, ContactRow
from crm_desktop.services.validation import display_phone
from crm_desktop.stored_names import STATUS_NAMES
from crm_desktop.ui.display_text import can_be_italic, day, left_to_right
from crm_desktop.ui.labels import key_label, label
from crm_desktop.ui.models.row_window import RowWindow
from crm_desktop.ui.tones import shown_tag_colours

ID_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50  # rows read at a time: a screenful on a tall screen
# formatting a number parses it (~20 us): done for the rows painted, and remembered
_phone_text = lru_cache(maxsize=16384)(display_phone)
FIRST_SCREEN = 200  # rows read before the first paint
IDLE_LOAD_MS = 100  # then the rest, once the window is up

_HEADERS = {
    "name": QT_TRANSLATE_NOOP("Labels", "Name"),
    "company": QT_TRANSLATE_NOOP("Labels", "Company"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "city": QT_TRANSLATE_NOOP("Labels", "City"),
    "tags": QT_TRANSLATE_NOOP("Labels", "Tags"),
    "last_contact": QT_TRANSLATE_NOOP("Labels", "Last contact"),
    "status": QT_TRANSLATE_NOOP("Labels", "Status"),
    "segment": QT_TRANSLATE_NOOP("Labels", "Segment"),
    "industry": QT_TRANSLATE_NOOP("Labels", "Industry"),
    "country": QT_TRANSLATE_NOOP("Labels", "Country"),
    "lead_source": QT_TRANSLATE_NOOP("Labels", "Lead source"),
}
# (key, header); the key names the sort expression in services.contact_query
COLUMNS: tuple[tuple[str, str], ...] = tuple(
    (key, _HEADERS[key]) for key in contact_query.TABLE_COLUMNS)
# hidden until the owner picks them from the header's menu
OPTIONAL_COLUMNS = frozenset(("status", "segment", "industry", "country", "lead_source"))
ANY_INDEX = QModelIndex | QPersistentModelIndex
_SHOWN_ROLES = frozenset((Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.FontRole,
                          Qt.ItemDataRole.ToolTipRole))


class ContactTableModel(QAbstractTableModel):
    """Rows are a window over the ordered ids of the matching contacts (see RowWindow)."""

    def __init__(self, parent: Any = None):
        super().__init__(parent)
        self._window: RowWindow[ContactRow] = RowWindow(contact_query.rows_for, PAGE_SIZE)
        self._filter = ContactFilter()
        self._sort = ("name", False)
        self._counted = False
        # Numbers are shown as stored (E.164) until format_phones(), which the first paint
        # asks for: that paint does not wait for phonenumbers (18 ms to import).
        self._phones_formatted = False
        self._formatting_asked = False
        self._tag_colours: dict[str, str] | None = None

    # query -------------------------------------------------------------------------------
    @property
    def contact_filter(self) -> ContactFilter:
        return self._filter

    @property
    def sort_key(self) -> tuple[str, bool]:
        """(column key, descending) the rows are sorted by."""
        return self._sort

    def set_sort_key(self, key: str, descending: bool) -> None:
        """The order of the next reload (a saved view's, set with its filter)."""
        if key not in contact_query.SORT_EXPRESSIONS:
            raise ValueError(key)
        self._sort = (key, descending)

    def set_filter(self, flt: ContactFilter) -> None:
        self._filter = flt
        self.reload()

    def reload(self) -> None:
        """Run the query again (after a filter, sort or data change)."""
        self.beginResetModel()
        self._tag_colours = None
        self._query()
        self.endResetModel()

    def _query(self, total: int | None = None) -> None:
        # The first screen comes from a LIMIT query and the true count; the full ordered
        # ids (a large read with a million contacts) follow when the event loop is idle,
        # or at once if the view asks for a row beyond the first screen.
        flt, (sort, descending) = self._filter, self._sort
        if total is None:
            total = contact_query.count(flt)
        self._counted = True
        head = contact_query.ordered_ids(flt, sort, descending, limit=FIRST_SCREEN,
                                         matches=total)
        if total <= len(head):
            self._window.reset(head)
            return
        self._window.reset(head, total,
                           lambda: contact_query.ordered_ids(flt, sort, descending))
        QTimer.singleShot(IDLE_LOAD_MS, self._load_rest)

    def _load_rest(self) -> None:
        if self._window.load_rest():
            self.beginResetModel()  # rows were added or removed meanwhile
            self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(COLUMNS):
            return
        key = COLUMNS[column][0]
        if key not in contact_query.SORT_EXPRESSIONS:
            return  # tags: a list, not sortable
        self._sort = (key, order == Qt.SortOrder.DescendingOrder)
        self.layoutAboutToBeChanged.emit()
        # a new order, the same rows (the first sort, when the view starts, counts them)
        self._query(total=len(self._window) if self._counted else None)
        self.layoutChanged.emit()

    def format_phones(self) -> None:
        """Show phones formatted ('+44 7700 900415') from now on."""
        if self._phones_formatted or not isValid(self):  # (the window may be gone by now)
            return
        self._phones_formatted = True
        if self.rowCount():
            column = [key for key, _ in COLUMNS].index("phone")
            self.dataChanged.emit(self.index(0, column),
                                  self.index(self.rowCount() - 1, column),
                                  [Qt.ItemDataRole.DisplayRole])

    def tag_colours(self) -> dict[str, str]:
        """The tags that have a colour (name -> colour), read once per reload."""
        if self._tag_colours is None:
            self._tag_colours = shown_tag_colours()
        return self._tag_colours

    def row_of(self, contact_id: int) -> int:
        """The row showing a contact, or -1."""
        return self._window.row_of(contact_id)

    def rows_of(self, contact_ids: set[int]) -> list[int]:
        """The rows showing these contacts, in order."""
        return self._window.rows_of(contact_ids)

    def contact_id(self, row: int) -> int | None:
        return self._window.id_at(row)

    def contact_ids(self, first: int, last: int) -> list[int]:
        """The contacts of rows first..last (a whole selection range at once)."""
        return self._window.ids_between(first, last)

    # Qt model ----------------------------------------------------------------------------
    def rowCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._window)

    def columnCount(self, parent: ANY_INDEX = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            return label(COLUMNS[section][1])
        if orientation == Qt.Orientation.Vertical:
            return section + 1
        return None

    def data(self, index: ANY_INDEX, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._window):
            return None
        if role == ID_ROLE:
            return self._window.id_at(index.row())
        if role not in _SHOWN_ROLES:
            return None
        row = self._window.record(index.row())
        return None if row is None else self._value(row, COLUMNS[index.column()][0], role)

    def multiData(self, index: ANY_INDEX, role_data_span: QModelRoleDataSpan) -> None:  # noqa: N802
        # A painted cell asks for seven roles at once: one call from Qt into Python, not
        # seven (the first screen's cells cost 1 ms of Python instead of 2)
        if not index.isValid() or not 0 <= index.row() < len(self._window):
            return
        row = self._window.record(index.row())
        key = COLUMNS[index.column()][0]
        for role_data in role_data_span:
            role = role_data.role()
            if role == ID_ROLE:
                role_data.setData(self._window.id_at(index.row()))
            elif role in _SHOWN_ROLES and row is not None:
                role_data.setData(self._value(row, key, role))
            else:
                role_data.clearData()

    def _value(self, row: ContactRow, key: str, role: int) -> Any:
        if role == Qt.ItemDataRole.FontRole:
            if key == "name" and (row.is_vip or row.kind == "company"):
                font = QFont()
                font.setBold(row.is_vip)
                font.setItalic(row.kind == "company" and can_be_italic(row.name))
                return font
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return (QCoreApplication.translate("ContactTableModel", "VIP")
                    if key == "name" and row.is_vip else None)
        if key == "last_contact":
            if row.last_contact_at is None:
                return None
            return day(row.last_contact_at.astimezone().date())
        if key == "status":
            return key_label(STATUS_NAMES, row.status)
        if key in ("phone", "email"):
            if key == "email":
                value = row.email
            elif self._phones_formatted:
                value = _phone_text(row.phone)
            else:
                value = row.phone
                if not self._formatting_asked:  # runs once this paint is done
                    self._formatting_asked = True
                    QTimer.singleShot(0, self.format_phones)
            return left_to_right(value)
        return getattr(row, key)
