"""Days and ranges of days, in the studio's date format, with English names built here."""

from __future__ import annotations

import enum
from datetime import date

#: The English month names, January first (the formats never follow the machine's locale).
MONTH_NAMES = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
#: The English weekday names, Monday first (``date.weekday()`` numbers them from 0).
_WEEKDAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: The day every format's example is written with (a Tuesday).
EXAMPLE_DAY = date(2026, 12, 1)


class DateStyle(enum.StrEnum):
    """The studio's date format, as stored in its settings."""

    DAY_FIRST = "day-first"
    MONTH_FIRST = "month-first"

    @property
    def label(self) -> str:
        """How a list of formats offers it: "Tue 1 Dec 2026 (day first)"."""
        order = "day first" if self is DateStyle.DAY_FIRST else "month first"
        return f"{weekday_text(EXAMPLE_DAY, style=self)} ({order})"


_style = DateStyle.DAY_FIRST


def date_style() -> DateStyle:
    """The date format in use."""
    return _style


def use_date_style(style: DateStyle) -> None:
    """Write every date from now on in ``style`` (the studio's setting)."""
    global _style
    _style = DateStyle(style)


def month_name(month: int, *, long: bool = False) -> str:
    """ "Dec", or "December" when ``long``."""
    name = MONTH_NAMES[month - 1]
    return name if long else name[:3]


def weekday_name(day: date | int, *, long: bool = False) -> str:
    """ "Tue", or "Tuesday" when ``long``; of a day, or of a weekday number (0 = Monday)."""
    name = _WEEKDAYS[day if isinstance(day, int) else day.weekday()]
    return name if long else name[:3]


def _day_month(day: date, long: bool, style: DateStyle) -> str:
    month = month_name(day.month, long=long)
    return f"{month} {day.day}" if style is DateStyle.MONTH_FIRST else f"{day.day} {month}"


def _with_year(day_month: str, year: int, style: DateStyle) -> str:
    """The year in four digits, so that a year like 79 never reads as 1979."""
    if style is DateStyle.MONTH_FIRST:
        return f"{day_month}, {year:04d}"
    return f"{day_month} {year:04d}"


def day_text(
    day: date, *, long: bool = False, year: bool = True, style: DateStyle | None = None
) -> str:
    """ "1 Dec 2026" ("1 December 2026" when ``long``, "1 Dec" without the year); month first
    "Dec 1, 2026"."""
    style = style or _style
    text = _day_month(day, long, style)
    return _with_year(text, day.year, style) if year else text


def weekday_text(
    day: date, *, long: bool = False, year: bool = True, style: DateStyle | None = None
) -> str:
    """ "Tue 1 Dec 2026" ("Tuesday 1 December 2026" when ``long``, "Tue 1 Dec" without the
    year); month first "Tue, Dec 1, 2026"."""
    style = style or _style
    text = _day_month(day, long, style)
    if year:
        text = _with_year(text, day.year, style)
    separator = ", " if style is DateStyle.MONTH_FIRST else " "
    return f"{weekday_name(day, long=long)}{separator}{text}"


def weekday_day_text(day: date) -> str:
    """ "Tue 1": the weekday and the day of the month alone, where even "Tue 1 Dec" is too
    wide (the same in both date formats)."""
    return f"{weekday_name(day)} {day.day}"


def range_text(
    first: date, last: date, *, long: bool = False, style: DateStyle | None = None
) -> str:
    """A range of days, both included, each part written once: "6–12 Dec 2026",
    "30 Nov – 6 Dec 2026", "20 Dec 2026 – 19 Jan 2027"; month first "Dec 6–12, 2026",
    "Nov 30 – Dec 6, 2026", "Dec 20, 2026 – Jan 19, 2027". One day is that day. The dash has
    spaces around it when either side has."""
    style = style or _style
    if first == last:
        return day_text(first, long=long, style=style)
    if first.year != last.year:
        return (
            f"{day_text(first, long=long, style=style)} – {day_text(last, long=long, style=style)}"
        )
    if first.month != last.month:
        start, end = _day_month(first, long, style), _day_month(last, long, style)
        return _with_year(f"{start} – {end}", last.year, style)
    month = month_name(last.month, long=long)
    if style is DateStyle.MONTH_FIRST:
        return _with_year(f"{month} {first.day}–{last.day}", last.year, style)
    return _with_year(f"{first.day}–{last.day} {month}", last.year, style)
