"""Memberships: one plan sold to one member. Plan terms are copied at sale so that editing a
plan never rewrites memberships already sold."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base
from studio_app.models.contract import ContractColumns
from studio_app.models.hold import HoldPolicyColumns


class Membership(ContractColumns, HoldPolicyColumns, Base):
    __tablename__ = "memberships"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"))
    plan_name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    credit_category: Mapped[str] = mapped_column(String(60))
    price_cents: Mapped[int]
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    entries_total: Mapped[int | None]
    # The plan's duration as sold: the length of one payment period.
    duration_count: Mapped[int] = mapped_column(default=1)
    duration_unit: Mapped[str] = mapped_column(String(10), default="months")
    # The package membership this one was sold in, if any.
    package_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"), index=True)
    cancelled: Mapped[bool] = mapped_column(default=False)
    # "Pay K more installments": the last installment's number (None: not cancelled).
    last_installment: Mapped[int | None]
    sold_at: Mapped[datetime]
    sold_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
