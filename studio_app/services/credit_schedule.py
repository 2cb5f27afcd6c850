"""The credit schedule: issue every scheduled batch that has come due and expire every lot past
its expiry. One "catch up to today" routine does both; it runs at start-up and at midnight while
the app runs, and running it twice changes nothing (SPEC §4, E3).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.domain.credit_grants import CreditGrantTerms, batch_expiry, due_issue_dates
from studio_app.domain.durations import day_text
from studio_app.dto.changes import Change, Result
from studio_app.models import CreditLot, LedgerKind, LotSource, Membership, MembershipCreditGrant
from studio_app.services import credits
from studio_app.services.context import ServiceContext
from studio_app.services.records import audit
from studio_app.services.renewals import renew_due

CHANGED = frozenset({Change.CREDITS, Change.MEMBERSHIPS})


@dataclass(frozen=True)
class CatchUp:
    """What one catch-up did."""

    lots_issued: int = 0
    credits_issued: int = 0
    credits_expired: int = 0
    renewals: int = 0

    @property
    def text(self) -> str:
        parts = []
        if self.lots_issued or self.credits_expired:
            parts.append(
                f"Credit schedule: {self.credits_issued} credits issued in {self.lots_issued} "
                f"batches, {self.credits_expired} expired."
            )
        if self.renewals:
            parts.append(f"Renewals: {self.renewals} installments issued automatically.")
        return " ".join(parts)


def terms_of(grant: MembershipCreditGrant) -> CreditGrantTerms:
    return CreditGrantTerms(
        grant.category, grant.credits, grant.every_days, grant.expire_days, grant.initial_credits
    )


def issue_due(
    s: Session,
    ctx: ServiceContext,
    pairs: list[tuple[MembershipCreditGrant, Membership]],
    today: date,
) -> tuple[int, int]:
    """Issue each scheduled batch due by ``today`` that has not been issued yet (automatic)."""
    grant_ids = [g.id for g, _ in pairs]
    issued: set[tuple[int, date]] = set()
    if grant_ids:
        issued = {
            (grant_id, day)
            for grant_id, day in s.execute(
                select(CreditLot.grant_id, CreditLot.issued_on).where(
                    CreditLot.grant_id.in_(grant_ids),
                    CreditLot.source == LotSource.SCHEDULED.value,
                )
            )
        }
    lots = amount = 0
    for grant, membership in pairs:
        terms = terms_of(grant)
        for day in due_issue_dates(terms, membership.starts_on, membership.ends_on, today):
            if (grant.id, day) in issued:
                continue
            expires_on = batch_expiry(terms, day, membership.ends_on)
            credits.grant_lot(
                s,
                ctx,
                membership,
                category=grant.category,
                amount=grant.credits,
                source=LotSource.SCHEDULED,
                issued_on=day,
                valid_from=day,
                expires_on=expires_on,
                reason=f"Scheduled credits of {membership.plan_name}",
                grant_id=grant.id,
                automatic=True,
            )
            audit(
                s,
                ctx,
                member_id=membership.member_id,
                membership_id=membership.id,
                entries_after=credits.entries_left(s, membership.id),
                action=f"Issued {grant.credits} {grant.category} credits of "
                f"{membership.plan_name}, valid {day_text(day)}–{day_text(expires_on)}",
                automatic=True,
            )
            lots += 1
            amount += grant.credits
    return lots, amount


def expire_due(s: Session, ctx: ServiceContext, today: date) -> int:
    """Expire what is left of every lot whose last valid day is before ``today``."""
    expired = 0
    stale = s.scalars(
        select(CreditLot)
        .where(CreditLot.expires_on < today, CreditLot.remaining > 0)
        .order_by(CreditLot.id)
    ).all()
    for lot in stale:
        amount = lot.remaining
        credits.entry(
            s,
            ctx,
            lot,
            LedgerKind.EXPIRY,
            -amount,
            reason=f"Expired after {day_text(lot.expires_on)}",
            automatic=True,
        )
        membership = s.get(Membership, lot.membership_id)
        audit(
            s,
            ctx,
            member_id=lot.member_id,
            membership_id=lot.membership_id,
            entries_after=credits.entries_left(s, lot.membership_id),
            action=f"{amount} {lot.category} credit{'s' if amount != 1 else ''} of "
            f"{membership.plan_name if membership else 'a membership'} expired "
            f"(valid until {day_text(lot.expires_on)})",
            automatic=True,
        )
        expired += amount
    return expired


class CreditScheduleService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def catch_up(self) -> Result[CatchUp]:
        """Bring every membership up to today: renew continuous memberships that renew by
        themselves (first, so a renewed limited plan's batches are issued in the same run),
        issue due credit batches and expire old lots. Idempotent: a second run the same day
        finds nothing to do."""
        today = self.ctx.clock.today()
        with self.ctx.uow() as uow:
            s = uow.session
            renewed = renew_due(s, self.ctx, today)
            pairs = list(
                s.execute(
                    select(MembershipCreditGrant, Membership)
                    .join(Membership, MembershipCreditGrant.membership_id == Membership.id)
                    .where(
                        Membership.cancelled.is_(False),
                        Membership.starts_on <= today,
                        MembershipCreditGrant.credits > 0,
                    )
                    .order_by(Membership.id, MembershipCreditGrant.position)
                )
            )
            lots, issued = issue_due(s, self.ctx, pairs, today)
            expired = expire_due(s, self.ctx, today)
            uow.commit()
        done = CatchUp(lots, issued, expired, renewed)
        changed = CHANGED | {Change.PAYMENTS} if (lots or expired or renewed) else frozenset()
        return Result(done, changed, done.text)
