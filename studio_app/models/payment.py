"""Payments: money received at the desk (method, amount, staff, what it pays)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class Payment(Base):
    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    amount_cents: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))
    paid_at: Mapped[datetime]  # UTC
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    note: Mapped[str] = mapped_column(String(240), default="")
