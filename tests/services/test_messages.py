"""Messages from below the UI: English text for the CLI, with the template and arguments the
window needs to show them in the owner's language."""

from __future__ import annotations

import pytest

from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import contacts, funnel
from crm_desktop.translatable import Message, msg, render


def test_a_message_is_english_text_that_keeps_its_template() -> None:
    m = msg("no sheet '{0}' in {1}; it has: {2}", "Leads", "book.xlsx", "Sheet1")
    assert m == "no sheet 'Leads' in book.xlsx; it has: Sheet1"
    assert isinstance(m, str) and isinstance(m, Message)
    assert (m.template, m.params) == ("no sheet '{0}' in {1}; it has: {2}",
                                      ("Leads", "book.xlsx", "Sheet1"))
    assert msg("a name is required").params == ()


def test_a_refused_value_names_its_field_in_english_and_keeps_its_message(db) -> None:
    contact = contacts.create_contact({"name": "Anna"}).id
    with pytest.raises(InvalidRecordError) as caught:
        funnel.create_deal(contact, "", value="12x")
    errors = caught.value.by_field()
    assert errors["title"] == "a deal needs a title"
    assert errors["value"] == "'12x' is not an amount"
    assert errors["value"].template == "'{0}' is not an amount"  # for the window to translate
    assert str(InputError(msg("must be 1 hour or more"), field="hours", row=2)) == \
        "row 2, field 'hours': must be 1 hour or more"


def test_a_message_is_said_in_another_language_with_its_arguments() -> None:
    russian = {"phone '{0}' {1}": "телефон «{0}» {1}",
               "kept as typed: {0}": "сохранён как введён: {0}"}
    warning = msg("phone '{0}' {1}", "12-34", msg("kept as typed: {0}", "too short"))
    assert warning == "phone '12-34' kept as typed: too short"
    said = render(warning, lambda t: russian.get(t, t), lambda a: f"[{a}]")
    assert said == "телефон «[12-34]» [сохранён как введён: [too short]]"
    assert render("as typed", russian.get) == "as typed" and render(None, russian.get) == ""
