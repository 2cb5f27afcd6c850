"""Plans (Settings → Memberships): what the studio sells. Editing needs the settings privilege;
prices are money in cents, never floats; editing a plan never rewrites memberships sold."""

from __future__ import annotations

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import (
    MAX_LISTED_PLANS,
    MAX_PLAN_TERMS,
    check_cents,
    check_count,
    check_text,
    check_validity,
)
from studio_app.domain.contracts import validated_terms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.credit_grants import validated as validated_grant
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import validity_text
from studio_app.domain.holds import validated_policy
from studio_app.domain.plans import PlanKind
from studio_app.domain.privileges import Privilege
from studio_app.domain.restrictions import Restriction
from studio_app.domain.restrictions import validated as validated_restriction
from studio_app.dto.changes import Change, Result
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.models import Plan, PlanCreditGrant, PlanPackageItem, PlanRestriction
from studio_app.models.restrictions import restriction_columns
from studio_app.runtime.context import ServiceContext
from studio_app.steps.plan_items import package_items
from studio_app.steps.records import audit, changes_text, load
from studio_app.steps.studio_settings import money_format

_CHANGED = frozenset({Change.PLANS})


def _validated(data: PlanInput) -> PlanInput:
    """The plan stripped, or a refusal. Bounds (domain/bounds.py): a name of 100 characters,
    a price up to 1,000,000.00, a validity of at most 10 years, at most 10,000 sessions, 20
    credit grants, 20 restrictions and 1,000 plans in a package."""
    if not check_text(data.name.strip(), "The plan's name"):
        raise ValidationError("A plan needs a name.")
    check_cents(data.price_cents, "Price")
    if data.duration_count < 1:
        raise ValidationError(f"Duration must be at least 1 (got {data.duration_count}).")
    check_validity(data.duration_count, data.duration_unit)
    entries = data.entries
    if data.kind is PlanKind.SESSION_PASS:
        if entries is None or entries < 1:
            raise ValidationError(f"A session pass needs at least 1 session (got {entries}).")
        check_count(entries, "The sessions of a pass", low=1)
    else:
        entries = None
    category = check_text(data.credit_category.strip(), "The credit category")
    if not category:
        raise ValidationError("Choose a credit category (e.g. Group class).")
    check_count(len(data.grants), "Credit grants on a plan", high=MAX_PLAN_TERMS)
    check_count(len(data.restrictions), "Restrictions on a plan", high=MAX_PLAN_TERMS)
    check_count(len(data.package_items), "Plans in a package", high=MAX_LISTED_PLANS)
    grants = tuple(validated_grant(g) for g in data.grants)
    if data.kind is PlanKind.LIMITED and not any(g.category == category for g in grants):
        raise ValidationError(
            f"A limited plan issues credits: add a credit grant of its category {category} "
            "(credits to grant, frequency, days to expire, initial credits)."
        )
    items = tuple(dict.fromkeys(data.package_items))
    if data.kind is PlanKind.PACKAGE and not items:
        raise ValidationError("A package bundles other plans: choose at least one plan in it.")
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
        tuple(validated_restriction(r) for r in data.restrictions),
        validated_policy(data.hold_policy),
        items if data.kind is PlanKind.PACKAGE else (),
        validated_terms(
            data.contract,
            kind=data.kind,
            duration_count=data.duration_count,
            duration_unit=data.duration_unit,
            price_cents=data.price_cents,
        ),
    )


def _check_items(s: Session, plan_id: int | None, items: tuple[int, ...]) -> None:
    """A package holds existing plans that are not packages themselves (nor the package)."""
    for item_id in items:
        item = load(s, Plan, item_id, "Plan")
        if item_id == plan_id or item.kind == PlanKind.PACKAGE.value:
            raise ValidationError(
                f"A package cannot contain a package ('{item.name}'): choose passes or memberships."
            )


def _restrictions(s: Session, plan_id: int) -> tuple[Restriction, ...]:
    return tuple(
        r.restriction
        for r in s.scalars(
            select(PlanRestriction)
            .where(PlanRestriction.plan_id == plan_id)
            .order_by(PlanRestriction.position)
        )
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
        _restrictions(s, plan.id),
        plan.hold_policy,
        package_items(s, plan.id),
        plan.contract_terms,
        money_format(s).text(plan.price_cents),
    )


