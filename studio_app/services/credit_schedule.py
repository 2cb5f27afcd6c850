"""The credit schedule: issue every scheduled batch that has come due and expire every lot past
its expiry. One "catch up to today" routine does both (after the automatic renewals, see
services/renewals.py); it runs at start-up and at midnight while the app runs, and running it
twice changes nothing (SPEC §4, E3).

A catch-up after weeks offline, or the first one of a large studio, has tens of thousands of
things to write. It never holds the writer lock for long (issue #12): it reads what is due in a
read unit of work, then writes it in short write units, each re-checking its memberships or
lots under the lock (so work done meanwhile, e.g. by another desk's catch-up, is not done
twice) and committed on its own, with a pause between units in which a waiting desk writes.
A catch-up stopped anywhere (a crash, a power cut) has committed whole units only; the next
run finds what is left and writes it in the same order, ending with the same ledger.
"""

from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import date
from itertools import groupby
from typing import TypeVar

from sqlalchemy import ColumnElement, select
from sqlalchemy.orm import Session

from studio_app.domain.credit_grants import CreditGrantTerms, batch_expiry, due_issue_dates
from studio_app.domain.formats import day_text, range_text
from studio_app.dto.changes import Change, Result
from studio_app.models import CreditLot, LedgerKind, LotSource, Membership, MembershipCreditGrant
from studio_app.services import credits
from studio_app.services.context import ServiceContext
from studio_app.services.records import audit
from studio_app.services.renewals import due_renewals, renew_due

CHANGED = frozenset({Change.CREDITS, Change.MEMBERSHIPS})

#: A catch-up write unit takes at most this many memberships (or lots) …
UNIT_ITEMS = 50
#: … and takes no further one once it has held the writer lock this long (seconds).
UNIT_BUDGET_S = 0.05
#: The pause between two write units (seconds). A desk waiting for the lock on SQLite tries
#: again after 1, 2, 5, 10, 15, 20, 25, 25 and 25 ms (its busy handler, the first 128 ms of its
#: wait), so when a unit ends within that time, as one of about 50 ms does, a pause longer than
#: 25 ms lets the desk in before the next unit. On PostgreSQL waiting writers queue for the
#: writer lock and the first one gets it.
PAUSE_S = 0.03

T = TypeVar("T")
#: One kind of catch-up work on some due ids, in the caller's write unit: re-checks them and
#: yields ``(id, what was done)`` after each id, in id order.
Step = Callable[[Session, list[int]], Iterator[tuple[int, T]]]
Batch = tuple[MembershipCreditGrant, Membership, date]


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


class _ShortUnits:
    """Writes a catch-up's work in short write units with a pause between them."""

    def __init__(self, ctx: ServiceContext, pause_s: float) -> None:
        self.ctx = ctx
        self.pause_s = pause_s
        self._committed_at: float | None = None

    def run(self, due: list[int], step: Step[T]) -> list[T]:
        """Apply ``step`` to the ascending ids ``due``: at most UNIT_ITEMS of them per write unit,
        and no more once the unit has held the writer lock for UNIT_BUDGET_S; the ids a unit did
        not reach go to the next one. Returns what ``step`` did for each id it found still due."""
        done: list[T] = []
        position = 0
        while position < len(due):
            self._let_desks_in()
            chunk = due[position : position + UNIT_ITEMS]
            settled, unit = chunk[-1], []
            with self.ctx.uow() as uow:
                uow.session.connection()  # waits for the writer lock, then holds it
                started = time.perf_counter()
                for key, result in step(uow.session, chunk):
                    unit.append(result)
                    if time.perf_counter() - started >= UNIT_BUDGET_S:
                        settled = key
                        break
                uow.commit()
            self._committed_at = time.perf_counter()
            done.extend(unit)
            position = bisect_right(due, settled, lo=position)
        return done

    def _let_desks_in(self) -> None:
        """After a write unit, wait until ``pause_s`` has passed since its commit."""
        if self._committed_at is not None:
            time.sleep(max(0.0, self.pause_s - (time.perf_counter() - self._committed_at)))


class CreditScheduleService:
    def __init__(self, ctx: ServiceContext, *, pause_s: float = PAUSE_S) -> None:
        """``pause_s``: the pause between write units; only a studio no desk uses yet (the
        demo being built) does without it."""
        self.ctx = ctx
        self.pause_s = pause_s

    def catch_up(self) -> Result[CatchUp]:
        """Bring every membership up to today: renew continuous memberships that renew by
        themselves (first, so a renewed limited plan's batches are issued in the same run),
        issue due credit batches and expire old lots. Each of the three reads what is due in a
        read unit of work and writes it in short write units (see the module's docstring), so
        the desks keep working meanwhile. Idempotent: a second run the same day finds nothing
        to do, and a run stopped half-way is finished by the next one."""
        today = self.ctx.clock.today()
        units = _ShortUnits(self.ctx, self.pause_s)
        with self.ctx.uow.read() as uow:
            due = due_renewals(uow.session, today)
        renewed = sum(units.run(due, lambda s, ids: renew_due(s, self.ctx, today, ids)))
        with self.ctx.uow.read() as uow:
            due = due_issues(uow.session, today)
        issued = units.run(due, lambda s, ids: issue_for(s, self.ctx, today, ids))
        lots, amount = sum(n for n, _ in issued), sum(c for _, c in issued)
        with self.ctx.uow.read() as uow:
            due = due_expiries(uow.session, today)
        expired = sum(units.run(due, lambda s, ids: expire_lots(s, self.ctx, today, ids)))
        done = CatchUp(lots, amount, expired, renewed)
        changed = CHANGED | {Change.PAYMENTS} if (lots or expired or renewed) else frozenset()
        return Result(done, changed, done.text)
