"""The demo's midnight catch-up, as services/credit_schedule.catch_up runs it each day:
automatic renewals first (renewals.renew_due: a continuous membership not on its last
installment renews by itself while its contract runs or a card is on file, each installment
with its user-log line), then the scheduled credit batches due (steps/credit_issuing._issue), then
what is left of the lots past their expiry (steps/credit_issuing.expire_lots); then the memberships
that ended yesterday, whose members may buy again.

It keeps the work by day that sales and grants leave it (memberships to renew or ending,
grants to issue, lots to expire) and the members holding something valid, those a class's
bookings are drawn from: a member drops out once nothing they hold is valid any more.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable
from datetime import date, datetime, timedelta

from studio_app.demo.ledger_rows import LedgerRows
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Client, Grant, Held, Lot
from studio_app.domain.credit_grants import batch_expiry
from studio_app.domain.errors import DomainError
from studio_app.domain.formats import MoneyFormat, day_text
from studio_app.domain.formats import range_text as days_text
from studio_app.domain.installments import extended_automatically, next_numbering, renewal_span
from studio_app.domain.restrictions import range_text
from studio_app.models import LedgerKind, LotSource, Membership
from studio_app.steps.installments import numbered


class CatchUp:
    """The catch-up's work by day, done at each midnight, and the members still active."""

    def __init__(
        self,
        rows: BulkRows,
        ledger: LedgerRows,
        money: MoneyFormat,
        buy_again: Callable[[Client, Held], None],
    ) -> None:
        """``buy_again(client, held)`` plans the next purchase (or none) of a member whose
        membership ``held`` has ended."""
        self.rows, self.ledger, self.money = rows, ledger, money
        self._buy_again = buy_again
        self._renewing: list[tuple[date, int, Held]] = []
        self._ending: list[tuple[date, int, Held]] = []
        self._issuing: list[tuple[date, int, Grant]] = []
        self._expiring: list[tuple[date, int, Lot]] = []
        #: Members holding something valid: those a class's bookings are drawn from.
        self.active: list[Client] = []

    # ---------------------------------------------------------------- the work left by day

    def sold(self, held: Held) -> None:
        """A membership sold on its own (not in a package): after its last day a continuous
        one is renewed (or ends), any other ends."""
        queue = self._renewing if held.continuous else self._ending
        heapq.heappush(queue, (held.ends_on, held.id, held))

    def issue_from(self, day: date, grant: Grant) -> None:
        """A grant's scheduled batches begin on ``day``."""
        heapq.heappush(self._issuing, (day, grant.id, grant))

    def granted(self, lot: Lot) -> None:
        """A lot is expired the day after its last; its member holds something till then."""
        heapq.heappush(self._expiring, (lot.expires_on, lot.id, lot))
        self.paid_until(lot.held.client, lot.expires_on)

    def paid_until(self, client: Client, day: date) -> None:
        """``client`` holds something valid until ``day`` at least."""
        client.paid_until = max(client.paid_until, day)
        if not client.active:
            client.active = True
            self.active.append(client)

    # ---------------------------------------------------------------- at midnight

    def run(self, day: date, at: datetime) -> None:
        """credit_schedule.catch_up at midnight: renewals first, then the scheduled batches
        due, then the lots past their expiry; then memberships that ended yesterday."""
        due: list[Held] = []
        while self._renewing and self._renewing[0][0] < day:
            due.append(heapq.heappop(self._renewing)[2])
        for held in sorted(due, key=lambda h: h.id):
            self._renew(held, day, at)
        while self._issuing and self._issuing[0][0] <= day:
            issue_day, _, grant = heapq.heappop(self._issuing)
            if issue_day <= grant.held.ends_on:
                self._issue(grant, issue_day, at)
        while self._expiring and self._expiring[0][0] < day:
            self._expire(heapq.heappop(self._expiring)[2], day, at)
        while self._ending and self._ending[0][0] < day:
            self._ended(heapq.heappop(self._ending)[2], day)
        still = []
        for client in self.active:
            if client.paid_until >= day:
                still.append(client)
            else:
                client.active = False
        self.active = still
        self.rows.flush_if_full()

    def renews(self, held: Held) -> bool:
        """installments.extension(...).renews: a continuous membership not on its last
        installment renews by itself while its contract runs or a card is on file."""
        terms = held.plan.terms
        if held.package is not None or not terms.continuous:
            return False
        current = held.numbering()
        if next_numbering(current, terms, held.last_installment, by_staff=False) is None:
            return False
        if terms.max_end is not None and held.ends_on >= terms.max_end:
            return False
        card = bool(held.client.card)
        if extended_automatically(terms, current, held.last_installment, card):
            return True
        return terms.installments is not None

    def _renew(self, held: Held, day: date, at: datetime) -> None:
        """renewals.renew_due: every installment due by ``day``, each with its user-log line;
        a membership that no longer renews has ended."""
        terms, plan = held.plan.terms, held.plan
        while held.ends_on < day and self.renews(held):
            following = next_numbering(
                held.numbering(), terms, held.last_installment, by_staff=False
            )
            assert following is not None
            try:
                span = renewal_span(
                    held.ends_on, day, plan.duration_count, plan.unit, terms, held.starts_on.day
                )
            except DomainError:
                break  # the maximum end date stops it
            self.ledger.installment(held, following, span, held.price_cents, at, None)
            held.ends_on = span.ends_on
            held.version += 1
            self.rows.changed(Membership, held.id, held.changed_row)
            self.paid_until(held.client, held.ends_on)
            text = numbered(
                following.number,
                following.round,
                following.round,
                terms.installments,
                held.last_installment,
            )
            self.ledger.audit(
                at,
                None,
                held,
                f"Renewed {plan.name} automatically: installment {text}, "
                f"{range_text((span.starts_on, span.ends_on))}, "
                f"{self.money.text(held.price_cents)} due {day_text(span.starts_on)}",
                None,
            )
        if held.ends_on < day:
            self._ended(held, day)
        else:
            heapq.heappush(self._renewing, (held.ends_on, held.id, held))

    def _issue(self, grant: Grant, day: date, at: datetime) -> None:
        """steps/credit_issuing._issue: one scheduled batch (automatic) and its user-log line."""
        held, terms = grant.held, grant.terms
        expires_on = batch_expiry(terms, day, held.ends_on)
        lot = self.ledger.grant_lot(
            held,
            grant.id,
            LotSource.SCHEDULED,
            terms.category,
            terms.credits,
            (day, day, expires_on),
            f"Scheduled credits of {held.plan.name}",
            at,
            None,
        )
        self.granted(lot)
        self.ledger.audit(
            at,
            None,
            held,
            f"Issued {terms.credits} {terms.category} credits of {held.plan.name}, valid "
            f"{days_text(day, expires_on)}",
            held.left(),
        )
        if terms.every_days is not None:
            self.issue_from(day + timedelta(days=terms.every_days), grant)

    def _expire(self, lot: Lot, day: date, at: datetime) -> None:
        """steps/credit_issuing.expire_lots: what is left of a lot past its expiry."""
        held = lot.held
        held.lots.remove(lot)
        held.version += 1
        amount = lot.remaining
        if amount > 0:
            self.ledger.entry(
                lot,
                LedgerKind.EXPIRY,
                -amount,
                None,
                f"Expired after {day_text(lot.expires_on)}",
                at,
                None,
            )
            self.ledger.audit(
                at,
                None,
                held,
                f"{amount} {lot.category} credit{'s' if amount != 1 else ''} of "
                f"{held.plan.name} expired (valid until {day_text(lot.expires_on)})",
                held.left(),
            )
        if held.ends_on < day and not held.lots:
            _forget_ended(held.client, day)

    def _ended(self, held: Held, day: date) -> None:
        """A membership is over (its last day was before ``day``)."""
        _forget_ended(held.client, day)
        if not held.replaced:
            self._buy_again(held.client, held)


def _forget_ended(client: Client, day: date) -> None:
    """Memberships over with no lot left can pay for nothing any more."""
    client.held = [h for h in client.held if h.ends_on >= day or h.lots]
