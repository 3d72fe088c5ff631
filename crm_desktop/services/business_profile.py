"""The owner's business: its name (at the top of every report), the details a statement sent
to a customer gives (address, phone, bank account), its currency (new deals and payments,
the asset matrix's totals) and the phone region (numbers written without +code).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import phonenumbers

from crm_desktop.db.models import database
from crm_desktop.errors import InputError, InvalidRecordError
from crm_desktop.services import cost_to_serve
from crm_desktop.services.money import to_minor
from crm_desktop.services.settings import DEFAULTS, set_setting, stored_setting
from crm_desktop.translatable import msg

MAX_NAME = 200  # one line at the top of a report page
MAX_DETAILS = 500  # a letterhead's few lines
MAX_DETAILS_LINES = 6
FALLBACK_REGION = DEFAULTS["phone_region"]


@dataclass(frozen=True)
class BusinessProfile:
    name: str
    currency: str
    phone_region: str
    # what an hour of the owner's time costs, in the currency's minor units (the cost to
    # serve a customer is worked out from it); None until given
    hourly_cost_minor: int | None = None
    details: str = ""  # lines under the name on a statement of account


def is_phone_region(code: str) -> bool:
    """A two-letter region phonenumbers knows the numbering of (GB, RU, IR…)."""
    return code.upper() in phonenumbers.SUPPORTED_REGIONS


def phone_region(suggested: str | None = None) -> str:
    """The region for numbers written without +code: the owner's choice, else `suggested`
    (the window offers the computer's country), else GB."""
    stored = stored_setting("phone_region")
    if stored and is_phone_region(stored):
        return stored.upper()
    if suggested and is_phone_region(suggested):
        return suggested.upper()
    return FALLBACK_REGION


def business_profile(suggested_region: str | None = None) -> BusinessProfile:
    return BusinessProfile(stored_setting("business_name") or "",
                           stored_setting("currency") or DEFAULTS["currency"],
                           phone_region(suggested_region), stored_setting("hourly_cost_minor"),
                           stored_setting("business_details") or "")


def tidy_details(text: str) -> str:
    """The lines as typed, without spaces around them or blank lines before and after."""
    return "\n".join(line.strip() for line in text.strip().splitlines())


def save_business_profile(name: str, currency: str, region: str,
                          hourly_cost: str | None = None,
                          contact_minutes: Mapping[str, int] | None = None,
                          details: str | None = None) -> BusinessProfile:
    """Check them all, then store them together; InvalidRecordError names each field
    that is wrong, and nothing is stored. `hourly_cost` None leaves the stored one as it
    is; '' clears it. `contact_minutes`: the minutes a contact of a kind counts for
    (cost_to_serve), None to leave them. `details`: the statement's lines under the name,
    None to leave them."""
    name, currency, region = name.strip(), currency.strip().upper(), region.strip().upper()
    details = stored_setting("business_details") or "" if details is None \
        else tidy_details(details)
    errors = cost_to_serve.check_minutes(contact_minutes or {})
    hourly = stored_setting("hourly_cost_minor")
    if hourly_cost is not None and not hourly_cost.strip():
        hourly = None
    elif hourly_cost is not None:
        try:
            hourly = to_minor(hourly_cost.strip(), currency if len(currency) == 3 else "USD")
        except (ValueError, ArithmeticError):
            errors.append(InputError(msg("'{0}' is not an amount", hourly_cost),
                                     field="hourly_cost"))
        else:
            if hourly < 0 or hourly > 10**12:
                errors.append(InputError(msg("must be zero or more, and below 10^10"),
                                         field="hourly_cost"))
    if len(name) > MAX_NAME:
        errors.append(InputError(msg("is longer than {0} characters", MAX_NAME),
                                 field="business_name"))
    if len(details) > MAX_DETAILS:
        errors.append(InputError(msg("is longer than {0} characters", MAX_DETAILS),
                                 field="business_details"))
    elif details.count("\n") >= MAX_DETAILS_LINES:
        errors.append(InputError(msg("has more than {0} lines", MAX_DETAILS_LINES),
                                 field="business_details"))
    if len(currency) != 3 or not currency.isascii() or not currency.isalpha():
        errors.append(InputError(msg("must be a 3-letter code such as USD"), field="currency"))
    if not is_phone_region(region):
        errors.append(InputError(msg("'{0}' is not a country code such as GB, RU or IR",
                                     region), field="phone_region"))
    if errors:
        raise InvalidRecordError(errors)
    with database.atomic():
        set_setting("business_name", name)
        set_setting("currency", currency)
        set_setting("phone_region", region)
        set_setting("hourly_cost_minor", hourly)
        set_setting("business_details", details or None)
        if contact_minutes is not None:
            set_setting("contact_minutes", {**cost_to_serve.minutes_by_kind(),
                                            **contact_minutes})
    return BusinessProfile(name, currency, region, hourly, details)


def settle_currency(suggested: str | None) -> str | None:
    """On a database where no currency was chosen and nothing has a price yet (no deal,
    payment or competitor's offer), store `suggested` (the currency of the computer's
    country) as the business's; returns it if stored. Once something is priced the
    currency stays as it is (USD, the default of databases from before this choice), so
    that sums already recorded keep their currency's name."""
    code = (suggested or "").strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        return None
    with database.atomic():
        if stored_setting("currency"):
            return None
        priced = database.execute_sql(
            "SELECT EXISTS (SELECT 1 FROM deal) OR EXISTS (SELECT 1 FROM payment) "
            "OR EXISTS (SELECT 1 FROM competitor_offer)").fetchone()[0]
        if priced:
            return None
        set_setting("currency", code)
    return code


def payment_currencies() -> dict[str, int]:
    """How many payments are recorded in each currency, most first: the asset matrix adds
    them up as recorded, in the business currency's name, without converting."""
    rows = database.execute_sql("SELECT currency, count(*) FROM payment GROUP BY currency "
                                "ORDER BY count(*) DESC, currency")
    return dict(rows.fetchall())


def example_number(region: str) -> str:
    """A mobile number as people of `region` write it without +code ("8 (912) 345-67-89"
    for RU), to show what the region means for the numbers typed."""
    if not is_phone_region(region):
        return ""
    number = phonenumbers.example_number_for_type(region.upper(),
                                                  phonenumbers.PhoneNumberType.MOBILE)
    if number is None:
        return ""
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
