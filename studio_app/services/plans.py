"""Plans (Settings → Memberships): what the studio sells. Editing needs the settings privilege;
prices are money in cents, never floats; editing a plan never rewrites memberships sold."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.credit_grants import validated as validated_grant
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.plans import PlanKind
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.models import Plan, PlanCreditGrant
from studio_app.services.context import ServiceContext
from studio_app.services.records import load

_CHANGED = frozenset({Change.PLANS})


def _validated(data: PlanInput) -> PlanInput:
    if not data.name.strip():
        raise ValidationError("A plan needs a name.")
    if data.price_cents < 0:
        raise ValidationError(f"Price cannot be negative (got {data.price_cents / 100:.2f}).")
    if data.duration_count < 1:
        raise ValidationError(f"Duration must be at least 1 (got {data.duration_count}).")
    entries = data.entries
    if data.kind is PlanKind.SESSION_PASS:
        if entries is None or entries < 1:
            raise ValidationError(f"A session pass needs at least 1 session (got {entries}).")
    else:
        entries = None
    category = data.credit_category.strip()
    if not category:
        raise ValidationError("Choose a credit category (e.g. Group class).")
    grants = tuple(validated_grant(g) for g in data.grants)
    if data.kind is PlanKind.LIMITED and not any(g.category == category for g in grants):
        raise ValidationError(
            f"A limited plan issues credits: add a credit grant of its category {category} "
            "(credits to grant, frequency, days to expire, initial credits)."
        )
    return PlanInput(
        data.name.strip(),
        data.kind,
        data.price_cents,
        data.duration_count,
        data.duration_unit,
        entries,
        category,
        data.active,
        grants,
    )


def _grants(s: Session, plan_id: int) -> tuple[CreditGrantTerms, ...]:
    return tuple(
        CreditGrantTerms(g.category, g.credits, g.every_days, g.expire_days, g.initial_credits)
        for g in s.scalars(
            select(PlanCreditGrant)
            .where(PlanCreditGrant.plan_id == plan_id)
            .order_by(PlanCreditGrant.position)
        )
    )


def _row(s: Session, plan: Plan) -> PlanRow:
    return PlanRow(
        plan.id,
        plan.name,
        PlanKind(plan.kind),
        plan.price_cents,
        plan.duration_count,
        DurationUnit(plan.duration_unit),
        plan.entries,
        plan.credit_category,
        plan.active,
        _grants(s, plan.id),
    )


class PlanService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def list_plans(self, *, include_inactive: bool = True) -> list[PlanRow]:
        query = select(Plan).order_by(Plan.name)
        if not include_inactive:
            query = query.where(Plan.active.is_(True))
        with self.ctx.uow.read() as uow:
            return [_row(uow.session, p) for p in uow.session.scalars(query)]

    def create(self, data: PlanInput) -> Result[int]:
        self.ctx.acting(Privilege.SETTINGS, "create plans")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            plan = Plan(created_at=self.ctx.clock.utcnow())
            self._apply(plan, clean)
            uow.session.add(plan)
            uow.session.flush()
            self._replace_grants(uow.session, plan.id, clean.grants)
            uow.commit()
            return Result(plan.id, _CHANGED)

    def update(self, plan_id: int, data: PlanInput) -> Result[None]:
        self.ctx.acting(Privilege.SETTINGS, "edit plans")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            self._apply(load(uow.session, Plan, plan_id, "Plan"), clean)
            self._replace_grants(uow.session, plan_id, clean.grants)
            uow.commit()
        return Result(None, _CHANGED)

    @staticmethod
    def _replace_grants(s: Session, plan_id: int, grants: tuple[CreditGrantTerms, ...]) -> None:
        """A plan's credit settings are replaced whole; memberships sold keep their own copy."""
        s.execute(delete(PlanCreditGrant).where(PlanCreditGrant.plan_id == plan_id))
        for position, g in enumerate(grants):
            s.add(
                PlanCreditGrant(
                    plan_id=plan_id,
                    position=position,
                    category=g.category,
                    credits=g.credits,
                    every_days=g.every_days,
                    expire_days=g.expire_days,
                    initial_credits=g.initial_credits,
                )
            )

    @staticmethod
    def _apply(plan: Plan, data: PlanInput) -> None:
        plan.name, plan.kind, plan.price_cents = data.name, data.kind.value, data.price_cents
        plan.duration_count, plan.duration_unit = data.duration_count, data.duration_unit.value
        plan.entries, plan.credit_category, plan.active = (
            data.entries,
            data.credit_category,
            data.active,
        )
