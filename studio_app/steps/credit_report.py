"""A member's credit report (SPEC §4): totals per category, every lot with what is left of it, and
the ledger with a running balance per category, read inside the caller's unit of work."""

from __future__ import annotations

from collections import defaultdict
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.dto.credits import CategoryTotals, CreditReport, LedgerRow, LotRow
from studio_app.models import (
    Booking,
    ClassSession,
    CreditLot,
    LedgerEntry,
    LedgerKind,
    Member,
    Membership,
    Staff,
)
from studio_app.steps.booking_ops import class_label

AUTOMATIC = "Automatic"


def _lot_state(lot: CreditLot, left: int, today: date) -> str:
    if lot.expires_on < today:
        return "expired"
    if left <= 0:
        return "used up"
    if lot.valid_from > today:
        return "not yet valid"
    return "active"


def build_report(s: Session, member: Member, today: date) -> CreditReport:
    """Totals per category, lots (active first, by expiry) and every ledger entry in order."""
    lots = {
        lot.id: lot for lot in s.scalars(select(CreditLot).where(CreditLot.member_id == member.id))
    }
    plans = {
        membership_id: name
        for membership_id, name in s.execute(
            select(Membership.id, Membership.plan_name).where(Membership.member_id == member.id)
        )
    }
    entries = s.execute(
        select(LedgerEntry, Staff.full_name, ClassSession)
        .outerjoin(Staff, LedgerEntry.staff_id == Staff.id)
        .outerjoin(Booking, LedgerEntry.booking_id == Booking.id)
        .outerjoin(ClassSession, Booking.session_id == ClassSession.id)
        .where(LedgerEntry.member_id == member.id)
        .order_by(LedgerEntry.created_at, LedgerEntry.id)
    ).all()
    sums: dict[int, dict[str, int]] = defaultdict(lambda: defaultdict(int))
    running: dict[str, int] = defaultdict(int)
    ledger = []
    for e, staff_name, cs in entries:
        lot = lots[e.lot_id]
        sums[lot.id][e.kind] += e.amount
        running[lot.category] += e.amount
        detail = class_label(cs) if cs is not None else e.reason
        if cs is not None and e.reason and e.kind == LedgerKind.RETURN.value:
            detail = f"{e.reason} {detail}"
        ledger.append(
            LedgerRow(
                e.id,
                e.created_at,
                e.kind,
                e.amount,
                lot.id,
                lot.category,
                plans.get(lot.membership_id, ""),
                detail,
                staff_name or AUTOMATIC,
                running[lot.category],
            )
        )
    rows = []
    for lot in lots.values():
        k = sums[lot.id]
        issued = k[LedgerKind.GRANT.value]
        adjusted = k[LedgerKind.ADJUSTMENT.value]
        used = -(k[LedgerKind.CHARGE.value] + k[LedgerKind.RETURN.value])
        expired = -k[LedgerKind.EXPIRY.value]
        left = issued + adjusted - used - expired
        rows.append(
            LotRow(
                lot.id,
                lot.membership_id,
                plans.get(lot.membership_id, ""),
                lot.category,
                lot.source,
                lot.valid_from,
                lot.issued_on,
                lot.expires_on,
                issued,
                adjusted,
                used,
                expired,
                left,
                _lot_state(lot, left, today),
            )
        )
    rows.sort(key=lambda r: (r.state == "expired", r.expires_on, r.id))
    totals = []
    for category in sorted({r.category for r in rows}):
        mine = [r for r in rows if r.category == category]
        totals.append(
            CategoryTotals(
                category,
                sum(r.issued for r in mine),
                sum(r.adjusted for r in mine),
                sum(r.used for r in mine),
                sum(r.expired for r in mine),
                sum(r.left for r in mine if r.state != "expired"),
            )
        )
    return CreditReport(
        member.id, member.full_name, today, tuple(totals), tuple(rows), tuple(ledger), len(plans)
    )
