"""Read helpers of appointments: clashes of a trainer or a member, the member's overview, and the
choices the booking dialog offers (trainers, categories, who can pay)."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.booking_rules import PayerCandidate, SessionTerms, decide
from studio_app.domain.credit_grants import PERSONAL_TRAINING
from studio_app.domain.formats import time_range_text, weekday_text
from studio_app.dto.appointments import (
    UNPAID,
    AppointmentOverview,
    AppointmentRow,
    AppointmentStatus,
    CategoryOverview,
)
from studio_app.dto.attendance import PayerOption
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSeries,
    ClassSession,
    Member,
    Membership,
    PlanCreditGrant,
)
from studio_app.steps.credit_report import build_report

#: No class lasts longer (see ScheduleService), so older starts cannot overlap.
_LONGEST_CLASS = timedelta(minutes=24 * 60)


def _end(cs: ClassSession) -> datetime:
    return cs.starts_at + timedelta(minutes=cs.duration_minutes)


def _span(cs: ClassSession) -> str:
    day = weekday_text(cs.starts_at.date())
    return f"{time_range_text(cs.starts_at, _end(cs))} on {day}"


def _same_person(a: str, b: str) -> bool:
    return " ".join(a.split()).casefold() == " ".join(b.split()).casefold()


def overlapping(s: Session, start: datetime, end: datetime) -> list[ClassSession]:
    """Class sessions and appointments (not cancelled) that overlap [start, end)."""
    rows = s.scalars(
        select(ClassSession)
        .where(
            ClassSession.cancelled.is_(False),
            ClassSession.starts_at < end,
            ClassSession.starts_at > start - _LONGEST_CLASS,
        )
        .order_by(ClassSession.starts_at, ClassSession.id)
    )
    return [cs for cs in rows if _end(cs) > start]


def client_of(s: Session, cs: ClassSession) -> str:
    """The member booked into an appointment (empty when nobody is)."""
    row = s.execute(
        select(Member.first_name, Member.last_name)
        .join(Booking, Booking.member_id == Member.id)
        .where(Booking.session_id == cs.id, Booking.status == BookingStatus.BOOKED.value)
    ).first()
    return f"{row[0]} {row[1]}".strip() if row else ""


def trainer_clash(s: Session, trainer: str, start: datetime, end: datetime) -> str | None:
    """Why the trainer cannot take the slot: another class or appointment they give overlaps."""
    for cs in overlapping(s, start, end):
        if not _same_person(cs.instructor, trainer):
            continue
        client = client_of(s, cs) if cs.appointment else ""
        what = f"{client} ({cs.credit_category})" if client else cs.name
        return f"{cs.instructor} is busy {_span(cs)} with {what}."
    return None


def member_clash(s: Session, member: Member, start: datetime, end: datetime) -> str | None:
    """Why the member cannot take the slot: they are booked into an overlapping class."""
    ids = [cs.id for cs in overlapping(s, start, end)]
    if not ids:
        return None
    cs = s.scalars(
        select(ClassSession)
        .join(Booking, Booking.session_id == ClassSession.id)
        .where(
            Booking.member_id == member.id,
            Booking.status == BookingStatus.BOOKED.value,
            ClassSession.id.in_(ids),
        )
        .order_by(ClassSession.starts_at)
    ).first()
    if cs is None:
        return None
    return f"{member.full_name} is already booked {_span(cs)} for {cs.name}."


def trainers(s: Session) -> list[str]:
    """Instructors of class series and of earlier appointments, alphabetically."""
    names = set(s.scalars(select(ClassSeries.instructor).distinct()))
    names |= set(
        s.scalars(select(ClassSession.instructor).where(ClassSession.appointment.is_(True)))
    )
    return sorted({" ".join(n.split()) for n in names if n.strip()}, key=str.casefold)


def _used_by_appointments(s: Session) -> set[str]:
    return set(
        s.scalars(select(ClassSession.credit_category).where(ClassSession.appointment.is_(True)))
    )


def appointment_categories(s: Session) -> list[str]:
    """Personal training first, then the categories earlier appointments used and those plans
    grant credits of, leaving out the categories of class series (e.g. Group class)."""
    granted = set(s.scalars(select(PlanCreditGrant.category).distinct()))
    granted -= set(s.scalars(select(ClassSeries.credit_category).distinct()))
    others = sorted((_used_by_appointments(s) | granted) - {PERSONAL_TRAINING}, key=str.casefold)
    return [PERSONAL_TRAINING, *others]


def payer_option(candidate: PayerCandidate, terms: SessionTerms) -> PayerOption:
    """One membership and how it would pay ("PT 4 · 3 Personal training credits left"), or why
    it cannot."""
    decision = decide(candidate, terms)
    if isinstance(decision, str):
        return PayerOption(candidate.membership_id, candidate.plan_name, decision)
    if decision.lot is None:
        return PayerOption(candidate.membership_id, f"{candidate.plan_name} · unlimited", None)
    left = sum(
        lot.remaining
        for lot in candidate.lots
        if lot.category == terms.category and lot.covers(terms.day)
    )
    noun = "credit" if left == 1 else "credits"
    label = f"{candidate.plan_name} · {left} {terms.category} {noun} left"
    return PayerOption(candidate.membership_id, label, None)


def _status(booking: Booking, cs: ClassSession, now: datetime) -> AppointmentStatus:
    if booking.status != BookingStatus.BOOKED.value or cs.cancelled:
        return AppointmentStatus.CANCELLED
    if booking.present:
        return AppointmentStatus.ATTENDED
    return AppointmentStatus.TAKEN_PLACE if _end(cs) <= now else AppointmentStatus.BOOKED


def _paid_by(booking: Booking, plan_name: str | None) -> str:
    if plan_name:
        return plan_name
    return UNPAID if booking.unpaid else "—"


def overview(s: Session, member: Member, now: datetime) -> AppointmentOverview:
    """The member's appointments (newest first) and, per appointment category (Personal training
    and any category an appointment used) the member holds credits of or booked with: credits
    sold, appointments booked and attended, credits left."""
    rows = s.execute(
        select(Booking, ClassSession, Membership.plan_name)
        .join(ClassSession, Booking.session_id == ClassSession.id)
        .outerjoin(Membership, Booking.membership_id == Membership.id)
        .where(Booking.member_id == member.id, ClassSession.appointment.is_(True))
        .order_by(ClassSession.starts_at.desc(), Booking.id.desc())
    ).all()
    listing = tuple(
        AppointmentRow(
            booking.id,
            cs.id,
            cs.starts_at,
            cs.duration_minutes,
            cs.instructor,
            cs.credit_category,
            cs.room,
            _status(booking, cs, now),
            _paid_by(booking, plan_name),
        )
        for booking, cs, plan_name in rows
    )
    counts: dict[str, dict[AppointmentStatus, int]] = defaultdict(lambda: defaultdict(int))
    for row in listing:
        counts[row.category][row.status] += 1
    totals = {t.category: t for t in build_report(s, member, now.date()).totals}
    held = {PERSONAL_TRAINING, *_used_by_appointments(s)} & set(totals)
    categories = []
    for category in sorted(
        held | set(counts), key=lambda c: (c != PERSONAL_TRAINING, c.casefold())
    ):
        t, c = totals.get(category), counts[category]
        categories.append(
            CategoryOverview(
                category,
                t.issued + t.adjusted if t else 0,
                c[AppointmentStatus.BOOKED],
                c[AppointmentStatus.ATTENDED] + c[AppointmentStatus.TAKEN_PLACE],
                t.available if t else 0,
            )
        )
    return AppointmentOverview(member.id, member.full_name, tuple(categories), listing)


def clients_in_week(s: Session, monday: date) -> dict[int, str]:
    """Every appointment of the week by class session id: its client's name (empty once the
    appointment was cancelled)."""
    start = datetime.combine(monday, datetime.min.time())
    sessions = s.scalars(
        select(ClassSession).where(
            ClassSession.appointment.is_(True),
            ClassSession.starts_at >= start,
            ClassSession.starts_at < start + timedelta(days=7),
        )
    ).all()
    return {cs.id: client_of(s, cs) for cs in sessions}
