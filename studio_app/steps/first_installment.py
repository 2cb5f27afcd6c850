"""The first installment of a sale, inside the caller's unit of work (SPEC §6): before the sale,
what it will ask (the sell dialog's payment form shows it); after the sale, its payment taken
in the same transaction, or the sentence saying how much is due and when.

A sale with "take payment now" is one transaction: a refused payment (a declined card, a
discount the account may not give) sells nothing. A sale without payment says so in its
confirmation, so the desk never leaves a sold, unpaid membership without knowing it."""

from __future__ import annotations

from datetime import date
from typing import NamedTuple

from sqlalchemy.orm import Session

from studio_app.domain.durations import DurationUnit
from studio_app.domain.formats import day_text
from studio_app.domain.installments import first_amount, first_span, installment_text
from studio_app.dto.billing import PaymentInput, PaymentQuote
from studio_app.models import Member, Membership, Plan
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments
from studio_app.steps.installment_payments import loyalty_note, pay
from studio_app.steps.studio_settings import money_format


class Settled(NamedTuple):
    """How the first installment stands after the sale, and the confirmation that says it."""

    message: str
    paid_now: bool


def quote(
    s: Session, ctx: ServiceContext, member: Member, plan: Plan, starts_on: date
) -> PaymentQuote:
    """The first installment the sale of ``plan`` from ``starts_on`` will write, as the payment
    form shows it (``installment_id`` None: not written yet): the price, prorated as the plan's
    terms say, due on the first day, with the on-time discount offered up to that day."""
    terms = plan.contract_terms
    span = first_span(starts_on, plan.duration_count, DurationUnit(plan.duration_unit), terms)
    loyalty = terms.loyalty_discount_cents
    offered = bool(loyalty) and ctx.clock.today() <= span.starts_on
    money = money_format(s)
    return PaymentQuote(
        None,
        member.full_name,
        plan.name,
        installment_text(1, terms.installments),
        span.starts_on,
        first_amount(plan.price_cents, span, terms),
        loyalty,
        offered,
        loyalty_note(loyalty, day_text(span.starts_on), offered, money.text(loyalty)),
        member.card_on_file,
        money,
    )


def settle(
    s: Session,
    ctx: ServiceContext,
    membership: Membership,
    member: Member,
    payment: PaymentInput | None,
) -> Settled:
    """Right after ``record_sale``: pay the first installment with ``payment`` (checked by
    ``payments.check_payment`` before the unit of work), or say when it is due. Nothing to pay
    (a free plan) says so; a payment is then not taken."""
    first = installments.latest(s, membership.id)  # the sale wrote only the first
    sold = f"Sold {membership.plan_name} to {member.full_name}"
    if first is None or first.paid:
        return Settled(f"{sold}; there is nothing to pay.", False)
    if payment is not None:
        paid = pay(s, ctx, first, payment)
        return Settled(f"{sold} and took the first installment: {paid.amount} ({paid.how}).", True)
    due = day_text(first.due_on)
    when = (
        f"is due on {due}"
        if first.due_on >= ctx.clock.today()
        else f"was due on {due}, so it is overdue"
    )
    amount = money_format(s).text(first.amount_cents)
    return Settled(f"{sold}; the first installment ({amount}) {when}.", False)
