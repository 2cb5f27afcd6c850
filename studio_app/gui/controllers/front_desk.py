"""The front desk's lists (SPEC §6): installments due today or overdue, memberships expiring in
the next 7 days with the extension notice, and selling products to members or walk-ins."""

from __future__ import annotations

from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow, ProductRow, ProductSale
from studio_app.dto.changes import Change
from studio_app.gui.controllers.base import MemberSearch

__all__ = [
    "DueInstallmentRow",
    "ExpiringRow",
    "FrontDeskController",
    "PaymentMethod",
    "ProductRow",
    "ProductSale",
]

#: How far ahead "expiring soon" looks.
EXPIRING_DAYS = 7


class FrontDeskController(MemberSearch):
    USES = ("front_desk", "payments", "products")
    RELOAD_ON = frozenset(
        {Change.MEMBERSHIPS, Change.PAYMENTS, Change.MEMBERS, Change.PRODUCTS, Change.STUDIO}
    )

    def due(self) -> list[DueInstallmentRow]:
        """Installments due today and overdue ones, oldest due date first."""
        return self.ask(self.services.front_desk.due) or []

    def expiring(self) -> list[ExpiringRow]:
        """Memberships whose last day is within the next 7 days, soonest first."""
        return self.ask(self.services.front_desk.expiring, EXPIRING_DAYS) or []

    def products(self) -> list[ProductRow]:
        """Products on sale (inactive ones are not offered)."""
        return self.ask(self.services.products.list, include_inactive=False) or []

    def card_on_file(self, member_id: int) -> str:
        """The member's card on file ("Visa ending 4242"), "" when none."""
        return self.ask(self.services.payments.card_on_file, member_id) or ""

    def sell(self, sale: ProductSale) -> int | None:
        """Sell a product; the payment id, or None (see last_error)."""
        result = self.act(self.services.payments.sell_product, sale)
        return result.value if result else None
