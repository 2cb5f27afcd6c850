"""Credit settings of a plan (SPEC §4, seed 004): how many credits, how often, how long they last.

A grant issues ``credits`` on the membership's start date and again every ``every_days`` days
while the membership lasts (``every_days`` None: only once, at the start). Each batch expires
``expire_days`` days after it is issued: issued on 1 March with 30 days to expire, it is usable
through 30 March and expired on 31 March (``expire_days`` None: it lasts as long as the
membership). ``initial_credits`` are issued once, immediately when the membership is sold, and
may pay for classes even before a future start date.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, timedelta

from studio_app.domain.bounds import MAX_PERIOD_DAYS, check_count, check_int, check_text
from studio_app.domain.errors import ValidationError

PERSONAL_TRAINING = "Personal training"


@dataclass(frozen=True)
class CreditGrantTerms:
    category: str
    credits: int
    every_days: int | None = None
    expire_days: int | None = None
    initial_credits: int = 0


def validated(terms: CreditGrantTerms) -> CreditGrantTerms:
    """Refuse impossible credit settings, naming the field and the number: at most 10,000
    credits (and initial credits), a period and an expiry of at most 3,653 days (10 years)."""
    category = check_text(terms.category.strip(), "The credit category")
    if not category:
        raise ValidationError("Each credit grant needs a credit category (e.g. Group class).")
    if terms.credits < 0 or terms.initial_credits < 0:
        raise ValidationError(
            f"Credits cannot be negative (got {terms.credits} to grant, "
            f"{terms.initial_credits} initial)."
        )
    if terms.credits == 0 and terms.initial_credits == 0:
        raise ValidationError(f"The {category} grant issues no credits: set credits to grant.")
    if terms.every_days is not None and terms.every_days < 1:
        raise ValidationError(f"New credits come every 1 day or more (got {terms.every_days}).")
    if terms.expire_days is not None and terms.expire_days < 1:
        raise ValidationError(f"Credits must last at least 1 day (got {terms.expire_days}).")
    check_count(terms.credits, "Credits to grant")
    check_count(terms.initial_credits, "Initial credits")
    if terms.every_days is not None:
        check_int(terms.every_days, "Days between new credits", 1, MAX_PERIOD_DAYS)
    if terms.expire_days is not None:
        check_int(terms.expire_days, "Days to expire", 1, MAX_PERIOD_DAYS)
    return CreditGrantTerms(
        category, terms.credits, terms.every_days, terms.expire_days, terms.initial_credits
    )


def issue_dates(terms: CreditGrantTerms, starts_on: date, ends_on: date) -> Iterator[date]:
    """Days on which a batch of ``credits`` is issued: the start, then every N days to the end."""
    if terms.credits <= 0:
        return
    day = starts_on
    while day <= ends_on:
        yield day
        if terms.every_days is None:
            return
        day += timedelta(days=terms.every_days)


def due_issue_dates(
    terms: CreditGrantTerms, starts_on: date, ends_on: date, today: date
) -> list[date]:
    """Issue days that have come by ``today`` (catch-up issues each of them once)."""
    return [d for d in issue_dates(terms, starts_on, ends_on) if d <= today]


def batch_expiry(terms: CreditGrantTerms, issued_on: date, membership_ends_on: date) -> date:
    """Last usable day of a batch issued on ``issued_on``."""
    if terms.expire_days is None:
        return max(membership_ends_on, issued_on)
    return issued_on + timedelta(days=terms.expire_days - 1)


def _credits(n: int, category: str) -> str:
    return f"{n} {category} credit{'s' if n != 1 else ''}"


def describe(terms: CreditGrantTerms) -> str:
    """The summary staff read before saving, e.g. "4 Group class credits on the start date and
    every 28 days after; each batch expires 30 days after issue. 2 initial credits at once."."""
    parts = []
    if terms.credits:
        when = (
            f"on the start date and every {terms.every_days} days after"
            if terms.every_days
            else "once, on the start date"
        )
        lasts = (
            f"each batch expires {terms.expire_days} days after issue"
            if terms.expire_days
            else "they last until the membership ends"
        )
        parts.append(f"{_credits(terms.credits, terms.category)} {when}; {lasts}.")
    if terms.initial_credits:
        lasts = (
            f", expiring {terms.expire_days} days later"
            if terms.expire_days
            else ", lasting until the membership ends"
        )
        parts.append(
            f"{_credits(terms.initial_credits, terms.category)} issued at once when sold, "
            f"usable even before the start date{lasts}."
        )
    return " ".join(parts)
