"""Installments: each billing period of a membership, numbered ``k/N`` (SPEC §6, seed 003).

A membership's periods follow one another. The first starts on the sale's start date (with
"from the 1st" it ends on the last day of that month and may be prorated); each renewal starts
the day after the previous end when the membership is continuous, or on the day of purchase when
it is not. The maximum membership end date caps every period. Numbering counts up to the
contract's N; with auto renewal N/N is followed by 1/N. A cancellation ("pay K more
installments") fixes the last installment at ``k + K``.
"""

from __future__ import annotations

import calendar
import enum
from dataclasses import dataclass
from datetime import date, timedelta

from dateutil.relativedelta import relativedelta

from studio_app.domain.bounds import check_int
from studio_app.domain.contracts import MAX_INSTALLMENTS, ContractTerms
from studio_app.domain.durations import DurationUnit, period_end, validity_end
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import cents_text, day_text
from studio_app.domain.restrictions import round_half_up


@dataclass(frozen=True)
class Span:
    """The days one installment pays for, first and last included."""

    starts_on: date
    ends_on: date


def month_end(day: date) -> date:
    return day.replace(day=calendar.monthrange(day.year, day.month)[1])


def _capped(start: date, end: date, max_end: date | None) -> Span:
    """The period, ending on the maximum membership end date at the latest (E13)."""
    if max_end is not None and start > max_end:
        raise ValidationError(
            f"The maximum membership end date is {day_text(max_end)}: no period can start "
            f"on {day_text(start)}.",
            rule="max-end-date",
        )
    return Span(start, min(end, max_end) if max_end else end)


def first_span(starts_on: date, count: int, unit: DurationUnit, terms: ContractTerms) -> Span:
    """The first period: from the start date for one duration, or to the month's last day
    with "from the 1st" (E11: registered 20 October → 20–31 October). A continuous membership's
    period keeps the cycle's anniversary (from 31 January to 27 February, the next from 28
    February); any other is a one-off validity (from 31 January to 28 February)."""
    if terms.from_first:
        end = month_end(starts_on)
    else:
        end = (period_end if terms.continuous else validity_end)(starts_on, count, unit)
    return _capped(starts_on, end, terms.max_end)


def renewal_span(
    previous_end: date,
    purchase_day: date,
    count: int,
    unit: DurationUnit,
    terms: ContractTerms,
    anchor_day: int,
) -> Span:
    """The next period (E10). Continuous: from the day after the previous end, however late it
    is bought. Not continuous: from the day of purchase (or the day after the previous end, if
    that is later, so periods never overlap).

    A continuous monthly cycle keeps its payment day ``anchor_day`` (the first start's day):
    started on 31 January, the next period starts on 28/29 February and the one after on
    31 March, not on the 28th."""
    after = previous_end + timedelta(days=1)
    if not terms.continuous:
        start = max(after, purchase_day)
        return _capped(start, validity_end(start, count, unit), terms.max_end)
    if terms.from_first:
        end = month_end(after)
    elif unit is DurationUnit.MONTHS:
        clamped = after == month_end(after) and anchor_day > after.day
        day = anchor_day if clamped else after.day
        end = after + relativedelta(months=count, day=day) - timedelta(days=1)
    else:
        end = period_end(after, count, unit)
    return _capped(after, end, terms.max_end)


def first_amount(price_cents: int, span: Span, terms: ContractTerms) -> int:
    """The first installment's amount: the price, or with prorata
    ``price × days_left / days_in_month`` rounded half up to cents (E11: 31.00 from 20 October
    → 12 of 31 days → 12.00)."""
    if not terms.prorata or span.starts_on.day == 1:
        return price_cents
    days_in_month = calendar.monthrange(span.starts_on.year, span.starts_on.month)[1]
    days_left = (span.ends_on - span.starts_on).days + 1
    return round_half_up(price_cents * days_left, days_in_month)


@dataclass(frozen=True)
class Numbering:
    """Where a membership is in its installments: number ``k`` of contract round ``round``."""

    number: int
    round: int = 1


