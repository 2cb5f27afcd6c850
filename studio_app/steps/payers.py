"""The member's memberships as the booking rules see them: lots, restrictions with the visits
they count, holds, the current paid period and the package each was sold in (SPEC §3–§5).

Visits are read only when a membership or its package carries a restriction, so a studio without
restrictions pays nothing for them at sign-up.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import ColumnElement, Exists, Row, bindparam, exists, select
from sqlalchemy.orm import InstrumentedAttribute, Session

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
    MembershipCreditGrant,
    MembershipHold,
    MembershipRestriction,
)
from studio_app.models.restrictions import RESTRICTION_COLUMNS, restriction_of
from studio_app.steps.ledger import credit_categories
from studio_app.steps.records import plain_rows

#: Bookings that count as visits: live ones and late cancels (the session stayed charged).
COUNTED = (BookingStatus.BOOKED.value, BookingStatus.LATE_CANCELLED.value)

# The queries below run at every sign-up; they are built once (building a query costs as
# much as running it), each for a list of membership ids.
_RESTRICTIONS = (
    select(
        MembershipRestriction.membership_id,
        *(getattr(MembershipRestriction, column) for column in RESTRICTION_COLUMNS),
    )
    .where(MembershipRestriction.membership_id.in_(bindparam("ids", expanding=True)))
    .order_by(MembershipRestriction.position)
)
_HOLDS_IN_FORCE = (
    select(MembershipHold)
    .where(
        MembershipHold.membership_id.in_(bindparam("ids", expanding=True)),
        MembershipHold.removed_at.is_(None),
    )
    .order_by(MembershipHold.starts_on)
)
_VISITS = (
    select(Booking.membership_id, ClassSession.starts_at, ClassSession.credit_category)
    .join(ClassSession, Booking.session_id == ClassSession.id)
    .where(Booking.membership_id.in_(bindparam("ids", expanding=True)), Booking.status.in_(COUNTED))
)
_INSTALLMENT_SPANS = (
    select(Installment.membership_id, Installment.starts_on, Installment.ends_on)
    .where(Installment.membership_id.in_(bindparam("ids", expanding=True)))
    .order_by(Installment.starts_on)
)


def restrictions_of(s: Session, ids: list[int]) -> dict[int, tuple[Restriction, ...]]:
    found: dict[int, list[Restriction]] = defaultdict(list)
    if ids:
        for r in plain_rows(s, _RESTRICTIONS, {"ids": ids}):
            found[r.membership_id].append(restriction_of(r))
    return {k: tuple(v) for k, v in found.items()}


def holds_of(s: Session, ids: list[int]) -> dict[int, list[MembershipHold]]:
    """Holds in force (not removed) of each membership, earliest first."""
    found: dict[int, list[MembershipHold]] = defaultdict(list)
    if ids:
        for hold in s.scalars(_HOLDS_IN_FORCE, {"ids": ids}):
            found[hold.membership_id].append(hold)
    return found


def visits_of(s: Session, ids: list[int]) -> dict[int, list[Visit]]:
    """Visits each membership paid for, by the session's day (not the sign-up day)."""
    found: dict[int, list[Visit]] = defaultdict(list)
    if ids:
        for membership_id, starts_at, category in plain_rows(s, _VISITS, {"ids": ids}):
            found[membership_id].append(Visit(starts_at.date(), category))
    return found


def _spans(holds: list[MembershipHold]) -> tuple[DateRange, ...]:
    return tuple((h.starts_on, h.ends_on) for h in holds)


def installment_spans(s: Session, ids: list[int]) -> dict[int, list[DateRange]]:
    """Each membership's installment periods (SPEC §6), oldest first."""
    spans: dict[int, list[DateRange]] = defaultdict(list)
    if ids:
        for membership_id, first, last in plain_rows(s, _INSTALLMENT_SPANS, {"ids": ids}):
            spans[membership_id].append((first, last))
    return spans


