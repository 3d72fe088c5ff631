"""Dates read from cells: ISO, dotted day first, the Persian calendar, slashes only when
the file says which number is the day."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from crm_desktop.errors import InputError
from crm_desktop.services.cell_dates import (
    DAY_FIRST,
    MONTH_FIRST,
    read_day,
    read_moment,
    slash_order,
)


@pytest.mark.parametrize(("text", "day"), [
    ("2026-03-31", date(2026, 3, 31)),
    ("2026-03-31 14:05", date(2026, 3, 31)),  # a spreadsheet's date cell with a time
    ("31.03.2026", date(2026, 3, 31)),
    ("1.3.2026", date(2026, 3, 1)),
    # the Persian calendar, as Iranian accounting programs write it
    ("1403/05/12", date(2024, 8, 2)),
    ("1403-01-01", date(2024, 3, 20)),  # Nowruz
    ("۱۴۰۳/۰۵/۱۲", date(2024, 8, 2)),  # in Persian digits
    ("2026/03/31", date(2026, 3, 31)),  # the year first: the month next
    ("2026.3.1", date(2026, 3, 1)),
    ("31/03/2026", date(2026, 3, 31)),  # no month 31: the value itself says
    ("03/31/2026", date(2026, 3, 31)),
    ("", None),
    ("  ", None),
])
def test_days_that_say_what_they_are(text: str, day: date | None) -> None:
    assert read_day(text, "paid_on") == day


@pytest.mark.parametrize("text", ["31.02.2026", "1403/13/01", "2026-13-01", "yesterday",
                                  "31/13/2026", "12/03", "2026/03/31x", "2026/31/03"])
def test_what_is_not_a_date_is_refused_by_field(text: str) -> None:
    with pytest.raises(InputError) as caught:
        read_day(text, "due_on")
    assert caught.value.field == "due_on"
    assert text in caught.value.message


def test_slashes_both_ways_need_the_files_word() -> None:
    with pytest.raises(InputError, match="day/month or month/day") as caught:
        read_day("03/04/2026", "issued_on")
    assert caught.value.field == "issued_on"
    assert read_day("03/04/2026", "issued_on", DAY_FIRST) == date(2026, 4, 3)
    assert read_day("03/04/2026", "issued_on", MONTH_FIRST) == date(2026, 3, 4)
    # a column read month first cannot hold a 31st month
    with pytest.raises(InputError, match="is not a date"):
        read_day("31/03/2026", "issued_on", MONTH_FIRST)


def test_a_columns_order_comes_from_its_own_dates() -> None:
    assert slash_order(["03/04/2026", "25/04/2026", ""]) == DAY_FIRST
    assert slash_order(["03/04/2026", "04/25/2026"]) == MONTH_FIRST
    assert slash_order(["03/04/2026", "04/05/2026"]) is None  # nothing says
    assert slash_order(["25/04/2026", "04/25/2026"]) is None  # it says both: trust neither
    assert slash_order(["2026-04-25"]) is None


def test_moments_are_utc() -> None:
    assert read_moment("2026-03-31 10:00:00", "created") == datetime(2026, 3, 31, 10,
                                                                      tzinfo=UTC)
    assert read_moment("31.03.2026 10:00", "created") == datetime(2026, 3, 31, 10, tzinfo=UTC)
    assert read_moment("2026-03-31T12:00:00+02:00", "created") == datetime(
        2026, 3, 31, 10, tzinfo=UTC)
    with pytest.raises(InputError):
        read_moment("soon", "created")
