"""Contracts seen by the desk (SPEC §6, seed 003): a member's installments, extending a
membership by its next period, and registering or removing a cancellation ("pay K more
installments"). Each action is one unit of work, logged with who did it."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import check_id
from studio_app.domain.clock import local_time
from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.formats import MoneyFormat, day_text
from studio_app.domain.installments import (
    cancelled_last,
    installment_state,
    installment_text,
    last_installment,
)
from studio_app.domain.payments import PaymentMethod
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import (
    CancellationPreview,
    InstallmentRow,
    MemberBilling,
    RenewalPreview,
)
from studio_app.dto.changes import Change, Result
from studio_app.models import Installment, Member, Membership, Payment
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments
from studio_app.steps.payment_history import payment_rows
from studio_app.steps.records import audit, load
from studio_app.steps.studio_settings import money_format

_CHANGED = frozenset({Change.MEMBERSHIPS, Change.PAYMENTS})


def paid_text(payment: Payment | None, installment: Installment, money: MoneyFormat) -> str:
    """ "Cash, 1 Dec 2026, on-time discount 5.00"; "before tracking"; "nothing to pay"."""
    if installment.paid_before_tracking:
        return "paid before installments were tracked"
    if payment is None:
        return "nothing to pay" if installment.paid else ""
    text = f"{PaymentMethod(payment.method).label}, {day_text(local_time(payment.paid_at).date())}"
    if payment.discount_cents:
        kind = "on-time discount" if payment.discount_kind == "loyalty" else "discount"
        text += f", {kind} {money.text(payment.discount_cents)}"
    return text


def installment_rows(s: Session, member_id: int, today: date) -> list[InstallmentRow]:
    """Every installment of the member's memberships, newest due date first."""
    money = money_format(s)
    rows = s.execute(
        select(Installment, Membership)
        .join(Membership, Installment.membership_id == Membership.id)
        .where(Membership.member_id == member_id)
        .order_by(Installment.due_on.desc(), Installment.id.desc())
    ).all()
    ids = [i.id for i, _ in rows]
    payments = {
        p.installment_id: p
        for p in s.scalars(select(Payment).where(Payment.installment_id.in_(ids)))
    }
    rounds: dict[int, int] = {}
    for i, _m in rows:
        rounds[i.membership_id] = max(rounds.get(i.membership_id, 1), i.round)
    return [
        InstallmentRow(
            i.id,
            m.id,
            m.plan_name,
            installments.number_text(m, i, rounds[m.id]),
            i.starts_on,
            i.ends_on,
            i.due_on,
            money.text(i.amount_cents),
            installment_state(i.paid, i.due_on, today),
            paid_text(payments.get(i.id), i, money),
            m.last_installment is not None,
        )
        for i, m in rows
    ]


