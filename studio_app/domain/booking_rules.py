"""Which membership pays for a class session, and the capacity rule.

SPEC §3/§4/§5: only memberships allowed by the session rules, of the session's credit category,
valid on the session's day, not on hold that day, within their attendance restrictions (and their
package's) and with a credit left may pay. With the business policy "Clients can only book
sessions within their current paid period" on, the session must also fall in that period.
A time-based membership covers its category while valid; any other membership pays with a
credit lot valid on the session's day (from its first valid day to its expiry), taken from the
lot that expires first. Among the
memberships that can pay, the one that expires first is chosen; staff may override the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date

from studio_app.domain.errors import BookingRefused, ClassFull, NoPayingMembership
from studio_app.domain.formats import day_text
from studio_app.domain.formats import range_text as days_text
from studio_app.domain.holds import hold_on
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import (
    DateRange,
    Restriction,
    Visit,
    first_full_period,
    range_text,
)


@dataclass(frozen=True)
class LotView:
    """A credit lot as the booking rules see it."""

    lot_id: int
    category: str
    valid_from: date
    expires_on: date
    remaining: int

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.expires_on


@dataclass(frozen=True)
class PackageView:
    """The package a membership was sold in: its restrictions count the visits of all its items
    together, and its holds pause every item."""

    name: str
    starts_on: date
    restrictions: tuple[Restriction, ...] = ()
    visits: tuple[Visit, ...] = ()
    holds: tuple[DateRange, ...] = ()


@dataclass(frozen=True)
class PayerCandidate:
    """One of the member's memberships, seen from the booking rules."""

    membership_id: int
    plan_name: str
    kind: PlanKind
    category: str
    starts_on: date
    ends_on: date
    entries_total: int | None
    lots: tuple[LotView, ...] = ()
    cancelled: bool = False
    plan_id: int | None = None
    #: Categories the membership holds credits of (its own category when it pays with credits,
    #: plus categories of included grants such as "2 PT sessions a month").
    credit_categories: frozenset[str] = field(default_factory=frozenset)
    restrictions: tuple[Restriction, ...] = ()
    #: Visits this membership has paid for (to count against its restrictions).
    visits: tuple[Visit, ...] = ()
    holds: tuple[DateRange, ...] = ()
    #: The payment period holding today (for the "current paid period" business policy).
    paid_period: DateRange | None = None
    package: PackageView | None = None

    @property
    def all_holds(self) -> tuple[DateRange, ...]:
        return self.holds + (self.package.holds if self.package else ())

    def left(self, category: str) -> int:
        return sum(lot.remaining for lot in self.lots if lot.category == category)


@dataclass(frozen=True)
class SessionTerms:
    """What a class session asks of a paying membership."""

    day: date
    category: str
    class_label: str
    #: Plans allowed by the series' session rules; empty = no rules (any plan of the category).
    allowed_plans: frozenset[int] = frozenset()
    allowed_names: tuple[str, ...] = ()
    #: Business policy "Clients can only book sessions within their current paid period".
    paid_period_only: bool = False


@dataclass(frozen=True)
class Payer:
    """The decision: which membership pays, and which lot (None: a time-based membership)."""

    candidate: PayerCandidate
    lot: LotView | None

    @property
    def expires_on(self) -> date:
        return self.lot.expires_on if self.lot else self.candidate.ends_on


def _validity(name: str, c: PayerCandidate, day: date) -> str:
    return f"{name} is valid {days_text(c.starts_on, c.ends_on)}, not on {day_text(day)}"


def decide(c: PayerCandidate, terms: SessionTerms) -> Payer | str:
    """The way ``c`` pays for the session, or the exact rule that stops it."""
    name = f"'{c.plan_name}'"
    if c.cancelled:
        return f"{name} is cancelled"
    if c.kind is PlanKind.PACKAGE:
        return f"{name} is a package: the plans in it pay for classes"
    if terms.allowed_plans and c.plan_id not in terms.allowed_plans:
        allowed = ", ".join(terms.allowed_names) or "other plans"
        return f"{name} is not allowed by the session rules of {terms.class_label} ({allowed})"
    held = hold_on(terms.day, c.all_holds)
    if held is not None:
        return f"{name} is on hold {range_text(held)}"
    decision = _payment(c, terms)
    if isinstance(decision, str):
        return decision
    return _within_limits(c, terms) or decision


