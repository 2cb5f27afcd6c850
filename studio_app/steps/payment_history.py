"""A member's payment history as the billing tab and the contract show it: installments, drop-ins
and products, newest first, read inside the caller's unit of work."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.clock import local_time
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentRow
from studio_app.models import Installment, Membership, Payment, Product, Staff
from studio_app.steps import installments


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
