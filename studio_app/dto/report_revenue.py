"""The revenue report (SPEC §7): the money received over a range of days, broken down by what
it paid for, by method, by plan and by product, the discounts given, and the unpaid visits
still open."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class RevenueLine:
    """One row of a breakdown: what (a method, a plan, a product, a kind of discount), how many
    payments (for a product: pieces sold), the amount and, for a plan, the discounts given."""

    label: str
    count: int
    amount_cents: int
    discount_cents: int = 0


@dataclass(frozen=True)
class UnpaidVisit:
    """A visit registered unpaid and still booked, with no payment yet: who owes it, for which
    class and when the class starts (studio time)."""

    member_name: str
    class_name: str
    starts_at: datetime


@dataclass(frozen=True)
class RevenueReport:
    """The payments made from ``date_from`` to ``date_to`` (studio days, both included) and
    the unpaid visits as they stand on ``as_of`` for classes up to ``date_to``.

    ``received`` (memberships, drop-in visits, products, other), ``by_method``, ``by_plan``
    and ``by_product`` each add up to what they cover: the first two to ``total_cents``;
    ``discounts`` (one line per kind of discount) to ``discount_cents``. No price is held for
    a visit, so the unpaid visits are counted, not priced."""

    date_from: date
    date_to: date
    as_of: date
    total_cents: int
    payments: int
    discount_cents: int
    #: Payments with a discount.
    discounted: int
    received: tuple[RevenueLine, ...]
    by_method: tuple[RevenueLine, ...]
    by_plan: tuple[RevenueLine, ...]
    by_product: tuple[RevenueLine, ...]
    discounts: tuple[RevenueLine, ...]
    unpaid: tuple[UnpaidVisit, ...]

    def share(self, amount_cents: int) -> float:
        """``amount_cents`` as a fraction of everything received (0 when nothing was)."""
        return amount_cents / self.total_cents if self.total_cents else 0.0
