"""Payments (SPEC §6): paying an installment with a method and at most one discount, selling
products at the desk, and a member's payment history. Card-on-file payments go through the
payment provider (runtime/payment_provider.py)."""

from __future__ import annotations

from studio_app.domain.bounds import check_cents, check_count, check_id
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.dto.billing import PaymentInput, PaymentQuote, PaymentRow, ProductSale
from studio_app.dto.changes import Change, Result
from studio_app.models import Installment, Member, Membership, Product
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments, money_taking
from studio_app.steps.installment_payments import check_payment, loyalty_note, pay
from studio_app.steps.money_taking import Charge
from studio_app.steps.payment_history import payment_rows
from studio_app.steps.records import audit, load
from studio_app.steps.studio_settings import money_format

_PAID = frozenset({Change.PAYMENTS, Change.MEMBERSHIPS})


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
