"""Booking steps shared by sign-up, sign-out, session cancellation and waitlist promotion.

Sign-up charges at the time of signing up, even for a class next week; sign-out returns the
session to the membership it came from (seed 000, SPEC E1/E2). All steps run inside the caller's
unit of work, on a class session row locked for update, so two desks never oversell a class.

A booking is the desk's most frequent write (issue 15): it reads what its rules need once each,
as plain rows, and writes its rows (booking, credit, ledger entry, booked count, user-log line)
as one statement each with no ORM flush; tests/services/test_sign_up_statements.py counts them.
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.orm import Session
from sqlalchemy.orm.attributes import set_committed_value

from studio_app.domain.booking_policy import window_refusal
from studio_app.domain.booking_rules import (
    Payer,
    SessionTerms,
    check_capacity,
    check_not_cancelled,
    choose_payer,
)
from studio_app.domain.bounds import check_id
from studio_app.domain.errors import BookingRefused, DomainError
from studio_app.domain.formats import moment_text
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
from studio_app.runtime.context import ServiceContext
from studio_app.steps import ledger as credits
from studio_app.steps import payers
from studio_app.steps import studio_policy as policies
from studio_app.steps.records import audit, audit_at_once, load, plain_rows
from studio_app.steps.studio_settings import enforce_billing

#: The statements of every sign-up and sign-out, built once (building a statement costs about
#: as much as running it).
_SESSION_FOR_UPDATE = (
    select(ClassSession).where(ClassSession.id == bindparam("session_id")).with_for_update()
)
_LIVE_BOOKING = select(Booking.id).where(
    Booking.session_id == bindparam("session_id"),
    Booking.member_id == bindparam("member_id"),
    Booking.status == BookingStatus.BOOKED.value,
)
_INSERT_BOOKING = insert(Booking)
_ONE_MORE_BOOKED = (
    update(ClassSession)
    .where(ClassSession.id == bindparam("session_id"))
    .values(booked_count=ClassSession.booked_count + 1)
)
_WAITING = (
    select(WaitlistEntry)
    .where(
        WaitlistEntry.session_id == bindparam("session_id"),
        WaitlistEntry.status == WaitlistStatus.WAITING.value,
    )
    .order_by(WaitlistEntry.created_at, WaitlistEntry.id)
)


def lock_session(s: Session, session_id: int) -> ClassSession:
    """Load a class session for update (a row lock on PostgreSQL; SQLite holds IMMEDIATE;
    the app's writers also run one at a time on both, see db/engine.py)."""
    row = s.scalars(
        _SESSION_FOR_UPDATE, {"session_id": check_id(session_id, "class session")}
    ).first()
    if row is None:
        raise DomainError(f"Class session #{session_id} does not exist.")
    return row


def class_label(cs: ClassSession) -> str:
    return f"{cs.name} on {moment_text(cs.starts_at, weekday=True)}"


def session_terms(
    s: Session, cs: ClassSession, series: policies.SeriesTerms | None = None
) -> SessionTerms:
    """What the class session asks of a paying membership: its day, category, session rules
    (the plans its series allows; none = any plan of the category) and the paid-period policy
    (``series``: the series' terms, if already read)."""
    allowed = (series if series is not None else policies.series_terms(s, cs)).allowed
    return SessionTerms(
        cs.starts_at.date(),
        cs.credit_category,
        class_label(cs),
        frozenset(plan_id for plan_id, _ in allowed),
        tuple(name for _, name in allowed),
        policies.paid_period_only(s),
    )


def has_live_booking(s: Session, session_id: int, member_id: int) -> bool:
    """Whether the member is booked (and not signed out) in the class session."""
    return bool(plain_rows(s, _LIVE_BOOKING, {"session_id": session_id, "member_id": member_id}))


def book(
    s: Session,
    ctx: ServiceContext,
    cs: ClassSession,
    member: Member,
    preferred_membership_id: int | None = None,
    via: str = "Signed up",
    *,
    unpaid: bool = False,
) -> int:
    """Book ``member`` into ``cs`` and charge the paying membership; refuse with the rule.
    Returns the booking's id.

    ``unpaid`` registers an unpaid visit instead (no membership pays now), which the studio
    allows only with "Enforce billing for session registration" off.
    """
    label = class_label(cs)
    if member.status == MemberStatus.ARCHIVED.value:
        raise BookingRefused(
            f"{member.full_name} is archived and cannot be signed up.", rule="archived"
        )
    check_not_cancelled(cancelled=cs.cancelled, class_label=label)
    series = policies.series_terms(s, cs)
    too_early = window_refusal(
        policies.booking_policy(s, cs, series),
        today=ctx.clock.today(),
        session_day=cs.starts_at.date(),
    )
    if too_early:
        raise BookingRefused(
            f"Cannot sign up {member.full_name} for {label}: {too_early}.", rule="booking-window"
        )
    if has_live_booking(s, cs.id, member.id):
        raise BookingRefused(
            f"{member.full_name} is already signed up for {label}.", rule="double-booking"
        )
    check_capacity(booked=cs.booked_count, capacity=cs.capacity, class_label=label)
    staff_id = ctx.acting().staff_id
    if unpaid:
        if enforce_billing(s):
            raise BookingRefused(
                "Enforce billing for session registration is on: every sign-up needs a paying "
                "membership (an owner can turn it off in Settings → Studio).",
                rule="enforce-billing",
            )
        booking_id = _insert_booking(s, ctx, cs, member, staff_id, None)
        _count_booking(s, cs)
        audit_at_once(
            s, ctx, by=staff_id, member_id=member.id, action=f"{via} for {label} (unpaid visit)"
        )
        return booking_id
    payer = choose(s, cs, member, ctx.clock.today(), preferred_membership_id, series)
    booking_id = _insert_booking(s, ctx, cs, member, staff_id, payer)
    entries_after = _charge(s, ctx, booking_id, member.id, payer, staff_id)
    _count_booking(s, cs)
    audit_at_once(
        s,
        ctx,
        by=staff_id,
        member_id=member.id,
        membership_id=payer.candidate.membership_id,
        entries_after=entries_after,
        action=f"{via} for {label} ({payer.candidate.plan_name})",
    )
    return booking_id


def _insert_booking(
    s: Session,
    ctx: ServiceContext,
    cs: ClassSession,
    member: Member,
    staff_id: int,
    payer: Payer | None,
) -> int:
    """Write the live booking, paid by ``payer`` (None: an unpaid visit), as one INSERT with no
    ORM object (nothing later in the unit needs one); returns its id. Changes pending in the
    session are written first: a booking just signed out must leave the one-live-booking index
    before the new row meets it."""
    s.flush()
    values = {
        "session_id": cs.id,
        "member_id": member.id,
        "membership_id": payer.candidate.membership_id if payer else None,
        "lot_id": payer.lot.lot_id if payer and payer.lot else None,
        "status": BookingStatus.BOOKED.value,
        "present": False,
        "unpaid": payer is None,
        "no_show": False,
        "booked_at": ctx.clock.utcnow(),
        "booked_by_id": staff_id,
    }
    return int(s.connection().execute(_INSERT_BOOKING, values).inserted_primary_key[0])


def _count_booking(s: Session, cs: ClassSession) -> None:
    """One more place of ``cs`` taken, written at once (one UPDATE, nothing left to flush); the
    session's copy of the class, clean since the booking's INSERT, gets the same count."""
    booked = cs.booked_count + 1
    s.connection().execute(_ONE_MORE_BOOKED, {"session_id": cs.id})
    set_committed_value(cs, "booked_count", booked)


def choose(
    s: Session,
    cs: ClassSession,
    member: Member,
    today: date,
    preferred_membership_id: int | None = None,
    series: policies.SeriesTerms | None = None,
) -> Payer:
    """The membership (and lot) that pays for ``member`` in ``cs``, or a refusal naming the rule
    for each membership. Reads only: nothing is written when it refuses."""
    terms = session_terms(s, cs, series)
    return choose_payer(
        payers.payer_candidates(s, member.id, today, paid_periods=terms.paid_period_only),
        terms,
        member_name=member.full_name,
        preferred_membership_id=preferred_membership_id,
    )


def pay(s: Session, ctx: ServiceContext, booking: Booking, payer: Payer) -> int | None:
    """Charge the booking to the chosen membership: one credit from the lot expiring first, or
    nothing for a time-based membership. Returns the credits left after, if any."""
    booking.membership_id = payer.candidate.membership_id
    booking.unpaid = False
    if payer.lot is not None:
        booking.lot_id = payer.lot.lot_id
    return _charge(s, ctx, booking.id, booking.member_id, payer, ctx.acting().staff_id)


def _charge(
    s: Session, ctx: ServiceContext, booking_id: int, member_id: int, payer: Payer, by: int
) -> int | None:
    """One credit from the payer's lot, if it pays with credits, charged by staff member
    ``by``; the credits of that category left on the membership after it. The payer was read in
    this unit of work under the writer lock, so its lots' balances are the database's: the
    count needs no query."""
    if payer.lot is None:
        return None
    credits.charge_lot(s, ctx, payer.lot.lot_id, member_id, booking_id, by)
    return payer.candidate.left(payer.lot.category) - 1


def _plan_name(s: Session, booking: Booking) -> str:
    if booking.membership_id is None:
        return "unpaid visit" if booking.unpaid else "drop-in"
    return load(s, Membership, booking.membership_id, "Membership").plan_name


def release(
    s: Session,
    ctx: ServiceContext,
    booking: Booking,
    cs: ClassSession,
    *,
    status: BookingStatus,
    action: str,
) -> None:
    """End a live booking and return its session to the lot it came from; an appointment
    (one-to-one) ends with its booking, so its session is cancelled too."""
    _end(ctx, booking, cs, status)
    entries_after = None
    if booking.lot_id is not None:
        lot = load(s, CreditLot, booking.lot_id, "Credit lot")
        credits.give_back(s, ctx, lot, booking.id, reason=action)
        entries_after = credits.entries_left(s, lot.membership_id, lot.category)
    plan_name = f" ({_plan_name(s, booking)})"
    audit(
        s,
        ctx,
        member_id=booking.member_id,
        membership_id=booking.membership_id,
        entries_after=entries_after,
        action=f"{action} {class_label(cs)}{plan_name}",
    )


def _end(ctx: ServiceContext, booking: Booking, cs: ClassSession, status: BookingStatus) -> None:
    """Free the booking's place; an appointment (one-to-one) is cancelled with its client."""
    if booking.status != BookingStatus.BOOKED.value:
        raise BookingRefused(
            "This booking is no longer active (already signed out?).", rule="not-booked"
        )
    booking.status = status.value
    booking.ended_at = ctx.clock.utcnow()
    booking.ended_by_id = ctx.acting().staff_id
    cs.booked_count -= 1
    if cs.appointment:
        cs.cancelled = True


def late_cancel(
    s: Session, ctx: ServiceContext, booking: Booking, cs: ClassSession, why: str
) -> None:
    """A sign-out after the cancellation cut-off: the place is freed but the session stays
    charged (no credit comes back) and still counts as a visit."""
    _end(ctx, booking, cs, BookingStatus.LATE_CANCELLED)
    entries_after = None
    if booking.lot_id is not None:
        lot = load(s, CreditLot, booking.lot_id, "Credit lot")
        entries_after = credits.entries_left(s, lot.membership_id, lot.category)
    audit(
        s,
        ctx,
        member_id=booking.member_id,
        membership_id=booking.membership_id,
        entries_after=entries_after,
        action=f"Late cancel of {class_label(cs)} ({_plan_name(s, booking)}): {why}; "
        "the session stays charged",
    )


def _waiting(s: Session, cs: ClassSession) -> list[WaitlistEntry]:
    """The members waiting for a place in ``cs``, first come first (asked at every sign-out)."""
    return list(s.scalars(_WAITING, {"session_id": cs.id}).all())


def clear_waitlist(s: Session, ctx: ServiceContext, cs: ClassSession) -> int:
    """Take every waiting member off the waitlist of ``cs``, which is being cancelled: nobody
    stays listed for a class that will not take place, and each member's user log gets the line
    "Removed from the waitlist of Yoga on Tue 08 Dec 2026 18:00: the class is cancelled".
    Waiting cost nothing, so no credit moves. Returns how many were removed."""
    label = class_label(cs)
    waiting = _waiting(s, cs)
    for entry in waiting:
        entry.status = WaitlistStatus.REMOVED.value
        entry.note = "The class is cancelled."
        audit(
            s,
            ctx,
            member_id=entry.member_id,
            action=f"Removed from the waitlist of {label}: the class is cancelled",
        )
    return len(waiting)


def promote_waitlist(
    s: Session, ctx: ServiceContext, cs: ClassSession
) -> tuple[list[str], list[str]]:
    """Fill free places from the waitlist in order; a member who cannot pay keeps waiting
    with the reason noted, and the next one is tried. Returns what was done (who was promoted)
    and the problems (who could not be, and why): the caller reports the latter as a warning."""
    messages: list[str] = []
    problems: list[str] = []
    waiting = _waiting(s, cs)
    for entry in waiting:
        if cs.booked_count >= cs.capacity:
            break
        member = load(s, Member, entry.member_id, "Member")
        try:
            with s.begin_nested():
                book(s, ctx, cs, member, via="Promoted from the waitlist and signed up")
        except DomainError as refused:
            entry.note = f"Not promoted: {refused.message}"
            problems.append(f"{member.full_name} could not be promoted: {refused.message}")
            continue
        entry.status = WaitlistStatus.PROMOTED.value
        entry.note = ""
        messages.append(f"{member.full_name} was promoted from the waitlist.")
    return messages, problems
