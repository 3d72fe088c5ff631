"""Showing the messages of the layers below the UI (`translatable.Message`, and the errors
that carry them) in the interface language."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QLocale

from crm_desktop.errors import CrmError, InputError, InvalidRecordError, StorageError
from crm_desktop.stored_names import CONTACT_FIELD_NAMES
from crm_desktop.translatable import MESSAGES, render
from crm_desktop.ui.display_text import isolated
from crm_desktop.ui.labels import label

if TYPE_CHECKING:
    from crm_desktop.reports.wording import Wording

translate = QCoreApplication.translate

# the fields the services name beside a contact's own (stored_names.CONTACT_FIELD_NAMES), as
# the window calls them; None: the message names it already
FIELD_NAMES: dict[str, str | None] = {
    "file": None,
    "output": None,
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "title": QT_TRANSLATE_NOOP("Labels", "Title"),
    "contact": QT_TRANSLATE_NOOP("Labels", "Contact"),
    "stage": QT_TRANSLATE_NOOP("Labels", "Stage"),
    "lost_reason": QT_TRANSLATE_NOOP("Labels", "Loss reason"),
    "expected_close_on": QT_TRANSLATE_NOOP("Labels", "Expected close"),
    "created": QT_TRANSLATE_NOOP("Labels", "Created"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "value": QT_TRANSLATE_NOOP("Labels", "Deal value"),
    "amount": QT_TRANSLATE_NOOP("Labels", "Amount"),
    "paid_amount": QT_TRANSLATE_NOOP("Labels", "Amount paid"),
    "balance": QT_TRANSLATE_NOOP("Labels", "Balance (left to pay)"),
    "invoice_number": QT_TRANSLATE_NOOP("Labels", "Invoice"),
    "issued_on": QT_TRANSLATE_NOOP("Labels", "Invoice date"),
    "due_on": QT_TRANSLATE_NOOP("Labels", "Due"),
    "paid_on": QT_TRANSLATE_NOOP("Labels", "Paid"),
    "deal": QT_TRANSLATE_NOOP("Labels", "Deal"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "contact_email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "contact_kind": QT_TRANSLATE_NOOP("Labels", "Kind (person/company)"),
    "currency": QT_TRANSLATE_NOOP("Labels", "Currency"),
    "probability": QT_TRANSLATE_NOOP("Labels", "Probability"),
    "source": QT_TRANSLATE_NOOP("Labels", "Source"),
    "lost_note": QT_TRANSLATE_NOOP("Labels", "Lost note"),
    "hours": QT_TRANSLATE_NOOP("Labels", "Hours"),
    "sheet": QT_TRANSLATE_NOOP("Labels", "Sheet"),
    "mapping": QT_TRANSLATE_NOOP("Labels", "Mapping"),
}


def message_text(text: str) -> str:
    """A Message in the interface language (its arguments isolated, so that a Latin file name
    keeps its place in a Persian sentence); any other text as it is."""
    return render(text, lambda template: translate(MESSAGES, template), isolated)


def field_name(key: str) -> str | None:
    """How the window names a field the services named by its key (None: not worth it)."""
    if key in FIELD_NAMES:
        shown = FIELD_NAMES[key]
        return label(shown) if shown else None
    if key in CONTACT_FIELD_NAMES:
        return label(CONTACT_FIELD_NAMES[key])
    return isolated(key)


def error_text(exc: CrmError) -> str:
    """What went wrong, in the interface language, with the row and field it concerns."""
    if isinstance(exc, InvalidRecordError):
        return "\n".join(error_text(e) for e in exc.errors)
    if isinstance(exc, InputError):
        text = message_text(exc.message)
        field = field_name(exc.field) if exc.field else None
        if exc.row is not None and field:
            return translate("ErrorText", "row {0}, {1}: {2}").format(exc.row, field, text)
        if exc.row is not None:
            return translate("ErrorText", "row {0}: {1}").format(exc.row, text)
        if field:
            return translate("ErrorText", "{0}: {1}").format(field, text)
        return text
    if isinstance(exc, StorageError):
        return message_text(exc.message)
    return message_text(exc.args[0]) if exc.args else str(exc)


def report_wording() -> Wording:
    """Reports say their text in the window's language (imported with the reports)."""
    from crm_desktop.reports.wording import Wording
    from crm_desktop.ui.display_text import dating

    return Wording(QLocale().name(), dating())
