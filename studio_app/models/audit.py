"""Audit entries: the member's user logs (who, when, what, entries available after)."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class AuditEntry(Base):
    __tablename__ = "audit_entries"
    #: A member's log newest first, a page read from the end of the index.
    __table_args__ = (Index("ix_audit_entries_member_at", "member_id", "at", "id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    at: Mapped[datetime] = mapped_column(index=True)  # UTC
    # None: done by the app itself (scheduled grants and expiries), shown as "Automatic".
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    member_id: Mapped[int | None] = mapped_column(ForeignKey("members.id"))
    membership_id: Mapped[int | None] = mapped_column(ForeignKey("memberships.id"))
    action: Mapped[str] = mapped_column(String(400))
    entries_after: Mapped[int | None]
