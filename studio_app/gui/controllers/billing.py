"""A member's contracts and money, seen from the profile and the front desk (SPEC §6):
installments with their state, payments against them (method, discount), extending a
membership, registering or removing a cancellation, and the payment history. The services decide
every rule; refusals are kept in ``last_error`` and nothing is written."""

from __future__ import annotations

from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import Discount, InstallmentState
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import (
    CancellationPreview,
    InstallmentRow,
    MemberBilling,
    PaymentInput,
    PaymentQuote,
    PaymentRow,
    RenewalPreview,
)
from studio_app.dto.changes import Change
from studio_app.gui.controllers.base import Controller

# Views import these from here, never from the service layer.
__all__ = [
    "BillingController",
    "CancellationPreview",
    "Discount",
    "InstallmentRow",
    "InstallmentState",
    "MemberBilling",
    "MoneyFormat",
    "PaymentInput",
    "PaymentMethod",
    "PaymentQuote",
    "PaymentRow",
    "RenewalPreview",
]


class BillingController(Controller):
    USES = ("contracts", "payments", "studio")
    RELOAD_ON = frozenset({Change.MEMBERSHIPS, Change.PAYMENTS, Change.MEMBERS, Change.STUDIO})

    def member_billing(self, member_id: int) -> MemberBilling | None:
        """Every installment of the member's memberships and every payment (installments,
        drop-ins, products), newest first."""
        return self.ask(self.services.contracts.billing, member_id)

    def quote(self, installment_id: int) -> PaymentQuote | None:
        return self.ask(self.services.payments.quote, installment_id)

    def pay(self, installment_id: int, payment: PaymentInput) -> int | None:
        """Record the payment of an installment; the payment id, or None (see last_error)."""
        result = self.act(self.services.payments.pay_installment, installment_id, payment)
        return result.value if result else None

    def renewal_preview(self, membership_id: int) -> RenewalPreview | None:
        return self.ask(self.services.contracts.renewal_preview, membership_id)

    def renew(self, membership_id: int) -> int | None:
        """Extend the membership by its next period; the new installment's id, or None."""
        result = self.act(self.services.contracts.renew, membership_id)
        return result.value if result else None

    def cancellation_preview(self, membership_id: int, more: int) -> CancellationPreview | None:
        return self.ask(self.services.contracts.cancellation_preview, membership_id, more)

    def cancel(self, membership_id: int, more: int) -> bool:
        """Register "pay ``more`` more installments"."""
        return self.act(self.services.contracts.cancel, membership_id, more) is not None

    def remove_cancellation(self, membership_id: int) -> bool:
        return self.act(self.services.contracts.remove_cancellation, membership_id) is not None

    def money_format(self) -> MoneyFormat:
        return self.ask(self.services.studio.money_format) or MoneyFormat()