def paid_period(
    m: Row[Any], holds: list[MembershipHold], today: date, spans: list[DateRange]
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
    """Every membership of the member, as the booking rules see them. The current paid period
    (and the installments that make it) is worked out only when ``paid_periods`` is asked for
    (the business policy is on; otherwise no rule reads it), keeping a sign-up to the queries
    it needs. A member id outside 1 … 2**63 − 1 is refused as not found."""
    found = candidates_by_member(s, [member_id], today, paid_periods=paid_periods)
    return found.get(member_id, [])


def _has(column: InstrumentedAttribute[int], *more: ColumnElement[bool]) -> Exists:
    """Whether the membership of the row has any row of ``column``'s table."""
    return exists().where(column == Membership.id, *more)


#: The members' memberships, each with its credit lots (a membership without lots is one row
#: with no lot), oldest first, and whether it has grants, restrictions, holds in force and
#: installments: the queries for those run only when some membership has them, so a member
#: with a plain pass or time-based membership costs this one query. Built once (building a
#: query costs as much as running it).
_MEMBERSHIPS_WITH_LOTS = (
    select(
        Membership.id,
        Membership.member_id,
        Membership.plan_id,
        Membership.plan_name,
        Membership.kind,
        Membership.credit_category,
        Membership.starts_on,
        Membership.ends_on,
        Membership.entries_total,
        Membership.duration_count,
        Membership.duration_unit,
        Membership.package_id,
        Membership.cancelled,
        CreditLot.id.label("lot_id"),
        CreditLot.category.label("lot_category"),
        CreditLot.valid_from,
        CreditLot.expires_on,
        CreditLot.remaining,
        _has(MembershipCreditGrant.membership_id).label("has_grants"),
        _has(MembershipRestriction.membership_id).label("has_restrictions"),
        _has(MembershipHold.membership_id, MembershipHold.removed_at.is_(None)).label("has_holds"),
        _has(Installment.membership_id).label("has_installments"),
    )
    .outerjoin(CreditLot, CreditLot.membership_id == Membership.id)
    .where(Membership.member_id.in_(bindparam("member_ids", expanding=True)))
    .order_by(Membership.id, CreditLot.id)
)


def candidates_by_member(
    s: Session, member_ids: list[int], today: date, *, paid_periods: bool = True
) -> dict[int, list[PayerCandidate]]:
    """``payer_candidates`` of several members with the same few queries as one (a list of name
    suggestions asks for up to 50); members without memberships are absent."""
    rows = plain_rows(
        s, _MEMBERSHIPS_WITH_LOTS, {"member_ids": [check_id(i, "member") for i in member_ids]}
    )
    memberships: dict[int, Row[Any]] = {}
    lots: dict[int, list[LotView]] = defaultdict(list)
    for row in rows:
        memberships.setdefault(row.id, row)
        if row.lot_id is not None:
            lots[row.id].append(
                LotView(row.lot_id, row.lot_category, row.valid_from, row.expires_on, row.remaining)
            )
    ids = list(memberships)
    categories = credit_categories(s, [i for i, m in memberships.items() if m.has_grants])
    restrictions = restrictions_of(s, [i for i, m in memberships.items() if m.has_restrictions])
    holds = holds_of(s, [i for i, m in memberships.items() if m.has_holds])
    spans = (
        installment_spans(s, [i for i, m in memberships.items() if m.has_installments])
        if paid_periods
        else {}
    )
    visits = visits_of(s, ids) if restrictions else {}
    package_visits: dict[int, list[Visit]] = defaultdict(list)
    for m in memberships.values():
        if m.package_id is not None:
            package_visits[m.package_id].extend(visits.get(m.id, ()))
    candidates: dict[int, list[PayerCandidate]] = defaultdict(list)
    for m in memberships.values():
        kind = PlanKind(m.kind)
        # Credits held by grants, plus any added by hand in another category.
        held = set(categories.get(m.id, set())) | {lot.category for lot in lots.get(m.id, ())}
        if kind is PlanKind.SESSION_PASS:
            held.add(m.credit_category)
        package = None
        if m.package_id is not None and m.package_id in memberships:
            parent = memberships[m.package_id]
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
                paid_period(m, holds.get(m.id, []), today, spans.get(m.id, []))
                if paid_periods
                else None,
                package,
            )
        )
    return dict(candidates)
