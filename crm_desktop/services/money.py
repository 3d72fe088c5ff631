"""Exact money: integer minor units and ISO 4217 codes, formatted for people."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.services.number_text import number_text

# currencies whose minor unit is not 1/100 (ISO 4217 exponent; IRR/IRT are kept whole in
# everyday use)
_EXPONENTS = {"JPY": 0, "KRW": 0, "IRR": 0, "IRT": 0, "KWD": 3, "BHD": 3, "OMR": 3}


def exponent(currency: str) -> int:
    return _EXPONENTS.get(currency.upper(), 2)


def to_decimal(amount_minor: int, currency: str) -> Decimal:
    return Decimal(amount_minor).scaleb(-exponent(currency))


def to_minor(amount: Decimal | int | str, currency: str) -> int:
    """Minor units of an amount; refuses fractions smaller than the currency's unit."""
    value = Decimal(str(amount)).scaleb(exponent(currency))
    if value != value.to_integral_value():
        raise ValueError(f"{amount} has more decimals than {currency} allows")
    return int(value)


def format_money(amount_minor: int | None, currency: str, lang: str | None = None) -> str:
    """'12,345.50 USD' (grouped, exact; '12 345,50 USD' in Russian)."""
    if amount_minor is None:
        return ""
    return f"{number_text(to_decimal(amount_minor, currency), lang, exponent(currency))} {currency}"
