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
        raise InputError(msg("'{0}' is not a valid e-mail address: {1}", text.strip(),
                             _email_reason(str(exc))), field=field, row=row) from exc


# email-validator explains in English only: its common reasons, said in ours (translated);
# the rest as it words them. (prefix of its text, ours; a detail after ": " is kept)
_EMAIL_REASONS = (
    ("An email address must have an @-sign", msg("it has no @-sign")),
    ("There must be something before the @-sign", msg("nothing comes before the @-sign")),
    ("There must be something after the @-sign", msg("nothing comes after the @-sign")),
    ("The part after the @-sign is not valid. It should have a period",
     msg("the part after the @-sign has no period")),
    ("The part after the @-sign is not valid. It is not within a valid top-level domain",
     msg("the part after the @-sign does not end in a known domain")),
    ("The part after the @-sign is a special-use or reserved name",
     msg("the part after the @-sign is a reserved name")),
    ("The part after the @-sign contains invalid characters",
     msg("the part after the @-sign holds characters an address cannot have")),
    ("The email address contains invalid characters before the @-sign",
     msg("the part before the @-sign holds characters an address cannot have")),
    ("The email address contains an invalid character",
     msg("it holds a character an address cannot have")),
    ("An email address cannot have two periods in a row", msg("it has two periods in a row")),
    ("An email address cannot have a period and a hyphen next to each other",
     msg("it has a period and a hyphen next to each other")),
    ("The email address is too long", msg("it is too long")),
    ("There can't be anything after the email address",
     msg("something follows the address")),
    ("A display name and angle brackets around the email address are not permitted",
     msg("a name and angle brackets around the address are not allowed: give the address "
         "alone")),
)


def _email_reason(english: str) -> str:
    for prefix, ours in _EMAIL_REASONS:
        if english.startswith(prefix):
            rest = english[len(prefix):].strip()
            detail = rest[1:].strip().rstrip(".") if rest.startswith(":") else ""
            return msg("{0}: {1}", ours, detail) if detail else ours  # e.g. the character
    return english


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
