"""Attendance restrictions (SPEC §5, seed 002): at most N visits per day, week, month, 4 weeks or
year, resetting on the calendar cycle or on the payment cycle.

Calendar cycle: a week starts on Sunday, a month on the 1st, a year on 1 January, and 4-week
windows of 28 days are counted from the Sunday on or before the membership's start. Payment cycle:
periods start on the membership's start date (start 7 June → the 7th of each month; a 31st start
clamps to a shorter month's last day). A visit counts in the period holding the session's date,
so visits of an upcoming period never pay for an earlier one. A prorated first period keeps the
full number of visits; a hold that overlaps a period prorates it:
``round_half_up(N × active_days / period_days)``.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from studio_app.domain.bounds import check_count, check_text
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import range_text as days_text

DateRange = tuple[date, date]


class Period(enum.StrEnum):
    DAY = "day"
    WEEK = "week"
    MONTH = "month"
    FOUR_WEEKS = "4 weeks"
    YEAR = "year"


class Cycle(enum.StrEnum):
    """When a restriction resets: at the start of each calendar period or of each period counted
    from the membership's start date."""

    CALENDAR = "calendar"
    PAYMENT = "payment"

    @property
    def label(self) -> str:
        return {"calendar": "calendar cycle", "payment": "payment cycle"}[self.value]


@dataclass(frozen=True)
class Restriction:
    """At most ``max_visits`` visits per ``period``; ``category`` None counts every visit the
    membership pays for, else only visits of that credit category."""

    max_visits: int
    period: Period
    cycle: Cycle = Cycle.CALENDAR
    category: str | None = None

    def describe(self) -> str:
        visits = "visit" if self.max_visits == 1 else "visits"
        what = f"{self.category} {visits}" if self.category else visits
        return f"At most {self.max_visits} {what} per {self.period.value} ({self.cycle.label})"

    def applies_to(self, category: str) -> bool:
        return self.category is None or self.category == category


def validated(r: Restriction) -> Restriction:
    """Refuse a restriction that could never be met (or allows more than 10,000 visits),
    naming the number."""
    if r.max_visits < 1:
        raise ValidationError(
            f"A restriction allows at least 1 visit per {r.period.value} (got {r.max_visits})."
        )
    check_count(r.max_visits, f"Visits per {r.period.value}", low=1)
    category = check_text((r.category or "").strip(), "The restriction's category") or None
    return Restriction(r.max_visits, r.period, r.cycle, category)


def sunday_on_or_before(day: date) -> date:
    return day - timedelta(days=(day.weekday() + 1) % 7)


def _months_from(anchor: date, day: date, step: int) -> DateRange:
    """The window of ``step`` months counted from ``anchor`` that holds ``day``; every start is
    computed from the anchor, so a 31 January start gives 28/29 February, then 31 March."""
    k = ((day.year - anchor.year) * 12 + day.month - anchor.month) // step
    start = anchor + relativedelta(months=k * step)
    if start > day:
        k -= 1
        start = anchor + relativedelta(months=k * step)
    end = anchor + relativedelta(months=(k + 1) * step) - timedelta(days=1)
    return start, end