def _within_limits(c: PayerCandidate, terms: SessionTerms) -> str | None:
    """The current-paid-period policy, then the membership's and its package's restrictions."""
    name, day = f"'{c.plan_name}'", terms.day
    if terms.paid_period_only and c.paid_period and not c.paid_period[0] <= day <= c.paid_period[1]:
        return (
            f"{name} can only book within its current paid period "
            f"{range_text(c.paid_period)} (business policy)"
        )
    full = first_full_period(
        c.restrictions,
        anchor=c.starts_on,
        day=day,
        category=terms.category,
        visits=c.visits,
        holds=c.all_holds,
    )
    if full is not None:
        return f"{name}: {full.text()}"
    if c.package is not None:
        full = first_full_period(
            c.package.restrictions,
            anchor=c.package.starts_on,
            day=day,
            category=terms.category,
            visits=c.package.visits,
            holds=c.all_holds,
        )
        if full is not None:
            return f"{name}, package '{c.package.name}': {full.text()}"
    return None


def _payment(c: PayerCandidate, terms: SessionTerms) -> Payer | str:
    """Validity, category and credits: what pays, or why nothing can."""
    name, day, category = f"'{c.plan_name}'", terms.day, terms.category
    if c.kind is PlanKind.TIME_BASED and c.category == category:
        return Payer(c, None) if c.starts_on <= day <= c.ends_on else _validity(name, c, day)
    if category not in c.credit_categories:
        held = sorted({c.category, *c.credit_categories})
        return f"{name} is for {' and '.join(held)}, not {category}"
    lots = [lot for lot in c.lots if lot.category == category]
    covering = [lot for lot in lots if lot.covers(day)]
    if not covering:
        if not c.starts_on <= day <= c.ends_on:
            return _validity(name, c, day)
        return f"{name} has no {category} credits valid on {day_text(day)}"
    usable = [lot for lot in covering if lot.remaining > 0]
    if not usable:
        if c.kind is PlanKind.SESSION_PASS and c.category == category:
            return f"{name} has 0 of {c.entries_total} sessions left"
        return f"{name} has 0 {category} credits left for {day_text(day)}"
    return Payer(c, min(usable, key=lambda lot: (lot.expires_on, lot.lot_id)))


def refusal_reason(c: PayerCandidate, terms: SessionTerms) -> str | None:
    """Why this membership cannot pay for the session, or None if it can."""
    decision = decide(c, terms)
    return decision if isinstance(decision, str) else None


def choose_payer(
    candidates: Sequence[PayerCandidate],
    terms: SessionTerms,
    *,
    member_name: str,
    preferred_membership_id: int | None = None,
) -> Payer:
    """Pick who pays: the staff's choice if it can pay, else the membership whose paying lot (or
    validity, for time-based) ends first; credits before time-based on a tie.

    Raises NoPayingMembership listing, for every membership, why it cannot pay.
    """
    label = terms.class_label
    if preferred_membership_id is not None:
        for candidate in candidates:
            if candidate.membership_id == preferred_membership_id:
                decision = decide(candidate, terms)
                if isinstance(decision, str):
                    raise NoPayingMembership(
                        f"Cannot sign up {member_name} for {label}: {decision}."
                    )
                return decision
        raise NoPayingMembership(f"The chosen membership does not belong to {member_name}.")
    decisions = [decide(c, terms) for c in candidates]
    able = [d for d in decisions if isinstance(d, Payer)]
    if able:
        return min(
            able,
            key=lambda p: (p.expires_on, p.lot is None, p.candidate.membership_id),
        )
    if not candidates:
        raise NoPayingMembership(
            f"Cannot sign up {member_name} for {label}: {member_name} has no membership."
        )
    reasons = "; ".join(d for d in decisions if isinstance(d, str))
    raise NoPayingMembership(
        f"Cannot sign up {member_name} for {label}: no membership can pay ({reasons})."
    )


def check_not_cancelled(*, cancelled: bool, class_label: str) -> None:
    """A cancelled class takes nobody: no sign-up and no place on its waitlist (cancelling it
    cleared the waitlist)."""
    if cancelled:
        raise BookingRefused(
            f"{class_label} is cancelled: no sign-ups and no waitlist.", rule="cancelled"
        )


def check_capacity(*, booked: int, capacity: int, class_label: str) -> None:
    """Capacity is never exceeded: refuse when every place is taken."""
    if booked >= capacity:
        raise ClassFull(f"{class_label} is full: {booked} of {capacity} places are booked.")
