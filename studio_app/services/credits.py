"""Credit lot operations. Every change is an append-only ledger entry; ``remaining`` caches the sum.

A charge takes one credit from a lot; a return gives it back to the same lot, and if that lot has
expired meanwhile the returned credit is expired at once, not revived (SPEC §4).
"""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_app.models import CreditLot, LedgerEntry, LedgerKind, Membership
from studio_app.services.context import ServiceContext


def _entry(
    session: Session,
    ctx: ServiceContext,
    lot: CreditLot,
    kind: LedgerKind,
    amount: int,
    booking_id: int | None = None,
    reason: str = "",
) -> None:
    session.add(
        LedgerEntry(
            lot_id=lot.id,
            member_id=lot.member_id,
            kind=kind.value,
            amount=amount,
            booking_id=booking_id,
            reason=reason,
            staff_id=ctx.acting().staff_id,
            created_at=ctx.clock.utcnow(),
        )
    )
    lot.remaining += amount


def grant_lot(
    session: Session,
    ctx: ServiceContext,
    membership: Membership,
    amount: int,
    issued_on: date,
    expires_on: date,
) -> CreditLot:
    lot = CreditLot(
        membership_id=membership.id,
        member_id=membership.member_id,
        category=membership.credit_category,
        amount=amount,
        issued_on=issued_on,
        expires_on=expires_on,
        remaining=0,
    )
    session.add(lot)
    session.flush()
    _entry(session, ctx, lot, LedgerKind.GRANT, amount, reason=f"Bought {membership.plan_name}")
    return lot


def charge(session: Session, ctx: ServiceContext, lot: CreditLot, booking_id: int) -> None:
    _entry(session, ctx, lot, LedgerKind.CHARGE, -1, booking_id=booking_id)


def give_back(
    session: Session, ctx: ServiceContext, lot: CreditLot, booking_id: int, reason: str
) -> None:
    """Return a charged credit to its lot; expire it straight away if the lot has expired."""
    _entry(session, ctx, lot, LedgerKind.RETURN, 1, booking_id=booking_id, reason=reason)
    if lot.expires_on < ctx.clock.today():
        _entry(
            session,
            ctx,
            lot,
            LedgerKind.EXPIRY,
            -1,
            booking_id=booking_id,
            reason=f"Lot expired on {lot.expires_on.isoformat()}",
        )


def entries_left(session: Session, membership_id: int) -> int:
    total = session.scalar(
        select(func.coalesce(func.sum(CreditLot.remaining), 0)).where(
            CreditLot.membership_id == membership_id
        )
    )
    return int(total or 0)


def first_lot(session: Session, membership_id: int) -> CreditLot | None:
    """The lot with credits left that expires first (FIFO by expiry)."""
    return session.scalars(
        select(CreditLot)
        .where(CreditLot.membership_id == membership_id, CreditLot.remaining > 0)
        .order_by(CreditLot.expires_on, CreditLot.id)
        .limit(1)
    ).first()
