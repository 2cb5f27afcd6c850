"""Credit lot operations. Every change is an append-only ledger entry; ``remaining`` caches the sum.

A charge takes one credit from a lot; a return gives it back to the same lot, and if that lot has
expired meanwhile the returned credit is expired at once, not revived (SPEC §4). Grants and
expiries made by the app itself (the credit schedule) record no staff member: "Automatic".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from studio_app.domain.formats import day_text
from studio_app.models import (
    CreditLot,
    LedgerEntry,
    LedgerKind,
    LotSource,
    Membership,
    MembershipCreditGrant,
)
from studio_app.services.context import ServiceContext


def staff_id(ctx: ServiceContext, automatic: bool) -> int | None:
    """Who made a change: the logged-in staff member, or None when the app did it itself."""
    return None if automatic else ctx.acting().staff_id


def entry(
    session: Session,
    ctx: ServiceContext,
    lot: CreditLot,
    kind: LedgerKind,
    amount: int,
    *,
    booking_id: int | None = None,
    reason: str = "",
    automatic: bool = False,
) -> None:
    """Append one ledger entry and keep the lot's cached balance equal to its ledger sum."""
    session.add(
        LedgerEntry(
            lot_id=lot.id,
            member_id=lot.member_id,
            kind=kind.value,
            amount=amount,
            booking_id=booking_id,
            reason=reason,
            staff_id=staff_id(ctx, automatic),
            created_at=ctx.clock.utcnow(),
        )
    )
    lot.remaining += amount


def grant_lot(
    session: Session,
    ctx: ServiceContext,
    membership: Membership,
    *,
    category: str,
    amount: int,
    source: LotSource,
    issued_on: date,
    valid_from: date,
    expires_on: date,
    reason: str,
    grant_id: int | None = None,
    automatic: bool = False,
) -> CreditLot:
    """Issue a lot of ``amount`` credits, recorded as one grant (or adjustment) entry."""
    lot = CreditLot(
        membership_id=membership.id,
        member_id=membership.member_id,
        grant_id=grant_id,
        source=source.value,
        category=category,
        amount=amount,
        issued_on=issued_on,
        valid_from=valid_from,
        expires_on=expires_on,
        remaining=0,
    )
    session.add(lot)
    session.flush()
    kind = LedgerKind.ADJUSTMENT if source is LotSource.ADJUSTMENT else LedgerKind.GRANT
    entry(session, ctx, lot, kind, amount, reason=reason, automatic=automatic)
    return lot


def charge(session: Session, ctx: ServiceContext, lot: CreditLot, booking_id: int) -> None:
    entry(session, ctx, lot, LedgerKind.CHARGE, -1, booking_id=booking_id)


def give_back(
    session: Session, ctx: ServiceContext, lot: CreditLot, booking_id: int, reason: str
) -> None:
    """Return a charged credit to its lot; expire it straight away if the lot has expired."""
    entry(session, ctx, lot, LedgerKind.RETURN, 1, booking_id=booking_id, reason=reason)
    if lot.expires_on < ctx.clock.today():
        entry(
            session,
            ctx,
            lot,
            LedgerKind.EXPIRY,
            -1,
            booking_id=booking_id,
            reason=f"Lot expired on {day_text(lot.expires_on)}",
        )


def entries_left(session: Session, membership_id: int, category: str | None = None) -> int:
    """Credits left on a membership (of one category, if given)."""
    query = select(func.coalesce(func.sum(CreditLot.remaining), 0)).where(
        CreditLot.membership_id == membership_id
    )
    if category is not None:
        query = query.where(CreditLot.category == category)
    return int(session.scalar(query) or 0)


def credit_categories(session: Session, membership_ids: list[int]) -> dict[int, set[str]]:
    """Categories each membership holds credits of, by its grants (a pass: its own category)."""
    found: dict[int, set[str]] = defaultdict(set)
    if not membership_ids:
        return found
    rows = session.execute(
        select(MembershipCreditGrant.membership_id, MembershipCreditGrant.category).where(
            MembershipCreditGrant.membership_id.in_(membership_ids)
        )
    )
    for membership_id, category in rows:
        found[membership_id].add(category)
    return found
