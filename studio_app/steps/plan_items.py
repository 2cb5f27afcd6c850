"""What a package plan holds, read inside the caller's unit of work."""

from __future__ import annotations

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.models import PlanPackageItem


def package_items(s: Session, plan_id: int) -> tuple[int, ...]:
    return tuple(
        s.scalars(
            select(PlanPackageItem.item_plan_id)
            .where(PlanPackageItem.package_plan_id == plan_id)
            .order_by(PlanPackageItem.position)
        )
    )
