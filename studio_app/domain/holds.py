"""Holds (freezes): a membership paused for a date range (SPEC §5).

No class may be booked inside a hold. Time-based memberships (and packages) are extended by the
held days that fall within their validity; restriction periods that a hold overlaps are prorated
(see ``restrictions.allowed_visits``). The plan's hold policy (minimum and maximum length, holds
per calendar year) keeps a member from paying one month and pausing the next two.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from studio_app.domain.bounds import MAX_HOLD_DAYS, MAX_HOLDS_PER_YEAR, check_date, check_int
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.restrictions import DateRange, range_text


@dataclass(frozen=True)
class HoldPolicy:
    """None: no limit."""

    min_days: int | None = None
    max_days: int | None = None
    per_year: int | None = None

    def describe(self) -> str:
        parts = []
        if self.min_days is not None:
            parts.append(f"at least {self.min_days} days")
        if self.max_days is not None:
            parts.append(f"at most {self.max_days} days")
        if self.per_year is not None:
            parts.append(f"{self.per_year} per year")
        return "Holds: " + (", ".join(parts) if parts else "no limits")


def validated_policy(policy: HoldPolicy) -> HoldPolicy:
    """A hold lasts 0 to 365 days and a plan allows 0 to 52 holds a year (as the editor
    offers); the minimum is at most the maximum."""
    for label, value, most in (
        ("minimum hold", policy.min_days, MAX_HOLD_DAYS),
        ("maximum hold", policy.max_days, MAX_HOLD_DAYS),
        ("holds per year", policy.per_year, MAX_HOLDS_PER_YEAR),
    ):
        if value is not None and value < 0:
            raise ValidationError(f"The {label} cannot be negative (got {value}).")
        if value is not None:
            check_int(value, f"The {label}", 0, most)
    if (
        policy.min_days is not None
        and policy.max_days is not None
        and policy.min_days > policy.max_days
    ):
        raise ValidationError(
            f"The minimum hold ({policy.min_days} days) is longer than the maximum "
            f"({policy.max_days} days)."
        )
    return policy


def length(span: DateRange) -> int:
    return (span[1] - span[0]).days + 1


def check_hold(
    span: DateRange,
    policy: HoldPolicy,
    *,
    validity: DateRange,
    earlier_holds: Sequence[DateRange],
    today: date,
    plan_name: str,
) -> None:
    """Refuse a hold that breaks a rule, naming the rule and the numbers; its days are
    business dates (2000-01-01 … 2100-12-31)."""
    start, end = span
    check_date(start, "The hold's first day")
    check_date(end, "The hold's last day")
    name = f"'{plan_name}'"
    if end < start:
        raise ValidationError(
            f"A hold cannot end ({day_text(end, long=True)}) before it starts "
            f"({day_text(start, long=True)})."
        )
    if start < today:
        raise ValidationError(
            f"A hold cannot start in the past ({day_text(start, long=True)} is before today)."
        )
    if not validity[0] <= start <= validity[1]:
        raise ValidationError(
            f"{name} is valid {range_text(validity)}; a hold must start within it."
        )
    days = length(span)
    if policy.min_days is not None and days < policy.min_days:
        raise ValidationError(
            f"Holds on {name} last at least {policy.min_days} days (this one: {days})."
        )
    if policy.max_days is not None and days > policy.max_days:
        raise ValidationError(
            f"Holds on {name} last at most {policy.max_days} days (this one: {days})."
        )
    for other in earlier_holds:
        if other[0] <= end and start <= other[1]:
            raise ValidationError(f"{name} is already on hold {range_text(other)}.")
    if policy.per_year is not None:
        same_year = sum(1 for other in earlier_holds if other[0].year == start.year)
        if same_year >= policy.per_year:
            raise ValidationError(
                f"{name} allows {policy.per_year} holds per year: {same_year} of "
                f"{policy.per_year} already used in {start.year}."
            )


def extension_days(span: DateRange, validity: DateRange) -> int:
    """Days a hold adds to a time-based membership: the held days within its validity."""
    start, end = max(span[0], validity[0]), min(span[1], validity[1])
    return max(0, (end - start).days + 1)


def extended(ends_on: date, days: int) -> date:
    return ends_on + timedelta(days=days)


def check_max_end(plan_name: str, ends_on: date, days: int, max_end: date | None) -> None:
    """Refuse a hold that would extend a membership past its maximum membership end date (a
    plan setting, SPEC §6: no extension runs past it), naming its end, the end the hold would
    give it, the maximum end date and how many held days still fit."""
    if max_end is None or days <= 0 or extended(ends_on, days) <= max_end:
        return
    room = max(0, (max_end - ends_on).days)
    fits = f"at most {room} held day{'s' if room != 1 else ''} fit" if room else "none fit"
    raise ValidationError(
        f"A hold cannot extend '{plan_name}' past its maximum membership end date "
        f"{day_text(max_end, long=True)}: {days} held days would move its end from "
        f"{day_text(ends_on, long=True)} to {day_text(extended(ends_on, days), long=True)}; "
        f"{fits}.",
        rule="max-end-date",
    )


def hold_on(day: date, holds: Sequence[DateRange]) -> DateRange | None:
    """The hold that covers ``day``, if any."""
    return next((h for h in holds if h[0] <= day <= h[1]), None)
