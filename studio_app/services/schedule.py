"""The class schedule: class series with a weekly recurrence, their sessions, and the week view.

"Edit the series" changes every future session that was not edited on its own; one session can
be edited or cancelled on its own; cancelling returns every booked member's session (SPEC §3)
and clears the class's waitlist.
A series' session rules (SPEC §4) list the plans allowed to book it; without rules any
membership of its credit category may.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.booking_policy import validated as validated_policy
from studio_app.domain.bounds import (
    COLOR_MAX,
    MAX_CAPACITY,
    MAX_LISTED_PLANS,
    check_count,
    check_date,
    check_datetime,
    check_id,
    check_int,
    check_text,
)
from studio_app.domain.errors import ValidationError
from studio_app.domain.privileges import Privilege
from studio_app.domain.recurrence import decode_weekdays, encode_weekdays, weekly_occurrences
from studio_app.dto.changes import Change, Result
from studio_app.dto.schedule import SeriesInput, SeriesRow, SessionBlock, SessionInput
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSeries,
    ClassSession,
    Plan,
    PlanCreditGrant,
    SessionRule,
)
from studio_app.runtime.context import ServiceContext
from studio_app.steps import booking_ops
from studio_app.steps.records import load
from studio_app.steps.schedule_queries import block_of, blocks_between

_CHANGED = frozenset({Change.SCHEDULE})
#: A change to classes that members are booked into: their bookings, and the credits returned
#: or charged as places are given back or waiting members promoted.
_BOOKED_TOO = _CHANGED | {Change.BOOKINGS, Change.MEMBERSHIPS, Change.CREDITS}
MAX_SERIES_DAYS = 3 * 366


def _check_class(
    name: str, instructor: str, room: str, capacity: int, duration_minutes: int
) -> None:
    """What every class, series or single session, needs: a name, a place, 5 min to 24 h;
    names of 100 characters at most, 1 to 500 places (domain/bounds.py)."""
    if not check_text(name.strip(), "The class's name"):
        raise ValidationError("A class needs a name.")
    check_text(instructor, "The instructor")
    check_text(room, "The room")
    if capacity < 1:
        raise ValidationError(f"Capacity must be at least 1 (got {capacity}).")
    check_int(capacity, "Capacity", 1, MAX_CAPACITY)
    if not 5 <= duration_minutes <= 24 * 60:
        raise ValidationError(f"Duration must be 5 to 1440 minutes (got {duration_minutes}).")


def _check_room_for_booked(capacity: int, cs: ClassSession) -> None:
    """Capacity is never lowered below the members already booked."""
    if capacity < cs.booked_count:
        raise ValidationError(
            f"Capacity {capacity} is below the {cs.booked_count} members already booked for "
            f"{booking_ops.class_label(cs)}."
        )


def _validated(data: SeriesInput) -> SeriesInput:
    _check_class(data.name, data.instructor, data.room, data.capacity, data.duration_minutes)
    check_date(data.starts_on, "The series' first day")
    check_date(data.until, "The series' last day")
    check_text(data.color, "The colour", limit=COLOR_MAX)
    check_count(len(data.allowed_plan_ids), "Plans in the session rules", high=MAX_LISTED_PLANS)
    for plan_id in data.allowed_plan_ids:
        check_id(plan_id, "plan")
    if (data.until - data.starts_on).days > MAX_SERIES_DAYS:
        raise ValidationError("A series can run at most 3 years; extend it later if needed.")
    if not check_text(data.credit_category.strip(), "The credit category"):
        raise ValidationError("Choose a credit category (e.g. Group class).")
    weekly_occurrences(data.weekdays, data.start_time, data.starts_on, data.until)
    if data.policy is not None:
        validated_policy(data.policy)
    return data


def _write_rules(s: Session, series_id: int, data: SeriesInput) -> None:
    """Replace the series' session rules whole. Every listed plan must exist and be able to pay
    for the class: its own category is the class's, or it includes credits of that category."""
    wanted = data.allowed_plan_ids
    plans = {p.id: p for p in s.scalars(select(Plan).where(Plan.id.in_(wanted)))}
    missing = sorted(wanted - plans.keys())
    if missing:
        raise ValidationError(
            f"The session rules name plan #{missing[0]}, which does not exist "
            "(it may have been deleted at another desk)."
        )
    category = data.credit_category.strip()
    granting = set(
        s.scalars(
            select(PlanCreditGrant.plan_id).where(
                PlanCreditGrant.plan_id.in_(wanted), PlanCreditGrant.category == category
            )
        )
    )
    unable = sorted(
        p.name for p in plans.values() if p.credit_category != category and p.id not in granting
    )
    if unable:
        raise ValidationError(
            f"Session rules: {', '.join(unable)} cannot pay for {category} classes "
            f"(allow only plans of the {category} category or with {category} credits)."
        )
    s.execute(delete(SessionRule).where(SessionRule.series_id == series_id))
    s.add_all(SessionRule(series_id=series_id, plan_id=plan_id) for plan_id in sorted(wanted))


