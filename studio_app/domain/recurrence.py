"""Weekly recurrence of class series (dateutil.rrule)."""

from __future__ import annotations

from datetime import date, datetime, time

from dateutil.rrule import WEEKLY, rrule, weekday

from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text

WEEKDAY_NAMES = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")


def weekly_occurrences(
    weekdays: frozenset[int], at: time, starts_on: date, until: date
) -> list[datetime]:
    """Start times of a class held on ``weekdays`` (0 = Monday … 6 = Sunday) at ``at``,
    from/until inclusive. Another weekday number is refused (it would match no day, after
    seconds of searching)."""
    if not weekdays:
        raise ValidationError("Choose at least one weekday for the class.")
    wrong = sorted(d for d in weekdays if not 0 <= d <= 6)
    if wrong:
        raise ValidationError(
            f"Weekdays are 0 (Monday) to 6 (Sunday); {wrong[0]} is not a weekday."
        )
    if until < starts_on:
        raise ValidationError(
            f"The series ends ({day_text(until)}) before it starts ({day_text(starts_on)})."
        )
    rule = rrule(
        WEEKLY,
        byweekday=[weekday(d) for d in sorted(weekdays)],
        dtstart=datetime.combine(starts_on, at),
        until=datetime.combine(until, at),
    )
    return list(rule)


def encode_weekdays(weekdays: frozenset[int]) -> str:
    return ",".join(str(d) for d in sorted(weekdays))


def decode_weekdays(text: str) -> frozenset[int]:
    return frozenset(int(part) for part in text.split(",") if part)
