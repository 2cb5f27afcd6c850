"""The studio's booking policies (SPEC §3, §5): how far ahead members may be booked, the
cancellation cut-off after which a sign-out is a late cancel, and "Clients can only book
sessions within their current paid period".

Defaults: no booking window, no cut-off (every sign-out returns the session, seed 000), and the
paid-period policy off. Saving needs the ``settings`` privilege; the service checks it, so a
refusal reaches the view as words in ``last_error``. A class series may override the window and
cut-off (the series editor); the paid-period policy is studio-wide.
"""

from __future__ import annotations

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.dto.changes import Change
from studio_app.dto.policies import StudioPolicy
from studio_app.gui.controllers.base import Controller

__all__ = ["BookingPolicy", "PolicyController", "StudioPolicy"]

DEFAULT = StudioPolicy(BookingPolicy(), paid_period_only=False)


class PolicyController(Controller):
    USES = ("policies",)
    # PolicyService.set reports its change as STUDIO, like the other studio settings.
    RELOAD_ON = frozenset({Change.STUDIO})

    def policy(self) -> StudioPolicy:
        """The saved studio policy (the defaults when it cannot be read)."""
        return self.ask(self.services.policies.get) or DEFAULT

    def save(self, booking: BookingPolicy, *, paid_period_only: bool) -> bool:
        """Save the studio's policy; False when refused (see ``last_error``)."""
        policy = StudioPolicy(booking, paid_period_only)
        return self.act(self.services.policies.set, policy) is not None
