"""Dates as other systems write them: 04.03.2026, 3/4/2026, 2026-03-04, 04-03-26.

Day, month and year are separated by ".", "/", "-" or spaces; a time after the date
("2026-03-04 00:00:00", "3/4/2026 0:00", "2026-03-04T00:00") is ignored. A date whose first
number has four digits is year-month-day whatever the column's order (ISO 8601). A two-digit
year is this century up to next year ("27" in 2026 is 2027) and the last century after it
("85" is 1985): the years members are born in and passes end in.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Iterable
from datetime import date
from typing import NamedTuple

from studio_app.domain.formats import MONTH_NAMES
from studio_app.exchange.fields import DateOrder

_DATE = re.compile(
    r"(\d{1,4})[./\-\s]+(\d{1,2})[./\-\s]+(\d{1,4})"
    r"(?:[\sT]+\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?\s*(?:[AaPp][Mm]|Z|[+-]\d{2}:?\d{2})?)?",
    re.ASCII,
)
_DAYS_IN_MONTH = (0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31)
#: When two orders read every value, the one the preview uses until the user picks.
_PREFERRED = (DateOrder.DMY, DateOrder.MDY, DateOrder.YMD)


class _Parts(NamedTuple):
    first: str
    second: str
    third: str

    @property
    def year_first(self) -> bool:
        return len(self.first) == 4


def parse_date(text: str, order: DateOrder) -> date | None:
    """The date in ``text`` read in ``order`` (None for an empty cell). Raises ValueError saying
    why for text that is not a date or a date that does not exist ("31.02.2024")."""
    text = text.strip()
    if not text:
        return None
    return _build(_split(text), order, text)


def detect_order(values: Iterable[str]) -> tuple[DateOrder | None, bool]:
    """The order the dates in ``values`` are written in, and whether that is ambiguous.

    The order is the one that reads every value: YMD when every value starts with a
    four-digit year; DMY or MDY when only that one reads them all. When both do (no day above
    12 anywhere) it is (None, True): the user has to say. Values no order can read (not a
    date, or a day that exists in no order) are left out: they are wrong in every order. When
    no order reads them all, or there is nothing to read, it is (None, False)."""
    fits, total, year_first = _fits(values)
    if not total:
        return None, False
    if year_first:
        return DateOrder.YMD, False
    day_first, month_first = fits[DateOrder.DMY] == total, fits[DateOrder.MDY] == total
    if day_first and month_first:
        return None, True
    if day_first or month_first:
        return (DateOrder.DMY if day_first else DateOrder.MDY), False
    return (DateOrder.YMD, False) if fits[DateOrder.YMD] == total else (None, False)


def best_order(values: Iterable[str]) -> DateOrder:
    """The order that reads the most of ``values``; day-month-year when it is a tie."""
    fits, _, _ = _fits(values)
    return max(_PREFERRED, key=fits.__getitem__)


def _fits(values: Iterable[str]) -> tuple[dict[DateOrder, int], int, bool]:
    """How many distinct readable values each order reads, how many values some order reads,
    and whether all of those start with a four-digit year."""
    fits = dict.fromkeys(DateOrder, 0)
    total, year_first = 0, True
    for text in {value.strip() for value in values} - {""}:
        try:
            parts = _split(text)
        except ValueError:
            continue
        readers = [order for order in DateOrder if _reads(parts, order, text)]
        if readers:
            total += 1
            year_first = year_first and parts.year_first
            for order in readers:
                fits[order] += 1
    return fits, total, year_first


def _reads(parts: _Parts, order: DateOrder, text: str) -> bool:
    try:
        _build(parts, order, text)
    except ValueError:
        return False
    return True


def _split(text: str) -> _Parts:
    match = _DATE.fullmatch(text)
    if match is None:
        raise ValueError(f"'{text}' is not a date")
    return _Parts(*match.groups())


def _build(parts: _Parts, order: DateOrder, text: str) -> date:
    first, second, third = parts
    if parts.year_first:
        order = DateOrder.YMD
    if order is DateOrder.YMD:
        year, month, day = first, second, third
    elif order is DateOrder.DMY:
        day, month, year = first, second, third
    else:
        month, day, year = first, second, third
    if len(year) not in (2, 4) or len(month) > 2 or len(day) > 2:
        raise ValueError(f"'{text}' is not a date")
    return _checked(_full_year(year), int(month), int(day), text)


def _full_year(digits: str) -> int:
    year = int(digits)
    if len(digits) == 4:
        return year
    return year + (2000 if year <= (date.today().year + 1) % 100 else 1900)


def _checked(year: int, month: int, day: int, text: str) -> date:
    if year < 1:
        raise ValueError(f"'{text}' is not a date: there is no year {year}")
    if not 1 <= month <= 12:
        raise ValueError(f"'{text}' is not a date: there is no month {month}")
    if day < 1:
        raise ValueError(f"'{text}' is not a date: there is no day {day}")
    days = 29 if month == 2 and calendar.isleap(year) else _DAYS_IN_MONTH[month]
    if day > days:
        raise ValueError(f"'{text}' is not a date: {MONTH_NAMES[month - 1]} {year} has {days} days")
    return date(year, month, day)
