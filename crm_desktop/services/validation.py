"""Checking what the owner types: e-mails (syntax only, no network), phones (E.164)."""

from __future__ import annotations

from types import ModuleType
from typing import NamedTuple

from crm_desktop.errors import InputError
from crm_desktop.translatable import msg


def normalize_email(text: str, *, field: str = "email", row: int | None = None) -> str:
    """The address in normal form; InputError naming the field if it is not an address."""
    # imported here: 20 ms that start-up should not pay before anyone types an address
    from email_validator import EmailNotValidError, validate_email

    try:
        return validate_email(text.strip(), check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise InputError(msg("'{0}' is not a valid e-mail address: {1}", text.strip(), exc),
                         field=field, row=row) from exc


def _phonenumbers() -> ModuleType:
    # imported on first use: 18 ms, 8% of start-up, before the first number is shown
    import phonenumbers

    return phonenumbers


class Phone(NamedTuple):  # (a tuple: made at import ~7x faster than a dataclass)
    number: str  # E.164 when it could be parsed, else the text as typed
    raw: str
    warning: str | None = None  # set when the number was kept as typed


def normalize_phone(text: str, region: str | None) -> Phone:
    """E.164 for a number phonenumbers accepts (national numbers use `region`); otherwise
    the text is kept as typed, with a warning, so nothing the owner entered is lost."""
    raw = text.strip()
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(raw, region or None)
    except phonenumbers.NumberParseException as exc:
        return Phone(raw, raw, msg("kept as typed: {0}", exc))
    if not phonenumbers.is_possible_number(parsed):
        return Phone(raw, raw, msg("kept as typed: not a possible phone number"))
    return Phone(phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164), raw)


def display_phone(number: str | None) -> str | None:
    """'+44 7700 900415' for an E.164 number; anything else as it is."""
    if not number or not number.startswith("+"):
        return number
    phonenumbers = _phonenumbers()
    try:
        parsed = phonenumbers.parse(number, None)
    except phonenumbers.NumberParseException:
        return number
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.INTERNATIONAL)
