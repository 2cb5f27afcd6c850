"""The quick picks of a report's date range, seen from Tuesday 1 December 2026 and from the
last day of a leap February."""

from datetime import date

from studio_app.domain.date_ranges import QuickRange, quick_range


def test_quick_picks_from_a_tuesday_at_the_start_of_december() -> None:
    today = date(2026, 12, 1)
    assert quick_range(QuickRange.TODAY, today) == (today, today)
    assert quick_range(QuickRange.THIS_WEEK, today) == (date(2026, 11, 30), date(2026, 12, 6))
    assert quick_range(QuickRange.LAST_WEEK, today) == (date(2026, 11, 23), date(2026, 11, 29))
    assert quick_range(QuickRange.NEXT_WEEK, today) == (date(2026, 12, 7), date(2026, 12, 13))
    assert quick_range(QuickRange.THIS_MONTH, today) == (date(2026, 12, 1), date(2026, 12, 31))
    assert quick_range(QuickRange.LAST_MONTH, today) == (date(2026, 11, 1), date(2026, 11, 30))
    assert quick_range(QuickRange.NEXT_MONTH, today) == (date(2027, 1, 1), date(2027, 1, 31))
    assert quick_range(QuickRange.LAST_30_DAYS, today) == (date(2026, 11, 2), today)
    assert quick_range(QuickRange.THIS_YEAR, today) == (date(2026, 1, 1), date(2026, 12, 31))
    assert quick_range(QuickRange.LAST_YEAR, today) == (date(2025, 1, 1), date(2025, 12, 31))


def test_months_end_on_their_last_day_across_a_leap_february() -> None:
    today = date(2028, 3, 31)
    assert quick_range(QuickRange.LAST_MONTH, today) == (date(2028, 2, 1), date(2028, 2, 29))
    assert quick_range(QuickRange.THIS_WEEK, today) == (date(2028, 3, 27), date(2028, 4, 2))
    assert QuickRange.LAST_30_DAYS.label == "Last 30 days"
