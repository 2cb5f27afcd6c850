"""Credit lot operations. Every change is an append-only ledger entry; ``remaining`` caches the sum.

A charge takes one credit from a lot; a return gives it back to the same lot, and if that lot has
expired meanwhile the returned credit is expired at once, not revived (SPEC §4). Grants and
expiries made by the app itself (the credit schedule) record no staff member: "Automatic".
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from typing import Any

from sqlalchemy import bindparam, func, insert, select, update
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
from studio_app.runtime.context import ServiceContext
from studio_app.steps.records import plain_rows


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
    by = staff_id(ctx, automatic)
    session.add(
        LedgerEntry(**_line(ctx, lot.id, lot.member_id, kind, amount, booking_id, reason, by))
    )
    lot.remaining += amount


def _line(
    ctx: ServiceContext,
    lot_id: int,
    member_id: int,
    kind: LedgerKind,
    amount: int,
    booking_id: int | None,
    reason: str,
    by: int | None,
) -> dict[str, Any]:
    """The columns of one ledger entry, made by staff member ``by`` (None: the app itself)."""
    return {
        "lot_id": lot_id,
        "member_id": member_id,
        "kind": kind.value,
        "amount": amount,
        "booking_id": booking_id,
        "reason": reason,
        "staff_id": by,
        "created_at": ctx.clock.utcnow(),
    }


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


#: One credit taken from a lot's cached balance, and a ledger entry; built once.
_TAKE_ONE = (
    update(CreditLot)
    .where(CreditLot.id == bindparam("lot_id"))
    .values(remaining=CreditLot.remaining - 1)
)
_ADD_LINE = insert(LedgerEntry)


def charge_lot(
    session: Session,
    ctx: ServiceContext,
    lot_id: int,
    member_id: int,
    booking_id: int,
    by: int,
) -> None:
    """``charge`` of a lot the booking rules chose by its id (``member_id``: the lot's member,
    whose membership holds it; ``by``: the acting staff member, checked by the caller in this
    unit of work): the same ledger entry and balance, written at once as one UPDATE and one
    INSERT, without loading the lot or making ORM objects. A lot the unit of work holds (read or
    changed earlier in it) is charged through the ORM, so the session's copy stays right."""
    held = session.identity_map.get(session.identity_key(CreditLot, lot_id))
    if held is not None:
        charge(session, ctx, held, booking_id)
        return
    connection = session.connection()
    connection.execute(_TAKE_ONE, {"lot_id": lot_id})
    line = _line(ctx, lot_id, member_id, LedgerKind.CHARGE, -1, booking_id, "", by)
    connection.execute(_ADD_LINE, line)


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


#: The categories of the memberships' grants, read at sign-up; built once.
_GRANT_CATEGORIES = select(
    MembershipCreditGrant.membership_id, MembershipCreditGrant.category
).where(MembershipCreditGrant.membership_id.in_(bindparam("ids", expanding=True)))


def credit_categories(session: Session, membership_ids: list[int]) -> dict[int, set[str]]:
    """Categories each membership holds credits of, by its grants (a pass: its own category)."""
    found: dict[int, set[str]] = defaultdict(set)
    if not membership_ids:
        return found
    for membership_id, category in plain_rows(session, _GRANT_CATEGORIES, {"ids": membership_ids}):
        found[membership_id].add(category)
    return found
