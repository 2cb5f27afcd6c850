"""The member profile: details, memberships, bookings (active signups and history), user logs."""

from __future__ import annotations

from datetime import date, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.formats import day_text
from studio_app.dto.members import AuditRow, BookingRow, MemberProfile, MembershipRow
from studio_app.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    ClassSession,
    Installment,
    Member,
    Membership,
    Staff,
)
from studio_app.services.context import ServiceContext
from studio_app.services.members import _detail
from studio_app.services.memberships import membership_row
from studio_app.services.records import load
from studio_app.services.studio import money_format
from studio_app.services.visit_payments import drop_in_texts, visit_text

#: How far ahead the profile announces an automatic extension (as the front desk's list).
EXPIRING_DAYS = 7

_STATUS_TEXT = {
    BookingStatus.BOOKED.value: "booked",
    BookingStatus.SIGNED_OUT.value: "signed out",
    BookingStatus.SESSION_CANCELLED.value: "class cancelled",
    BookingStatus.LATE_CANCELLED.value: "late cancel (charged)",
}


def notices(
    s: Session, member_id: int, rows: tuple[MembershipRow, ...], today: date
) -> tuple[str, ...]:
    """The profile header's badges: memberships that will be extended automatically within
    the next 7 days (seed 003 notice), cancellations registered, installments overdue."""
    soon = today + timedelta(days=EXPIRING_DAYS)
    texts = [
        f"{r.plan_name} will be extended automatically on {day_text(r.ends_on + timedelta(days=1))}"
        for r in rows
        if r.extends_automatically and today <= r.ends_on < soon
    ]
    texts += [
        f"{r.plan_name}: cancellation registered, ends after installment "
        f"{r.installment.rpartition('/')[2]}"
        for r in rows
        if r.cancellation and r.ends_on >= today
    ]
    overdue = s.scalars(
        select(Installment.amount_cents)
        .join(Membership, Installment.membership_id == Membership.id)
        .where(
            Membership.member_id == member_id,
            Membership.cancelled.is_(False),
            Installment.paid.is_(False),
            Installment.due_on < today,
        )
    ).all()
    if overdue:
        total = money_format(s).text(sum(overdue))
        texts.append(
            f"{len(overdue)} installment{'s' if len(overdue) != 1 else ''} overdue ({total})"
        )
    return tuple(texts)


class MemberProfileService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def profile(self, member_id: int) -> MemberProfile:
        now = self.ctx.clock.now()
        today = now.date()
        with self.ctx.uow.read() as uow:
            s = uow.session
            member = load(s, Member, member_id, "Member")
            memberships = s.scalars(
                select(Membership)
                .where(Membership.member_id == member_id)
                .order_by(Membership.ends_on.desc(), Membership.id.desc())
            ).all()
            bookings = s.execute(
                select(Booking, ClassSession.name, ClassSession.starts_at, Membership.plan_name)
                .join(ClassSession, Booking.session_id == ClassSession.id)
                .outerjoin(Membership, Booking.membership_id == Membership.id)
                .where(Booking.member_id == member_id)
                .order_by(ClassSession.starts_at.desc(), Booking.id.desc())
            ).all()
            card = bool(member.card_on_file)
            rows = tuple(membership_row(s, m, today, card_on_file=card) for m in memberships)
            drop_ins = drop_in_texts(s, (row[0].id for row in bookings))
            upcoming, history = [], []
            for booking, name, starts_at, plan_name in bookings:
                booked = booking.status == BookingStatus.BOOKED.value
                status = _STATUS_TEXT[booking.status]
                if booked and starts_at < now:
                    status = (
                        "attended"
                        if booking.present
                        else "no-show"
                        if booking.no_show
                        else "taken place"
                    )
                # Only a visit still booked is owed; a signed-out unpaid visit owes nothing.
                unpaid = booked and booking.unpaid
                row = BookingRow(
                    booking.id,
                    booking.session_id,
                    name,
                    starts_at,
                    f"{status} · unpaid" if unpaid else status,
                    visit_text(booking, plan_name, drop_ins),
                    booking.present,
                    unpaid,
                )
                is_active = booked and starts_at >= now
                (upcoming if is_active else history).append(row)
            upcoming.reverse()
            logs = s.execute(
                select(AuditEntry, Staff.full_name)
                .outerjoin(Staff, AuditEntry.staff_id == Staff.id)
                .where(AuditEntry.member_id == member_id)
                .order_by(AuditEntry.at, AuditEntry.id)
            ).all()
            return MemberProfile(
                detail=_detail(member),
                memberships=rows,
                upcoming=tuple(upcoming),
                history=tuple(history),
                logs=tuple(
                    AuditRow(e.at, staff_name or "Automatic", e.action, e.entries_after)
                    for e, staff_name in logs
                ),
                notices=notices(s, member_id, rows, today),
            )
