"""The demo studio's attendance restrictions, hold policies, package, booking policy and a few
holds (SPEC §5), so that every rule of issue 4 can be seen in the demo."""

from __future__ import annotations

import random
from datetime import timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.errors import DomainError
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.models import Membership, Plan, PlanPackageItem, PlanRestriction, StudioSettings
from studio_app.models.restrictions import restriction_columns
from studio_app.runtime.context import ServiceContext
from studio_app.services.holds import HoldService

RESTRICTIONS = {
    "2 classes a week": (Restriction(2, Period.WEEK),),
    "10-class pass": (Restriction(6, Period.MONTH, Cycle.PAYMENT),),
    "Flow package": (Restriction(3, Period.WEEK),),
}
# (minimum days, maximum days, holds per year)
HOLD_POLICIES = {
    "Monthly unlimited": (7, 30, 2),
    "Annual unlimited": (7, 60, 2),
    "2 classes a week": (7, 21, 1),
    "Flow package": (7, 21, 1),
}
PACKAGES = {"Flow package": ("2 classes a week", "5-class pass")}
#: Signing out less than 12 hours before a class is a late cancel.
CANCEL_CUTOFF_HOURS = 12


def add_terms(s: Session, plans: list[Plan]) -> None:
    """Restrictions, hold policies and package items on the demo plans; the studio's cut-off."""
    by_name = {plan.name: plan for plan in plans}
    for name, restrictions in RESTRICTIONS.items():
        s.add_all(
            PlanRestriction(plan_id=by_name[name].id, position=position, **restriction_columns(r))
            for position, r in enumerate(restrictions)
        )
    for name, (shortest, longest, per_year) in HOLD_POLICIES.items():
        by_name[name].hold_policy = HoldPolicy(shortest, longest, per_year)
    for name, items in PACKAGES.items():
        s.add_all(
            PlanPackageItem(
                package_plan_id=by_name[name].id, item_plan_id=by_name[item].id, position=n
            )
            for n, item in enumerate(items)
        )
    settings = s.get(StudioSettings, 1)
    if settings is not None:
        settings.cancel_cutoff_hours = CANCEL_CUTOFF_HOURS


def place_holds(ctx: ServiceContext, rng: random.Random, count: int = 3) -> int:
    """Put a few unlimited memberships on hold from next week, through the desk's service."""
    with ctx.uow.read() as uow:
        ids = list(
            uow.session.scalars(
                select(Membership.id)
                .where(
                    Membership.plan_name == "Monthly unlimited",
                    Membership.last_installment.is_(None),
                    Membership.ends_on > ctx.clock.today() + timedelta(days=14),
                )
                .order_by(Membership.id)
            )
        )
    placed = 0
    service = HoldService(ctx)
    for membership_id in rng.sample(ids, min(count, len(ids))):
        first = ctx.clock.today() + timedelta(days=rng.randint(1, 6))
        try:
            service.place(membership_id, first, first + timedelta(days=9), "Travelling")
        except DomainError:
            continue
        placed += 1
    return placed
