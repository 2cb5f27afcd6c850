"""Calendar-correct validity and weekly recurrence."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from studio_app.domain.durations import DurationUnit, period_end, validity_end
from studio_app.domain.errors import ValidationError
from studio_app.domain.recurrence import weekly_occurrences


@pytest.mark.parametrize(
    ("start", "count", "unit", "end"),
    [
        (date(2026, 4, 11), 1, DurationUnit.MONTHS, date(2026, 5, 10)),  # SPEC E10
        (date(2026, 4, 16), 1, DurationUnit.MONTHS, date(2026, 5, 15)),
        # The start's day missing in the last month: that month's last day (SPEC §6).
        (date(2026, 1, 31), 1, DurationUnit.MONTHS, date(2026, 2, 28)),
        (date(2026, 1, 30), 1, DurationUnit.MONTHS, date(2026, 2, 28)),
        (date(2026, 1, 29), 1, DurationUnit.MONTHS, date(2026, 2, 28)),
        (date(2026, 1, 28), 1, DurationUnit.MONTHS, date(2026, 2, 27)),
        (date(2028, 1, 31), 1, DurationUnit.MONTHS, date(2028, 2, 29)),  # leap year
        (date(2028, 1, 30), 1, DurationUnit.MONTHS, date(2028, 2, 29)),
        (date(2028, 1, 29), 1, DurationUnit.MONTHS, date(2028, 2, 28)),
        (date(2026, 3, 31), 1, DurationUnit.MONTHS, date(2026, 4, 30)),
        (date(2025, 12, 31), 2, DurationUnit.MONTHS, date(2026, 2, 28)),
        (date(2026, 1, 31), 2, DurationUnit.MONTHS, date(2026, 3, 30)),
        (date(2026, 12, 1), 3, DurationUnit.MONTHS, date(2027, 2, 28)),
        (date(2026, 12, 1), 2, DurationUnit.WEEKS, date(2026, 12, 14)),
        (date(2026, 12, 1), 1, DurationUnit.DAYS, date(2026, 12, 1)),
    ],
)
def test_end_is_start_plus_duration_minus_one_day(
    start: date, count: int, unit: DurationUnit, end: date
) -> None:
    assert validity_end(start, count, unit) == end


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2026, 1, 31), date(2026, 2, 27)),  # the next period starts on 28 February
        (date(2028, 1, 31), date(2028, 2, 28)),  # … on 29 February in a leap year
        (date(2026, 1, 28), date(2026, 2, 27)),
        (date(2026, 4, 11), date(2026, 5, 10)),
    ],
)
def test_a_recurring_period_ends_the_day_before_its_anniversary(start: date, end: date) -> None:
    assert period_end(start, 1, DurationUnit.MONTHS) == end


def test_zero_duration_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least 1 months"):
        validity_end(date(2026, 1, 1), 0, DurationUnit.MONTHS)


@given(st.dates(min_value=date(2000, 1, 1), max_value=date(2100, 1, 1)), st.integers(1, 36))
def test_consecutive_months_never_overlap_or_leave_gaps(start: date, months: int) -> None:
    first_end = validity_end(start, months, DurationUnit.MONTHS)
    assert first_end >= start
    assert validity_end(start, months + 1, DurationUnit.MONTHS) > first_end


def test_weekly_on_tuesday_and_thursday() -> None:
    times = weekly_occurrences(frozenset({1, 3}), time(18), date(2026, 12, 1), date(2026, 12, 10))
    assert times == [
        datetime(2026, 12, 1, 18),
        datetime(2026, 12, 3, 18),
        datetime(2026, 12, 8, 18),
        datetime(2026, 12, 10, 18),
    ]


def test_series_ending_before_it_starts_is_refused() -> None:
    with pytest.raises(ValidationError, match="ends \\(1 Nov 2026\\) before it starts"):
        weekly_occurrences(frozenset({1}), time(9), date(2026, 12, 1), date(2026, 11, 1))


def test_series_without_weekdays_is_refused() -> None:
    with pytest.raises(ValidationError, match="at least one weekday"):
        weekly_occurrences(frozenset(), time(9), date(2026, 12, 1), date(2027, 1, 1))
