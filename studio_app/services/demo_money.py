"""The demo studio's contracts, cards on file, products and payments (SPEC §6), so that every
part of issue 5 can be seen in the demo: installments paid, due and overdue, automatic
renewals, extension notices, a registered cancellation and product sales."""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.clock import FixedClock
from studio_app.domain.contracts import ContractTerms
from studio_app.domain.installments import Discount, discount_cents
from studio_app.domain.payments import PaymentMethod
from studio_app.models import Installment, Member, Membership, Plan, Product, StudioSettings
from studio_app.services import money_taking
from studio_app.services.context import ServiceContext
from studio_app.services.contracts import ContractService
from studio_app.services.money_taking import Charge

CONTRACTS = {
    # A year's contract, renewed to 1/12 after 12/12, 10.00 off when paid on time.
    "Monthly unlimited": ContractTerms(
        continuous=True, installments=12, auto_renew=True, loyalty_discount_cents=1000
    ),
    # Calendar months, the first one prorated.
    "2 classes a week": ContractTerms(continuous=True, from_first=True, prorata=True),
    # Open-ended: renews by itself while a card is on file.
    "Unlimited + 2 PT": ContractTerms(continuous=True, loyalty_discount_cents=1500),
}
PRODUCTS = (
    ("Water 0.5 l", 150),
    ("Protein bar", 250),
    ("Mat rental", 300),
    ("Studio T-shirt", 2500),
)
_CARDS = ("Visa ending", "Mastercard ending")
_METHODS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER)


def add_contracts(s: Session, plans: list[Plan], rng: random.Random, members: list[Member]) -> None:
    """Contract terms on the demo plans, the products, € as the currency, and a card on file
    for about four members in ten."""
    by_name = {plan.name: plan for plan in plans}
    for name, terms in CONTRACTS.items():
        by_name[name].contract_terms = terms
    now = datetime(2026, 1, 1)
    s.add_all(Product(name=n, price_cents=p, active=True, created_at=now) for n, p in PRODUCTS)
    settings = s.get(StudioSettings, 1)
    if settings is not None:
        settings.currency_symbol = "€"
    for member in members:
        if rng.random() < 0.4:
            member.card_on_file = f"{rng.choice(_CARDS)} {rng.randint(1000, 9999)}"


def settle(ctx: ServiceContext, rng: random.Random, today: date) -> None:
    """Pay every pass and one-off membership (at sale) and most installments of continuous ones
    (on time or a few days late, the card on file for members who have one); sell products."""
    clock = FixedClock()
    pay_ctx = ServiceContext(ctx.uow, clock, ctx.actor, ctx.provider)
    with ctx.uow() as uow:
        s = uow.session
        due = s.execute(
            select(Installment, Membership, Member)
            .join(Membership, Installment.membership_id == Membership.id)
            .join(Member, Membership.member_id == Member.id)
            .where(Installment.paid.is_(False), Installment.due_on < today)
            .order_by(Installment.due_on, Installment.id)
        ).all()
        for installment, m, member in due:
            if m.continuous and rng.random() < 0.12:
                continue  # overdue: the front desk's list shows it (passes are paid at sale)
            paid_on = min(installment.due_on + timedelta(days=rng.choice((0, 0, 0, 2, 5))), today)
            clock.advance_to(datetime.combine(paid_on, time(rng.randint(8, 19), 30)))
            on_time = paid_on <= installment.due_on and m.loyalty_discount_cents
            discount = discount_cents(
                Discount.LOYALTY if on_time else Discount.NONE,
                amount_cents=installment.amount_cents,
                loyalty_cents=m.loyalty_discount_cents,
                other_cents=0,
                paid_on=paid_on,
                due_on=installment.due_on,
            )
            method = PaymentMethod.CARD_ON_FILE if member.card_on_file else rng.choice(_METHODS)
            money_taking.take(
                s,
                pay_ctx,
                member,
                Charge(
                    installment.amount_cents - discount,
                    method,
                    f"{m.plan_name} installment {installment.number}",
                    installment_id=installment.id,
                    membership_id=m.id,
                    discount_cents=discount,
                    discount_kind=(Discount.LOYALTY if discount else Discount.NONE).value,
                ),
            )
            installment.paid = True
        _sell_products(s, pay_ctx, clock, rng, today)
        uow.commit()


def _sell_products(
    s: Session, ctx: ServiceContext, clock: FixedClock, rng: random.Random, today: date
) -> None:
    products = list(s.scalars(select(Product)))
    members = list(s.scalars(select(Member).limit(200)))
    for _ in range(40):
        product = rng.choice(products)
        member = rng.choice(members) if rng.random() < 0.7 else None
        quantity = rng.choice((1, 1, 1, 2))
        day = today - timedelta(days=rng.randint(0, 20))
        clock.advance_to(datetime.combine(day, time(rng.randint(8, 20), rng.randint(0, 59))))
        method = rng.choice(_METHODS)
        if member is not None and member.card_on_file and rng.random() < 0.5:
            method = PaymentMethod.CARD_ON_FILE
        money_taking.take(
            s,
            ctx,
            member,
            Charge(
                product.price_cents * quantity,
                method,
                f"{quantity} × {product.name}",
                product_id=product.id,
                quantity=quantity,
            ),
        )


def cancel_one(ctx: ServiceContext) -> None:
    """One member on the year's contract has asked to stop: 2 more installments to pay."""
    with ctx.uow.read() as uow:
        membership_id = uow.session.scalar(
            select(Membership.id)
            .where(Membership.contract_installments.is_not(None))
            .order_by(Membership.ends_on.desc(), Membership.id)
            .limit(1)
        )
    if membership_id is not None:
        ContractService(ctx).cancel(membership_id, 2)
