"""Credit lots and the append-only credit ledger.

A session pass is one lot of N entries expiring at the pass's end. The balance of a lot is the sum
of its ledger entries; ``CreditLot.remaining`` is a cache that `studio-app check` compares with it.
"""

from __future__ import annotations

import enum
from datetime import date, datetime

from sqlalchemy import ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from studio_app.models.base import Base


class LedgerKind(enum.StrEnum):
    GRANT = "grant"
    CHARGE = "charge"
    RETURN = "return"
    ADJUSTMENT = "adjustment"
    EXPIRY = "expiry"


class LotSource(enum.StrEnum):
    """Where a lot came from: a session pass's entries, a limited plan's initial credits or a
    scheduled batch, a manual adjustment, or a balance imported from another system."""

    PASS = "pass"
    INITIAL = "initial"
    SCHEDULED = "scheduled"
    ADJUSTMENT = "adjustment"
    IMPORT = "import"  # what a member had left in another system, imported with the member


class CreditLot(Base):
    __tablename__ = "credit_lots"
    __table_args__ = (
        # A scheduled batch is issued once per grant and day, however often catch-up runs.
        Index("uq_credit_lots_issue", "grant_id", "source", "issued_on", unique=True),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    membership_id: Mapped[int] = mapped_column(ForeignKey("memberships.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    grant_id: Mapped[int | None] = mapped_column(ForeignKey("membership_credit_grants.id"))
    source: Mapped[str] = mapped_column(String(12))
    category: Mapped[str] = mapped_column(String(60))
    amount: Mapped[int]
    issued_on: Mapped[date]
    # The first and last day of a class session this lot may pay for.
    valid_from: Mapped[date]
    expires_on: Mapped[date] = mapped_column(index=True)
    remaining: Mapped[int]


class LedgerEntry(Base):
    __tablename__ = "ledger_entries"

    id: Mapped[int] = mapped_column(primary_key=True)
    lot_id: Mapped[int] = mapped_column(ForeignKey("credit_lots.id"), index=True)
    member_id: Mapped[int] = mapped_column(ForeignKey("members.id"), index=True)
    kind: Mapped[str] = mapped_column(String(12))
    amount: Mapped[int]
    booking_id: Mapped[int | None] = mapped_column(ForeignKey("bookings.id"))
    reason: Mapped[str] = mapped_column(String(240), default="")
    # None: done by the app itself (scheduled grants and expiries), shown as "Automatic".
    staff_id: Mapped[int | None] = mapped_column(ForeignKey("staff.id"))
    created_at: Mapped[datetime]
