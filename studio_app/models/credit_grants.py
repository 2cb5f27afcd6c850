"""Credit grants: how a plan issues credits (SPEC §4 credit settings), and the copy of those
terms taken into each membership at sale, so editing a plan never rewrites memberships sold.

A grant issues ``credits`` on the membership's start date and then every ``every_days`` days
while the membership lasts (``every_days`` None: once, at the start); each batch expires
``expire_days`` days after issue (None: with the membership). ``initial_credits`` are issued
once, immediately at sale, usable even before a future start date.
"""

from __future__ import annotations

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class PlanCreditGrant(Base):
    __tablename__ = "plan_credit_grants"

    id: Mapped[int] = mapped_column(primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), index=True)
    position: Mapped[int]
    category: Mapped[str] = mapped_column(String(60))
    credits: Mapped[int]
    every_days: Mapped[int | None]
    expire_days: Mapped[int | None]
    initial_credits: Mapped[int] = mapped_column(default=0)


class MembershipCreditGrant(Base):
    __tablename__ = "membership_credit_grants"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    position: Mapped[int]
    category: Mapped[str] = mapped_column(String(60))
    credits: Mapped[int]
    every_days: Mapped[int | None]
    expire_days: Mapped[int | None]
    initial_credits: Mapped[int] = mapped_column(default=0)