class ContractService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def installments(self, member_id: int) -> list[InstallmentRow]:
        """Every installment of the member's memberships, newest due date first."""
        check_id(member_id, "member")
        with self.ctx.uow.read() as uow:
            return installment_rows(uow.session, member_id, self.ctx.clock.today())

    def billing(self, member_id: int) -> MemberBilling:
        """The member's installments (newest due date first) and payments (newest first), read
        together for the "Installments & payments" tab."""
        check_id(member_id, "member")
        with self.ctx.uow.read() as uow:
            s = uow.session
            return MemberBilling(
                tuple(installment_rows(s, member_id, self.ctx.clock.today())),
                tuple(payment_rows(s, member_id, money_format(s))),
            )

    def renewal_preview(self, membership_id: int) -> RenewalPreview:
        """The period "Extend…" would add (E10, E13), or why there is none."""
        today = self.ctx.clock.today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership")
            member = load(s, Member, m.member_id, "Member")
            money = money_format(s)
            try:
                numbering, span = installments.next_installment(s, m, today, by_staff=True)
            except DomainError as refused:
                return RenewalPreview(
                    m.id, member.full_name, m.plan_name, today, today, "", "", "", refused.message
                )
            last = last_installment(m.contract_terms, m.last_installment)
            text = installment_text(numbering.number, last)
            capped = ""
            full_end = installments.uncapped_end(m, today)
            if full_end != span.ends_on:
                capped = (
                    f"Capped at the maximum end date {day_text(span.ends_on)} "
                    f"(not {day_text(full_end)})."
                )
            return RenewalPreview(
                m.id,
                member.full_name,
                m.plan_name,
                span.starts_on,
                span.ends_on,
                text,
                money.text(m.price_cents),
                capped,
            )

    def renew(self, membership_id: int) -> Result[int]:
        """Extend the membership by its next period: a new installment, due on its first day;
        earlier installments are never changed."""
        self.ctx.acting()
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership", for_update=True)
            installment = installments.renew(s, self.ctx, m, today, automatic=False)
            text = installments.number_text(m, installment, installment.round)
            period = installments.period_text(installment)
            money = money_format(s)
            audit(
                s,
                self.ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Extended {m.plan_name}: installment {text}, {period}, "
                f"{money.text(installment.amount_cents)} due {day_text(installment.due_on)}",
            )
            uow.commit()
            return Result(
                installment.id,
                _CHANGED,
                f"{m.plan_name} extended to {day_text(m.ends_on)} (installment {text}).",
            )

    def cancellation_preview(self, membership_id: int, more: int) -> CancellationPreview:
        """What "pay ``more`` more installments" would do (E14), or why it cannot."""
        today = self.ctx.clock.today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership")
            now = installments.current(s, m.id, today)
            if now is None:
                return CancellationPreview(m.id, m.plan_name, "", "", "", "No installments.")
            current = installments.text_of(s, m, now)
            try:
                last = self._last_after(s, m, now, more)
            except DomainError as refused:
                return CancellationPreview(m.id, m.plan_name, current, "", "", refused.message)
            new = installment_text(now.number, last)
            summary = (
                f"{m.plan_name} ends after installment {last} "
                f"({more} more to pay after {now.number}); it will not renew."
            )
            return CancellationPreview(m.id, m.plan_name, current, new, summary)

    def cancel(self, membership_id: int, more: int) -> Result[None]:
        """Register "pay ``more`` more installments": the last installment becomes k + K
        (without a contract k/(k+K); with one, 11/24 → 11/13)."""
        self.ctx.acting(Privilege.BILLING, "register a membership cancellation")
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership", for_update=True)
            now = installments.current(s, m.id, today)
            if now is None:
                raise ValidationError(f"{m.plan_name} has no installments to cancel.")
            before = installments.text_of(s, m, now)
            m.last_installment = self._last_after(s, m, now, more)
            after = installments.text_of(s, m, now)
            audit(
                s,
                self.ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Registered cancellation of {m.plan_name}: pay {more} more "
                f"installment{'s' if more != 1 else ''}, {before} → {after}",
            )
            uow.commit()
        return Result(None, _CHANGED, f"{m.plan_name}: cancellation registered ({after}).")

    def remove_cancellation(self, membership_id: int) -> Result[None]:
        """Undo a cancellation: the installments return to exactly what they were (an
        open-ended membership loses its N again; a contract gets its configured N back)."""
        self.ctx.acting(Privilege.BILLING, "remove a membership cancellation")
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            m = load(s, Membership, membership_id, "Membership", for_update=True)
            if m.last_installment is None:
                raise ValidationError(f"{m.plan_name} has no cancellation to remove.")
            now = installments.current(s, m.id, today)
            m.last_installment = None
            after = installments.text_of(s, m, now) if now else ""
            audit(
                s,
                self.ctx,
                member_id=m.member_id,
                membership_id=m.id,
                action=f"Removed the cancellation of {m.plan_name}: installment {after}",
            )
            uow.commit()
        return Result(None, _CHANGED, f"{m.plan_name}: cancellation removed ({after}).")

    @staticmethod
    def _last_after(s: Session, m: Membership, now: Installment, more: int) -> int:
        installments.renewable(m)
        if m.last_installment is not None:
            raise ValidationError(
                f"{m.plan_name} already has a cancellation (last installment "
                f"{m.last_installment}): remove it first.",
                rule="cancellation",
            )
        newest = installments.latest(s, m.id)
        latest = newest.number if newest and newest.round == now.round else now.number
        return cancelled_last(now.number, more, latest)
