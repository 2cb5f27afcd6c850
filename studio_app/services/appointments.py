"""Appointments: one-to-one sessions with a trainer, booked ad hoc at a chosen time and paid with
credits of their category, e.g. "Personal training" (SPEC §3, seed 001).

An appointment is a class session of its own (no series, capacity 1, the trainer as instructor)
plus the member's booking, made in one transaction through the normal booking steps: a
membership with credits of the category valid on that day pays, the one expiring first unless
staff choose. Booking is refused, and nothing is written, when the start is more than 24 hours
ago (the desk may record yesterday evening's session, not older ones), the length is not 15 min
to 8 h, the trainer is missing or busy with another class or appointment, the member is booked
into an overlapping class, or no membership can pay. Cancelling signs the member out (the credit
returns to its lot) and cancels the session, so it leaves the calendar.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import SessionTerms, choose_payer
from studio_app.domain.bounds import check_date, check_datetime, check_text
from studio_app.domain.errors import BookingRefused, DomainError, ValidationError
from studio_app.domain.formats import moment_text
from studio_app.dto.appointments import (
    APPOINTMENT_COLOR,
    MAX_BACKDATE,
    MAX_MINUTES,
    MIN_MINUTES,
    AppointmentInput,
    AppointmentOverview,
    AppointmentRef,
)
from studio_app.dto.attendance import PayerOption
from studio_app.dto.changes import Change, Result
from studio_app.models import Booking, BookingStatus, ClassSession, Member, MemberStatus
from studio_app.runtime.context import ServiceContext
from studio_app.steps import appointment_queries as q
from studio_app.steps import booking_ops, payers
from studio_app.steps import studio_policy as policies
from studio_app.steps.records import load

_CHANGED = frozenset({Change.BOOKINGS, Change.CREDITS, Change.MEMBERSHIPS, Change.SCHEDULE})


def _clean(text: str) -> str:
    return " ".join(text.split())


def _moment(at: datetime) -> str:
    return moment_text(at, weekday=True)


def appointment_name(category: str, trainer: str) -> str:
    """How the calendar, the attendance list and the credit ledger name it."""
    return f"{category} · {trainer}"


class AppointmentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    # ------------------------------------------------------------------ queries
    def trainers(self) -> list[str]:
        """Instructors of class series and earlier appointments (the dialog also takes others)."""
        with self.ctx.uow.read() as uow:
            return q.trainers(uow.session)

    def categories(self) -> list[str]:
        """Credit categories to book appointments with, Personal training first."""
        with self.ctx.uow.read() as uow:
            return q.appointment_categories(uow.session)

    def payer_options(
        self, member_id: int, starts_at: datetime, category: str
    ) -> list[PayerOption]:
        """Each membership of the member and how it would pay for an appointment of ``category``
        at ``starts_at``, or why it cannot; the one that pays automatically comes first."""
        check_datetime(starts_at, "The appointment's start")
        check_text(category, "The credit category")
        with self.ctx.uow.read() as uow:
            terms = SessionTerms(
                starts_at.date(),
                _clean(category),
                f"{_clean(category)} appointment",
                paid_period_only=policies.paid_period_only(uow.session),
            )
            candidates = payers.payer_candidates(uow.session, member_id, self.ctx.clock.today())
        try:
            first = choose_payer(candidates, terms, member_name="").candidate.membership_id
        except DomainError:
            first = None
        candidates.sort(key=lambda c: c.membership_id != first)
        return [q.payer_option(c, terms) for c in candidates]

    def overview(self, member_id: int) -> AppointmentOverview:
        """The Appointments tab: per category sold / booked / attended / left, and the list."""
        with self.ctx.uow.read() as uow:
            member = load(uow.session, Member, member_id, "Member")
            return q.overview(uow.session, member, self.ctx.clock.now())

    def clients_in_week(self, any_day: date) -> dict[int, str]:
        """The week's appointments (class session id → client name, empty once cancelled)."""
        check_date(any_day, "The day")
        with self.ctx.uow.read() as uow:
            monday = any_day - timedelta(days=any_day.weekday())
            return q.clients_in_week(uow.session, monday)

    # ------------------------------------------------------------------ actions
    def book(self, data: AppointmentInput) -> Result[AppointmentRef]:
        """Create the appointment and book the member into it, charging one credit now."""
        self.ctx.acting()
        trainer, category = _clean(data.trainer), _clean(data.category)
        start = data.starts_at.replace(second=0, microsecond=0)
        self._check(trainer, category, start, data.duration_minutes)
        check_text(data.room, "The room")
        end = start + timedelta(minutes=data.duration_minutes)
        with self.ctx.uow() as uow:
            s = uow.session
            member = load(s, Member, data.member_id, "Member")
            if member.status == MemberStatus.ARCHIVED.value:
                raise BookingRefused(
                    f"{member.full_name} is archived and cannot be booked.", rule="archived"
                )
            for clash in (
                q.trainer_clash(s, trainer, start, end),
                q.member_clash(s, member, start, end),
            ):
                if clash:
                    raise BookingRefused(clash, rule="appointment-clash")
            cs = ClassSession(
                series_id=None,
                name=appointment_name(category, trainer),
                instructor=trainer,
                room=_clean(data.room),
                capacity=1,
                starts_at=start,
                duration_minutes=data.duration_minutes,
                credit_category=category,
                color=APPOINTMENT_COLOR,
                detached=False,
                cancelled=False,
                appointment=True,
                booked_count=0,
            )
            # Who pays is decided before anything is written: a refusal leaves no session behind.
            booking_ops.choose(s, cs, member, self.ctx.clock.today(), data.membership_id)
            s.add(cs)
            s.flush()
            booking_id = booking_ops.book(
                s, self.ctx, cs, member, data.membership_id, via="Booked appointment"
            )
            uow.commit()
            return Result(
                AppointmentRef(cs.id, booking_id),
                _CHANGED,
                f"{member.full_name} booked with {trainer} on {_moment(start)}.",
            )

    def cancel(self, booking_id: int) -> Result[None]:
        """Sign the member out of the appointment (the credit returns to its lot) and cancel the
        appointment's session. An appointment marked attended cannot be cancelled."""
        self.ctx.acting()
        with self.ctx.uow() as uow:
            s = uow.session
            booking = load(s, Booking, booking_id, "Booking")
            cs = booking_ops.lock_session(s, booking.session_id)
            self._check_cancellable(s, booking, cs)
            booking_ops.release(
                s,
                self.ctx,
                booking,
                cs,
                status=BookingStatus.SIGNED_OUT,
                action="Cancelled appointment",
            )
            uow.commit()
        return Result(
            None, _CHANGED, f"Appointment on {_moment(cs.starts_at)} cancelled; credit returned."
        )

    # ------------------------------------------------------------------ rules
    def _check(self, trainer: str, category: str, start: datetime, minutes: int) -> None:
        """Names of at most 100 characters, a start on a business date (domain/bounds.py), a
        length of 15 min to 8 h, and no more than 24 hours ago."""
        check_text(trainer, "The trainer")
        check_text(category, "The credit category")
        check_datetime(start, "The appointment's start")
        if not trainer:
            raise ValidationError("Choose the trainer for the appointment.")
        if not category:
            raise ValidationError("Choose a credit category (e.g. Personal training).")
        if not MIN_MINUTES <= minutes <= MAX_MINUTES:
            raise ValidationError(
                f"An appointment lasts {MIN_MINUTES} to {MAX_MINUTES} minutes (got {minutes})."
            )
        earliest = self.ctx.clock.now() - MAX_BACKDATE
        if start < earliest:
            hours = int(MAX_BACKDATE.total_seconds() // 3600)
            raise ValidationError(
                f"{_moment(start)} is more than {hours} hours ago: an appointment that took "
                f"place can be recorded until {hours} hours after its start."
            )

    @staticmethod
    def _check_cancellable(s: Session, booking: Booking, cs: ClassSession) -> None:
        if not cs.appointment:
            raise BookingRefused(
                f"{booking_ops.class_label(cs)} is a class, not an appointment: sign the "
                "member out in its attendance list.",
                rule="not-appointment",
            )
        if booking.status == BookingStatus.BOOKED.value and booking.present:
            member = load(s, Member, booking.member_id, "Member")
            raise BookingRefused(
                f"{member.full_name} was marked present at {booking_ops.class_label(cs)}: an "
                "attended appointment cannot be cancelled (untick Present first if that was a "
                "mistake).",
                rule="attended",
            )
