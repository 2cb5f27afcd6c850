"""Paying an installment inside the caller's unit of work (SPEC §6): the checks before, the payment
with at most one discount, the installment marked paid and the user-log line."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy.orm import Session

from studio_app.domain.bounds import NOTE_MAX, check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.installments import Discount, discount_cents
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import PaymentInput
from studio_app.models import Installment, Member, Membership
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments, money_taking
from studio_app.steps.money_taking import Charge
from studio_app.steps.records import audit, load
from studio_app.steps.studio_settings import money_format


def loyalty_note(loyalty_cents: int, due_on_text: str, offered: bool, money_text: str) -> str:
    """Why the on-time discount is offered or not, as the payment form says it."""
    if not loyalty_cents:
        return "This membership has no on-time payments discount."
    if offered:
        return f"On-time discount {money_text} when paid by the due date {due_on_text}."
    return f"The due date {due_on_text} has passed: no on-time discount."


class Paid(NamedTuple):
    """An installment just paid, as the confirmation names it."""

    payment_id: int
    member_name: str
    plan_name: str
    number: str
    #: The amount taken ("26.00"), and how ("Cash, on-time discount 5.00").
    amount: str
    how: str


def check_payment(ctx: ServiceContext, data: PaymentInput) -> None:
    """Before a payment's unit of work: someone is logged in, the note holds up to 2,000
    characters, and another discount needs the ``billing`` privilege."""
    ctx.acting()
    check_text(data.note.strip(), "The payment's note", limit=NOTE_MAX, multiline=True)
    if data.discount is Discount.OTHER:
        ctx.acting(Privilege.BILLING, "give a discount")


def pay(s: Session, ctx: ServiceContext, i: Installment, data: PaymentInput) -> Paid:
    """Inside the caller's unit of work (``check_payment`` done first): take the payment of
    installment ``i`` in full, less one discount (the on-time one only up to the due date),
    mark it paid and log it in the member's user log."""
    m = load(s, Membership, i.membership_id, "Membership")
    member = load(s, Member, m.member_id, "Member")
    money = money_format(s)
    number = installments.text_of(s, m, i)
    if i.paid:
        raise ValidationError(
            f"Installment {number} of {m.plan_name} is already paid.", rule="already-paid"
        )
    discount = discount_cents(
        data.discount,
        amount_cents=i.amount_cents,
        loyalty_cents=m.loyalty_discount_cents,
        other_cents=data.other_discount_cents,
        paid_on=ctx.clock.today(),
        due_on=i.due_on,
    )
    amount = i.amount_cents - discount
    what = f"{m.plan_name} installment {number} ({installments.period_text(i)})"
    payment = money_taking.take(
        s,
        ctx,
        member,
        Charge(
            amount,
            data.method,
            (f"{what} — {data.note.strip()}" if data.note.strip() else what),
            installment_id=i.id,
            membership_id=m.id,
            discount_cents=discount,
            discount_kind=data.discount.value,
        ),
    )
    i.paid = True
    less = f", {data.discount.label.lower()} {money.text(discount)}" if discount else ""
    how = f"{data.method.label}{less}"
    audit(
        s,
        ctx,
        member_id=member.id,
        membership_id=m.id,
        action=f"Paid installment {number} of {m.plan_name}: {money.text(amount)} ({how})",
    )
    return Paid(payment.id, member.full_name, m.plan_name, number, money.text(amount), how)
