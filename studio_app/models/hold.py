"""Holds: a membership paused for a date range (SPEC §5). A hold is history: removing it marks
it removed (who, when) and takes back the days it added, never deleting the record."""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.domain.holds import HoldPolicy
from studio_app.models.base import Base


class HoldPolicyColumns:
    """A plan's hold policy (None: no limit), copied into each membership sold from it."""

    hold_min_days: Mapped[int | None]
    hold_max_days: Mapped[int | None]
    holds_per_year: Mapped[int | None]

    @property
    def hold_policy(self) -> HoldPolicy:
        return HoldPolicy(self.hold_min_days, self.hold_max_days, self.holds_per_year)

    @hold_policy.setter
    def hold_policy(self, policy: HoldPolicy) -> None:
        self.hold_min_days, self.hold_max_days = policy.min_days, policy.max_days
        self.holds_per_year = policy.per_year


class MembershipHold(Base):
    __tablename__ = "membership_holds"

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    starts_on: Mapped[date]
    ends_on: Mapped[date]
    # Days added to the end of the membership (and of a package's time-based items).
    extended_days: Mapped[int] = mapped_column(default=0)
    note: Mapped[str] = mapped_column(String(240), default="")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    removed_at: Mapped[datetime | None]
    removed_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
