"""Merging two contacts: pick which record survives and, field by field, which value stays."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import (
    QButtonGroup,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import Contact
from crm_desktop.services import contacts
from crm_desktop.services.contacts import EDITABLE_FIELDS
from crm_desktop.stored_names import CONTACT_FIELD_NAMES, LOGGED_VALUE_NAMES
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.display_text import birthday_day
from crm_desktop.ui.labels import key_label


def _show(field: str, value: Any) -> str:
    if value is None or value == "":
        return "—"
    if field == "company":
        company = Contact.get_or_none(Contact.id == value)
        return company.name if company else "—"
    if isinstance(value, bool):
        return "✓" if value else "✗"
    if field == "birthday":
        return birthday_day(value)
    if field in LOGGED_VALUE_NAMES:  # (its keys: 'customer', 'messenger')
        return key_label(LOGGED_VALUE_NAMES[field], value)
    return str(value)


class MergeDialog(QDialog):
    """Two columns, one per contact; a radio button per differing field picks its value.
    E-mails, phones, tags and all history are combined whatever is chosen."""

    def __init__(self, first: int, second: int, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Merge two contacts"))
        self.resize(720, 560)
        self.ids = (first, second)
        self.snaps = (contacts.snapshot(first), contacts.snapshot(second))
        self.survivor = QButtonGroup(self)
        grid = QGridLayout()
        grid.addWidget(QLabel(self.tr("<b>Keep as the record</b>"), self), 0, 0)
        for col, (cid, snap) in enumerate(zip(self.ids, self.snaps, strict=True), start=1):
            button = QRadioButton(snap.values["name"], self)
            button.setChecked(col == 1)
            self.survivor.addButton(button, cid)
            grid.addWidget(button, 0, col)
        self.choices: dict[str, QButtonGroup] = {}
        row = 1
        for field in EDITABLE_FIELDS:
            a, b = (s.values[field] for s in self.snaps)
            if a == b:
                continue
            grid.addWidget(QLabel(key_label(CONTACT_FIELD_NAMES, field), self), row, 0)
            group = QButtonGroup(self)
            for col, value in enumerate((a, b), start=1):
                button = QRadioButton(_show(field, value), self)
                # default: the filled-in value, else the first record's
                button.setChecked(col == (2 if a in (None, "") and b not in (None, "") else 1))
                group.addButton(button, col - 1)
                grid.addWidget(button, row, col)
            self.choices[field] = group
            row += 1
        note = QLabel(self.tr("E-mails, phones, tags, interactions, payments, deals, reminders, "
                              "offers and documents of both are kept. The other record goes to "
                              "the Trash; Undo separates them again."), self)
        note.setWordWrap(True)
        body = QWidget(self)
        body.setLayout(grid)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = confirm_buttons(self, save=False)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Merge"))
        layout = QVBoxLayout(self)
        layout.addWidget(scroll, 1)
        layout.addWidget(note)
        layout.addWidget(buttons)

    def choose(self, field: str, from_second: bool) -> None:
        self.choices[field].button(1 if from_second else 0).setChecked(True)

    def result_values(self) -> tuple[int, int, dict[str, Any]]:
        """(survivor, other, the chosen values). A choice names a record, not the value it
        showed: read again now, so that what another program wrote to that record while
        the dialog was open is kept, not the value shown before it."""
        survivor = self.survivor.checkedId()
        other = self.ids[1] if survivor == self.ids[0] else self.ids[0]
        now = [contacts.snapshot(cid) for cid in self.ids]
        values = {field: now[group.checkedId()].values[field]
                  for field, group in self.choices.items()}
        return survivor, other, values
