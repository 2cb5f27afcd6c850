"""Plans: what the studio sells (Settings → Memberships)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base
from studio_app.models.contract import ContractColumns
from studio_app.models.hold import HoldPolicyColumns


class Plan(ContractColumns, HoldPolicyColumns, Base):
    __tablename__ = "plans"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    kind: Mapped[str] = mapped_column(String(20))
    price_cents: Mapped[int]
    duration_count: Mapped[int]
    duration_unit: Mapped[str] = mapped_column(String(10))
    entries: Mapped[int | None]
    credit_category: Mapped[str] = mapped_column(String(60))
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
