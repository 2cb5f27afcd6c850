"""Booking policies (SPEC §3, §5): the studio's booking window, cancellation cut-off and
"Clients can only book sessions within their current paid period", with a class series' own
window and cut-off overriding the studio's."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy.orm import Session

from studio_app.domain.booking_policy import (
    BookingPolicy,
    late_cancel_left,
    late_cancel_text,
    validated,
)
from studio_app.domain.errors import ValidationError
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.models import Booking, ClassSeries, ClassSession, StudioSettings
from studio_app.services.context import ServiceContext


@dataclass(frozen=True)
class StudioPolicy:
    booking: BookingPolicy
    paid_period_only: bool


def studio_policy(s: Session) -> StudioPolicy:
    settings = s.get(StudioSettings, 1)
    if settings is None:
        return StudioPolicy(BookingPolicy(), False)
    return StudioPolicy(
        BookingPolicy(settings.booking_window_days, settings.cancel_cutoff_hours),
        settings.paid_period_only,
    )


def paid_period_only(s: Session) -> bool:
    return studio_policy(s).paid_period_only


def booking_policy(s: Session, cs: ClassSession) -> BookingPolicy:
    """The window and cut-off for a class: its series' own when it overrides, else the studio's."""
    series = s.get(ClassSeries, cs.series_id) if cs.series_id is not None else None
    if series is not None and series.policy_override:
        return BookingPolicy(series.booking_window_days, series.cancel_cutoff_hours)
    return studio_policy(s).booking


def late_cancel_notice(s: Session, booking: Booking, cs: ClassSession, now: datetime) -> str | None:
    """The late-cancel notice when signing out of a charged booking now is after the class's
    cancellation cut-off; None when the sign-out returns the session."""
    if booking.membership_id is None:
        return None
    policy = booking_policy(s, cs)
    left = late_cancel_left(policy, now=now, starts_at=cs.starts_at)
    return None if left is None else late_cancel_text(policy, left)


class PolicyService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def get(self) -> StudioPolicy:
        with self.ctx.uow.read() as uow:
            return studio_policy(uow.session)

    def set(self, policy: StudioPolicy) -> Result[None]:
        """Save the studio's booking window, cancellation cut-off and paid-period policy."""
        self.ctx.acting(Privilege.SETTINGS, "change the booking policies")
        booking = validated(policy.booking)
        with self.ctx.uow() as uow:
            settings = uow.session.get(StudioSettings, 1)
            if settings is None:
                raise ValidationError("Set up the studio first.")
            settings.booking_window_days = booking.window_days
            settings.cancel_cutoff_hours = booking.cancel_cutoff_hours
            settings.paid_period_only = policy.paid_period_only
            uow.commit()
        return Result(
            None, frozenset({Change.STUDIO}), f"Booking policy saved: {booking.describe()}."
        )
