"""Scheduled credits and expiries inside the caller's unit of work (SPEC §4): the batches due and
not issued yet, issuing them (automatic, each with its user-log line) and expiring what is left
of lots past their expiry."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from datetime import date
from itertools import groupby

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from studio_app.domain.credit_grants import CreditGrantTerms, batch_expiry, due_issue_dates
from studio_app.domain.formats import day_text, range_text
from studio_app.models import CreditLot, LedgerKind, LotSource, Membership, MembershipCreditGrant
from studio_app.runtime.context import ServiceContext
from studio_app.steps import ledger as credits
from studio_app.steps.records import audit

Batch = tuple[MembershipCreditGrant, Membership, date]


def terms_of(grant: MembershipCreditGrant) -> CreditGrantTerms:
    return CreditGrantTerms(
        grant.category, grant.credits, grant.every_days, grant.expire_days, grant.initial_credits
    )


def _grant_pairs(
    s: Session, today: date, membership_ids: Sequence[int] | None = None
) -> list[tuple[MembershipCreditGrant, Membership]]:
    """The scheduled grants of memberships running by ``today`` (of ``membership_ids`` only,
    if given), by membership and position."""
    query = (
        select(MembershipCreditGrant, Membership)
        .join(Membership, MembershipCreditGrant.membership_id == Membership.id)
        .where(
            Membership.cancelled.is_(False),
            Membership.starts_on <= today,
            MembershipCreditGrant.credits > 0,
        )
        .order_by(Membership.id, MembershipCreditGrant.position)
    )
    if membership_ids is not None:
        query = query.where(Membership.id.in_(membership_ids))
    return [(grant, membership) for grant, membership in s.execute(query)]


def missing_batches(
    s: Session, pairs: Sequence[tuple[MembershipCreditGrant, Membership]], today: date
) -> list[Batch]:
    """Each scheduled batch of ``pairs`` due by ``today`` that has not been issued yet, in the
    order of ``pairs`` and then of its issue day."""
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
    return [
        (grant, membership, day)
        for grant, membership in pairs
        for day in due_issue_dates(terms_of(grant), membership.starts_on, membership.ends_on, today)
        if (grant.id, day) not in issued
    ]


def _issue(s: Session, ctx: ServiceContext, batches: Iterable[Batch]) -> tuple[int, int]:
    """Issue ``batches`` (automatic), each with its user-log line; returns (lots, credits)."""
    lots = amount = 0
    for grant, membership, day in batches:
        expires_on = batch_expiry(terms_of(grant), day, membership.ends_on)
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
            f"{membership.plan_name}, valid {range_text(day, expires_on)}",
            automatic=True,
        )
        lots += 1
        amount += grant.credits
    return lots, amount


def issue_due(
    s: Session,
    ctx: ServiceContext,
    pairs: list[tuple[MembershipCreditGrant, Membership]],
    today: date,
) -> tuple[int, int]:
    """Issue each scheduled batch due by ``today`` that has not been issued yet (automatic);
    returns (lots, credits)."""
    return _issue(s, ctx, missing_batches(s, pairs, today))


def due_issues(s: Session, today: date) -> list[int]:
    """Ids of the memberships with a scheduled batch due by ``today`` and not issued yet."""
    return sorted({m.id for _, m, _ in missing_batches(s, _grant_pairs(s, today), today)})


def issue_for(
    s: Session, ctx: ServiceContext, today: date, membership_ids: Sequence[int]
) -> Iterator[tuple[int, tuple[int, int]]]:
    """Issue the batches of ``membership_ids`` still missing (checked again here, in the
    caller's write unit), membership after membership; after each, yields its id and
    (lots, credits) issued."""
    missing = missing_batches(s, _grant_pairs(s, today, membership_ids), today)
    for membership_id, batches in groupby(missing, key=lambda batch: batch[1].id):
        yield membership_id, _issue(s, ctx, batches)


def _stale(today: date) -> tuple[ColumnElement[bool], ...]:
    """A lot whose last valid day is before ``today`` with credits left."""
    return (CreditLot.expires_on < today, CreditLot.remaining > 0)


def due_expiries(s: Session, today: date) -> list[int]:
    """Ids of the lots with credits left after their last valid day, in id order."""
    return list(s.scalars(select(CreditLot.id).where(*_stale(today)).order_by(CreditLot.id)))


def expire_lots(
    s: Session, ctx: ServiceContext, today: date, lot_ids: Sequence[int]
) -> Iterator[tuple[int, int]]:
    """Expire what is left of those of ``lot_ids`` still past their expiry with credits left
    (checked again here, in the caller's write unit); after each lot, yields its id and the
    credits expired."""
    stale = s.scalars(
        select(CreditLot).where(CreditLot.id.in_(lot_ids), *_stale(today)).order_by(CreditLot.id)
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
        yield lot.id, amount
