"""Paying an unpaid visit later (SPEC §3, seed 002), inside the caller's unit of work.

An unpaid visit (registered while "Enforce billing for session registration" is off) is paid
either by a membership that could have paid on the class's day — the same rules as a sign-up,
so visits or credits of an upcoming period never pay for an earlier class — or by a drop-in
payment in an accepted method, recorded in the payments table. A refused payment changes nothing.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Protocol

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import refusal_reason
from studio_app.domain.bounds import check_id
from studio_app.domain.errors import BookingRefused, NoPayingMembership, NotFound
from studio_app.domain.money import check_cents
from studio_app.domain.payments import PaymentMethod, describe_drop_in
from studio_app.models import Booking, BookingStatus, ClassSession, Member, Payment
from studio_app.runtime.context import ServiceContext
from studio_app.steps import booking_ops, money_taking, payers
from studio_app.steps.money_taking import Charge
from studio_app.steps.records import audit, load

#: What the membership column says of a visit that is still to be paid.
UNPAID_TEXT = "Unpaid visit"


def unpaid_visit(s: Session, booking_id: int) -> tuple[Booking, ClassSession, Member]:
    """The booking, its class and member, if it is a live (or past, still booked) unpaid visit;
    otherwise a refusal saying why there is nothing to pay."""
    booking = s.scalars(
        select(Booking).where(Booking.id == check_id(booking_id, "booking")).with_for_update()
    ).first()
    if booking is None:
        raise NotFound(f"Booking #{booking_id} does not exist (it may have been deleted).")
    cs = load(s, ClassSession, booking.session_id, "Class session")
    member = load(s, Member, booking.member_id, "Member")
    label = booking_ops.class_label(cs)
    if booking.status != BookingStatus.BOOKED.value:
        raise BookingRefused(
            f"{member.full_name} is no longer booked for {label} (signed out or class "
            "cancelled): there is no visit to pay.",
            rule="not-booked",
        )
    if not booking.unpaid:
        raise BookingRefused(
            f"{member.full_name}'s visit to {label} is already paid.", rule="already-paid"
        )
    return booking, cs, member


def pay_with_membership(
    s: Session, ctx: ServiceContext, booking_id: int, membership_id: int | None
) -> str:
    """Charge the visit to ``membership_id`` (or the membership expiring first); returns the
    plan's name. Refuses, naming the rule, when that membership could not pay on the class's day."""
    booking, cs, member = unpaid_visit(s, booking_id)
    label, name = booking_ops.class_label(cs), member.full_name
    terms = booking_ops.session_terms(s, cs)
    candidates = payers.payer_candidates(s, member.id, ctx.clock.today())
    if membership_id is not None:
        chosen = [c for c in candidates if c.membership_id == membership_id]
        if not chosen:
            raise NoPayingMembership(f"The chosen membership does not belong to {name}.")
        reason = refusal_reason(chosen[0], terms)
        if reason:
            raise NoPayingMembership(f"Cannot pay {name}'s visit to {label}: {reason}.")
    else:
        reasons = [reason for c in candidates if (reason := refusal_reason(c, terms))]
        if len(reasons) == len(candidates):
            why = "; ".join(reasons) or f"{name} has no membership"
            raise NoPayingMembership(f"No membership can pay {name}'s visit to {label} ({why}).")
    payer = booking_ops.choose(s, cs, member, ctx.clock.today(), membership_id)
    entries_after = booking_ops.pay(s, ctx, booking, payer)
    plan = payer.candidate.plan_name
    audit(
        s,
        ctx,
        member_id=member.id,
        membership_id=booking.membership_id,
        entries_after=entries_after,
        action=f"Paid unpaid visit for {label} with {plan}",
    )
    return plan


def pay_drop_in(
    s: Session, ctx: ServiceContext, booking_id: int, amount_cents: int, method: str
) -> str:
    """Record money received for the visit and mark it paid; returns "Drop-in 15.00 (cash)"."""
    accepted = PaymentMethod.parse(method)
    amount = check_cents(amount_cents)
    booking, cs, member = unpaid_visit(s, booking_id)
    label = booking_ops.class_label(cs)
    money_taking.take(
        s, ctx, member, Charge(amount, accepted, f"Drop-in for {label}", booking_id=booking.id)
    )
    booking.unpaid = False
    text = describe_drop_in(amount, accepted.value)
    audit(s, ctx, member_id=member.id, action=f"Paid unpaid visit for {label}: {text}")
    return text


def drop_in_texts(s: Session, booking_ids: Iterable[int]) -> dict[int, str]:
    """ "Drop-in 15.00 (cash)" for each of the bookings paid by a drop-in payment."""
    ids = list(booking_ids)
    if not ids:
        return {}
    rows = s.execute(
        select(Payment.booking_id, Payment.amount_cents, Payment.method)
        .where(Payment.booking_id.in_(ids), Payment.membership_id.is_(None))
        .order_by(Payment.id)
    )
    return {booking_id: describe_drop_in(cents, method) for booking_id, cents, method in rows}


class Visit(Protocol):
    """A booking as far as what paid it goes: a ``Booking``, or a row of its columns."""

    @property
    def id(self) -> int: ...

    @property
    def unpaid(self) -> bool: ...


def visit_text(booking: Visit, plan_name: str | None, drop_ins: dict[int, str]) -> str:
    """What paid a booking: the plan, the drop-in payment, or "Unpaid visit"."""
    if plan_name:
        return plan_name
    if booking.unpaid:
        return UNPAID_TEXT
    return drop_ins.get(booking.id, "—")
