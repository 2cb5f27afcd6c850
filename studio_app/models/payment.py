"""Payments: money received (method, amount, staff, what it pays) and the products sold at the
front desk."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class Payment(Base):
    """One payment: a drop-in visit (booking), an installment (with the discount taken off it)
    or a product sale. ``member_id`` is None for a walk-in's product sale. A card-on-file
    payment carries the provider's reference."""

    __tablename__ = "payments"

    id: Mapped[int] = mapped_column(primary_key=True)
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"), index=True)
    amount_cents: Mapped[int]
    method: Mapped[str] = mapped_column(String(20))
    paid_at: Mapped[datetime] = mapped_column(index=True)  # UTC
    staff_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"), index=True)
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    installment_id: Mapped[int | None] = mapped_column(ForeignKey("installments.id"), index=True)
    discount_cents: Mapped[int] = mapped_column(default=0)
    discount_kind: Mapped[str] = mapped_column(String(10), default="none")
    product_id: Mapped[int | None] = mapped_column(ForeignKey("products.id"))
    quantity: Mapped[int] = mapped_column(default=1)
    provider_reference: Mapped[str] = mapped_column(String(80), default="")
    note: Mapped[str] = mapped_column(String(240), default="")


class Product(Base):
    """Something sold at the desk (water, a t-shirt) at a fixed price (Settings → Products)."""

    __tablename__ = "products"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    price_cents: Mapped[int]
    active: Mapped[bool] = mapped_column(default=True)
    created_at: Mapped[datetime]
