"""The contact editor: every field of the customer record, errors shown next to the field.

Saving validates with the service first; a dialog with errors stays open and saves nothing.
The caller pushes the returned values as an undoable command.
"""

from __future__ import annotations

from html import escape
from typing import Any

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.models import CHANNELS, Contact
from crm_desktop.errors import InvalidRecordError
from crm_desktop.services import contacts
from crm_desktop.services.validation import display_phone
from crm_desktop.stored_names import CHANNEL_NAMES, STATUS_NAMES
from crm_desktop.ui.dialogs.dialog_buttons import confirm_buttons
from crm_desktop.ui.dialogs.field_errors import error_label
from crm_desktop.ui.display_text import birthday_for_editing, isolated
from crm_desktop.ui.labels import key_label
from crm_desktop.ui.messages import message_text
from crm_desktop.ui.tones import CAUTION
from crm_desktop.ui.widgets.number_fields import NumberField
from crm_desktop.ui.widgets.tone_label import ToneLabel

LINE_FIELDS = ("name", "first_name", "last_name", "job_title", "birthday", "city", "region",
               "postal_code", "country", "website", "industry", "lead_source", "segment")
TEXT_FIELDS = ("address", "preferences", "needs", "hidden_needs", "notes")


class ContactEditor(QDialog):
    """Edit `contact_id`, or a new contact when it is None."""

    def __init__(self, contact_id: int | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.contact_id = contact_id
        self.setWindowTitle(self.tr("New contact") if contact_id is None
                            else self.tr("Edit contact"))
        self.resize(820, 640)
        self.lines: dict[str, QLineEdit] = {f: QLineEdit(self) for f in LINE_FIELDS}
        self.texts: dict[str, QPlainTextEdit] = {f: QPlainTextEdit(self) for f in TEXT_FIELDS}
        for edit in self.texts.values():
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(60)
        self.errors: dict[str, QLabel] = {}
        self.kind = QComboBox(self)
        self.kind.addItem(self.tr("Person"), "person")
        self.kind.addItem(self.tr("Company"), "company")
        self.status = QComboBox(self)
        for key in STATUS_NAMES:
            self.status.addItem(key_label(STATUS_NAMES, key), key)
        self.channel = QComboBox(self)
        self.channel.addItem("—", None)
        for key in CHANNELS:
            self.channel.addItem(key_label(CHANNEL_NAMES, key), key)
        self.vip = QCheckBox(self.tr("VIP customer"), self)
        self.company_size = NumberField(self)
        self.company_size.setRange(0, 10_000_000)
        self.company_size.setSpecialValueText("—")
        self.company = QLineEdit(self)
        self._companies = {c.name: c.id for c in Contact.select(Contact.id, Contact.name)
                           .where((Contact.kind == "company") & Contact.deleted_at.is_null())}
        completer = QCompleter(QStringListModel(sorted(self._companies), self), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        self.company.setCompleter(completer)
        self.emails = QPlainTextEdit(self)
        self.phones = QPlainTextEdit(self)
        for edit in (self.emails, self.phones):
            edit.setTabChangesFocus(True)
            edit.setFixedHeight(54)
            edit.setPlaceholderText(self.tr("one per line; the first is the main one"))
        from crm_desktop.services.business_profile import example_number, phone_region
        from crm_desktop.ui.home_region import suggested_region

        region = self.region = phone_region(suggested_region())  # (as the save reads them)
        self.phones.setToolTip(self.tr(
            "Numbers written without +code are read as {0}'s, such as {1} (Edit > Your "
            "business)").format(region, example_number(region)))
        # addresses and numbers read left to right in a Persian window too ("+98 912 …",
        # not "912 … 98+")
        for widget in (self.emails, self.phones, self.lines["website"], self.lines["birthday"]):
            widget.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        # the ways services.birthdays reads, as the window dates a day; the words in the
        # tooltip (in a left-to-right field a Persian sentence reads out of order)
        example = birthday_for_editing("1980-03-31")
        self.lines["birthday"].setPlaceholderText(f"{example} · --03-31")
        self.lines["birthday"].setToolTip(self.tr(
            "A day such as {0}, or {1} without the year").format(isolated(example),
                                                               isolated("--03-31")))
        self.tags = QLineEdit(self)
        self.tags.setPlaceholderText(self.tr("comma-separated, e.g. wholesale, newsletter"))
        self.warning = ToneLabel(CAUTION, self)
        self.warning.setTextFormat(Qt.TextFormat.RichText)
        self.warning.linkActivated.connect(self._open_instead)
        self.warning.hide()
        self._warned: list[str] = []
        self.open_instead: int | None = None  # a contact the owner chose to open instead

        body = QWidget(self)
        grid = QGridLayout(body)
        grid.addWidget(self._group(self.tr("Identity"), [
            ("kind", self.tr("Kind"), self.kind),
            ("name", self.tr("Name *"), self.lines["name"]),
            ("first_name", self.tr("First name"), self.lines["first_name"]),
            ("last_name", self.tr("Last name"), self.lines["last_name"]),
            ("company", self.tr("Company"), self.company),
            ("job_title", self.tr("Job title"), self.lines["job_title"]),
            ("birthday", self.tr("Birthday"), self.lines["birthday"]),
        ]), 0, 0)
        grid.addWidget(self._group(self.tr("Reach"), [
            ("email", self.tr("E-mails"), self.emails),
            ("phones", self.tr("Phones"), self.phones),
            ("preferred_channel", self.tr("Preferred channel"), self.channel),
            ("website", self.tr("Website"), self.lines["website"]),
        ]), 0, 1)
        grid.addWidget(self._group(self.tr("Address"), [
            ("address", self.tr("Street"), self.texts["address"]),
            ("city", self.tr("City"), self.lines["city"]),
            ("region", self.tr("Region"), self.lines["region"]),
            ("postal_code", self.tr("Postal code"), self.lines["postal_code"]),
            ("country", self.tr("Country"), self.lines["country"]),
        ]), 1, 0)
        grid.addWidget(self._group(self.tr("Classification"), [
            ("status", self.tr("Status"), self.status),
            ("segment", self.tr("Segment"), self.lines["segment"]),
            ("is_vip", "", self.vip),
            ("industry", self.tr("Industry"), self.lines["industry"]),
            ("lead_source", self.tr("Lead source"), self.lines["lead_source"]),
            ("company_size", self.tr("Employees"), self.company_size),
            ("tags", self.tr("Tags"), self.tags),
        ]), 1, 1)
        grid.addWidget(self._group(self.tr("Preferences and needs"), [
            ("preferences", self.tr("Likes"), self.texts["preferences"]),
            ("needs", self.tr("Stated needs"), self.texts["needs"]),
            ("hidden_needs", self.tr("Hidden needs"), self.texts["hidden_needs"]),
            ("notes", self.tr("Notes"), self.texts["notes"]),
        ]), 2, 0, 1, 2)
        scroll = QScrollArea(self)
        scroll.setWidgetResizable(True)
        scroll.setWidget(body)
        buttons = confirm_buttons(self, self.try_accept)
        layout = QVBoxLayout(self)
        layout.addWidget(scroll)
        layout.addWidget(self.warning)
        layout.addWidget(buttons)
        self._shown: tuple | None = None  # the form as loaded, to tell what the owner changed
        if contact_id is not None:
            self._load(contacts.snapshot(contact_id))
            self._shown = (self.values(), self.email_list(), self.phone_list(),
                           self.tag_list())
        self.lines["name"].setFocus()

    def _group(self, title: str, rows: list[tuple[str, str, QWidget]]) -> QGroupBox:
        box = QGroupBox(title, self)
        form = QFormLayout(box)
        for key, caption, widget in rows:
            error = error_label(box)
            error.setObjectName(f"error_{key}")
            error.hide()
            self.errors[key] = error
            holder = QWidget(box)
            column = QVBoxLayout(holder)
            column.setContentsMargins(0, 0, 0, 0)
            column.setSpacing(2)
            column.addWidget(widget)
            column.addWidget(error)
            form.addRow(caption, holder)
        return box

    # values ------------------------------------------------------------------------------
    def _load(self, snap: contacts.Snapshot) -> None:
        v = snap.values
        for key, edit in self.lines.items():
            edit.setText(v.get(key) or "")
        self.lines["birthday"].setText(birthday_for_editing(v["birthday"]))
        for key, edit in self.texts.items():
            edit.setPlainText(v.get(key) or "")
        self.kind.setCurrentIndex(max(0, self.kind.findData(v["kind"])))
        self.status.setCurrentIndex(max(0, self.status.findData(v["status"])))
        self.channel.setCurrentIndex(max(0, self.channel.findData(v["preferred_channel"])))
        self.vip.setChecked(bool(v["is_vip"]))
        self.company_size.setValue(v["company_size"] or 0)
        if v["company"]:
            company = Contact.get_or_none(Contact.id == v["company"])
            self.company.setText(company.name if company else "")
        self.emails.setPlainText("\n".join(snap.emails))
        # +44 7835 990857, as the detail panel shows it (saved unchanged, nothing is written)
        self.phones.setPlainText("\n".join(display_phone(n) for n, _ in snap.phones))
        self.tags.setText(", ".join(snap.tags))

    def values(self) -> dict[str, Any]:
        values: dict[str, Any] = {k: e.text() for k, e in self.lines.items()}
        values.update({k: e.toPlainText() for k, e in self.texts.items()})
        values["kind"] = self.kind.currentData()
        values["status"] = self.status.currentData()
        values["preferred_channel"] = self.channel.currentData()
        values["is_vip"] = self.vip.isChecked()
        values["company_size"] = self.company_size.value() or None
        values["company"] = self._companies.get(self.company.text().strip())
        return values

    def changes(self) -> tuple[dict[str, Any], list[str] | None, list[str] | None,
                               list[str] | None]:
        """(values, e-mails, phones, tags) the owner changed in the form: only those
        fields, and a list only if it changed (None: as it is), so that what another program
        changed meanwhile in a field left alone here is kept. A new contact: everything."""
        now = (self.values(), self.email_list(), self.phone_list(), self.tag_list())
        if self._shown is None:
            return now
        values = {k: v for k, v in now[0].items() if v != self._shown[0].get(k)}
        return (values, *(new if new != old else None
                          for new, old in zip(now[1:], self._shown[1:], strict=True)))

    def email_list(self) -> list[str]:
        return self.emails.toPlainText().splitlines()

    def phone_list(self) -> list[str]:
        return self.phones.toPlainText().splitlines()

    def tag_list(self) -> list[str]:
        return [t.strip() for t in self.tags.text().split(",") if t.strip()]

    # saving ------------------------------------------------------------------------------
    def show_errors(self, by_field: dict[str, str]) -> None:
        for key, error in self.errors.items():
            message = next((m for f, m in by_field.items()
                            if f == key or (key == "email" and f.startswith("email"))), None)
            error.setText(message_text(message) if message else "")
            error.setVisible(message is not None)

    def try_accept(self) -> None:
        """Validate everything; stay open with the errors next to their fields if any."""
        errors: dict[str, str] = {}
        if self.company.text().strip() and self.values()["company"] is None:
            errors["company"] = self.tr("no company of that name; create it first")
        try:
            _, emails, phones, warnings = contacts.validate(
                self.values(), self.email_list(), self.phone_list(), region=self.region,
                creating=self.contact_id is None)
        except InvalidRecordError as exc:
            errors.update(exc.by_field())
            emails, phones, warnings = [], [], []
        self.show_errors(errors)
        if errors:
            return
        said = [escape(message_text(w)) for w in warnings]
        if warnings:
            said.append(self.tr(
                "Write a number with its +country code, or set the country of numbers "
                "written without it under Edit > Your business. Save again to keep them as "
                "typed."))
        if self.contact_id is None:  # (a new contact that is likely one entered before)
            same = contacts.sharing_reach(emails or [], [p.number for p in phones or []])
            # (isolated: an address first would set a Persian line left to right)
            said += [self.tr("{0} has {1} already.").format(
                isolated(f'<a href="{s.contact_id}">{escape(s.name)}</a>'),
                isolated(escape(s.shared))) for s in same]
            if same:
                said.append(self.tr("Save again to add this contact all the same, or click "
                                    "the name to open that one instead."))
        if said and said != self._warned:  # shown once: saving again goes ahead
            self._warned = said
            # (a rich text's lines run as their first letter does: the window's way here)
            mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft \
                else ""
            self.warning.setText(mark + "<br>".join(said))
            self.warning.show()
            return
        self.accept()

    def _open_instead(self, link: str) -> None:
        """A name in the warning: the editor closes, and that contact is to be shown."""
        self.open_instead = int(link)
        self.reject()
