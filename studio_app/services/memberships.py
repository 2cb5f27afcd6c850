"""Selling a plan to a member. The plan's terms are copied into the membership; a session pass
becomes one credit lot of N entries expiring on the membership's last day."""

from __future__ import annotations

from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import check_date, check_id
from studio_app.domain.credit_grants import batch_expiry
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import range_text
from studio_app.domain.installments import first_span
from studio_app.domain.plans import PlanKind
from studio_app.dto.billing import PaymentInput, PaymentQuote
from studio_app.dto.changes import Change, Result
from studio_app.dto.members import MembershipRow
from studio_app.models import (
    LotSource,
    Member,
    Membership,
    MembershipCreditGrant,
    MembershipRestriction,
    MemberStatus,
    Plan,
    PlanCreditGrant,
    PlanRestriction,
)
from studio_app.models.restrictions import restriction_columns
from studio_app.runtime.context import ServiceContext
from studio_app.steps import first_installment, installments
from studio_app.steps import ledger as credits
from studio_app.steps.credit_issuing import issue_due, terms_of
from studio_app.steps.hold_rows import held_on, hold_rows
from studio_app.steps.installment_payments import check_payment
from studio_app.steps.membership_rows import membership_rows, of_member
from studio_app.steps.plan_items import package_items
from studio_app.steps.records import audit, load
from studio_app.steps.studio_settings import money_format

_CHANGED = frozenset({Change.MEMBERSHIPS})


def record_sale(
    session: Session,
    ctx: ServiceContext,
    member_id: int,
    plan: Plan,
    starts_on: date,
    package: Membership | None = None,
) -> Membership:
    """Write a sale: the plan's terms (duration, restrictions, hold policy, credit settings)
    copied into a new membership (end = start + duration − 1 day), a session pass's entries
    granted as one lot expiring on its last day, and the "Bought …" user-log line with the
    entries available. A package sells each of its plans too, inside its price. Installment 1
    covers the first period (to the month's end with "from the 1st", capped by the maximum end
    date)."""
    ends_on = first_span(
        starts_on, plan.duration_count, DurationUnit(plan.duration_unit), plan.contract_terms
    ).ends_on
    membership = Membership(
        member_id=member_id,
        plan_id=plan.id,
        plan_name=plan.name,
        kind=plan.kind,
        credit_category=plan.credit_category,
        price_cents=0 if package else plan.price_cents,
        starts_on=starts_on,
        ends_on=ends_on,
        entries_total=plan.entries,
        duration_count=plan.duration_count,
        duration_unit=plan.duration_unit,
        package_id=package.id if package else None,
        cancelled=False,
        sold_at=ctx.clock.utcnow(),
        sold_by_id=ctx.acting().staff_id,
    )
    membership.hold_policy = plan.hold_policy
    membership.contract_terms = plan.contract_terms
    session.add(membership)
    session.flush()
    installments.write_first(session, ctx, membership)
    _copy_restrictions(session, plan.id, membership.id)
    today = ctx.clock.today()
    has_lots = False
    if plan.kind == PlanKind.SESSION_PASS.value and plan.entries:
        credits.grant_lot(
            session,
            ctx,
            membership,
            category=plan.credit_category,
            amount=plan.entries,
            source=LotSource.PASS,
            issued_on=today,
            valid_from=starts_on,
            expires_on=ends_on,
            reason=f"Bought {plan.name}",
        )
        has_lots = True
    grants = _copy_grants(session, plan.id, membership.id)
    for grant in grants:
        if grant.initial_credits:
            credits.grant_lot(
                session,
                ctx,
                membership,
                category=grant.category,
                amount=grant.initial_credits,
                source=LotSource.INITIAL,
                issued_on=today,
                valid_from=min(today, starts_on),
                expires_on=batch_expiry(terms_of(grant), today, ends_on),
                reason=f"Initial credits of {plan.name}",
                grant_id=grant.id,
            )
        has_lots = True
    entries_after = credits.entries_left(session, membership.id) if has_lots else None
    money = money_format(session)
    price = f"in package {package.plan_name}" if package else money.text(plan.price_cents)
    audit(
        session,
        ctx,
        member_id=member_id,
        membership_id=membership.id,
        entries_after=entries_after,
        action=f"Bought {plan.name} ({price}), valid {range_text(starts_on, ends_on)}",
    )
    if starts_on <= today:
        issue_due(session, ctx, [(g, membership) for g in grants if g.credits > 0], today)
    for item_id in package_items(session, plan.id):
        record_sale(
            session, ctx, member_id, load(session, Plan, item_id, "Plan"), starts_on, membership
        )
    return membership


