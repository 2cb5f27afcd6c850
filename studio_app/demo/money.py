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
from studio_app.models import Member, Membership, Plan, Product, StudioSettings
from studio_app.runtime.context import ServiceContext
from studio_app.services.contracts import ContractService
from studio_app.steps import money_taking
from studio_app.steps.money_taking import Charge

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
CARDS = ("Visa ending", "Mastercard ending")
METHODS = (PaymentMethod.CASH, PaymentMethod.CARD, PaymentMethod.TRANSFER)
#: About four members in ten keep a card on file.
CARD_SHARE = 0.4
#: The share of a continuous membership's installments left unpaid (overdue on the desk's list).
OVERDUE_SHARE = 0.12
#: Days after the due date an installment is paid (on time three times in five).
PAID_LATE_DAYS = (0, 0, 0, 2, 5)
#: Installments overdue longer than this were paid in the end (a long history's old debts).
DEBTS_SETTLED = timedelta(days=365)


def card_on_file(rng: random.Random) -> str:
    """The card label of a new member: about four in ten have one."""
    if rng.random() < CARD_SHARE:
        return f"{rng.choice(CARDS)} {rng.randint(1000, 9999)}"
    return ""


def add_contracts(s: Session, plans: list[Plan], now: datetime) -> None:
    """Contract terms on the demo plans, the products and € as the currency."""
    by_name = {plan.name: plan for plan in plans}
    for name, terms in CONTRACTS.items():
        by_name[name].contract_terms = terms
    s.add_all(Product(name=n, price_cents=p, active=True, created_at=now) for n, p in PRODUCTS)
    settings = s.get(StudioSettings, 1)
    if settings is not None:
        settings.currency_symbol = "€"


def installment_payment(
    rng: random.Random,
    *,
    amount_cents: int,
    due_on: date,
    today: date,
    continuous: bool,
    loyalty_cents: int,
    sold_at: datetime,
    has_card: bool,
) -> tuple[datetime, int, PaymentMethod] | None:
    """When and how an installment due before ``today`` was paid: (moment, discount, method),
    or None when it stays unpaid. A pass or one-off membership is paid at the sale; most
    installments of a continuous one on time or a few days late (on time: the on-time
    discount), about one in eight not yet (due more than a year ago: paid a month or two
    late). The card on file pays for members who have one."""
    late_days = rng.choice(PAID_LATE_DAYS)
    if continuous and rng.random() < OVERDUE_SHARE:
        if due_on >= today - DEBTS_SETTLED:
            return None
        late_days = rng.randint(20, 60)
    method = PaymentMethod.CARD_ON_FILE if has_card else rng.choice(METHODS)
    if not continuous:
        return sold_at, 0, method
    paid_on = min(due_on + timedelta(days=late_days), today)
    moment = datetime.combine(paid_on, time(rng.randint(8, 19), 30))
    on_time = paid_on <= due_on and loyalty_cents
    discount = discount_cents(
        Discount.LOYALTY if on_time else Discount.NONE,
        amount_cents=amount_cents,
        loyalty_cents=loyalty_cents,
        other_cents=0,
        paid_on=paid_on,
        due_on=due_on,
    )
    return moment, discount, method


def sell_products(ctx: ServiceContext, rng: random.Random, count: int) -> None:
    """``count`` product sales at the desk over the last three weeks, through the desk's
    payment step (a card on file is charged through the payment provider)."""
    clock = FixedClock()
    pay_ctx = ServiceContext(ctx.uow, clock, ctx.actor, ctx.provider)
    today = ctx.clock.today()
    moments = sorted(
        datetime.combine(
            today - timedelta(days=rng.randint(1, 20)), time(rng.randint(8, 20), rng.randint(0, 59))
        )
        for _ in range(count)
    )
    with ctx.uow() as uow:
        s = uow.session
        products = list(s.scalars(select(Product).order_by(Product.id)))
        members = list(s.scalars(select(Member).order_by(Member.id).limit(200)))
        for moment in moments:
            product = rng.choice(products)
            member = rng.choice(members) if rng.random() < 0.7 else None
            quantity = rng.choice((1, 1, 1, 2))
            clock.advance_to(moment)
            method = rng.choice(METHODS)
            if member is not None and member.card_on_file and rng.random() < 0.5:
                method = PaymentMethod.CARD_ON_FILE
            money_taking.take(
                s,
                pay_ctx,
                member,
                Charge(
                    product.price_cents * quantity,
                    method,
                    f"{quantity} × {product.name}",
                    product_id=product.id,
                    quantity=quantity,
                ),
            )
        uow.commit()


def cancel_one(ctx: ServiceContext) -> None:
    """One member on the year's contract has asked to stop: 2 more installments to pay."""
    with ctx.uow.read() as uow:
        membership_id = uow.session.scalar(
            select(Membership.id)
            .where(
                Membership.contract_installments.is_not(None),
                Membership.last_installment.is_(None),
            )
            .order_by(Membership.ends_on.desc(), Membership.id)
            .limit(1)
        )
    if membership_id is not None:
        ContractService(ctx).cancel(membership_id, 2)
