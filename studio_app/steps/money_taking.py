"""Taking money at the desk, inside the caller's unit of work: one payment row per payment,
recording the method, the amount, the staff member and what it pays. A card-on-file payment is
charged through the payment provider first; a declined charge writes nothing."""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy.orm import Session

from studio_app.domain.errors import ValidationError
from studio_app.domain.payments import PaymentMethod
from studio_app.models import Member, Payment
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.payment_provider import CardCharge


@dataclass(frozen=True)
class Charge:
    """What a payment is for; the ids say which: an installment, a booking or a product."""

    amount_cents: int
    method: PaymentMethod
    description: str
    installment_id: int | None = None
    membership_id: int | None = None
    booking_id: int | None = None
    product_id: int | None = None
    quantity: int = 1
    discount_cents: int = 0
    discount_kind: str = "none"


def take(
    s: Session,
    ctx: ServiceContext,
    member: Member | None,
    charge: Charge,
) -> Payment:
    """Record ``charge`` paid by ``member`` (None: a walk-in)."""
    reference = ""
    if charge.method is PaymentMethod.CARD_ON_FILE:
        if member is None or not member.card_on_file:
            who = member.full_name if member else "A walk-in"
            raise ValidationError(
                f"{who} has no card on file: choose another payment method.",
                rule="card-on-file",
            )
        receipt = ctx.provider.charge(
            CardCharge(
                member.id,
                member.full_name,
                member.card_on_file,
                charge.amount_cents,
                charge.description,
            )
        )
        reference = receipt.reference
    payment = Payment(
        member_id=member.id if member else None,
        amount_cents=charge.amount_cents,
        method=charge.method.value,
        paid_at=ctx.clock.utcnow(),
        staff_id=ctx.acting().staff_id,
        booking_id=charge.booking_id,
        membership_id=charge.membership_id,
        installment_id=charge.installment_id,
        product_id=charge.product_id,
        quantity=charge.quantity,
        discount_cents=charge.discount_cents,
        discount_kind=charge.discount_kind,
        provider_reference=reference,
        note=charge.description[:240],
    )
    s.add(payment)
    s.flush()
    return payment
