"""A line edit that finds a contact as you type (full-text search, a few suggestions)."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from crm_desktop.services import contact_query
from crm_desktop.services.contact_query import ContactFilter

SUGGESTIONS = 20


class ContactPicker(QLineEdit):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._ids: dict[str, int] = {}
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCompleter(completer)
        self.setPlaceholderText(self.tr("type a name, company, e-mail or phone"))
        self.textEdited.connect(self._suggest)

    def _suggest(self, text: str) -> None:
        ids = contact_query.ordered_ids(ContactFilter(search=text), limit=SUGGESTIONS)
        rows = contact_query.rows_for(list(ids))
        self._ids = {}
        for cid in ids:
            row = rows[cid]
            label = f"{row.name} — {row.company}" if row.company else row.name
            self._ids[label] = cid
        self._model.setStringList(list(self._ids))

    def set_contact(self, contact_id: int | None) -> None:
        if contact_id is None:
            self.clear()
            self._ids = {}
            return
        row = contact_query.rows_for([contact_id])[contact_id]
        label = f"{row.name} — {row.company}" if row.company else row.name
        self._ids = {label: contact_id}
        self.setText(label)

    def contact_id(self) -> int | None:
        return self._ids.get(self.text())
