from __future__ import annotations

from dataclasses import dataclass
from datetime import date


@dataclass(frozen=True)
class HoldPreview:
    """What putting a membership on hold would do, shown before the desk confirms."""

    plan_name: str
    days: int
    ends_on: date
    #: The new last day, when the hold extends the membership (time-based, packages).
    new_ends_on: date | None
    #: Restriction periods the hold overlaps: "At most 5 visits per month: 3 in 1–30 June 2026".
    prorated: tuple[str, ...]
    #: Bookings inside the hold that will be signed out, their sessions returned.
    bookings_signed_out: tuple[str, ...]
    policy: str
    #: Why the hold cannot be placed (a rule and its numbers), or None.
    refusal: str | None = None
    #: The maximum membership end date no hold may extend it past (a plan setting), or None.
    max_ends_on: date | None = None


@dataclass(frozen=True)
class HoldRow:
    id: int
    membership_id: int
    plan_name: str
    starts_on: date
    ends_on: date
    extended_days: int
    placed_by: str
    removed: bool
    note: str = ""
