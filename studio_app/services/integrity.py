"""`studio-app check`: the database is sound and every cached number equals its source.

Checks SQLite's integrity and foreign keys (on PostgreSQL: the references, see
services/server_checks.py), that no class is over capacity, that each session's
booked count equals its live bookings, and that every credit lot's balance equals its ledger sum
and is never negative.
"""

from __future__ import annotations

from sqlalchemy import func, select, text

from studio_app.models import Booking, BookingStatus, ClassSession, CreditLot, LedgerEntry
from studio_app.services import server_checks
from studio_app.services.context import ServiceContext


class IntegrityService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def skipped_checks(self) -> list[str]:
        """Checks this kind of database does not run, one line each saying why (none on
        SQLite), for `studio-app check` to print above its verdict."""
        if self.ctx.uow.engine.dialect.name == "sqlite":
            return []
        return [server_checks.STORAGE_CHECK_SKIPPED]

    def problems(self) -> list[str]:
        """Everything wrong with the data, one sentence each; empty when all is well."""
        found: list[str] = []
        with self.ctx.uow.read() as uow:
            s = uow.session
            if s.bind.dialect.name == "sqlite":
                result = s.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    # A damaged file cannot be trusted (or even read) further.
                    return [
                        f"SQLite integrity check failed: {result}. Restore the newest backup "
                        "(Settings → Backups, or studio-app restore FILE)."
                    ]
                for row in s.execute(text("PRAGMA foreign_key_check")).all():
                    found.append(f"Broken reference in table {row[0]} (row {row[1]}) to {row[2]}.")
            else:
                found += server_checks.broken_references(s)
            live = dict(
                s.execute(
                    select(Booking.session_id, func.count())
                    .where(Booking.status == BookingStatus.BOOKED.value)
                    .group_by(Booking.session_id)
                ).all()
            )
            for cs in s.scalars(select(ClassSession)):
                actual = live.get(cs.id, 0)
                if actual > cs.capacity:
                    found.append(
                        f"Class session #{cs.id} ({cs.name} {cs.starts_at}) has {actual} "
                        f"bookings for {cs.capacity} places."
                    )
                if actual != cs.booked_count:
                    found.append(
                        f"Class session #{cs.id} shows {cs.booked_count} booked but has "
                        f"{actual} live bookings."
                    )
            sums = dict(
                s.execute(
                    select(LedgerEntry.lot_id, func.sum(LedgerEntry.amount)).group_by(
                        LedgerEntry.lot_id
                    )
                ).all()
            )
            for lot in s.scalars(select(CreditLot)):
                ledger = int(sums.get(lot.id, 0) or 0)
                if ledger != lot.remaining:
                    found.append(
                        f"Credit lot #{lot.id} of member #{lot.member_id} shows "
                        f"{lot.remaining} left but its ledger sums to {ledger}."
                    )
                if ledger < 0:
                    found.append(
                        f"Credit lot #{lot.id} of member #{lot.member_id} is negative ({ledger})."
                    )
        return found
