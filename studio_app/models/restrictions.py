"""Attendance restrictions of a plan (SPEC §5) and the copy taken into each membership at sale,
so editing a plan never rewrites memberships already sold."""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class PlanRestriction(Base):
    __tablename__ = "plan_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    position: Mapped[int]
    max_visits: Mapped[int]
    period: Mapped[str] = mapped_column(String(10))  # domain.restrictions.Period
    cycle: Mapped[str] = mapped_column(String(10))  # domain.restrictions.Cycle
    # None: every visit counts; else only visits of this credit category.
    category: Mapped[str | None] = mapped_column(String(60))


class MembershipRestriction(Base):
    __tablename__ = "membership_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    position: Mapped[int]
    max_visits: Mapped[int]
    period: Mapped[str] = mapped_column(String(10))
    cycle: Mapped[str] = mapped_column(String(10))
    category: Mapped[str | None] = mapped_column(String(60))
