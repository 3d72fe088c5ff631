"""Exact money: integer minor units and ISO 4217 codes, formatted for people."""

from __future__ import annotations

from decimal import Decimal

from crm_desktop.services.number_text import number_text

# currencies whose minor unit is not 1/100 (ISO 4217 exponent; IRR/IRT are kept whole in
# everyday use)
_EXPONENTS = {"JPY": 0, "KRW": 0, "IRR": 0, "IRT": 0, "KWD": 3, "BHD": 3, "OMR": 3}

# the currencies in use (ISO 4217), and IRT (the toman, which the app keeps as a code): what
# a file's "Amount (EUR)" or "12 EUR" may name, where "Amount (net)" or "12 pcs" names none
_ISO_CODES = """
    AED AFN ALL AMD ANG AOA ARS AUD AWG AZN BAM BBD BDT BGN BHD BIF BMD BND BOB BRL BSD BTN
    BWP BYN BZD CAD CDF CHF CLP CNY COP CRC CUP CVE CZK DJF DKK DOP DZD EGP ERN ETB EUR FJD
    FKP GBP GEL GHS GIP GMD GNF GTQ GYD HKD HNL HTG HUF IDR ILS INR IQD IRR IRT ISK JMD JOD
    JPY KES KGS KHR KMF KPW KRW KWD KYD KZT LAK LBP LKR LRD LSL LYD MAD MDL MGA MKD MMK MNT
    MOP MRU MUR MVR MWK MXN MYR MZN NAD NGN NIO NOK NPR NZD OMR PAB PEN PGK PHP PKR PLN PYG
    QAR RON RSD RUB RWF SAR SBD SCR SDG SEK SGD SHP SLE SLL SOS SRD SSP STN SVC SYP SZL THB
    TJS TMT TND TOP TRY TTD TWD TZS UAH UGX USD UYU UZS VES VND VUV WST XAF XCD XOF XPF YER
    ZAR ZMW ZWL"""
ISO_CODES = frozenset(_ISO_CODES.split())


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