def _grant_text(g: CreditGrantTerms) -> str:
    """ "4 Group class every 28 days, expire after 30 days, 2 initial" for the user log."""
    parts = [
        f"{g.credits} {g.category} " + (f"every {g.every_days} days" if g.every_days else "once")
    ]
    if g.expire_days:
        parts.append(f"expire after {g.expire_days} days")
    if g.initial_credits:
        parts.append(f"{g.initial_credits} initial")
    return ", ".join(parts)


def _plan_names(s: Session, plan_ids: tuple[int, ...]) -> str:
    return ", ".join(load(s, Plan, plan_id, "Plan").name for plan_id in plan_ids)


def _terms_texts(s: Session, data: PlanInput) -> tuple[tuple[str, str], ...]:
    """A plan's terms as (field, text) pairs, in the plan editor's order, for the user log."""
    money = money_format(s)
    contract = data.contract.describe()
    return (
        ("name", data.name),
        ("kind", data.kind.label),
        ("price", money.text(data.price_cents)),
        ("duration", validity_text(data.duration_count, data.duration_unit)),
        ("sessions", "" if data.entries is None else str(data.entries)),
        ("credit category", data.credit_category),
        ("on sale", "yes" if data.active else "no"),
        ("credit grants", " + ".join(_grant_text(g) for g in data.grants)),
        ("restrictions", ", ".join(r.describe() for r in data.restrictions)),
        ("hold policy", data.hold_policy.describe().removeprefix("Holds: ")),
        ("package items", _plan_names(s, data.package_items)),
        ("contract", "" if contract == "—" else contract),
    )


def _plan_changes(s: Session, before: PlanInput, after: PlanInput) -> str:
    """What a plan edit changed, field by field with before → after ("price 150.00 → 160.00");
    "" when nothing did."""
    return changes_text(
        (name, old, new)
        for (name, old), (_, new) in zip(
            _terms_texts(s, before), _terms_texts(s, after), strict=True
        )
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
            self._replace_terms(uow.session, plan.id, clean)
            price = money_format(uow.session).text(clean.price_cents)
            audit(
                uow.session,
                self.ctx,
                action=f"Plan '{clean.name}' created: {clean.kind.label}, price {price}",
            )
            uow.commit()
            return Result(plan.id, _CHANGED)

    def update(self, plan_id: int, data: PlanInput) -> Result[None]:
        """Change a plan for future sales (memberships sold keep their terms). The user log
        reads "Plan 'Monthly': price 150.00 → 160.00", naming only the fields that changed;
        a save that changes nothing writes no line."""
        self.ctx.acting(Privilege.SETTINGS, "edit plans")
        clean = _validated(data)
        with self.ctx.uow() as uow:
            s = uow.session
            plan = load(s, Plan, plan_id, "Plan")
            before = _row(s, plan).as_input()
            self._apply(plan, clean)
            self._replace_terms(s, plan_id, clean)
            changed = _plan_changes(s, before, clean)
            if changed:
                audit(s, self.ctx, action=f"Plan '{before.name}': {changed}")
            uow.commit()
        return Result(None, _CHANGED)

    @staticmethod
    def _replace_terms(s: Session, plan_id: int, data: PlanInput) -> None:
        """A plan's credit settings, restrictions and package items are replaced whole;
        memberships sold keep their own copy."""
        _check_items(s, plan_id, data.package_items)
        s.execute(delete(PlanCreditGrant).where(PlanCreditGrant.plan_id == plan_id))
        s.execute(delete(PlanRestriction).where(PlanRestriction.plan_id == plan_id))
        s.execute(delete(PlanPackageItem).where(PlanPackageItem.package_plan_id == plan_id))
        s.add_all(
            PlanRestriction(plan_id=plan_id, position=position, **restriction_columns(r))
            for position, r in enumerate(data.restrictions)
        )
        s.add_all(
            PlanPackageItem(package_plan_id=plan_id, item_plan_id=item_id, position=position)
            for position, item_id in enumerate(data.package_items)
        )
        for position, g in enumerate(data.grants):
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
        plan.hold_policy = data.hold_policy
        plan.contract_terms = data.contract
