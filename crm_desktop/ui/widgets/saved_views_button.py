"""The Views button over the contacts table: open a saved view (a search and filters kept
under a name), save the one on screen, delete one. The views (and their module) are read
when the menu opens, not at start-up."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

# dialogs through the module: PySide makes their classes on first use, not at start-up
from PySide6 import QtWidgets
from PySide6.QtCore import QSize
from PySide6.QtWidgets import QMenu, QToolButton, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.ui.messages import error_text

if TYPE_CHECKING:
    from crm_desktop.services.saved_views import SavedView


def _views():
    from crm_desktop.services import saved_views

    return saved_views


def _menu_text(name: str) -> str:
    return name.replace("&", "&&")  # (a single & would underline the next letter)


class SavedViewsButton(QToolButton):
    """`current(name)` is the view on screen under that name, `show(view)` puts a view on
    screen, `can_save()` whether the screen is a view (not the Trash)."""

    def __init__(self, current: Callable[[str], SavedView], show: Callable[[SavedView], None],
                 can_save: Callable[[], bool], parent: QWidget | None = None):
        super().__init__(parent)
        self._current, self._show, self._can_save = current, show, can_save
        self.setText(self.tr("Views"))
        self.setToolTip(self.tr("Searches and filters kept under a name, to open again"))
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self)
        menu.aboutToShow.connect(self._fill)
        self.setMenu(menu)

    def sizeHint(self) -> QSize:
        # Qt leaves no room for an instant popup's arrow, which then sits on the last
        # letter ("Views", "Представления"); the room of a wide letter keeps them apart
        hint = super().sizeHint()
        return QSize(hint.width() + self.fontMetrics().horizontalAdvance("M"), hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def _fill(self) -> None:
        menu = self.menu()
        menu.clear()
        views = _views().saved_views()
        for view in views:
            action = menu.addAction(_menu_text(view.name), lambda _=False, v=view: self._show(v))
            action.setCheckable(True)  # (ticked: the view's contacts on screen)
            action.setChecked(_views().same_contacts(self._current(view.name), view))
        if views:
            menu.addSeparator()
        menu.addAction(self.tr("Save this view…"), self.save_current).setEnabled(
            self._can_save())
        if views:
            delete = menu.addMenu(self.tr("Delete a view"))
            for view in views:
                delete.addAction(_menu_text(view.name), lambda _=False, n=view.name: self.delete(n))

    def save_current(self) -> None:
        name, ok = QtWidgets.QInputDialog.getText(self, self.tr("Save this view"), self.tr(
            "Name of the view (its search, filters, order and columns are kept; days are "
            "counted from whenever it is opened):"))
        name = name.strip()
        if not ok or not name:
            return
        answer = QtWidgets.QMessageBox.StandardButton.Yes
        if any(v.name == name for v in _views().saved_views()):
            answer = QtWidgets.QMessageBox.question(
                self, self.tr("Save this view"), self.tr("Replace the view “{0}”?").format(name))
        if answer != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        try:
            _views().save_view(self._current(name))
        except CrmError as exc:  # a name too long, the database busy
            QtWidgets.QMessageBox.warning(self, self.tr("Save this view"), error_text(exc))

    def delete(self, name: str) -> None:
        if QtWidgets.QMessageBox.question(
                self, self.tr("Delete a view"),
                self.tr("Delete the view “{0}”? The contacts it shows stay as they are.")
                .format(name)) != QtWidgets.QMessageBox.StandardButton.Yes:
            return
        try:
            _views().delete_view(name)
        except CrmError as exc:
            QtWidgets.QMessageBox.warning(self, self.tr("Delete a view"), error_text(exc))
