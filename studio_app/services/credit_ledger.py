"""The member's Credits tab and session credit report (SPEC §4): totals, lots, full ledger,
manual adjustments (billing privilege, mandatory reason) and the Excel / PDF exports."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import MAX_COUNT, NOTE_MAX, check_date, check_int, check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.dto.credits import CategoryTotals, CreditReport, LedgerRow, LotRow
from studio_app.models import (
    Booking,
    ClassSession,
    CreditLot,
    LedgerEntry,
    LedgerKind,
    LotSource,
    Member,
    Membership,
    Staff,
)
from studio_app.services import credits
from studio_app.services.booking_ops import class_label
from studio_app.services.context import ServiceContext
from studio_app.services.output_files import saving
from studio_app.services.records import audit, load
from studio_app.services.studio import paper

AUTOMATIC = "Automatic"
_CHANGED = frozenset({Change.CREDITS, Change.MEMBERSHIPS})


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


class CreditService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def report(self, member_id: int) -> CreditReport:
        with self.ctx.uow.read() as uow:
            member = load(uow.session, Member, member_id, "Member")
            return build_report(uow.session, member, self.ctx.clock.today())

    def adjust(
        self,
        member_id: int,
        membership_id: int,
        category: str,
        amount: int,
        reason: str,
        expires_on: date | None = None,
    ) -> Result[None]:
        """Add (+) or remove (−) credits by hand, with a mandatory reason; billing privilege only.

        Added credits form a new lot valid until ``expires_on`` (default: the membership's end);
        removed credits come from the lots expiring first, and never more than are available.
        At most 10,000 credits at a time, a reason of up to 2,000 characters (domain/bounds.py).
        """
        self.ctx.acting(Privilege.BILLING, "adjust credits")
        reason = check_text(reason.strip(), "The reason", limit=NOTE_MAX, multiline=True)
        check_int(amount, "The adjustment", -MAX_COUNT, MAX_COUNT)
        if expires_on is not None:
            check_date(expires_on, "The expiry of added credits")
        if not reason:
            raise ValidationError("Give a reason for the adjustment (it goes into the ledger).")
        if amount == 0:
            raise ValidationError("Adjust by at least 1 credit (+ to add, − to remove).")
        category = check_text(category.strip(), "The credit category")
        if not category:
            raise ValidationError("Choose the credit category to adjust (e.g. Group class).")
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            membership = load(s, Membership, membership_id, "Membership")
            if membership.member_id != member_id:
                raise ValidationError("That membership belongs to another member.")
            if amount > 0:
                until = expires_on or membership.ends_on
                if until < today:
                    raise ValidationError(
                        f"Added credits must be valid today or later (expiry {day_text(until)})."
                    )
                credits.grant_lot(
                    s,
                    self.ctx,
                    membership,
                    category=category,
                    amount=amount,
                    source=LotSource.ADJUSTMENT,
                    issued_on=today,
                    valid_from=min(today, membership.starts_on),
                    expires_on=until,
                    reason=reason,
                )
            else:
                self._remove(s, membership, category, -amount, reason, today)
            audit(
                s,
                self.ctx,
                member_id=member_id,
                membership_id=membership.id,
                entries_after=credits.entries_left(s, membership.id),
                action=f"Adjusted {amount:+d} {category} credits on {membership.plan_name}: "
                f"{reason}",
            )
            uow.commit()
        return Result(None, _CHANGED, f"Credits adjusted by {amount:+d}.")

    def _remove(
        self,
        s: Session,
        membership: Membership,
        category: str,
        count: int,
        reason: str,
        today: date,
    ) -> None:
        lots = s.scalars(
            select(CreditLot)
            .where(
                CreditLot.membership_id == membership.id,
                CreditLot.category == category,
                CreditLot.remaining > 0,
                CreditLot.expires_on >= today,
            )
            .order_by(CreditLot.expires_on, CreditLot.id)
        ).all()
        available = sum(lot.remaining for lot in lots)
        if count > available:
            raise ValidationError(
                f"Cannot remove {count} {category} credits from '{membership.plan_name}': "
                f"only {available} are available."
            )
        for lot in lots:
            take = min(count, lot.remaining)
            credits.entry(s, self.ctx, lot, LedgerKind.ADJUSTMENT, -take, reason=reason)
            count -= take
            if count == 0:
                break

    def export_workbook(self, member_id: int, out: Path, studio_name: str) -> Path:
        """The session credit report as an Excel workbook (.xlsx); a path that cannot be
        written is refused (ExportRefused)."""
        from studio_app.reports.credit_workbook import write_credit_workbook  # loaded when used

        report = self.report(member_id)
        with saving(self.ctx.uow.engine, "the credit report", out):
            return write_credit_workbook(check_text(studio_name, "The studio's name"), report, out)

    def export_statement(self, member_id: int, out: Path, studio_name: str) -> Path:
        """The session credit report as a printable PDF statement; a path that cannot be
        written is refused (ExportRefused)."""
        from studio_app.reports.credit_statement import write_credit_statement  # loaded when used

        report = self.report(member_id)
        with self.ctx.uow.read() as uow:
            size = paper(uow.session)
        with saving(self.ctx.uow.engine, "the credit statement", out):
            name = check_text(studio_name, "The studio's name")
            return write_credit_statement(name, report, out, paper=size)
