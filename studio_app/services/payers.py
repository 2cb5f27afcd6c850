"""The member's memberships as the booking rules see them: lots, restrictions with the visits
they count, holds, the current paid period and the package each was sold in (SPEC §3–§5).

Visits are read only when a membership or its package carries a restriction, so a studio without
restrictions pays nothing for them at sign-up.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import LotView, PackageView, PayerCandidate
from studio_app.domain.bounds import check_id
from studio_app.domain.durations import DurationUnit
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import (
    DateRange,
    Restriction,
    Visit,
    current_paid_period,
)
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    CreditLot,
    Installment,
    Membership,
    MembershipHold,
    MembershipRestriction,
)
from studio_app.services.credits import credit_categories

#: Bookings that count as visits: live ones and late cancels (the session stayed charged).
COUNTED = (BookingStatus.BOOKED.value, BookingStatus.LATE_CANCELLED.value)


def restrictions_of(s: Session, ids: list[int]) -> dict[int, tuple[Restriction, ...]]:
    found: dict[int, list[Restriction]] = defaultdict(list)
    if ids:
        for r in s.scalars(
            select(MembershipRestriction)
            .where(MembershipRestriction.membership_id.in_(ids))
            .order_by(MembershipRestriction.position)
        ):
            found[r.membership_id].append(r.restriction)
    return {k: tuple(v) for k, v in found.items()}


def holds_of(s: Session, ids: list[int]) -> dict[int, list[MembershipHold]]:
    """Holds in force (not removed) of each membership, earliest first."""
    found: dict[int, list[MembershipHold]] = defaultdict(list)
    if ids:
        for hold in s.scalars(
            select(MembershipHold)
            .where(MembershipHold.membership_id.in_(ids), MembershipHold.removed_at.is_(None))
            .order_by(MembershipHold.starts_on)
        ):
            found[hold.membership_id].append(hold)
    return found


def visits_of(s: Session, ids: list[int]) -> dict[int, list[Visit]]:
    """Visits each membership paid for, by the session's day (not the sign-up day)."""
    found: dict[int, list[Visit]] = defaultdict(list)
    if ids:
        for membership_id, starts_at, category in s.execute(
            select(Booking.membership_id, ClassSession.starts_at, ClassSession.credit_category)
            .join(ClassSession, Booking.session_id == ClassSession.id)
            .where(Booking.membership_id.in_(ids), Booking.status.in_(COUNTED))
        ):
            found[membership_id].append(Visit(starts_at.date(), category))
    return found


def _lots(s: Session, ids: list[int]) -> dict[int, list[LotView]]:
    lots: dict[int, list[LotView]] = defaultdict(list)
    if ids:
        for lot in s.scalars(
            select(CreditLot).where(CreditLot.membership_id.in_(ids)).order_by(CreditLot.id)
        ):
            lots[lot.membership_id].append(
                LotView(lot.id, lot.category, lot.valid_from, lot.expires_on, lot.remaining)
            )
    return lots


def _spans(holds: list[MembershipHold]) -> tuple[DateRange, ...]:
    return tuple((h.starts_on, h.ends_on) for h in holds)


def installment_spans(s: Session, ids: list[int]) -> dict[int, list[DateRange]]:
    """Each membership's installment periods (SPEC §6), oldest first."""
    spans: dict[int, list[DateRange]] = defaultdict(list)
    if ids:
        rows = s.execute(
            select(Installment.membership_id, Installment.starts_on, Installment.ends_on)
            .where(Installment.membership_id.in_(ids))
            .order_by(Installment.starts_on)
        )
        for membership_id, first, last in rows:
            spans[membership_id].append((first, last))
    return spans


def paid_period(
    m: Membership, holds: list[MembershipHold], today: date, spans: list[DateRange]
) -> DateRange:
    """The current paid period: the installment running today (its end moved by holds);
    before the first or after the last installment, one plan duration from the start."""
    for first, last in spans:
        if first <= today <= last:
            return first, last
    return current_paid_period(
        starts_on=m.starts_on,
        ends_on=m.ends_on,
        count=m.duration_count,
        unit=DurationUnit(m.duration_unit),
        today=today,
        extensions=[(h.starts_on, h.extended_days) for h in holds],
    )


def payer_candidates(
    s: Session, member_id: int, today: date, *, paid_periods: bool = True
) -> list[PayerCandidate]:
    """Every membership of the member, as the booking rules see them. The installments that
    make the current paid period are read only when ``paid_periods`` is asked for (the
    business policy is on), keeping a sign-up to the queries it needs. A member id outside
    1 … 2**63 − 1 is refused as not found."""
    found = candidates_by_member(s, [member_id], today, paid_periods=paid_periods)
    return found.get(member_id, [])


def candidates_by_member(
    s: Session, member_ids: list[int], today: date, *, paid_periods: bool = True
) -> dict[int, list[PayerCandidate]]:
    """``payer_candidates`` of several members with the same few queries as one (a list of name
    suggestions asks for up to 50); members without memberships are absent."""
    memberships = s.scalars(
        select(Membership)
        .where(Membership.member_id.in_([check_id(i, "member") for i in member_ids]))
        .order_by(Membership.id)
    ).all()
    ids = [m.id for m in memberships]
    lots = _lots(s, ids)
    categories = credit_categories(s, ids)
    restrictions = restrictions_of(s, ids)
    holds = holds_of(s, ids)
    spans = installment_spans(s, ids) if paid_periods else {}
    visits = visits_of(s, ids) if restrictions else {}
    by_id = {m.id: m for m in memberships}
    package_visits: dict[int, list[Visit]] = defaultdict(list)
    for m in memberships:
        if m.package_id is not None:
            package_visits[m.package_id].extend(visits.get(m.id, ()))
    candidates: dict[int, list[PayerCandidate]] = defaultdict(list)
    for m in memberships:
        kind = PlanKind(m.kind)
        # Credits held by grants, plus any added by hand in another category.
        held = set(categories.get(m.id, set())) | {lot.category for lot in lots.get(m.id, ())}
        if kind is PlanKind.SESSION_PASS:
            held.add(m.credit_category)
        package = None
        if m.package_id is not None and m.package_id in by_id:
            parent = by_id[m.package_id]
            package = PackageView(
                parent.plan_name,
                parent.starts_on,
                restrictions.get(parent.id, ()),
                tuple(package_visits.get(parent.id, ())),
                _spans(holds.get(parent.id, [])),
            )
        candidates[m.member_id].append(
            PayerCandidate(
                m.id,
                m.plan_name,
                kind,
                m.credit_category,
                m.starts_on,
                m.ends_on,
                m.entries_total,
                tuple(lots.get(m.id, ())),
                m.cancelled,
                m.plan_id,
                frozenset(held),
                restrictions.get(m.id, ()),
                tuple(visits.get(m.id, ())),
                _spans(holds.get(m.id, [])),
                paid_period(m, holds.get(m.id, []), today, spans.get(m.id, [])),
                package,
            )
        )
    return dict(candidates)
