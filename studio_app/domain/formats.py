"""How a day, a range of days, a time, a moment and a duration read wherever people read them:
table cells, dialogs, refusals, the user logs and printed reports. Files for machines (CSV and
workbook cells, file names, command-line arguments) keep ISO dates and never come here.

The words are English and built here, never by ``strftime``: the GUI sets the process's locale
from the desktop, so ``%b`` would print "gru" on a Polish desktop and the studio's papers would
change with the machine. The order of day, month and year is the studio's date format
(Settings → Studio, asked at the first start): day first, "Tue 1 Dec 2026", or month first,
"Tue, Dec 1, 2026". It is one setting for the whole app, so it is held here for the process:
the services set it when they open the studio's data file and when the owner changes it.
Times use the 24-hour clock in both formats ("18:00").
"""

from __future__ import annotations

import enum
from datetime import UTC, date, datetime, time, timedelta

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


def weekday_name(day: date, *, long: bool = False) -> str:
    """ "Tue", or "Tuesday" when ``long``."""
    name = _WEEKDAYS[day.weekday()]
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


def time_text(moment: time | datetime) -> str:
    """ "18:00" (24-hour clock)."""
    return f"{moment.hour:02d}:{moment.minute:02d}"


def moment_text(moment: datetime, *, weekday: bool = False, style: DateStyle | None = None) -> str:
    """A day and its time: "1 Dec 2026 18:00" ("Tue 1 Dec 2026 18:00" with ``weekday``);
    month first "Dec 1, 2026 18:00"."""
    day = moment.date()
    when = weekday_text(day, style=style) if weekday else day_text(day, style=style)
    return f"{when} {time_text(moment)}"


def stored_moment_text(utc: datetime, *, weekday: bool = False) -> str:
    """A moment stored as naive UTC (a user-log line, a payment) in the machine's local time."""
    local = utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return moment_text(local, weekday=weekday)


def duration_text(length: timedelta) -> str:
    """A length of time in whole minutes, rounded down: "54 min", "1 h 30 min", "9 h"; under a
    minute "less than 1 min"."""
    minutes = int(length.total_seconds() // 60)
    if minutes < 1:
        return "less than 1 min"
    hours, minutes = divmod(minutes, 60)
    if not hours:
        return f"{minutes} min"
    return f"{hours} h {minutes} min" if minutes else f"{hours} h"
