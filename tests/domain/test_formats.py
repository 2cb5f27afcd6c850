"""One way to write a day, a range, a time, a moment and a duration (domain/formats.py), in
English whatever the machine's language, day first or month first as the studio chose."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from studio_app.domain import formats
from studio_app.domain.formats import (
    DateStyle,
    day_text,
    duration_text,
    moment_text,
    range_text,
    time_text,
    weekday_text,
)

DAY, MONTH = DateStyle.DAY_FIRST, DateStyle.MONTH_FIRST
TUE = date(2026, 12, 1)


def test_a_day_reads_day_first_or_month_first() -> None:
    assert [day_text(TUE, style=s) for s in (DAY, MONTH)] == ["1 Dec 2026", "Dec 1, 2026"]
    assert [weekday_text(TUE, style=s) for s in (DAY, MONTH)] == [
        "Tue 1 Dec 2026",
        "Tue, Dec 1, 2026",
    ]
    assert weekday_text(TUE, long=True, style=DAY) == "Tuesday 1 December 2026"
    assert weekday_text(TUE, long=True, style=MONTH) == "Tuesday, December 1, 2026"
    assert weekday_text(TUE, year=False, style=MONTH) == "Tue, Dec 1"
    assert day_text(date(2027, 5, 31), long=True, style=MONTH) == "May 31, 2027"
    assert day_text(date(2026, 11, 2), year=False) == "2 Nov"


@pytest.mark.parametrize(
    ("first", "last", "day_first", "month_first"),
    [
        (TUE, TUE, "1 Dec 2026", "Dec 1, 2026"),
        (date(2026, 12, 6), date(2026, 12, 12), "6–12 Dec 2026", "Dec 6–12, 2026"),
        (date(2026, 11, 30), date(2026, 12, 6), "30 Nov – 6 Dec 2026", "Nov 30 – Dec 6, 2026"),
        (
            date(2026, 12, 20),
            date(2027, 1, 19),
            "20 Dec 2026 – 19 Jan 2027",
            "Dec 20, 2026 – Jan 19, 2027",
        ),
    ],
)
def test_a_range_writes_each_part_once(
    first: date, last: date, day_first: str, month_first: str
) -> None:
    assert range_text(first, last, style=DAY) == day_first
    assert range_text(first, last, style=MONTH) == month_first


def test_a_range_may_name_its_months_in_full() -> None:
    assert range_text(date(2026, 6, 28), date(2026, 7, 4), long=True) == "28 June – 4 July 2026"


def test_times_use_the_24_hour_clock_and_a_moment_has_its_day_first() -> None:
    evening = datetime(2026, 12, 8, 18, 5)
    assert (time_text(time(7, 0)), time_text(evening)) == ("07:00", "18:05")
    assert moment_text(evening, style=DAY) == "8 Dec 2026 18:05"
    assert moment_text(evening, weekday=True, style=MONTH) == "Tue, Dec 8, 2026 18:05"


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (timedelta(minutes=54), "54 min"),
        (timedelta(hours=0.9), "54 min"),
        (timedelta(hours=1, minutes=30), "1 h 30 min"),
        (timedelta(hours=9), "9 h"),
        (timedelta(hours=8, minutes=59, seconds=59), "8 h 59 min"),
        (timedelta(seconds=20), "less than 1 min"),
    ],
)
def test_a_duration_reads_in_hours_and_minutes(length: timedelta, text: str) -> None:
    assert duration_text(length) == text


def test_the_studios_format_is_the_one_in_use_until_changed() -> None:
    assert formats.date_style() is DAY
    formats.use_date_style(MONTH)
    assert (day_text(TUE), range_text(TUE, date(2026, 12, 7))) == ("Dec 1, 2026", "Dec 1–7, 2026")
    formats.use_date_style(DAY)
    assert day_text(TUE) == "1 Dec 2026"
    assert [s.label for s in DateStyle] == [
        "Tue 1 Dec 2026 (day first)",
        "Tue, Dec 1, 2026 (month first)",
    ]