def _rules(s: Session) -> dict[int, frozenset[int]]:
    """The plans each series allows, by series id (series without rules are absent)."""
    allowed: dict[int, set[int]] = {}
    for rule in s.scalars(select(SessionRule)):
        allowed.setdefault(rule.series_id, set()).add(rule.plan_id)
    return {series_id: frozenset(ids) for series_id, ids in allowed.items()}


def _series_row(series: ClassSeries, allowed: frozenset[int]) -> SeriesRow:
    return SeriesRow(
        series.id,
        series.name,
        series.instructor,
        series.room,
        series.capacity,
        series.duration_minutes,
        decode_weekdays(series.weekdays),
        series.start_time,
        series.starts_on,
        series.until,
        series.credit_category,
        series.color,
        allowed,
        BookingPolicy(series.booking_window_days, series.cancel_cutoff_hours)
        if series.policy_override
        else None,
    )


class ScheduleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def week(self, any_day: date) -> list[SessionBlock]:
        """Class sessions of the Monday-to-Sunday week containing ``any_day`` (a business
        date, 2000-01-01 … 2100-12-31)."""
        check_date(any_day, "The day")
        monday = any_day - timedelta(days=any_day.weekday())
        start = datetime.combine(monday, datetime.min.time())
        with self.ctx.uow.read() as uow:
            return blocks_between(uow.session, start, start + timedelta(days=7))

    def day(self, day: date) -> list[SessionBlock]:
        """Class sessions of ``day`` (a business date)."""
        start = datetime.combine(check_date(day, "The day"), datetime.min.time())
        with self.ctx.uow.read() as uow:
            return blocks_between(uow.session, start, start + timedelta(days=1))

    def session(self, session_id: int) -> SessionBlock:
        with self.ctx.uow.read() as uow:
            return block_of(
                uow.session, load(uow.session, ClassSession, session_id, "Class session")
            )

    def list_series(self) -> list[SeriesRow]:
        with self.ctx.uow.read() as uow:
            rules = _rules(uow.session)
            return [
                _series_row(x, rules.get(x.id, frozenset()))
                for x in uow.session.scalars(select(ClassSeries).order_by(ClassSeries.name))
            ]

    def create_series(self, data: SeriesInput) -> Result[int]:
        self.ctx.acting(Privilege.SETTINGS, "create classes")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            series = ClassSeries(created_at=self.ctx.clock.utcnow())
            self._apply(series, clean)
            uow.session.add(series)
            uow.session.flush()
            _write_rules(uow.session, series.id, clean)
            for start in weekly_occurrences(
                clean.weekdays, clean.start_time, clean.starts_on, clean.until
            ):
                uow.session.add(self._new_session(series, start))
            uow.commit()
            return Result(series.id, _CHANGED)

    def update_series(self, series_id: int, data: SeriesInput) -> Result[None]:
        """Apply the series to all future sessions not edited on their own. Future sessions
        that no longer fall on the schedule are cancelled (booked members get their session back)
        and new occurrences are added."""
        self.ctx.acting(Privilege.SETTINGS, "edit classes")
        clean = _validated(data)
        now = self.ctx.clock.now()
        messages: list[str] = []
        problems: list[str] = []
        with self.ctx.uow() as uow:
            s = uow.session
            series = load(s, ClassSeries, series_id, "Class series")
            self._apply(series, clean)
            _write_rules(s, series_id, clean)
            wanted = {
                t
                for t in weekly_occurrences(
                    clean.weekdays, clean.start_time, clean.starts_on, clean.until
                )
                if t >= now
            }
            future = s.scalars(
                select(ClassSession).where(
                    ClassSession.series_id == series_id,
                    ClassSession.starts_at >= now,
                    ClassSession.cancelled.is_(False),
                )
            ).all()
            by_day = {cs.starts_at.date(): cs for cs in future}
            for start in sorted(wanted):
                cs = by_day.pop(start.date(), None)
                if cs is None:
                    s.add(self._new_session(series, start))
                elif not cs.detached:
                    _check_room_for_booked(clean.capacity, cs)
                    self._copy_series(series, cs, start)
                    promoted, stuck = booking_ops.promote_waitlist(s, self.ctx, cs)
                    messages.extend(promoted)
                    problems.extend(stuck)
            for cs in by_day.values():
                if not cs.detached:
                    self._cancel(s, cs)
            uow.commit()
        return Result(None, _BOOKED_TOO, " ".join(messages), " ".join(problems))

    def update_session(self, session_id: int, data: SessionInput) -> Result[None]:
        """Edit one class session on its own; later series edits leave it alone."""
        self.ctx.acting(Privilege.SETTINGS, "edit class sessions")
        _check_class(data.name, data.instructor, data.room, data.capacity, data.duration_minutes)
        check_datetime(data.starts_at, "The class's start")
        with self.ctx.uow() as uow:
            s = uow.session
            cs = booking_ops.lock_session(s, session_id)
            _check_room_for_booked(data.capacity, cs)
            cs.name, cs.instructor, cs.room = data.name.strip(), data.instructor, data.room
            cs.capacity, cs.starts_at = data.capacity, data.starts_at
            cs.duration_minutes, cs.detached = data.duration_minutes, True
            promoted, problems = booking_ops.promote_waitlist(s, self.ctx, cs)
            uow.commit()
        return Result(None, _BOOKED_TOO, " ".join(promoted), " ".join(problems))

    def cancel_session(self, session_id: int) -> Result[int]:
        """Cancel one session; every booked member's session is returned and every waiting
        member is taken off its waitlist. Returns how many booked members got their session
        back."""
        self.ctx.acting(Privilege.SETTINGS, "cancel classes")
        with self.ctx.uow() as uow:
            cs = booking_ops.lock_session(uow.session, session_id)
            if cs.cancelled:
                raise ValidationError(f"{booking_ops.class_label(cs)} is already cancelled.")
            returned, unlisted = self._cancel(uow.session, cs)
            uow.commit()
        message = f"Class cancelled; {returned} booked member(s) got their session back"
        if unlisted:
            message += f"; {unlisted} waiting member(s) taken off the waitlist"
        return Result(returned, _BOOKED_TOO, message + ".")

    def _cancel(self, s: Session, cs: ClassSession) -> tuple[int, int]:
        """Cancel ``cs``: booked members get their session back, waiting members leave the
        waitlist (each with a user-log line). Returns (bookings released, members unlisted)."""
        bookings = s.scalars(
            select(Booking).where(
                Booking.session_id == cs.id, Booking.status == BookingStatus.BOOKED.value
            )
        ).all()
        for booking in bookings:
            booking_ops.release(
                s,
                self.ctx,
                booking,
                cs,
                status=BookingStatus.SESSION_CANCELLED,
                action="Class cancelled, session returned:",
            )
        unlisted = booking_ops.clear_waitlist(s, self.ctx, cs)
        cs.cancelled = True
        return len(bookings), unlisted

    @staticmethod
    def _apply(series: ClassSeries, data: SeriesInput) -> None:
        series.name, series.instructor, series.room = data.name.strip(), data.instructor, data.room
        series.capacity, series.duration_minutes = data.capacity, data.duration_minutes
        series.weekdays, series.start_time = encode_weekdays(data.weekdays), data.start_time
        series.starts_on, series.until = data.starts_on, data.until
        series.credit_category, series.color = data.credit_category.strip(), data.color
        series.policy_override = data.policy is not None
        policy = data.policy or BookingPolicy()
        series.booking_window_days = policy.window_days
        series.cancel_cutoff_hours = policy.cancel_cutoff_hours

    @staticmethod
    def _new_session(series: ClassSeries, start: datetime) -> ClassSession:
        cs = ClassSession(series_id=series.id, detached=False, cancelled=False, booked_count=0)
        ScheduleService._copy_series(series, cs, start)
        return cs

    @staticmethod
    def _copy_series(series: ClassSeries, cs: ClassSession, start: datetime) -> None:
        cs.name, cs.instructor, cs.room = series.name, series.instructor, series.room
        cs.capacity, cs.duration_minutes = series.capacity, series.duration_minutes
        cs.credit_category, cs.color, cs.starts_at = series.credit_category, series.color, start
