"""What the desk sees of contracts, installments, payments and products (SPEC §6)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import NamedTuple

from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import Discount, InstallmentState
from studio_app.domain.payments import PaymentMethod


@dataclass(frozen=True)
class InstallmentRow:
    """One billing period of a membership: "3/7", its days, due date, amount and state."""

    id: int
    membership_id: int
    plan_name: str
    number_text: str
    starts_on: date
    ends_on: date
    due_on: date
    amount: str
    state: InstallmentState
    #: How it was paid: "cash, 1 Dec 2026, on-time discount 5.00", "before tracking", or "".
    paid_text: str = ""
    #: Its membership has a cancellation registered ("pay K more installments").
    cancellation: bool = False


@dataclass(frozen=True)
class RenewalPreview:
    """What "Extend…" would add, before the desk confirms."""

    membership_id: int
    member_name: str
    plan_name: str
    starts_on: date
    ends_on: date
    number_text: str
    amount: str
    #: e.g. "Capped at the maximum end date 30 Jun 2027 (not 10 Jul 2027)."; "" if not capped.
    capped_note: str = ""
    #: Why it cannot be extended (cancellation done, maximum end date reached…); None if it can.
    refusal: str | None = None


@dataclass(frozen=True)
class CancellationPreview:
    """What "pay K more installments" would do (E14: 11/24 → 11/13)."""

    membership_id: int
    plan_name: str
    current_text: str
    new_text: str
    #: "The membership ends after installment 13, on 30 Jun 2027 (2 more to pay)."
    summary: str
    refusal: str | None = None


@dataclass(frozen=True)
class PaymentQuote:
    """An installment as the payment dialog shows it, with the discount on offer; or the first
    installment of a sale about to be made (``installment_id`` None), as the sale shows it."""

    installment_id: int | None
    member_name: str
    plan_name: str
    number_text: str
    due_on: date
    amount_cents: int
    #: The on-time discount amount configured (0: none) and whether it is offered today.
    loyalty_cents: int
    loyalty_offered: bool
    #: "On-time discount 5.00 if paid by 1 Dec 2026" or why it is not offered.
    loyalty_note: str
    #: The member's card on file ("Visa ending 4242"), "" when none.
    card_on_file: str
    money: MoneyFormat


@dataclass(frozen=True)
class PaymentInput:
    method: PaymentMethod
    discount: Discount = Discount.NONE
    #: The amount of an "other" discount (cents); ignored unless discount is OTHER.
    other_discount_cents: int = 0
    note: str = ""


@dataclass(frozen=True)
class PaymentRow:
    """A line of a member's payment history, newest first."""

    id: int
    paid_at: datetime  # local time
    what: str
    method: str
    amount: str
    discount: str
    staff_name: str
    reference: str = ""


@dataclass(frozen=True)
class MemberBilling:
    """A member's "Installments & payments" tab: every installment, newest due date first, and
    every payment, newest first."""

    installments: tuple[InstallmentRow, ...]
    payments: tuple[PaymentRow, ...]


@dataclass(frozen=True)
class ProductInput:
    name: str
    price_cents: int
    active: bool = True


@dataclass(frozen=True)
class ProductRow:
    id: int
    name: str
    price_cents: int
    price: str
    active: bool


@dataclass(frozen=True)
class ProductSale:
    """A product sold at the desk to a member (``member_id``) or a walk-in (None)."""

    product_id: int
    quantity: int
    method: PaymentMethod
    member_id: int | None = None


class DueInstallmentRow(NamedTuple):
    """A line of the front desk's "due today / overdue" list: a named tuple rather than a
    frozen dataclass, since the list holds thousands of lines at a large studio and a named
    tuple is made several times faster (issue 15)."""

    installment_id: int
    member_id: int
    member_name: str
    plan_name: str
    number_text: str
    due_on: date
    amount: str
    state: InstallmentState
    has_card_on_file: bool


@dataclass(frozen=True)
class ExpiringRow:
    """A line of the front desk's "expiring in the next 7 days" list."""

    membership_id: int
    member_id: int
    member_name: str
    plan_name: str
    ends_on: date
    number_text: str
    #: "Will be extended automatically", "Last installment", "Not continuous", …
    extension: str
    extends_automatically: bool
