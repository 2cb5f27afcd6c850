"""Kinds of plan a studio sells and the state of a membership sold from one."""

from __future__ import annotations

import enum
from datetime import date


class PlanKind(enum.StrEnum):
    """Time-based: unlimited visits while valid. Session pass: N entries usable until its end.
    Limited: credits issued on a schedule (SPEC §4), each batch with its own expiry."""

    TIME_BASED = "time_based"
    SESSION_PASS = "session_pass"
    LIMITED = "limited"
    PACKAGE = "package"

    @property
    def label(self) -> str:
        return {
            "time_based": "Time-based",
            "session_pass": "Session pass",
            "limited": "Limited (credits)",
            "package": "Package",
        }[self.value]

    @property
    def pays_with_credits(self) -> bool:
        """Whether a class of the plan's own category costs a credit (time-based plans and
        packages do not: a package's items pay)."""
        return self not in (PlanKind.TIME_BASED, PlanKind.PACKAGE)

    @property
    def extended_by_holds(self) -> bool:
        """Time-based memberships (and packages) last longer by the days they were on hold;
        passes and credits keep their expiry (SPEC §5)."""
        return self in (PlanKind.TIME_BASED, PlanKind.PACKAGE)


DEFAULT_CATEGORY = "Group class"


class MembershipState(enum.StrEnum):
    FUTURE = "future"
    ACTIVE = "active"
    USED_UP = "used up"
    ON_HOLD = "on hold"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


def membership_state(
    *,
    today: date,
    starts_on: date,
    ends_on: date,
    entries_left: int | None,
    cancelled: bool,
    on_hold: bool = False,
) -> MembershipState:
    """What the desk sees in the memberships list: cancelled, expired, used up, future, on hold
    (a hold covers today) or active."""
    if cancelled:
        return MembershipState.CANCELLED
    if today > ends_on:
        return MembershipState.EXPIRED
    if entries_left is not None and entries_left <= 0:
        return MembershipState.USED_UP
    if today < starts_on:
        return MembershipState.FUTURE
    if on_hold:
        return MembershipState.ON_HOLD
    return MembershipState.ACTIVE
