"""Restriction periods and cycles (SPEC §5): Sunday weeks, 1st-of-month months, 28-day windows
from the Sunday on or before the start, 1 January years; payment cycles from the start date with
month-end clamping; hold proration with round-half-up."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.restrictions import (
    Cycle,
    Period,
    Restriction,
    Visit,
    allowed_visits,
    current_paid_period,
    first_full_period,
    range_text,
    round_half_up,
    validated,
    window,
)

CAL, PAY = Cycle.CALENDAR, Cycle.PAYMENT
ANCHOR = date(2026, 6, 7)  # a Sunday


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (date(2026, 6, 21), (date(2026, 6, 21), date(2026, 6, 27))),  # Sunday starts a week
        (date(2026, 6, 27), (date(2026, 6, 21), date(2026, 6, 27))),  # Saturday ends it
        (date(2026, 6, 28), (date(2026, 6, 28), date(2026, 7, 4))),  # across a month end
        (date(2026, 12, 31), (date(2026, 12, 27), date(2027, 1, 2))),  # across a year end
    ],
)
def test_calendar_week_runs_sunday_to_saturday(day: date, expected: tuple[date, date]) -> None:
    assert window(Period.WEEK, CAL, ANCHOR, day) == expected


def test_calendar_month_runs_from_the_first_including_february_of_a_leap_year() -> None:
    assert window(Period.MONTH, CAL, ANCHOR, date(2026, 6, 15)) == (
        date(2026, 6, 1),
        date(2026, 6, 30),
    )
    assert window(Period.MONTH, CAL, ANCHOR, date(2028, 2, 29)) == (
        date(2028, 2, 1),
        date(2028, 2, 29),
    )
    assert window(Period.MONTH, CAL, ANCHOR, date(2027, 2, 10)) == (
        date(2027, 2, 1),
        date(2027, 2, 28),
    )


def test_calendar_four_weeks_count_28_days_from_the_sunday_before_the_start() -> None:
    start = date(2026, 6, 10)  # a Wednesday; the Sunday before is 7 June
    assert window(Period.FOUR_WEEKS, CAL, start, date(2026, 6, 10)) == (
        date(2026, 6, 7),
        date(2026, 7, 4),
    )
    assert window(Period.FOUR_WEEKS, CAL, start, date(2026, 7, 5)) == (
        date(2026, 7, 5),
        date(2026, 8, 1),
    )
    # 4 weeks end earlier than a month: the window holding 30 July ends on 1 August.
    assert window(Period.FOUR_WEEKS, CAL, start, date(2026, 7, 30))[1] == date(2026, 8, 1)


def test_calendar_year_and_day() -> None:
    assert window(Period.YEAR, CAL, ANCHOR, date(2028, 2, 29)) == (
        date(2028, 1, 1),
        date(2028, 12, 31),
    )
    assert window(Period.DAY, PAY, ANCHOR, date(2026, 6, 9)) == (date(2026, 6, 9), date(2026, 6, 9))


def test_e5_payment_cycle_month_from_7_june_resets_on_the_7th() -> None:
    """E5: membership starting 7 June, payment-cycle monthly restriction: resets on 7 July,
    7 August…"""
    assert window(Period.MONTH, PAY, ANCHOR, date(2026, 7, 6)) == (
        date(2026, 6, 7),
        date(2026, 7, 6),
    )
    assert window(Period.MONTH, PAY, ANCHOR, date(2026, 7, 7)) == (
        date(2026, 7, 7),
        date(2026, 8, 6),
    )
    assert window(Period.MONTH, PAY, ANCHOR, date(2026, 8, 20))[0] == date(2026, 8, 7)


def test_payment_cycle_from_the_31st_clamps_to_short_months_and_comes_back() -> None:
    start = date(2027, 1, 31)
    assert window(Period.MONTH, PAY, start, date(2027, 2, 27)) == (
        date(2027, 1, 31),
        date(2027, 2, 27),
    )
    assert window(Period.MONTH, PAY, start, date(2027, 2, 28)) == (
        date(2027, 2, 28),
        date(2027, 3, 30),
    )
    assert window(Period.MONTH, PAY, start, date(2027, 3, 31)) == (
        date(2027, 3, 31),
        date(2027, 4, 29),
    )
    # In a leap year February's period starts on the 29th.
    assert window(Period.MONTH, PAY, date(2028, 1, 31), date(2028, 3, 1))[0] == date(2028, 2, 29)


def test_payment_cycle_week_four_weeks_and_year_from_the_start() -> None:
    start = date(2026, 6, 10)  # Wednesday
    assert window(Period.WEEK, PAY, start, date(2026, 6, 16)) == (
        date(2026, 6, 10),
        date(2026, 6, 16),
    )
    assert window(Period.WEEK, PAY, start, date(2026, 6, 17))[0] == date(2026, 6, 17)
    assert window(Period.FOUR_WEEKS, PAY, start, date(2026, 7, 8)) == (
        date(2026, 7, 8),
        date(2026, 8, 4),
    )
    leap = date(2028, 2, 29)
    assert window(Period.YEAR, PAY, leap, date(2029, 3, 1)) == (
        date(2029, 2, 28),
        date(2030, 2, 27),
    )


def test_days_before_the_start_fall_in_earlier_payment_periods() -> None:
    """Initial credits may pay before a future start: those visits count in the period before."""
    assert window(Period.MONTH, PAY, ANCHOR, date(2026, 6, 1)) == (
        date(2026, 5, 7),
        date(2026, 6, 6),
    )


def test_hold_prorates_with_round_half_up() -> None:
    june = (date(2026, 6, 1), date(2026, 6, 30))
    assert allowed_visits(5, june, [(date(2026, 6, 1), date(2026, 6, 15))]) == 3  # 2.5 → 3
    assert allowed_visits(5, june, [(date(2026, 6, 1), date(2026, 6, 18))]) == 2  # 2.0
    assert allowed_visits(5, june, [(date(2026, 5, 20), date(2026, 7, 10))]) == 0
    assert allowed_visits(5, june, []) == 5
    assert round_half_up(7, 2) == 4 and round_half_up(5, 4) == 1


def test_first_full_period_names_the_rule_and_numbers() -> None:
    three_a_week = Restriction(3, Period.WEEK)
    visits = [Visit(date(2026, 6, d), "Group class") for d in (21, 23, 27)]
    full = first_full_period(
        [three_a_week], anchor=ANCHOR, day=date(2026, 6, 25), category="Group class", visits=visits
    )
    assert full is not None
    assert full.text() == "3 of 3 visits used in week 21–27 June 2026"
    assert (
        first_full_period(
            [three_a_week],
            anchor=ANCHOR,
            day=date(2026, 6, 28),
            category="Group class",
            visits=visits,
        )
        is None
    )


def test_a_category_restriction_counts_and_limits_only_its_category() -> None:
    one_pt = Restriction(1, Period.WEEK, category="Personal training")
    visits = [Visit(date(2026, 6, 22), "Personal training"), Visit(date(2026, 6, 23), "Yoga")]
    day = date(2026, 6, 24)
    assert (
        first_full_period([one_pt], anchor=ANCHOR, day=day, category="Yoga", visits=visits) is None
    )
    full = first_full_period(
        [one_pt], anchor=ANCHOR, day=day, category="Personal training", visits=visits
    )
    assert full is not None and full.text().startswith("1 of 1 Personal training visits")


def test_range_text_across_months_and_years() -> None:
    assert range_text((date(2026, 6, 28), date(2026, 7, 4))) == "28 June – 4 July 2026"
    assert range_text((date(2026, 12, 27), date(2027, 1, 2))) == "27 December 2026 – 2 January 2027"
    assert range_text((date(2026, 6, 9), date(2026, 6, 9))) == "9 June 2026"


def test_a_restriction_allows_at_least_one_visit() -> None:
    with pytest.raises(ValidationError, match="at least 1 visit per week"):
        validated(Restriction(0, Period.WEEK))
    assert validated(Restriction(2, Period.DAY, category="  ")).category is None


def test_current_paid_period_is_the_plan_duration_holding_today_plus_hold_days() -> None:
    weekly = dict(starts_on=date(2026, 6, 1), ends_on=date(2026, 7, 5), count=1)
    assert current_paid_period(**weekly, unit=DurationUnit.WEEKS, today=date(2026, 6, 10)) == (
        date(2026, 6, 8),
        date(2026, 6, 14),
    )
    # Before the start: the first period. A hold starting in the period lengthens it.
    assert current_paid_period(
        **weekly,
        unit=DurationUnit.WEEKS,
        today=date(2026, 5, 20),
        extensions=[(date(2026, 6, 3), 3)],
    ) == (date(2026, 6, 1), date(2026, 6, 10))
