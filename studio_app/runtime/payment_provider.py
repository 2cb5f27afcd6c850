"""The payment-provider interface for charging a member's card on file (SPEC §6, seed 003).

The app never sees card numbers: the provider keeps the card, and the member's profile holds only
the label staff read ("Visa ending 4242"). To connect a real provider, write a class with the
``charge`` method below (it may call the provider's API; raise ``PaymentDeclined`` with the
provider's reason when the charge fails) and pass it to ``open_services(..., provider=...)``.
The payment is written only after ``charge`` returns, inside the same unit of work, so a declined
charge records nothing.

The default, ``ManualSettlementProvider``, needs no network: it accepts the charge and returns a
reference marked for manual settlement, which staff settle in the provider's own terminal or
portal; the reference is shown in the member's payment history.
"""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from typing import Protocol

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import cents_text


class PaymentDeclined(DomainError):
    rule = "card-declined"


@dataclass(frozen=True)
class CardCharge:
    """One charge to a member's card on file."""

    member_id: int
    member_name: str
    card_label: str
    amount_cents: int
    description: str


@dataclass(frozen=True)
class ChargeReceipt:
    """The provider's answer: its reference for the charge, and whether money has moved."""

    reference: str
    settled: bool


class PaymentProvider(Protocol):
    #: Shown to staff next to card-on-file payments.
    name: str

    def charge(self, charge: CardCharge) -> ChargeReceipt:
        """Charge the member's card on file, or raise PaymentDeclined naming the reason."""
        ...


class ManualSettlementProvider:
    """Records the charge for staff to settle by hand (no network)."""

    name = "Manual settlement"

    def charge(self, charge: CardCharge) -> ChargeReceipt:
        if charge.amount_cents <= 0:
            raise PaymentDeclined(
                f"Nothing to charge to {charge.member_name}'s card on file (amount "
                f"{cents_text(charge.amount_cents)})."
            )
        return ChargeReceipt(f"MANUAL-{uuid.uuid4().hex[:10].upper()}", settled=False)
