"""The member's Credits tab and session credit report (SPEC §4): totals, lots, full ledger,
manual adjustments (billing privilege, mandatory reason) and the Excel / PDF exports."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.bounds import MAX_COUNT, NOTE_MAX, check_date, check_int, check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.dto.credits import CreditReport
from studio_app.models import (
    CreditLot,
    LedgerKind,
    LotSource,
    Member,
    Membership,
)
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.output_files import saving
from studio_app.steps import ledger as credits
from studio_app.steps.credit_report import build_report
from studio_app.steps.records import audit, load
from studio_app.steps.studio_settings import paper

_CHANGED = frozenset({Change.CREDITS, Change.MEMBERSHIPS})


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
