"""A member's holds as the profile and the sale show them, and which memberships are held on a day,
read inside the caller's unit of work."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date

from sqlalchemy import bindparam, select
from sqlalchemy.orm import Session

from studio_app.dto.holds import HoldRow
from studio_app.models import (
    Membership,
    MembershipHold,
    Staff,
)
from studio_app.steps.records import plain_rows

#: Every hold of a member's memberships, newest first (built once: the profile reads it).
_HOLDS_OF_MEMBER = (
    select(
        MembershipHold.id,
        MembershipHold.membership_id,
        Membership.plan_name,
        MembershipHold.starts_on,
        MembershipHold.ends_on,
        MembershipHold.extended_days,
        Staff.full_name,
        MembershipHold.removed_at,
        MembershipHold.note,
    )
    .join(Membership, MembershipHold.membership_id == Membership.id)
    .join(Staff, MembershipHold.created_by_id == Staff.id)
    .where(Membership.member_id == bindparam("member_id"))
    .order_by(MembershipHold.starts_on.desc(), MembershipHold.id.desc())
)


def hold_rows(s: Session, member_id: int) -> list[HoldRow]:
    """Every hold of the member's memberships, newest first, removed ones included (inside the
    caller's unit of work: the profile reads them with the memberships)."""
    return [
        HoldRow(
            h.id,
            h.membership_id,
            h.plan_name,
            h.starts_on,
            h.ends_on,
            h.extended_days,
            h.full_name,
            h.removed_at is not None,
            h.note,
        )
        for h in plain_rows(s, _HOLDS_OF_MEMBER, {"member_id": member_id})
    ]


def held_on(holds: Iterable[HoldRow], day: date) -> set[int]:
    """The memberships that a hold (not removed) covers on ``day``."""
    return {h.membership_id for h in holds if not h.removed and h.starts_on <= day <= h.ends_on}
