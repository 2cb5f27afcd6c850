"""Class series (recurring classes) and their occurrences, class sessions."""

from __future__ import annotations

from datetime import date, datetime, time

from sqlalchemy import ForeignKey, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class ClassSeries(Base):
    __tablename__ = "class_series"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(120))
    instructor: Mapped[str] = mapped_column(String(120))
    room: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int]
    duration_minutes: Mapped[int]
    weekdays: Mapped[str] = mapped_column(String(20))
    start_time: Mapped[time]
    starts_on: Mapped[date]
    until: Mapped[date]
    credit_category: Mapped[str] = mapped_column(String(60))
    color: Mapped[str] = mapped_column(String(9), default="#4f8a8b")
    created_at: Mapped[datetime]
    # Own booking window and cancellation cut-off instead of the studio's.
    policy_override: Mapped[bool] = mapped_column(default=False)
    booking_window_days: Mapped[int | None]
    cancel_cutoff_hours: Mapped[int | None]


class SessionRule(Base):
    """A plan allowed to book a class series. A series without rules takes any membership of
    its credit category (SPEC §4 session rules)."""

    __tablename__ = "session_rules"

    series_id: Mapped[int] = mapped_column(ForeignKey("class_series.id"), primary_key=True)
    plan_id: Mapped[int] = mapped_column(ForeignKey("plans.id"), primary_key=True)


class ClassSession(Base):
    """One occurrence of a series (or a one-off class). Named to keep clear of the DB session."""

    __tablename__ = "class_sessions"

    id: Mapped[int] = mapped_column(primary_key=True)
    series_id: Mapped[int | None] = mapped_column(ForeignKey("class_series.id"), index=True)
    name: Mapped[str] = mapped_column(String(120))
    instructor: Mapped[str] = mapped_column(String(120))
    room: Mapped[str] = mapped_column(String(60))
    capacity: Mapped[int]
    starts_at: Mapped[datetime] = mapped_column(index=True)
    duration_minutes: Mapped[int]
    credit_category: Mapped[str] = mapped_column(String(60))
    color: Mapped[str] = mapped_column(String(9), default="#4f8a8b")
    # Edited on its own: series edits leave its own changes alone.
    detached: Mapped[bool] = mapped_column(default=False)
    cancelled: Mapped[bool] = mapped_column(default=False)
    # A one-to-one appointment with a trainer (capacity 1), booked ad hoc.
    appointment: Mapped[bool] = mapped_column(default=False)
    booked_count: Mapped[int] = mapped_column(default=0)
