"""Bookings (a member's place in a class session) and waitlist entries."""

from __future__ import annotations

import enum
from datetime import datetime

from sqlalchemy import ForeignKey, Index, String, text
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class BookingStatus(enum.StrEnum):
    BOOKED = "booked"
    SIGNED_OUT = "signed_out"
    SESSION_CANCELLED = "session_cancelled"
    # Signed out after the cancellation cut-off: the place is freed, the session stays charged.
    LATE_CANCELLED = "late_cancelled"


class Booking(Base):
    __tablename__ = "bookings"
    __table_args__ = (
        # One live booking per member and session: a double sign-up is impossible even
        # with two desks racing.
        Index(
            "uq_bookings_live",
            "session_id",
            "member_id",
            unique=True,
            sqlite_where=text("status = 'booked'"),
            postgresql_where=text("status = 'booked'"),
        ),
        # A member's bookings with what their profile sorts them by, read from the index alone.
        Index("ix_bookings_member_visits", "member_id", "session_id", "status", "unpaid"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("class_sessions.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"))
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"), index=True)
    lot_id: Mapped[int | None] = mapped_column(ForeignKey("credit_lots.id"))
    status: Mapped[str] = mapped_column(String(20), default=BookingStatus.BOOKED.value)
    present: Mapped[bool] = mapped_column(default=False)
    # An unpaid visit (enforce billing off): no membership paid yet; paid later.
    unpaid: Mapped[bool] = mapped_column(default=False)
    # Booked but not present once the class was over.
    no_show: Mapped[bool] = mapped_column(default=False)
    booked_at: Mapped[datetime]
    booked_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
    ended_at: Mapped[datetime | None]
    ended_by_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))


class WaitlistStatus(enum.StrEnum):
    WAITING = "waiting"
    PROMOTED = "promoted"
    REMOVED = "removed"


class WaitlistEntry(Base):
    __tablename__ = "waitlist_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    session_id: Mapped[int] = mapped_column(ForeignKey("class_sessions.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    status: Mapped[str] = mapped_column(String(12), default=WaitlistStatus.WAITING.value)
    note: Mapped[str] = mapped_column(String(240), default="")
    created_at: Mapped[datetime]
    created_by_id: Mapped[int] = mapped_column(ForeignKey("staff.id"))
