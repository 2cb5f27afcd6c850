"""Booking policies (SPEC §3, §5): the studio's booking window, cancellation cut-off and
"Clients can only book sessions within their current paid period", with a class series' own
window and cut-off overriding the studio's."""

from __future__ import annotations

from studio_app.domain.booking_policy import (
    validated,
)
from studio_app.domain.errors import ValidationError
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.dto.policies import StudioPolicy
from studio_app.models import (
    StudioSettings,
)
from studio_app.runtime.context import ServiceContext
from studio_app.steps.studio_policy import studio_policy


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
