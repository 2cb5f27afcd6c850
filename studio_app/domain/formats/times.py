"""Times of day on the 24-hour clock, alone, as a span or after their day."""

from __future__ import annotations

from datetime import UTC, datetime, time

from studio_app.domain.formats.dates import DateStyle, day_text, weekday_text


def time_text(moment: time | datetime, *, seconds: bool = False) -> str:
    """ "18:00" (24-hour clock), "18:00:05" with ``seconds``."""
    text = f"{moment.hour:02d}:{moment.minute:02d}"
    return f"{text}:{moment.second:02d}" if seconds else text


def time_range_text(start: time | datetime, end: time | datetime) -> str:
    """From a time to a time, with a dash and no spaces: "18:00–19:15"."""
    return f"{time_text(start)}–{time_text(end)}"


def moment_text(
    moment: datetime,
    *,
    weekday: bool = False,
    year: bool = True,
    style: DateStyle | None = None,
) -> str:
    """A day and its time: "1 Dec 2026 18:00" ("Tue 1 Dec 2026 18:00" with ``weekday``,
    "Tue 1 Dec 18:00" without the ``year``); month first "Dec 1, 2026 18:00"."""
    day = moment.date()
    when = (weekday_text if weekday else day_text)(day, year=year, style=style)
    return f"{when} {time_text(moment)}"


def moment_range_text(start: datetime, end: datetime) -> str:
    """A class or an appointment, its day with the weekday and its times:
    "Tue 8 Dec 2026 18:00–19:15"; month first "Tue, Dec 8, 2026 18:00–19:15"."""
    return f"{moment_text(start, weekday=True)}–{time_text(end)}"


def stored_moment_text(utc: datetime, *, weekday: bool = False) -> str:
    """A moment stored as naive UTC (a user-log line, a payment) in the machine's local time."""
    local = utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
    return moment_text(local, weekday=weekday)
