"""Numbers shown and read as the owner's language writes them."""

from __future__ import annotations

from decimal import Decimal

import pytest

from crm_desktop.services.money import format_money, to_minor
from crm_desktop.services.number_text import amount_text, number_text


@pytest.mark.parametrize("lang, shown", [("en", "1,234,567"), ("fa_IR", "1,234,567"),
                                         (None, "1,234,567"), ("ru_RU", "1\u00a0234\u00a0567")])
def test_counts_are_grouped_as_the_language_does(lang: str | None, shown: str) -> None:
    assert number_text(1234567, lang) == shown


def test_money_keeps_its_exact_decimals_in_every_language() -> None:
    assert format_money(1234550, "USD") == "12,345.50 USD"
    assert format_money(1234550, "USD", "ru") == "12\u00a0345,50 USD"
    assert format_money(1234550, "JPY", "ru") == "1\u00a0234\u00a0550 JPY"
    assert format_money(None, "USD", "ru") == ""


@pytest.mark.parametrize("lang, typed, value", [
    ("en", "1,500.50", "1500.50"), ("en", "1500.50", "1500.50"), ("en", "12 500", "12500"),
    ("en", "1,234,567", "1234567"),
    ("ru", "1500,50", "1500.50"), ("ru", "12 345,50", "12345.50"),
    ("ru", "12\u00a0345,50", "12345.50"), ("ru", "1.234,50", "1234.50"),
    ("ru", "1.234.567", "1234567"), ("ru", "1500.50", "1500.50"), ("ru", "1,500.50", "1500.50"),
    ("ru", "2,5", "2.5"),
    ("fa", "۱۲۳۴٫۵", "1234.5"), ("fa", "۱٬۲۳۴", "1234"), ("ru", "۱٬۲۳۴", "1234"),
    ("en", "−5", "-5"), ("en", "  7  ", "7"),
])
def test_an_amount_is_read_as_it_was_meant(lang: str, typed: str, value: str) -> None:
    assert Decimal(amount_text(typed, lang)) == Decimal(value)


@pytest.mark.parametrize("lang, typed", [
    ("en", "1500,50"),  # a decimal comma in an English window: not 150,050
    ("en", "1,234,50"), ("en", "1.234,50"), ("en", "1.234.567"),
    ("ru", "1,234,50"), ("ru", "1.23.4,5"), ("ru", "abc"),
])
def test_an_amount_that_could_be_misread_is_refused_not_guessed(lang: str, typed: str) -> None:
    with pytest.raises(ArithmeticError):
        to_minor(amount_text(typed, lang), "USD")
