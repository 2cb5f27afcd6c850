"""The quick picks of a report's date range (Reports page and `studio-app report --range`):
today, this/last/next week (Monday to Sunday), this/last/next month, this/last year, the last
30 days. Every range includes both of its days."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta


class QuickRange(enum.StrEnum):
    TODAY = "today"
    THIS_WEEK = "this-week"
    LAST_WEEK = "last-week"
    NEXT_WEEK = "next-week"
    THIS_MONTH = "this-month"
    LAST_MONTH = "last-month"
    NEXT_MONTH = "next-month"
    LAST_30_DAYS = "last-30-days"
    THIS_YEAR = "this-year"
    LAST_YEAR = "last-year"

    @property
    def label(self) -> str:
        """ "This week", "Last 30 days"."""
        return self.value.replace("-", " ").capitalize()


def quick_range(pick: QuickRange, today: date) -> tuple[date, date]:
    """The first and last day of ``pick`` seen from ``today``."""
    monday = today - timedelta(days=today.weekday())
    first_of_month = today.replace(day=1)
    match pick:
        case QuickRange.TODAY:
            return today, today
        case QuickRange.THIS_WEEK | QuickRange.LAST_WEEK | QuickRange.NEXT_WEEK:
            shift = {QuickRange.THIS_WEEK: 0, QuickRange.LAST_WEEK: -7, QuickRange.NEXT_WEEK: 7}
            start = monday + timedelta(days=shift[pick])
            return start, start + timedelta(days=6)
        case QuickRange.THIS_MONTH | QuickRange.LAST_MONTH | QuickRange.NEXT_MONTH:
            months = {QuickRange.THIS_MONTH: 0, QuickRange.LAST_MONTH: -1, QuickRange.NEXT_MONTH: 1}
            start = first_of_month + relativedelta(months=months[pick])
            return start, start + relativedelta(months=1) - timedelta(days=1)
        case QuickRange.LAST_30_DAYS:
            return today - timedelta(days=29), today
        case QuickRange.THIS_YEAR:
            return date(today.year, 1, 1), date(today.year, 12, 31)
        case QuickRange.LAST_YEAR:
            return date(today.year - 1, 1, 1), date(today.year - 1, 12, 31)
    raise ValueError(pick)  # unreachable: every member of QuickRange is matched above
