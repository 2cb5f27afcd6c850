"""Payments (SPEC §6): paying an installment with a method and at most one discount, selling
products at the desk, and a member's payment history. Card-on-file payments go through the
payment provider (services/payment_provider.py)."""

from __future__ import annotations

from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import NOTE_MAX, check_cents, check_count, check_id, check_text
from studio_app.domain.clock import local_time
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import MoneyFormat, day_text
from studio_app.domain.installments import Discount, discount_cents
from studio_app.domain.payments import PaymentMethod
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import PaymentInput, PaymentQuote, PaymentRow, ProductSale
from studio_app.dto.changes import Change, Result
from studio_app.models import Installment, Member, Membership, Payment, Product, Staff
from studio_app.services import installments, money_taking
from studio_app.services.context import ServiceContext
from studio_app.services.money_taking import Charge
from studio_app.services.records import audit, load
from studio_app.services.studio import money_format

_PAID = frozenset({Change.PAYMENTS, Change.MEMBERSHIPS})


def loyalty_note(loyalty_cents: int, due_on_text: str, offered: bool, money_text: str) -> str:
    """Why the on-time discount is offered or not, as the payment form says it."""
    if not loyalty_cents:
        return "This membership has no on-time payments discount."
    if offered:
        return f"On-time discount {money_text} when paid by the due date {due_on_text}."
    return f"The due date {due_on_text} has passed: no on-time discount."


def _paid_for(s: Session, payments: list[Payment]) -> dict[int, str]:
    """What each payment paid, as the history reads it: "Monthly 3/12 (1–31 Jan 2027)",
    "2 × Water", or its note (a drop-in). The installments, their memberships and the products
    are read once for all the payments."""
    installment_ids = {p.installment_id for p in payments if p.installment_id is not None}
    paid: dict[int, tuple[Installment, Membership]] = {}
    if installment_ids:
        for i, m in s.execute(
            select(Installment, Membership)
            .join(Membership, Installment.membership_id == Membership.id)
            .where(Installment.id.in_(installment_ids))
        ):
            paid[i.id] = (i, m)
    rounds = installments.newest_rounds(s, list({m.id for _i, m in paid.values()}))
    product_ids = {p.product_id for p in payments if p.product_id is not None}
    products: dict[int, str] = {}
    if product_ids:
        for product_id, name in s.execute(
            select(Product.id, Product.name).where(Product.id.in_(product_ids))
        ):
            products[product_id] = name
    texts = {}
    for p in payments:
        if p.installment_id in paid:
            i, m = paid[p.installment_id]
            number = installments.number_text(m, i, rounds.get(m.id, 1))
            texts[p.id] = f"{m.plan_name} {number} ({installments.period_text(i)})"
        elif p.product_id is not None:
            texts[p.id] = f"{p.quantity} × {products.get(p.product_id, 'product')}"
        else:
            texts[p.id] = p.note or "Payment"
    return texts


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


class PaymentService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def card_on_file(self, member_id: int) -> str:
        with self.ctx.uow.read() as uow:
            return load(uow.session, Member, member_id, "Member").card_on_file

    def quote(self, installment_id: int) -> PaymentQuote:
        """The installment as the payment dialog shows it, with the on-time discount offered
        when paying today is on or before its due date."""
        today = self.ctx.clock.today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            i = load(s, Installment, installment_id, "Installment")
            m = load(s, Membership, i.membership_id, "Membership")
            member = load(s, Member, m.member_id, "Member")
            money = money_format(s)
            offered = bool(m.loyalty_discount_cents) and today <= i.due_on
            return PaymentQuote(
                i.id,
                member.full_name,
                m.plan_name,
                installments.text_of(s, m, i),
                i.due_on,
                i.amount_cents,
                m.loyalty_discount_cents,
                offered,
                loyalty_note(
                    m.loyalty_discount_cents,
                    day_text(i.due_on),
                    offered,
                    money.text(m.loyalty_discount_cents),
                ),
                member.card_on_file,
                money,
            )

    def pay_installment(self, installment_id: int, data: PaymentInput) -> Result[int]:
        """Record the installment paid in full, less one discount: the on-time discount (paid
        on or before the due date) or another amount (billing privilege), not both. The note
        holds up to 2,000 characters."""
        check_payment(self.ctx, data)
        with self.ctx.uow() as uow:
            s = uow.session
            i = load(s, Installment, installment_id, "Installment", for_update=True)
            paid = pay(s, self.ctx, i, data)
            uow.commit()
            return Result(
                paid.payment_id,
                _PAID,
                f"{paid.member_name} paid {paid.amount} for {paid.plan_name} {paid.number}.",
            )

    def sell_product(self, sale: ProductSale) -> Result[int]:
        """Sell ``quantity`` of a product to a member or a walk-in, paid by any method (a
        member's card on file through the provider). At most 10,000 pieces and 1,000,000.00
        in one sale."""
        self.ctx.acting()
        if sale.quantity < 1:
            raise ValidationError(f"Quantity must be at least 1 (got {sale.quantity}).")
        check_count(sale.quantity, "Quantity", low=1)
        with self.ctx.uow() as uow:
            s = uow.session
            product = load(s, Product, sale.product_id, "Product")
            if not product.active:
                raise ValidationError(f"{product.name} is no longer sold.")
            member = load(s, Member, sale.member_id, "Member") if sale.member_id else None
            money = money_format(s)
            amount = check_cents(product.price_cents * sale.quantity, "The sale's total")
            what = f"{sale.quantity} × {product.name}"
            payment = money_taking.take(
                s,
                self.ctx,
                member,
                Charge(
                    amount,
                    sale.method,
                    what,
                    product_id=product.id,
                    quantity=sale.quantity,
                ),
            )
            audit(
                s,
                self.ctx,
                member_id=member.id if member else None,
                action=f"Bought {what}: {money.text(amount)} ({sale.method.label})",
            )
            uow.commit()
            buyer = member.full_name if member else "Walk-in"
            return Result(
                payment.id,
                frozenset({Change.PAYMENTS}),
                f"{buyer}: {what} sold for {money.text(amount)} ({sale.method.label}).",
            )

    def history(self, member_id: int) -> list[PaymentRow]:
        """The member's payments, newest first: installments, drop-ins and products."""
        check_id(member_id, "member")
        with self.ctx.uow.read() as uow:
            return payment_rows(uow.session, member_id, money_format(uow.session))


def payment_rows(s: Session, member_id: int, money: MoneyFormat) -> list[PaymentRow]:
    """The member's payments, newest first: installments, drop-ins and products (inside the
    caller's unit of work)."""
    rows = s.execute(
        select(Payment, Staff.full_name)
        .join(Staff, Payment.staff_id == Staff.id)
        .where(Payment.member_id == member_id)
        .order_by(Payment.paid_at.desc(), Payment.id.desc())
    ).all()
    what = _paid_for(s, [p for p, _staff in rows])
    return [
        PaymentRow(
            p.id,
            local_time(p.paid_at),
            what[p.id],
            PaymentMethod(p.method).label,
            money.text(p.amount_cents),
            money.text(p.discount_cents) if p.discount_cents else "",
            staff,
            p.provider_reference,
        )
        for p, staff in rows
    ]
