"""Kinds of plan a studio sells and the state of a membership sold from one."""

from __future__ import annotations

import enum
from datetime import date


class PlanKind(enum.StrEnum):
    """Time-based: unlimited visits while valid. Session pass: N entries usable until its end."""

    TIME_BASED = "time_based"
    SESSION_PASS = "session_pass"

    @property
    def label(self) -> str:
        return {"time_based": "Time-based", "session_pass": "Session pass"}[self.value]


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
