"""The credit schedule: issue every scheduled batch that has come due and expire every lot past
its expiry. One "catch up to today" routine does both (after the automatic renewals, see
steps/renewals.py); it runs at start-up and at midnight while the app runs, and running it
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
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import TypeVar

from sqlalchemy.orm import Session

from studio_app.dto.changes import Change, Result
from studio_app.runtime.context import ServiceContext
from studio_app.steps.credit_issuing import due_expiries, due_issues, expire_lots, issue_for
from studio_app.steps.renewals import due_renewals, renew_due

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
