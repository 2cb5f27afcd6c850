"""Paying an unpaid visit later, shared by the attendance list and the member profile.

An unpaid visit (enforce billing off) is paid with a membership that can pay on the class's
day, or with a drop-in payment in an accepted method (SPEC §3, seed 002).
"""

from __future__ import annotations

from studio_app.dto.attendance import PayerOption
from studio_app.gui.controllers.base import Controller


class VisitPaymentController(Controller):
    """The actions the Pay visit dialog needs; views whose controller derives from it offer it."""

    USES = ("bookings",)

    def payer_options(self, session_id: int, member_id: int) -> list[PayerOption]:
        """Each membership of the member and why it cannot pay for this session (None = can)."""
        return self.ask(self.services.bookings.payer_options, session_id, member_id) or []

    def pay_visit(self, booking_id: int, membership_id: int | None) -> bool:
        """Charge the unpaid visit to a membership; False (reason in ``last_error``) if refused."""
        return self.act(self.services.bookings.pay_visit, booking_id, membership_id) is not None

    def pay_visit_drop_in(self, booking_id: int, amount_cents: int, method: str) -> bool:
        """Record a drop-in payment for the unpaid visit; False with the reason if refused."""
        result = self.act(
            self.services.bookings.pay_visit_drop_in, booking_id, amount_cents, method
        )
        return result is not None
