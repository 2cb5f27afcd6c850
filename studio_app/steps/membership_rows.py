"""A member's memberships as the profile lists them (credits left per category, the next
installment), read inside the caller's unit of work."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from datetime import date

from sqlalchemy import bindparam, func, select
from sqlalchemy.orm import Session

from studio_app.domain.plans import PlanKind, membership_state
from studio_app.dto.members import MembershipRow
from studio_app.models import (
    CreditLot,
    Installment,
    Membership,
)
from studio_app.steps import installments
from studio_app.steps.records import plain_rows
from studio_app.steps.studio_settings import money_format


def membership_rows(
    session: Session,
    memberships: Sequence[Membership],
    plan_installments: Mapping[int, Sequence[Installment]],
    held: Collection[int],
    today: date,
    *,
    card_on_file: bool = False,
) -> tuple[MembershipRow, ...]:
    """Lines of the memberships list, in the order given: a pass shows sessions left of N, a
    limited plan (or an unlimited one with included credits) its credits left; its state (on
    hold when it or its package is among ``held`` today); the running installment "3/7" and
    whether it will be extended automatically (continuous, ``card_on_file``, not the last).
    ``plan_installments`` holds each membership's installments (``installments.of_memberships``);
    the credits of them all are read in one query."""
    left = _credits_left(session, [m.id for m in memberships])
    money = money_format(session)
    rows = []
    for m in memberships:
        kind = PlanKind(m.kind)
        lots = left.get(m.id)
        # A pass counts its own sessions; included credits of other categories are on the
        # Credits tab. A limited plan counts every credit it holds.
        if lots is None and kind is PlanKind.TIME_BASED:
            entries = None
        elif kind is PlanKind.SESSION_PASS:
            entries = (lots or {}).get(m.credit_category, 0)
        else:
            entries = sum((lots or {}).values())
        state = membership_state(
            today=today,
            starts_on=m.starts_on,
            ends_on=m.ends_on,
            # Only a pass is "used up": a limited plan's next batch is still to come.
            entries_left=entries if kind is PlanKind.SESSION_PASS else None,
            cancelled=m.cancelled,
            on_hold=m.id in held or m.package_id in held,
        )
        mine = plan_installments.get(m.id, ())
        latest = max(mine, key=lambda i: i.starts_on, default=None)
        ending = installments.extension(m, latest, card_on_file)
        rows.append(
            MembershipRow(
                m.id,
                m.plan_name,
                kind.label,
                m.starts_on,
                m.ends_on,
                state.value,
                m.entries_total,
                entries,
                money.text(m.price_cents),
                kind is PlanKind.TIME_BASED,
                installment=_installment_text(m, mine, latest, today),
                cancellation=m.last_installment is not None,
                extends_automatically=ending.notice,
            )
        )
    return tuple(rows)


#: Credits left per membership and category (built once: every profile reads it).
_CREDITS_LEFT = (
    select(CreditLot.membership_id, CreditLot.category, func.sum(CreditLot.remaining))
    .where(CreditLot.membership_id.in_(bindparam("ids", expanding=True)))
    .group_by(CreditLot.membership_id, CreditLot.category)
)


def _credits_left(session: Session, ids: list[int]) -> dict[int, dict[str, int]]:
    """Credits left per membership and category, for every membership holding a lot."""
    found: dict[int, dict[str, int]] = defaultdict(dict)
    if ids:
        for membership_id, category, remaining in plain_rows(session, _CREDITS_LEFT, {"ids": ids}):
            found[membership_id][category] = int(remaining or 0)
    return found


def _installment_text(
    m: Membership, mine: Sequence[Installment], latest: Installment | None, today: date
) -> str:
    """ "3/7" for a continuous membership or one renewed at least once; "" for a plain sale
    (a pass, a one-off month) that has only its first installment. The installment running
    today is the latest one begun by today, else the first."""
    if latest is None:
        return ""
    if not m.continuous and latest.number == 1 and latest.round == 1:
        return ""
    begun = [i for i in mine if i.starts_on <= today]
    now = max(begun, key=lambda i: i.starts_on) if begun else min(mine, key=lambda i: i.starts_on)
    return installments.number_text(m, now, max(i.round for i in mine))


#: A member's memberships, newest end first (built once: every profile reads it).
_OF_MEMBER = (
    select(Membership)
    .where(Membership.member_id == bindparam("member_id"))
    .order_by(Membership.ends_on.desc(), Membership.id.desc())
)


def of_member(s: Session, member_id: int) -> list[Membership]:
    """The member's memberships, newest end first."""
    return list(s.scalars(_OF_MEMBER, {"member_id": member_id}))