def last_installment(terms: ContractTerms, cancelled_at: int | None) -> int | None:
    """The number of the last installment: the cancellation's, else the contract's N (None:
    open-ended)."""
    return cancelled_at if cancelled_at is not None else terms.installments


def installment_text(number: int, last: int | None) -> str:
    """ "3/7" within a contract or a cancellation, "3" for an open-ended membership."""
    return f"{number}/{last}" if last is not None else str(number)


def next_numbering(
    current: Numbering, terms: ContractTerms, cancelled_at: int | None, *, by_staff: bool
) -> Numbering | None:
    """The installment after ``current``, or None when there is none.

    Before the last installment the number goes up by one. After a contract's N/N: with auto
    renewal 1/N of a new round (E12: after 7/7 comes 1/7); without it only staff can start a
    new contract. After a cancellation's last installment nothing follows."""
    last = last_installment(terms, cancelled_at)
    if last is None or current.number < last:
        return Numbering(current.number + 1, current.round)
    if cancelled_at is None and (terms.auto_renew or by_staff):
        return Numbering(1, current.round + 1)
    return None


def cancelled_last(current: int, more: int, latest: int) -> int:
    """The last installment after "pay ``more`` more installments" from installment
    ``current`` (E14: 1 → 1/3; 11/24 → 11/13). ``latest`` is the highest installment already
    issued, which a cancellation cannot take back. ``more`` is at most 120 (ten years of
    monthly installments, the longest contract)."""
    if more < 0:
        raise ValidationError(
            f"The number of installments still to pay cannot be negative ({more})."
        )
    check_int(more, "The number of installments still to pay", 0, MAX_INSTALLMENTS)
    last = current + more
    if last < latest:
        raise ValidationError(
            f"Installment {latest} is already issued: pay at least {latest - current} more "
            f"(got {more}).",
            rule="cancellation",
        )
    return last


class InstallmentState(enum.StrEnum):
    PAID = "paid"
    DUE = "due"
    OVERDUE = "overdue"


def installment_state(paid: bool, due_on: date, today: date) -> InstallmentState:
    """Paid; due (on or after today); overdue (due date passed, not paid)."""
    if paid:
        return InstallmentState.PAID
    return InstallmentState.OVERDUE if due_on < today else InstallmentState.DUE


class Discount(enum.StrEnum):
    NONE = "none"
    LOYALTY = "loyalty"
    OTHER = "other"

    @property
    def label(self) -> str:
        return {"none": "No discount", "loyalty": "On-time discount", "other": "Other discount"}[
            self.value
        ]


def discount_cents(
    choice: Discount,
    *,
    amount_cents: int,
    loyalty_cents: int,
    other_cents: int,
    paid_on: date,
    due_on: date,
) -> int:
    """The discount taken off an installment. One discount only: the on-time discount (paid on
    or before the due date) or another amount, never both."""
    if choice is Discount.NONE:
        return 0
    if choice is Discount.LOYALTY:
        if not loyalty_cents:
            raise ValidationError("This membership has no on-time payments discount.")
        if paid_on > due_on:
            raise ValidationError(
                f"The on-time discount needs payment on or before the due date "
                f"{day_text(due_on)}; today is {day_text(paid_on)}.",
                rule="loyalty-discount",
            )
        return min(loyalty_cents, amount_cents)
    if not 0 < other_cents <= amount_cents:
        raise ValidationError(
            f"A discount must be more than 0.00 and at most the installment "
            f"({cents_text(amount_cents)}); got {cents_text(other_cents)}.",
            rule="discount",
        )
    return other_cents


def extended_automatically(
    terms: ContractTerms, current: Numbering, cancelled_at: int | None, has_card: bool
) -> bool:
    """Seed 003 extension notice: a continuous membership with a card on file that is not on
    its last installment will be extended automatically."""
    if not terms.continuous or not has_card:
        return False
    return next_numbering(current, terms, cancelled_at, by_staff=False) is not None
