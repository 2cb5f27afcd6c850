"""Dates as other systems write them, and telling day/month from month/day."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.exchange.dates import best_order, detect_order, parse_date
from studio_app.exchange.fields import DateOrder

DMY, MDY, YMD = DateOrder.DMY, DateOrder.MDY, DateOrder.YMD


@pytest.mark.parametrize(
    ("text", "order", "expected"),
    [
        ("04.03.2026", DMY, date(2026, 3, 4)),
        ("4.3.2026", DMY, date(2026, 3, 4)),
        ("04/03/2026", DMY, date(2026, 3, 4)),
        ("04-03-2026", DMY, date(2026, 3, 4)),
        ("04 03 2026", DMY, date(2026, 3, 4)),
        ("03/04/2026", MDY, date(2026, 3, 4)),
        ("3/4/2026 0:00", MDY, date(2026, 3, 4)),
        ("3/4/2026 12:30 PM", MDY, date(2026, 3, 4)),
        ("  04.03.2026  ", DMY, date(2026, 3, 4)),
        ("26/03/04", YMD, date(2026, 3, 4)),
    ],
)
def test_dates_are_read_in_the_columns_order(text: str, order: DateOrder, expected: date) -> None:
    assert parse_date(text, order) == expected


@pytest.mark.parametrize(
    "text",
    ["2026-03-04", "2026-03-04 00:00:00", "2026-03-04T00:00", "2026-03-04T00:00:00Z", "2026/3/4"],
)
@pytest.mark.parametrize("order", list(DateOrder))
def test_a_date_starting_with_a_four_digit_year_is_year_month_day_whatever_the_order(
    text: str, order: DateOrder
) -> None:
    assert parse_date(text, order) == date(2026, 3, 4)


def test_two_digit_years_up_to_next_year_are_this_century_later_ones_the_last() -> None:
    next_year = (date.today().year + 1) % 100
    assert parse_date(f"01.02.{next_year:02d}", DMY) == date(2000 + next_year, 2, 1)
    assert parse_date(f"01.02.{next_year + 1:02d}", DMY) == date(1901 + next_year, 2, 1)
    assert parse_date("14.07.90", DMY) == date(1990, 7, 14)
    assert parse_date("01.02.05", DMY) == date(2005, 2, 1)


def test_an_empty_cell_is_no_date() -> None:
    assert parse_date("", DMY) is None
    assert parse_date("   ", MDY) is None


@pytest.mark.parametrize(
    ("text", "order", "reason"),
    [
        ("31.02.2024", DMY, "'31.02.2024' is not a date: February 2024 has 29 days"),
        ("29.02.2023", DMY, "'29.02.2023' is not a date: February 2023 has 28 days"),
        ("13/13/2020", MDY, "'13/13/2020' is not a date: there is no month 13"),
        ("00.05.2020", DMY, "'00.05.2020' is not a date: there is no day 0"),
        ("31.04.2020", DMY, "'31.04.2020' is not a date: April 2020 has 30 days"),
        ("2026-13-01", DMY, "'2026-13-01' is not a date: there is no month 13"),
        ("yesterday", DMY, "'yesterday' is not a date"),
        ("12.2020", DMY, "'12.2020' is not a date"),
        ("1/2/3", MDY, "'1/2/3' is not a date"),
        ("01.02.20266", DMY, "'01.02.20266' is not a date"),
    ],
)
def test_an_impossible_date_says_why(text: str, order: DateOrder, reason: str) -> None:
    with pytest.raises(ValueError) as error:
        parse_date(text, order)
    assert str(error.value) == reason


def test_iso_dates_are_year_month_day() -> None:
    assert detect_order(["2026-03-04", "", "1990-07-14 00:00:00"]) == (YMD, False)


def test_a_day_above_12_tells_the_order() -> None:
    assert detect_order(["04.03.2026", "14.07.1990", ""]) == (DMY, False)
    assert detect_order(["03/04/2026", "07/14/1990"]) == (MDY, False)


def test_iso_dates_among_others_do_not_decide_the_order() -> None:
    assert detect_order(["2026-03-04", "07/14/1990"]) == (MDY, False)


def test_when_no_day_is_above_12_the_order_is_ambiguous() -> None:
    assert detect_order(["04.03.2026", "01.12.1990", "12.12.2000"]) == (None, True)


def test_when_no_order_reads_every_date_there_is_none() -> None:
    assert detect_order(["14.07.1990", "07/14/1990"]) == (None, False)
    assert detect_order(["", "  "]) == (None, False)


def test_cells_that_are_dates_in_no_order_do_not_stop_the_detection() -> None:
    # "31.02.1990" and "n/a" are wrong whatever the order: the row with them is rejected.
    assert detect_order(["14.07.1990", "31.02.1990", "n/a"]) == (DMY, False)


def test_the_best_order_reads_the_most_dates_and_prefers_day_first_on_a_tie() -> None:
    assert best_order(["14.07.1990", "07/14/1990", "07/15/1990"]) == MDY
    assert best_order(["04.03.2026"]) == DMY
    assert best_order([]) == DMY
