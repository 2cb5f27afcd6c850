"""Booking steps shared by sign-up, sign-out, session cancellation and waitlist promotion.

Sign-up charges at the time of signing up, even for a class next week; sign-out returns the
session to the membership it came from (seed 000, SPEC E1/E2). All steps run inside the caller's
unit of work, on a class session row locked for update, so two desks never oversell a class.
"""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import PayerCandidate, check_capacity, choose_payer
from studio_app.domain.errors import BookingRefused, DomainError
from studio_app.domain.plans import PlanKind
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    CreditLot,
    Member,
    Membership,
    MemberStatus,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_app.services import credits
from studio_app.services.context import ServiceContext
from studio_app.services.records import audit, load


def lock_session(s: Session, session_id: int) -> ClassSession:
    """Load a class session for update (a row lock on PostgreSQL; SQLite holds IMMEDIATE)."""
    row = s.scalars(
        select(ClassSession).where(ClassSession.id == session_id).with_for_update()
    ).first()
    if row is None:
        raise DomainError(f"Class session #{session_id} does not exist.")
    return row


def class_label(cs: ClassSession) -> str:
    return f"{cs.name} on {cs.starts_at:%a %d %b %Y %H:%M}"


def payer_candidates(s: Session, member_id: int) -> list[PayerCandidate]:
    memberships = s.scalars(select(Membership).where(Membership.member_id == member_id)).all()
    return [
        PayerCandidate(
            m.id,
            m.plan_name,
            PlanKind(m.kind),
            m.credit_category,
            m.starts_on,
            m.ends_on,
            m.entries_total,
            credits.entries_left(s, m.id) if m.kind == PlanKind.SESSION_PASS.value else None,
            m.cancelled,
        )
        for m in memberships
    ]


def live_booking(s: Session, session_id: int, member_id: int) -> Booking | None:
    return s.scalars(
        select(Booking).where(
            Booking.session_id == session_id,
            Booking.member_id == member_id,
            Booking.status == BookingStatus.BOOKED.value,
        )
    ).first()


def book(
    s: Session,
    ctx: ServiceContext,
    cs: ClassSession,
    member: Member,
    preferred_membership_id: int | None = None,
    via: str = "Signed up",
) -> Booking:
    """Book ``member`` into ``cs`` and charge the paying membership; refuse with the rule."""
    label = class_label(cs)
    if member.status == MemberStatus.ARCHIVED.value:
        raise BookingRefused(
            f"{member.full_name} is archived and cannot be signed up.", rule="archived"
        )
    if cs.cancelled:
        raise BookingRefused(f"{label} is cancelled.", rule="cancelled")
    if live_booking(s, cs.id, member.id) is not None:
        raise BookingRefused(
            f"{member.full_name} is already signed up for {label}.", rule="double-booking"
        )
    check_capacity(booked=cs.booked_count, capacity=cs.capacity, class_label=label)
    payer = choose_payer(
        payer_candidates(s, member.id),
        session_day=cs.starts_at.date(),
        category=cs.credit_category,
        member_name=member.full_name,
        class_label=label,
        preferred_membership_id=preferred_membership_id,
    )
    actor = ctx.acting()
    booking = Booking(
        session_id=cs.id,
        member_id=member.id,
        membership_id=payer.membership_id,
        status=BookingStatus.BOOKED.value,
        present=False,
        booked_at=ctx.clock.utcnow(),
        booked_by_id=actor.staff_id,
    )
    s.add(booking)
    s.flush()
    entries_after = None
    if payer.kind is PlanKind.SESSION_PASS:
        lot = credits.first_lot(s, payer.membership_id)
        if lot is None:  # entries_left said otherwise: the cache and the lots disagree
            raise BookingRefused(f"'{payer.plan_name}' has no session left.", rule="no-entries")
        booking.lot_id = lot.id
        credits.charge(s, ctx, lot, booking.id)
        entries_after = credits.entries_left(s, payer.membership_id)
    cs.booked_count += 1
    audit(
        s,
        ctx,
        member_id=member.id,
        membership_id=payer.membership_id,
        entries_after=entries_after,
        action=f"{via} for {label} ({payer.plan_name})",
    )
    return booking


def release(
    s: Session,
    ctx: ServiceContext,
    booking: Booking,
    cs: ClassSession,
    *,
    status: BookingStatus,
    action: str,
) -> None:
    """End a live booking and return its session to the lot it came from."""
    if booking.status != BookingStatus.BOOKED.value:
        raise BookingRefused(
            "This booking is no longer active (already signed out?).", rule="not-booked"
        )
    booking.status = status.value
    booking.ended_at = ctx.clock.utcnow()
    booking.ended_by_id = ctx.acting().staff_id
    cs.booked_count -= 1
    entries_after = None
    if booking.lot_id is not None:
        lot = load(s, CreditLot, booking.lot_id, "Credit lot")
        credits.give_back(s, ctx, lot, booking.id, reason=action)
        entries_after = credits.entries_left(s, lot.membership_id)
    plan_name = ""
    if booking.membership_id is not None:
        plan_name = f" ({load(s, Membership, booking.membership_id, 'Membership').plan_name})"
    audit(
        s,
        ctx,
        member_id=booking.member_id,
        membership_id=booking.membership_id,
        entries_after=entries_after,
        action=f"{action} {class_label(cs)}{plan_name}",
    )


def promote_waitlist(s: Session, ctx: ServiceContext, cs: ClassSession) -> list[str]:
    """Fill free places from the waitlist in order; a member who cannot pay keeps waiting
    with the reason noted, and the next one is tried."""
    messages: list[str] = []
    waiting = s.scalars(
        select(WaitlistEntry)
        .where(
            WaitlistEntry.session_id == cs.id, WaitlistEntry.status == WaitlistStatus.WAITING.value
        )
        .order_by(WaitlistEntry.created_at, WaitlistEntry.id)
    ).all()
    for entry in waiting:
        if cs.booked_count >= cs.capacity:
            break
        member = load(s, Member, entry.member_id, "Member")
        try:
            with s.begin_nested():
                book(s, ctx, cs, member, via="Promoted from the waitlist and signed up")
        except DomainError as refused:
            entry.note = f"Not promoted: {refused.message}"
            messages.append(f"{member.full_name} could not be promoted: {refused.message}")
            continue
        entry.status = WaitlistStatus.PROMOTED.value
        entry.note = ""
        messages.append(f"{member.full_name} was promoted from the waitlist.")
    return messages
