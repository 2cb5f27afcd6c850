"""Holds (SPEC §5): pause a membership for a date range from the member's profile.

No class can be booked inside a hold; bookings already there are signed out and their sessions
returned (the desk confirms a list of them first). Time-based memberships and packages (with
their time-based items) last longer by the held days; restriction periods the hold overlaps are
prorated. The plan's hold policy (copied at sale) limits length and holds per year. Removing a
hold takes back the days it added and keeps the hold as history, marked removed.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain import holds as rules
from studio_app.domain.bounds import NOTE_MAX, check_id, check_text
from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import period_use, range_text
from studio_app.dto.changes import Change, Result
from studio_app.dto.holds import HoldPreview, HoldRow
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    Membership,
    MembershipHold,
)
from studio_app.runtime.context import ServiceContext
from studio_app.steps import booking_ops, installments, payers
from studio_app.steps.hold_rows import hold_rows
from studio_app.steps.records import audit, load

_CHANGED = frozenset({Change.MEMBERSHIPS, Change.BOOKINGS, Change.CREDITS, Change.SCHEDULE})


def _family(s: Session, m: Membership) -> list[Membership]:
    """The membership and, for a package, the plans sold in it: a hold pauses them all."""
    items = s.scalars(select(Membership).where(Membership.package_id == m.id)).all()
    return [m, *items]


def _extended(family: list[Membership]) -> list[Membership]:
    return [m for m in family if PlanKind(m.kind).extended_by_holds]


def _bookings_inside(
    s: Session, family: list[Membership], span: tuple[date, date]
) -> list[tuple[Booking, ClassSession]]:
    first, last = span
    rows = s.execute(
        select(Booking, ClassSession)
        .join(ClassSession, Booking.session_id == ClassSession.id)
        .where(
            Booking.membership_id.in_([m.id for m in family]),
            Booking.status == BookingStatus.BOOKED.value,
            ClassSession.starts_at >= datetime.combine(first, time.min),
            ClassSession.starts_at < datetime.combine(last + timedelta(days=1), time.min),
        )
        .order_by(ClassSession.starts_at)
    ).all()
    return [(b, cs) for b, cs in rows]


def _earlier(s: Session, m: Membership) -> list[tuple[date, date]]:
    return [(h.starts_on, h.ends_on) for h in payers.holds_of(s, [m.id]).get(m.id, [])]


def _check(s: Session, m: Membership, span: tuple[date, date], today: date) -> None:
    """Refuse a hold that breaks a rule: the hold policy and the membership's validity
    (domain/holds.py), and no membership it extends (a package's items too) may end past its
    maximum membership end date."""
    if m.cancelled:
        raise ValidationError(f"'{m.plan_name}' is cancelled and cannot be put on hold.")
    if m.package_id is not None:
        parent = load(s, Membership, m.package_id, "Membership")
        raise ValidationError(
            f"'{m.plan_name}' is part of the package '{parent.plan_name}': put the package on hold."
        )
    rules.check_hold(
        span,
        m.hold_policy,
        validity=(m.starts_on, m.ends_on),
        earlier_holds=_earlier(s, m),
        today=today,
        plan_name=m.plan_name,
    )
    days = rules.extension_days(span, (m.starts_on, m.ends_on))
    for x in _extended(_family(s, m)):
        rules.check_max_end(x.plan_name, x.ends_on, days, x.max_end_on)


def _prorated(s: Session, m: Membership, span: tuple[date, date]) -> tuple[str, ...]:
    """Each restriction period the hold overlaps, with the visits it keeps."""
    family = _family(s, m)
    restrictions = payers.restrictions_of(s, [x.id for x in family])
    holds = [*_earlier(s, m), span]
    lines = []
    for x in family:
        for r in restrictions.get(x.id, ()):
            day, seen = span[0], set()
            while day <= span[1]:
                use = period_use(r, x.starts_on, day, (), holds)
                if use.span not in seen:
                    seen.add(use.span)
                    if use.allowed != r.max_visits:
                        lines.append(
                            f"{x.plan_name}: {r.describe()}: {use.allowed} of {r.max_visits} "
                            f"visits in {range_text(use.span)}"
                        )
                day = use.span[1] + timedelta(days=1)
    return tuple(lines)


class HoldService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview(self, membership_id: int, starts_on: date, ends_on: date) -> HoldPreview:
        """What a hold would do: the new end date (and the maximum end date that bounds it),
        prorated visits, bookings signed out, or the rule that refuses it."""
        span = (starts_on, ends_on)
        with self.ctx.uow.read() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership")
            refusal = None
            try:
                _check(s, m, span, self.ctx.clock.today())
            except DomainError as error:
                refusal = error.message
            if refusal is not None:
                return HoldPreview(
                    m.plan_name,
                    max(0, rules.length(span)),
                    m.ends_on,
                    None,
                    (),
                    (),
                    m.hold_policy.describe(),
                    refusal,
                )
            family = _family(s, m)
            days = rules.extension_days(span, (m.starts_on, m.ends_on))
            new_end = rules.extended(m.ends_on, days) if _extended([m]) else None
            return HoldPreview(
                m.plan_name,
                rules.length(span),
                m.ends_on,
                new_end,
                _prorated(s, m, span),
                tuple(booking_ops.class_label(cs) for _, cs in _bookings_inside(s, family, span)),
                m.hold_policy.describe(),
                max_ends_on=m.max_end_on if new_end is not None else None,
            )

    def place(
        self, membership_id: int, starts_on: date, ends_on: date, note: str = ""
    ) -> Result[int]:
        """Put a membership on hold: sign out its bookings inside the hold (sessions returned),
        extend time-based memberships by the held days, and log it with who did it. The note
        holds up to 2,000 characters."""
        actor = self.ctx.acting()
        check_text(note.strip(), "The hold's note", limit=NOTE_MAX, multiline=True)
        span = (starts_on, ends_on)
        with self.ctx.uow() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership")
            _check(s, m, span, self.ctx.clock.today())
            family = _family(s, m)
            for booking, _ in _bookings_inside(s, family, span):
                cs = booking_ops.lock_session(s, booking.session_id)
                booking_ops.release(
                    s,
                    self.ctx,
                    booking,
                    cs,
                    status=BookingStatus.SIGNED_OUT,
                    action="Signed out (membership on hold) of",
                )
                booking_ops.promote_waitlist(s, self.ctx, cs)
            days = rules.extension_days(span, (m.starts_on, m.ends_on))
            extended = _extended(family) if days else []
            for x in extended:
                old_end, x.ends_on = x.ends_on, rules.extended(x.ends_on, days)
                installments.shift_latest_end(s, x, old_end)
            hold = MembershipHold(
                membership_id=m.id,
                starts_on=starts_on,
                ends_on=ends_on,
                extended_days=days if extended else 0,
                note=note.strip(),
                created_at=self.ctx.clock.utcnow(),
                created_by_id=actor.staff_id,
            )
            s.add(hold)
            s.flush()
            longer = f"; valid until {day_text(m.ends_on)}" if extended else ""
            longer += f" — {hold.note}" if hold.note else ""
            audit(
                s,
                self.ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Put {m.plan_name} on hold {range_text(span)} "
                f"({rules.length(span)} days){longer}",
            )
            uow.commit()
            return Result(hold.id, _CHANGED, f"{m.plan_name} is on hold {range_text(span)}.")

    def remove(self, hold_id: int) -> Result[None]:
        """Take a hold off: the days it added come off again; the hold stays as history."""
        actor = self.ctx.acting()
        with self.ctx.uow() as uow:
            s = uow.session
            hold = load(s, MembershipHold, hold_id, "Hold")
            if hold.removed_at is not None:
                raise ValidationError("This hold was already removed.")
            m = load(s, Membership, hold.membership_id, "Membership")
            if hold.extended_days:
                for x in _extended(_family(s, m)):
                    old_end, x.ends_on = x.ends_on, rules.extended(x.ends_on, -hold.extended_days)
                    installments.shift_latest_end(s, x, old_end)
            hold.removed_at = self.ctx.clock.utcnow()
            hold.removed_by_id = actor.staff_id
            span = (hold.starts_on, hold.ends_on)
            audit(
                s,
                self.ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Removed the hold {range_text(span)} from {m.plan_name}; valid until "
                f"{day_text(m.ends_on)}",
            )
            uow.commit()
        return Result(None, _CHANGED, f"The hold on {m.plan_name} was removed.")

    def for_member(self, member_id: int) -> list[HoldRow]:
        """Every hold of the member's memberships, newest first, removed ones included."""
        check_id(member_id, "member")
        with self.ctx.uow.read() as uow:
            return hold_rows(uow.session, member_id)