def _days_from(origin: date, day: date, length: int) -> DateRange:
    start = origin + timedelta(days=((day - origin).days // length) * length)
    return start, start + timedelta(days=length - 1)


def window(period: Period, cycle: Cycle, anchor: date, day: date) -> DateRange:
    """First and last day of the restriction period that holds ``day``; ``anchor`` is the
    membership's start date."""
    if period is Period.DAY:
        return day, day
    if cycle is Cycle.PAYMENT:
        if period is Period.WEEK:
            return _days_from(anchor, day, 7)
        if period is Period.FOUR_WEEKS:
            return _days_from(anchor, day, 28)
        return _months_from(anchor, day, 1 if period is Period.MONTH else 12)
    if period is Period.WEEK:
        start = sunday_on_or_before(day)
        return start, start + timedelta(days=6)
    if period is Period.FOUR_WEEKS:
        return _days_from(sunday_on_or_before(anchor), day, 28)
    if period is Period.MONTH:
        start = day.replace(day=1)
        return start, start + relativedelta(months=1) - timedelta(days=1)
    return date(day.year, 1, 1), date(day.year, 12, 31)


def payment_period(anchor: date, day: date, count: int, unit: DurationUnit) -> DateRange:
    """The payment period (one plan duration, counted from the membership's start) holding
    ``day``; before the start, the first period."""
    day = max(day, anchor)
    if unit is DurationUnit.MONTHS:
        return _months_from(anchor, day, count)
    return _days_from(anchor, day, count * (7 if unit is DurationUnit.WEEKS else 1))


def current_paid_period(
    *,
    starts_on: date,
    ends_on: date,
    count: int,
    unit: DurationUnit,
    today: date,
    extensions: Iterable[tuple[date, int]] = (),
) -> DateRange:
    """The period already paid for on ``today``: the payment period holding today, lengthened by
    the days that holds starting in it added, and never past the membership's end. Business
    policy "Clients can only book sessions within their current paid period" keeps bookings in
    it (SPEC §5)."""
    start, end = payment_period(starts_on, today, count, unit)
    end += timedelta(days=sum(days for on, days in extensions if start <= on <= end))
    return start, min(end, ends_on)


def days_covered(span: DateRange, holds: Iterable[DateRange]) -> int:
    """How many days of ``span`` fall inside at least one hold."""
    start, end = span
    covered: set[date] = set()
    for hold_start, hold_end in holds:
        day, last = max(start, hold_start), min(end, hold_end)
        while day <= last:
            covered.add(day)
            day += timedelta(days=1)
    return len(covered)


def round_half_up(numerator: int, denominator: int) -> int:
    """numerator / denominator rounded to the nearest integer, halves up (2.5 → 3)."""
    return (2 * numerator + denominator) // (2 * denominator)


def allowed_visits(max_visits: int, span: DateRange, holds: Iterable[DateRange]) -> int:
    """Visits allowed in a period: N, prorated by the days not on hold (SPEC E8: 5 a month,
    15 days of a 30-day month on hold → 3)."""
    period_days = (span[1] - span[0]).days + 1
    held = days_covered(span, holds)
    if not held:
        return max_visits
    return round_half_up(max_visits * (period_days - held), period_days)


def range_text(span: DateRange) -> str:
    """A period as refusals print it, months written out: "21–27 June 2026",
    "28 June – 4 July 2026" (in the studio's date format)."""
    return days_text(span[0], span[1], long=True)


@dataclass(frozen=True)
class Visit:
    """A visit a membership has paid for (charged sign-ups and late cancels), by session day."""

    day: date
    category: str


_WHERE = {
    Period.DAY: "on",
    Period.WEEK: "in week",
    Period.MONTH: "in month",
    Period.FOUR_WEEKS: "in the 4 weeks",
    Period.YEAR: "in year",
}


@dataclass(frozen=True)
class PeriodUse:
    """How a restriction stands in the period holding one day."""

    restriction: Restriction
    span: DateRange
    used: int
    allowed: int

    @property
    def full(self) -> bool:
        return self.used >= self.allowed

    def text(self) -> str:
        visits = f"{self.restriction.category} visits" if self.restriction.category else "visits"
        where = _WHERE[self.restriction.period]
        prorated = (
            f" (prorated from {self.restriction.max_visits} for a hold)"
            if self.allowed != self.restriction.max_visits
            else ""
        )
        return (
            f"{self.used} of {self.allowed} {visits} used {where} {range_text(self.span)}{prorated}"
        )


def period_use(
    r: Restriction, anchor: date, day: date, visits: Iterable[Visit], holds: Sequence[DateRange]
) -> PeriodUse:
    span = window(r.period, r.cycle, anchor, day)
    used = sum(1 for v in visits if span[0] <= v.day <= span[1] and r.applies_to(v.category))
    return PeriodUse(r, span, used, allowed_visits(r.max_visits, span, holds))


def first_full_period(
    restrictions: Iterable[Restriction],
    *,
    anchor: date,
    day: date,
    category: str,
    visits: Sequence[Visit],
    holds: Sequence[DateRange] = (),
) -> PeriodUse | None:
    """The first restriction whose period holding ``day`` has no visit left, or None: all
    restrictions must hold for one more visit of ``category`` on ``day``."""
    for r in restrictions:
        if not r.applies_to(category):
            continue
        use = period_use(r, anchor, day, visits, holds)
        if use.full:
            return use
    return None
