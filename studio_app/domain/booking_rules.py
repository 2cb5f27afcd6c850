"""Which membership pays for a class session, and the capacity rule.

SPEC §3: only memberships valid on the session's date, of the session's credit category, with an
entry left may pay; the one that expires first is chosen; staff may override the choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from studio_app.domain.errors import ClassFull, NoPayingMembership
from studio_app.domain.plans import PlanKind


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
    entries_left: int | None
    cancelled: bool = False


def refusal_reason(candidate: PayerCandidate, session_day: date, category: str) -> str | None:
    """Why this membership cannot pay for a session on ``session_day``, or None if it can."""
    name = f"'{candidate.plan_name}'"
    if candidate.cancelled:
        return f"{name} is cancelled"
    if candidate.category != category:
        return f"{name} is for {candidate.category}, not {category}"
    if not candidate.starts_on <= session_day <= candidate.ends_on:
        return (
            f"{name} is valid {_d(candidate.starts_on)}–{_d(candidate.ends_on)}, "
            f"not on {_d(session_day)}"
        )
    if candidate.kind is PlanKind.SESSION_PASS and (candidate.entries_left or 0) <= 0:
        return f"{name} has 0 of {candidate.entries_total} sessions left"
    return None


def choose_payer(
    candidates: Sequence[PayerCandidate],
    *,
    session_day: date,
    category: str,
    member_name: str,
    class_label: str,
    preferred_membership_id: int | None = None,
) -> PayerCandidate:
    """Pick the membership that pays: the staff's choice if it can pay, else the one expiring first.

    Raises NoPayingMembership listing, for every membership, why it cannot pay.
    """
    if preferred_membership_id is not None:
        for candidate in candidates:
            if candidate.membership_id == preferred_membership_id:
                reason = refusal_reason(candidate, session_day, category)
                if reason:
                    raise NoPayingMembership(
                        f"Cannot sign up {member_name} for {class_label}: {reason}."
                    )
                return candidate
        raise NoPayingMembership(f"The chosen membership does not belong to {member_name}.")
    able = [c for c in candidates if refusal_reason(c, session_day, category) is None]
    if able:
        return min(able, key=lambda c: (c.ends_on, c.kind is PlanKind.TIME_BASED, c.membership_id))
    if not candidates:
        raise NoPayingMembership(
            f"Cannot sign up {member_name} for {class_label}: {member_name} has no membership."
        )
    reasons = "; ".join(
        r for c in candidates if (r := refusal_reason(c, session_day, category)) is not None
    )
    raise NoPayingMembership(
        f"Cannot sign up {member_name} for {class_label}: no membership can pay ({reasons})."
    )


def check_capacity(*, booked: int, capacity: int, class_label: str) -> None:
    """Capacity is never exceeded: refuse when every place is taken."""
    if booked >= capacity:
        raise ClassFull(f"{class_label} is full: {booked} of {capacity} places are booked.")


def _d(day: date) -> str:
    return f"{day.day} {day:%b %Y}"
