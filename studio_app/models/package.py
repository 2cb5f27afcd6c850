"""Packages: a plan bundling other plans (SPEC §5). Selling a package sells each item as its own
membership, linked to the package's membership by ``Membership.package_id``."""

from __future__ import annotations

from sqlalchemy import ForeignKey
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class PlanPackageItem(Base):
    __tablename__ = "plan_package_items"

    id: Mapped[int] = mapped_column(primary_key=True)
    package_plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    item_plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    position: Mapped[int]
