"""What every service needs: units of work, the clock and the acting staff member."""

from __future__ import annotations

from dataclasses import dataclass, field

from studio_app.db.uow import UnitOfWorkFactory
from studio_app.domain.clock import Clock
from studio_app.domain.errors import PermissionDenied
from studio_app.domain.privileges import Actor, Privilege, require
from studio_app.services.payment_provider import ManualSettlementProvider, PaymentProvider


@dataclass
class ServiceContext:
    uow: UnitOfWorkFactory
    clock: Clock
    actor: Actor | None = None
    #: Charges cards on file (see services/payment_provider.py).
    provider: PaymentProvider = field(default_factory=ManualSettlementProvider)

    def acting(self, privilege: Privilege | None = None, action: str = "") -> Actor:
        """The logged-in staff member, refusing if there is none or it lacks ``privilege``."""
        if self.actor is None:
            raise PermissionDenied(
                "Log in first: every change records the staff member who made it."
            )
        if privilege is not None:
            require(self.actor, privilege, action)
        return self.actor
