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

    @property
    def label(self) -> str:
        return {
            "time_based": "Time-based",
            "session_pass": "Session pass",
            "limited": "Limited (credits)",
        }[self.value]

    @property
    def pays_with_credits(self) -> bool:
        """Whether a class of the plan's own category costs a credit (not time-based)."""
        return self is not PlanKind.TIME_BASED


DEFAULT_CATEGORY = "Group class"


class MembershipState(enum.StrEnum):
    FUTURE = "future"
    ACTIVE = "active"
    USED_UP = "used up"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


def membership_state(
    *, today: date, starts_on: date, ends_on: date, entries_left: int | None, cancelled: bool
) -> MembershipState:
    """What the desk sees in the memberships list: cancelled, expired, used up, future or active."""
    if cancelled:
        return MembershipState.CANCELLED
    if today > ends_on:
        return MembershipState.EXPIRED
    if entries_left is not None and entries_left <= 0:
        return MembershipState.USED_UP
    if today < starts_on:
        return MembershipState.FUTURE
    return MembershipState.ACTIVE