def _copy_restrictions(session: Session, plan_id: int, membership_id: int) -> None:
    session.add_all(
        MembershipRestriction(
            membership_id=membership_id,
            position=r.position,
            **restriction_columns(r.restriction),
        )
        for r in session.scalars(
            select(PlanRestriction)
            .where(PlanRestriction.plan_id == plan_id)
            .order_by(PlanRestriction.position)
        )
    )


def _copy_grants(session: Session, plan_id: int, membership_id: int) -> list[MembershipCreditGrant]:
    """The plan's credit settings as sold: later plan edits leave this membership alone."""
    copies = [
        MembershipCreditGrant(
            membership_id=membership_id,
            position=g.position,
            category=g.category,
            credits=g.credits,
            every_days=g.every_days,
            expire_days=g.expire_days,
            initial_credits=g.initial_credits,
        )
        for g in session.scalars(
            select(PlanCreditGrant)
            .where(PlanCreditGrant.plan_id == plan_id)
            .order_by(PlanCreditGrant.position)
        )
    ]
    session.add_all(copies)
    session.flush()
    return copies


class MembershipService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def preview_end(self, plan_id: int, starts_on: date) -> date:
        """The end date the desk sees before confirming a sale (the first period's last day)."""
        check_date(starts_on, "The membership's start")
        with self.ctx.uow.read() as uow:
            plan = load(uow.session, Plan, plan_id, "Plan")
            return first_span(
                starts_on,
                plan.duration_count,
                DurationUnit(plan.duration_unit),
                plan.contract_terms,
            ).ends_on

    def first_payment(self, member_id: int, plan_id: int, starts_on: date) -> PaymentQuote:
        """What the first installment of selling ``plan`` from ``starts_on`` will ask (amount,
        due date, on-time discount, card on file), for the payment taken with the sale."""
        check_date(starts_on, "The membership's start")
        with self.ctx.uow.read() as uow:
            member = load(uow.session, Member, member_id, "Member")
            plan = load(uow.session, Plan, plan_id, "Plan")
            return first_installment.quote(uow.session, self.ctx, member, plan, starts_on)

    def sell(
        self,
        member_id: int,
        plan_id: int,
        starts_on: date,
        payment: PaymentInput | None = None,
    ) -> Result[int]:
        """Sell ``plan`` to ``member`` from ``starts_on`` (end = start + duration − 1 day); the
        start is a business date (2000-01-01 … 2100-12-31, domain/bounds.py). With ``payment``
        the first installment is paid in the same transaction, so a refused payment sells
        nothing; without it the confirmation says how much is due and when."""
        self.ctx.acting()
        check_date(starts_on, "The membership's start")
        if payment is not None:
            check_payment(self.ctx, payment)
        with self.ctx.uow() as uow:
            member = load(uow.session, Member, member_id, "Member")
            plan = load(uow.session, Plan, plan_id, "Plan")
            if member.status == MemberStatus.ARCHIVED.value:
                raise ValidationError(f"{member.full_name} is archived; restore the member first.")
            if not plan.active:
                raise ValidationError(f"The plan '{plan.name}' is no longer sold.")
            membership = record_sale(uow.session, self.ctx, member.id, plan, starts_on)
            settled = first_installment.settle(uow.session, self.ctx, membership, member, payment)
            uow.commit()
            changes = _CHANGED | {Change.MEMBERS, Change.CREDITS}
            if settled.paid_now:
                changes |= {Change.PAYMENTS}
            return Result(membership.id, changes, settled.message)

    def for_member(self, member_id: int) -> list[MembershipRow]:
        """The member's memberships, newest end first (see ``membership_rows``)."""
        check_id(member_id, "member")
        today = self.ctx.clock.today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            card = bool(load(s, Member, member_id, "Member").card_on_file)
            memberships = of_member(s, member_id)
            return list(
                membership_rows(
                    s,
                    memberships,
                    installments.of_memberships(s, [m.id for m in memberships]),
                    held_on(hold_rows(s, member_id), today),
                    today,
                    card_on_file=card,
                )
            )
