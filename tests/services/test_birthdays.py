"""Birthdays: read from what people type and programs write, checked, and the ones coming
up found."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from crm_desktop.errors import InputError
from crm_desktop.services import birthdays, contacts
from crm_desktop.services.birthdays import age_on, next_birthday, read_birthday
from crm_desktop.services.cell_dates import DAY_FIRST, MONTH_FIRST

TODAY = date(2026, 3, 16)


@pytest.mark.parametrize("typed, stored", [
    ("1980-03-31", "1980-03-31"),
    ("31.03.1980", "1980-03-31"),  # as Russian Excel writes it
    ("1359/01/11", "1980-03-31"),  # the Persian calendar...
    ("۱۳۵۹/۰۱/۱۱", "1980-03-31"),  # ...in Persian digits
    ("19800331", "1980-03-31"),  # vCard 3
    ("1980-03-31T00:00:00Z", "1980-03-31"),  # vCard 4 with a time
    ("1604-03-31", "--03-31"),  # Apple's "no year"
    ("--03-31", "--03-31"),  # vCard 4 and Google without the year
    ("--0331", "--03-31"),
    ("31.03", "--03-31"),
    ("--02-29", "--02-29"),  # someone's birthday
    ("  ", None),
    ("0/0/00", None),  # Outlook's "none"
])
def test_a_birthday_is_read_as_written(typed: str, stored: str | None) -> None:
    assert read_birthday(typed, today=TODAY) == stored


def test_slashes_are_read_only_as_the_file_explains_them() -> None:
    assert read_birthday("3/31/1980") == "1980-03-31"  # 31 cannot be a month
    assert read_birthday("03/04/1980", slash_order=DAY_FIRST) == "1980-04-03"
    assert read_birthday("03/04/1980", slash_order=MONTH_FIRST) == "1980-03-04"
    with pytest.raises(InputError, match="day/month or month/day"):
        read_birthday("03/04/1980")


@pytest.mark.parametrize("typed, says", [
    ("31.02.1975", "is not a date"),
    ("--02-30", "is not a day of the year"),
    ("31.13", "is not a day of the year"),
    ("1850-01-01", "cannot be a birthday: the year is 1850"),
    ("2026-03-17", "cannot be a birthday: it is still to come"),  # tomorrow
    ("soon", "is not a date"),
])
def test_a_day_no_one_was_born_on_is_refused_naming_the_field(typed: str, says: str) -> None:
    with pytest.raises(InputError, match=says) as caught:
        read_birthday(typed, "Birthday", today=TODAY)
    assert caught.value.field == "Birthday"


def test_the_next_birthday_and_the_age() -> None:
    assert next_birthday("1980-03-31", TODAY) == date(2026, 3, 31)
    assert next_birthday("--03-16", TODAY) == TODAY
    assert next_birthday("--01-02", TODAY) == date(2027, 1, 2)
    assert next_birthday("2000-02-29", date(2027, 2, 1)) == date(2027, 2, 28)
    assert age_on("1980-03-31", TODAY) == 45
    assert age_on("1980-03-16", TODAY) == 46
    assert age_on("--03-16", TODAY) is None


def test_the_birthdays_coming_within_a_week_the_soonest_first(db) -> None:
    def person(name: str, birthday: str | None) -> int:
        return contacts.create_contact({"name": name, "birthday": birthday}).id

    today_ = person("Today", "1980-03-16")
    person("Yesterday", "1980-03-15")
    sunday = person("Sunday", "--03-22")
    person("Too late", "1990-03-24")
    person("None", None)
    trashed = person("Trashed", "1970-03-17")
    contacts.trash_contacts([trashed])
    assert [(c.contact_id, c.on, c.turns) for c in birthdays.coming(TODAY)] == [
        (today_, TODAY, 46), (sunday, date(2026, 3, 22), None)]
    # over the new year, and a 29 February kept on the 28th in a year without one
    new_year = person("New year", "1999-01-02")
    leap = person("Leap", "2000-02-29")
    assert [c.contact_id for c in birthdays.coming(date(2026, 12, 30))] == [new_year]
    assert [(c.contact_id, c.on, c.turns) for c in birthdays.coming(date(2027, 2, 25))] == [
        (leap, date(2027, 2, 28), 27)]


def test_the_birthdays_filter_reaches_over_the_new_year(db) -> None:
    from crm_desktop.services.contact_query import ContactFilter, ordered_ids

    january = contacts.create_contact({"name": "January", "birthday": "1990-01-20"}).id
    contacts.create_contact({"name": "February", "birthday": "--02-10"})
    assert list(ordered_ids(ContactFilter(birthday_from=date(2026, 12, 25)))) == [january]


_STORED = r"^(\d{4}|-)-\d{2}-\d{2}$"


@settings(max_examples=300, deadline=None)
@given(text=st.one_of(
    st.text(alphabet="0123456789۰۱۲۳۴۵۶۷۸۹-/.T: Zx", max_size=24),
    st.from_regex(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}", fullmatch=True),  # day-like
    st.from_regex(r"(--)?\d{2}-?\d{2}|\d{1,2}\.\d{1,2}\.?|\d{8}(T\d{6}Z?)?", fullmatch=True)))
def test_any_text_is_a_birthday_nothing_or_a_clear_refusal(text: str) -> None:
    """Whatever a cell holds: the stored form (which the record can show and age), None, or
    an InputError naming the field; never another exception."""
    import re

    try:
        stored = read_birthday(text, "Birthday", today=TODAY)
    except InputError as exc:
        assert exc.field == "Birthday"
        return
    if stored is not None:
        assert re.match(_STORED, stored), stored
        assert next_birthday(stored, TODAY) >= TODAY
        age = age_on(stored, TODAY)
        assert age is None or 0 <= age <= TODAY.year - birthdays.MIN_YEAR
