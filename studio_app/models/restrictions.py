"""Attendance restrictions of a plan (SPEC §5) and the copy taken into each membership at sale,
so editing a plan never rewrites memberships already sold."""

from __future__ import annotations

from typing import Any

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.models.base import Base

#: The columns that store a restriction, in the order ``restriction_of`` reads them: the one
#: place a restriction's storage is spelled out (with ``_RestrictionRow`` below).
RESTRICTION_COLUMNS = ("max_visits", "period", "cycle", "category")


def restriction_columns(r: Restriction) -> dict[str, Any]:
    """The column values that store ``r`` in a plan's or a membership's restriction row."""
    return {
        "max_visits": r.max_visits,
        "period": r.period.value,
        "cycle": r.cycle.value,
        "category": r.category,
    }


def restriction_of(row: Any) -> Restriction:
    """The restriction a row stores: a restriction row, or any row holding its columns."""
    return Restriction(row.max_visits, Period(row.period), Cycle(row.cycle), row.category)


class _RestrictionRow:
    """The columns of one restriction, shared by plans' and memberships' rows."""

    position: Mapped[int]
    max_visits: Mapped[int]
    period: Mapped[str] = mapped_column(String(10))  # domain.restrictions.Period
    cycle: Mapped[str] = mapped_column(String(10))  # domain.restrictions.Cycle
    # None: every visit counts; else only visits of this credit category.
    category: Mapped[str | None] = mapped_column(String(60))

    @property
    def restriction(self) -> Restriction:
        return restriction_of(self)


class PlanRestriction(_RestrictionRow, Base):
    __tablename__ = "plan_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)


class MembershipRestriction(_RestrictionRow, Base):
    __tablename__ = "membership_restrictions"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
