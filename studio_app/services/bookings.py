"""Front-desk booking actions: sign up, sign out, waitlist, Present, card check-in."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import timedelta

from sqlalchemy import bindparam, select

from studio_app.domain.booking_policy import class_over
from studio_app.domain.booking_rules import check_not_cancelled, refusal_reason
from studio_app.domain.bounds import (
    CARD_CODE_MAX,
    MAX_PREVIEWED_MEMBERS,
    check_id,
    check_int,
    check_text,
)
from studio_app.domain.errors import BookingRefused, NotFound
from studio_app.domain.formats import time_text
from studio_app.dto.attendance import (
    AttendanceList,
    AttendeeRow,
    PayerOption,
    PayerPreview,
    WaitlistRow,
)
from studio_app.dto.changes import Change, Result
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    Member,
    Membership,
    WaitlistEntry,
    WaitlistStatus,
)
from studio_app.runtime.context import ServiceContext
from studio_app.steps import booking_ops, payers, visit_payments
from studio_app.steps import ledger as credits
from studio_app.steps import studio_policy as policies
from studio_app.steps.payer_preview import previews, until_text
from studio_app.steps.records import audit, load, load_by, plain_rows
from studio_app.steps.schedule_queries import block_of

#: A sign-up or sign-out: the booking, the class's places and the credits charged or returned
#: (and what the member's memberships show of them).
_CHANGED = frozenset({Change.BOOKINGS, Change.MEMBERSHIPS, Change.SCHEDULE, Change.CREDITS})
_PAID_BY_MEMBERSHIP = frozenset({Change.BOOKINGS, Change.MEMBERSHIPS, Change.CREDITS})
CHECK_IN_WINDOW = timedelta(minutes=60)
#: The member signing up, and their place on the class's waitlist: read at every sign-up,
#: built once.
_MEMBER = select(Member).where(Member.id == bindparam("id"))
_WAITING = select(WaitlistEntry.id).where(
    WaitlistEntry.session_id == bindparam("session_id"),
    WaitlistEntry.member_id == bindparam("member_id"),
    WaitlistEntry.status == WaitlistStatus.WAITING.value,
)


class BookingService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def attendance(self, session_id: int) -> AttendanceList:
        """The attendance list: booked members, the membership paying and what is left."""
        with self.ctx.uow.read() as uow:
            s = uow.session
            cs = load(s, ClassSession, session_id, "Class session")
            rows = s.execute(
                select(Booking, Member.first_name, Member.last_name, Membership)
                .join(Member, Booking.member_id == Member.id)
                .outerjoin(Membership, Booking.membership_id == Membership.id)
                .where(
                    Booking.session_id == session_id, Booking.status == BookingStatus.BOOKED.value
                )
                .order_by(Member.last_name, Member.first_name)
            ).all()
            drop_ins = visit_payments.drop_in_texts(s, (row[0].id for row in rows))
            attendees = []
            for booking, first, last, membership in rows:
                if membership is None:
                    plan = visit_payments.visit_text(booking, None, drop_ins)
                    left = "to pay" if booking.unpaid else ""
                elif booking.lot_id is not None:
                    plan = membership.plan_name
                    left = f"{credits.entries_left(s, membership.id, cs.credit_category)} left"
                else:
                    plan, left = membership.plan_name, until_text(membership.ends_on, cs.starts_at)
                attendees.append(
                    AttendeeRow(
                        booking.id,
                        booking.member_id,
                        f"{first} {last}",
                        plan,
                        left,
                        booking.present,
                        booking.unpaid,
                        booking.no_show,
                    )
                )
            waiting = s.execute(
                select(WaitlistEntry, Member.first_name, Member.last_name)
                .join(Member, WaitlistEntry.member_id == Member.id)
                .where(
                    WaitlistEntry.session_id == session_id,
                    WaitlistEntry.status == WaitlistStatus.WAITING.value,
                )
                .order_by(WaitlistEntry.created_at, WaitlistEntry.id)
            ).all()
            return AttendanceList(
                block_of(s, cs),
                tuple(attendees),
                tuple(
                    WaitlistRow(e.id, e.member_id, f"{first} {last}", e.created_at, e.note)
                    for e, first, last in waiting
                ),
            )

    def payer_options(self, session_id: int, member_id: int) -> list[PayerOption]:
        """Each of the member's memberships and why it can or cannot pay for this session."""
        with self.ctx.uow.read() as uow:
            cs = load(uow.session, ClassSession, session_id, "Class session")
            terms = booking_ops.session_terms(uow.session, cs)
            return [
                PayerOption(c.membership_id, c.plan_name, refusal_reason(c, terms))
                for c in payers.payer_candidates(uow.session, member_id, self.ctx.clock.today())
            ]

    def payer_previews(self, session_id: int, member_ids: Sequence[int]) -> dict[int, PayerPreview]:
        """For each of the members (at most 50: a name field's suggestions), the membership that
        would pay if they were signed up for the session now and what it has left, or why none
        can — decided by the sign-up's own rules (steps/payer_preview.py), in one read unit
        of work. Members that do not exist are left out."""
        check_int(len(member_ids), "The number of members", 0, MAX_PREVIEWED_MEMBERS)
        ids = [check_id(member_id, "member") for member_id in member_ids]
        with self.ctx.uow.read() as uow:
            s = uow.session
            cs = load(s, ClassSession, session_id, "Class session")
            terms = booking_ops.session_terms(s, cs)
            found = set(s.scalars(select(Member.id).where(Member.id.in_(ids))))
            known = [member_id for member_id in ids if member_id in found]
            return previews(s, terms, cs.starts_at, known, self.ctx.clock.today())

    def sign_up(
        self,
        session_id: int,
        member_id: int,
        membership_id: int | None = None,
        *,
        unpaid: bool = False,
    ) -> Result[int]:
        """Sign a member up; charges one session now (SPEC E1). Refusals name the rule.
        ``unpaid`` registers an unpaid visit (only with enforce billing off)."""
        with self.ctx.uow() as uow:
            self.ctx.acting()  # checked once, in the write's own transaction
            cs = booking_ops.lock_session(uow.session, session_id)
            member = load_by(uow.session, _MEMBER, member_id, "Member")
            booking_id = booking_ops.book(
                uow.session, self.ctx, cs, member, membership_id, unpaid=unpaid
            )
            self._leave_waitlist_if_waiting(uow.session, session_id, member_id)
            uow.commit()
            return Result(booking_id, _CHANGED, f"{member.full_name} signed up.")

    def late_cancel_warning(self, booking_id: int) -> str | None:
        """The late-cancel notice if signing out now is after the class's cancellation cut-off
        (and the visit was charged), so the desk can choose to forgive it; else None."""
        with self.ctx.uow.read() as uow:
            booking = load(uow.session, Booking, booking_id, "Booking")
            cs = load(uow.session, ClassSession, booking.session_id, "Class session")
            return policies.late_cancel_notice(uow.session, booking, cs, self.ctx.clock.now())

    def sign_out(self, booking_id: int, *, forgive: bool = False) -> Result[None]:
        """Sign a member out; the session returns to the membership it came from, and the first
        waitlisted member who can pay takes the place. After the cancellation cut-off it is a
        late cancel that keeps the session charged, unless staff ``forgive`` it."""
        with self.ctx.uow() as uow:
            self.ctx.acting()  # checked once, in the write's own transaction
            s = uow.session
            booking = load(s, Booking, booking_id, "Booking")
            cs = booking_ops.lock_session(s, booking.session_id)
            live = booking.status == BookingStatus.BOOKED.value
            late = (
                policies.late_cancel_notice(s, booking, cs, self.ctx.clock.now()) if live else None
            )
            if late and not forgive:
                booking_ops.late_cancel(s, self.ctx, booking, cs, late)
                messages = [f"{late}: the session stays charged."]
            else:
                action = "Signed out (late cancel forgiven) of" if late else "Signed out of"
                booking_ops.release(
                    s, self.ctx, booking, cs, status=BookingStatus.SIGNED_OUT, action=action
                )
                messages = []
            promoted, problems = booking_ops.promote_waitlist(s, self.ctx, cs)
            uow.commit()
        return Result(None, _CHANGED, " ".join(messages + promoted), " ".join(problems))

    def mark_no_shows(self, session_id: int) -> Result[int]:
        """Flag every member booked but not marked present as a no-show, once the class is over.
        The session stays charged; marking the member present later clears the flag."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            s = uow.session
            cs = load(s, ClassSession, session_id, "Class session")
            label = booking_ops.class_label(cs)
            if not class_over(
                now=self.ctx.clock.now(),
                starts_at=cs.starts_at,
                duration_minutes=cs.duration_minutes,
            ):
                ends = time_text(cs.starts_at + timedelta(minutes=cs.duration_minutes))
                raise BookingRefused(
                    f"{label} ends at {ends}: no-shows can be marked once the class is over.",
                    rule="no-show-too-early",
                )
            absent = s.scalars(
                select(Booking).where(
                    Booking.session_id == session_id,
                    Booking.status == BookingStatus.BOOKED.value,
                    Booking.present.is_(False),
                    Booking.no_show.is_(False),
                )
            ).all()
            for booking in absent:
                booking.no_show = True
                audit(
                    s,
                    self.ctx,
                    member_id=booking.member_id,
                    membership_id=booking.membership_id,
                    action=f"No-show at {label}",
                )
            uow.commit()
        noun = "no-show" if len(absent) == 1 else "no-shows"
        return Result(len(absent), frozenset({Change.BOOKINGS}), f"{len(absent)} {noun} marked.")

    def pay_visit(self, booking_id: int, membership_id: int | None = None) -> Result[None]:
        """Pay an unpaid visit with a membership chosen now (or the one expiring first). The
        membership must be able to pay on the class's day, as at sign-up (seed 002: visits of
        an upcoming period never pay for an earlier one); a refusal changes nothing."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            plan = visit_payments.pay_with_membership(
                uow.session, self.ctx, booking_id, membership_id
            )
            uow.commit()
        return Result(None, _PAID_BY_MEMBERSHIP, f"Visit paid with {plan}.")

    def pay_visit_drop_in(self, booking_id: int, amount_cents: int, method: str) -> Result[None]:
        """Pay an unpaid visit with money at the desk: the amount (0 or more, in cents) and an
        accepted method (Cash, Card, Transfer, Other) are recorded as a payment."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            text = visit_payments.pay_drop_in(
                uow.session, self.ctx, booking_id, amount_cents, method
            )
            uow.commit()
        return Result(None, frozenset({Change.BOOKINGS, Change.PAYMENTS}), f"Visit paid: {text}.")

    def set_present(self, booking_id: int, present: bool) -> Result[None]:
        """Present only marks presence; it changes no balance (seed 000)."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            booking = load(uow.session, Booking, booking_id, "Booking")
            if booking.status != BookingStatus.BOOKED.value:
                raise BookingRefused("Only booked members can be marked present.")
            booking.present = present
            if present:
                booking.no_show = False
            uow.commit()
        return Result(None, frozenset({Change.BOOKINGS}))

    def join_waitlist(self, session_id: int, member_id: int) -> Result[int]:
        """A full class offers a waitlist; joining charges nothing until promotion. A cancelled
        class has no waitlist (it is refused as cancelled, whatever its free places)."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            s = uow.session
            cs = booking_ops.lock_session(s, session_id)
            member = load(s, Member, member_id, "Member")
            label = booking_ops.class_label(cs)
            check_not_cancelled(cancelled=cs.cancelled, class_label=label)
            if cs.booked_count < cs.capacity:
                raise BookingRefused(
                    f"{label} still has {cs.capacity - cs.booked_count} free places; "
                    "sign the member up instead.",
                    rule="waitlist-not-full",
                )
            if booking_ops.has_live_booking(s, session_id, member_id):
                raise BookingRefused(
                    f"{member.full_name} is already signed up for {label}.", rule="double-booking"
                )
            if self._waiting(s, session_id, member_id) is not None:
                raise BookingRefused(
                    f"{member.full_name} is already on the waitlist.", rule="double-waitlist"
                )
            entry = WaitlistEntry(
                session_id=session_id,
                member_id=member_id,
                status=WaitlistStatus.WAITING.value,
                note="",
                created_at=self.ctx.clock.utcnow(),
                created_by_id=self.ctx.acting().staff_id,
            )
            s.add(entry)
            s.flush()
            uow.commit()
            return Result(entry.id, frozenset({Change.BOOKINGS, Change.SCHEDULE}))

    def leave_waitlist(self, entry_id: int) -> Result[None]:
        self.ctx.acting()
        with self.ctx.uow() as uow:
            entry = load(uow.session, WaitlistEntry, entry_id, "Waitlist entry")
            entry.status = WaitlistStatus.REMOVED.value
            uow.commit()
        return Result(None, frozenset({Change.BOOKINGS, Change.SCHEDULE}))

    def check_in_card(self, card_code: str) -> Result[str]:
        """Scanning a card marks the member present for their class starting within the hour
        (or under way)."""
        self.ctx.acting()
        now = self.ctx.clock.now()
        check_text(card_code.strip(), "The card code", limit=CARD_CODE_MAX)
        with self.ctx.uow() as uow:
            s = uow.session
            member = s.scalars(select(Member).where(Member.card_code == card_code.strip())).first()
            if member is None:
                raise NotFound(f"No member has the card code {card_code.strip()}.")
            rows = s.execute(
                select(Booking, ClassSession)
                .join(ClassSession, Booking.session_id == ClassSession.id)
                .where(
                    Booking.member_id == member.id,
                    Booking.status == BookingStatus.BOOKED.value,
                    ClassSession.starts_at <= now + CHECK_IN_WINDOW,
                    ClassSession.starts_at >= now - timedelta(hours=3),
                )
            ).all()
            if not rows:
                raise BookingRefused(
                    f"{member.full_name} has no class starting within "
                    f"{int(CHECK_IN_WINDOW.total_seconds() // 60)} minutes.",
                    rule="check-in",
                )
            row = min(rows, key=lambda r: abs(r[1].starts_at - now))
            booking, cs = row
            booking.present = True
            uow.commit()
            return Result(
                f"{member.full_name} is present for {booking_ops.class_label(cs)}.",
                frozenset({Change.BOOKINGS}),
            )

    @staticmethod
    def _waiting(s, session_id: int, member_id: int) -> int | None:  # type: ignore[no-untyped-def]
        """The id of the member's place on the class's waitlist, if waiting."""
        rows = plain_rows(s, _WAITING, {"session_id": session_id, "member_id": member_id})
        return rows[0].id if rows else None

    def _leave_waitlist_if_waiting(self, s, session_id: int, member_id: int) -> None:  # type: ignore[no-untyped-def]
        entry_id = self._waiting(s, session_id, member_id)
        if entry_id is not None:
            entry = load(s, WaitlistEntry, entry_id, "Waitlist entry")
            entry.status = WaitlistStatus.PROMOTED.value
