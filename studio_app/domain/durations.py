"""Membership validity: calendar-correct durations (one month from 31 January runs to the end
of February).

Two rules (SPEC §6): a one-off validity (a pass, a plan sold once, a renewal that is not
continuous) ends on the day before the same day ``count`` units later, or on the last month's
last day when that month has no such day; a recurring period (a continuous membership's
payment cycle, its installments) keeps its anniversary, so it ends the day before it."""

from __future__ import annotations

import enum
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from studio_app.domain.errors import ValidationError


class DurationUnit(enum.StrEnum):
    DAYS = "days"
    WEEKS = "weeks"
    MONTHS = "months"


def _delta(count: int, unit: DurationUnit) -> relativedelta:
    if count <= 0:
        raise ValidationError(f"Duration must be at least 1 {unit.value} (got {count}).")
    if unit is DurationUnit.DAYS:
        return relativedelta(days=count)
    if unit is DurationUnit.WEEKS:
        return relativedelta(weeks=count)
    return relativedelta(months=count)


def validity_end(start: date, count: int, unit: DurationUnit) -> date:
    """Last valid day of a one-off validity: start + duration − 1 day (SPEC §6).

    A 1-month validity from 11 April ends on 10 May; from 28 January on 27 February. When the
    start's day does not exist in the last month, it ends on that month's last day: from 29,
    30 or 31 January on 28 February (from 30 or 31 January on 29 February in a leap year),
    from 31 March on 30 April.
    """
    anniversary = start + _delta(count, unit)
    if unit is DurationUnit.MONTHS and anniversary.day != start.day:
        return anniversary  # cut short to the month's last day: the start's day is missing
    return anniversary - timedelta(days=1)


def period_end(start: date, count: int, unit: DurationUnit) -> date:
    """Last day of a recurring period (a payment cycle, an installment): the day before the
    next anniversary, which the cycle keeps (SPEC §6). From 31 January the next period starts
    on 28 February (29 in a leap year), so this one ends on 27 (28) February; the period after
    starts on 31 March again (see installments.renewal_span)."""
    return start + _delta(count, unit) - timedelta(days=1)
