"""`studio-app check`: the database is sound and every cached number equals its source.

Checks SQLite's integrity and foreign keys (on PostgreSQL: the references, see
steps/server_checks.py), that no class is over capacity, that each session's
booked count equals its live bookings, and that every credit lot's balance equals its ledger sum
and is never negative.
"""

from __future__ import annotations

from concurrent.futures import ThreadPoolExecutor

from sqlalchemy import func, or_, select, text
from sqlalchemy.orm import Session

from studio_app.models import Booking, BookingStatus, ClassSession, CreditLot, LedgerEntry
from studio_app.runtime.context import ServiceContext
from studio_app.steps import server_checks


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
        """Everything wrong with the data, one sentence each; empty when all is well.

        On SQLite the foreign-key check reads every table on a second connection while the
        integrity check runs on the first (two reads, a core each): ``check`` then takes about
        as long as SQLite's integrity_check alone instead of 1.7 times as long."""
        if self.ctx.uow.engine.dialect.name != "sqlite":
            with self.ctx.uow.read() as uow:
                s = uow.session
                return [
                    *server_checks.broken_references(s),
                    *_session_problems(s),
                    *_lot_problems(s),
                ]
        with ThreadPoolExecutor(max_workers=1) as pool:
            references = pool.submit(self._broken_references)
            with self.ctx.uow.read() as uow:
                s = uow.session
                result = s.execute(text("PRAGMA integrity_check")).scalar()
                if result != "ok":
                    # A damaged file cannot be trusted (or even read) further.
                    return [
                        f"SQLite integrity check failed: {result}. Restore the newest backup "
                        "(Settings → Backups, or studio-app restore FILE)."
                    ]
                found = [*_session_problems(s), *_lot_problems(s)]
                # Inside the unit of work, so a driver failure is translated like any other.
                return [*references.result(), *found]

    def _broken_references(self) -> list[str]:
        """SQLite's foreign-key check, on a connection of its own."""
        with self.ctx.uow.engine.connect() as connection:
            rows = connection.execute(text("PRAGMA foreign_key_check")).all()
        return [f"Broken reference in table {t} (row {r}) to {parent}." for t, r, parent, _ in rows]


def _session_problems(s: Session) -> list[str]:
    """Class sessions over capacity or whose booked count differs from their live bookings;
    the counting and comparing is done by the database, only the wrong rows come back."""
    live = (
        select(Booking.session_id, func.count().label("n"))
        .where(Booking.status == BookingStatus.BOOKED.value)
        .group_by(Booking.session_id)
        .subquery()
    )
    actual = func.coalesce(live.c.n, 0)
    rows = s.execute(
        select(
            ClassSession.id,
            ClassSession.name,
            ClassSession.starts_at,
            ClassSession.capacity,
            ClassSession.booked_count,
            actual,
        )
        .outerjoin(live, live.c.session_id == ClassSession.id)
        .where(or_(actual > ClassSession.capacity, actual != ClassSession.booked_count))
        .order_by(ClassSession.id)
    )
    found = []
    for session_id, name, starts_at, capacity, booked_count, count in rows:
        if count > capacity:
            found.append(
                f"Class session #{session_id} ({name} {starts_at}) has {count} "
                f"bookings for {capacity} places."
            )
        if count != booked_count:
            found.append(
                f"Class session #{session_id} shows {booked_count} booked but has "
                f"{count} live bookings."
            )
    return found


def _lot_problems(s: Session) -> list[str]:
    """Credit lots whose balance differs from their ledger's sum, or whose ledger is negative;
    summed and compared by the database."""
    sums = (
        select(LedgerEntry.lot_id, func.sum(LedgerEntry.amount).label("total"))
        .group_by(LedgerEntry.lot_id)
        .subquery()
    )
    ledger = func.coalesce(sums.c.total, 0)
    rows = s.execute(
        select(CreditLot.id, CreditLot.member_id, CreditLot.remaining, ledger)
        .outerjoin(sums, sums.c.lot_id == CreditLot.id)
        .where(or_(ledger != CreditLot.remaining, ledger < 0))
        .order_by(CreditLot.id)
    )
    found = []
    for lot_id, member_id, remaining, total in rows:
        total = int(total)
        if total != remaining:
            found.append(
                f"Credit lot #{lot_id} of member #{member_id} shows "
                f"{remaining} left but its ledger sums to {total}."
            )
        if total < 0:
            found.append(f"Credit lot #{lot_id} of member #{member_id} is negative ({total}).")
    return found
