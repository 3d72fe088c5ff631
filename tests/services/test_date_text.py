"""Dates as the reader's language writes them: ISO in English and Russian, the Solar Hijri
calendar in Persian; months and weeks of the reader's calendar for the reports."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from crm_desktop.services import activity, funnel
from crm_desktop.services import date_text as dt
from crm_desktop.services.contacts import create_contact
from crm_desktop.services.funnel_metrics import funnel_metrics


def test_days_and_times_in_each_language() -> None:
    day = date(2026, 3, 31)
    assert [dt.day_text(day, lang) for lang in ("en", "ru_RU", None)] == ["2026-03-31"] * 3
    assert dt.day_text(day, "fa_IR") == dt.day_text(day, "fa") == "1405/01/11"
    assert dt.day_text(date(2026, 3, 20), "fa") == "1404/12/29"  # the last day of 1404
    assert dt.day_text(None, "fa") == ""
    local = datetime(2026, 3, 20, 14, 5).astimezone()  # (shown in local time)
    assert dt.minutes_text(local, "fa") == "1404/12/29 14:05"
    assert dt.minutes_text(local.astimezone(UTC), "en") == "2026-03-20 14:05"
    assert dt.minutes_text(None, "en") == ""


def test_months_of_each_calendar() -> None:
    assert dt.month_start(date(2026, 3, 31), "en") == date(2026, 3, 1)
    assert dt.month_start(date(2026, 3, 31), "fa") == date(2026, 3, 21)  # 1 Farvardin
    assert dt.month_start(date(2026, 3, 20), "fa") == date(2026, 2, 20)  # 1 Esfand 1404
    assert dt.next_month(date(2026, 3, 21), "fa") == date(2026, 4, 21)
    assert dt.next_month(date(2026, 12, 1), "en") == date(2027, 1, 1)
    assert (dt.month_text(date(2026, 3, 1), "ru"), dt.month_text(date(2026, 3, 21), "fa")) == (
        "2026-03", "1405/01")
    # every day of two years falls in the month that starts it, and months follow on
    for lang in ("en", "fa"):
        start = dt.month_start(date(2025, 1, 1), lang)
        for offset in range(730):
            day = date(2025, 1, 1) + timedelta(days=offset)
            while dt.next_month(start, lang) <= day:
                start = dt.next_month(start, lang)
            assert dt.month_start(day, lang) == start


def test_the_forecast_goes_by_the_readers_months(db) -> None:
    cid = create_contact({"name": "Olga"}).id
    for close in (date(2026, 3, 20), date(2026, 3, 21)):  # one Gregorian month, two Persian
        deal = funnel.create_deal(cid, f"Deal {close}", value="100", probability=50)
        funnel.update_deal(deal, title=f"Deal {close}", value="100", currency="USD",
                           probability=50, expected_close_on=close, source=None)
    now = datetime(2026, 3, 1, tzinfo=UTC)
    assert funnel_metrics(now, now + timedelta(days=1)).forecast == {"2026-03": {"USD": 10000}}
    assert funnel_metrics(now, now + timedelta(days=1), "fa").forecast == {
        "1404/12": {"USD": 5000}, "1405/01": {"USD": 5000}}


def test_a_persian_week_starts_on_saturday() -> None:
    call = activity.Logged(datetime(2026, 3, 11, 12, tzinfo=UTC), "Olga", "call", None, None)
    start = datetime(2026, 3, 2, 12, tzinfo=UTC)  # a Monday
    end = datetime(2026, 3, 20, 12, tzinfo=UTC)
    _, english = activity.by_period([call], [], start, end)
    _, persian = activity.by_period([call], [], start, end, "fa")
    assert [p.start.weekday() for p in english] == [0, 0, 0]
    assert [p.start for p in persian] == [date(2026, 2, 28), date(2026, 3, 7),
                                          date(2026, 3, 14)]  # Saturdays
    assert persian[1].kinds == {"call": 1}
