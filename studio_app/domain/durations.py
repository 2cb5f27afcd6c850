"""Membership validity: calendar-correct durations (one month from 31 January runs to the end
of February)."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from studio_app.domain.errors import ValidationError


class DurationUnit(enum.StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


def validity_end(start: date, count: int, unit: DurationUnit) -> date:
    """Last valid day of a membership: start + duration − 1 day (SPEC §6).

    A 1-month membership from 11 April ends on 10 May; from 31 January it ends on 27/28 February
    (one day before 28/29 February, the calendar-correct "one month later").
    """
    if count <= 0:
        raise ValidationError(f"Duration must be at least 1 {unit.value} (got {count}).")
    if unit is DurationUnit.DAYS:
        delta = relativedelta(days=count)
    elif unit is DurationUnit.WEEKS:
        delta = relativedelta(weeks=count)
    else:
        delta = relativedelta(months=count)
    return start + delta - timedelta(days=1)


def describe_duration(count: int, unit: DurationUnit) -> str:
    word = unit.value if count != 1 else unit.value.rstrip("s")
    return f"{count} {word}"


def day_text(day: date) -> str:
    """A day as refusals and reports print it: "1 Dec 2026" (built by hand, because "%-d"
    is not portable to Windows)."""
    return f"{day.day} {day:%b %Y}"
