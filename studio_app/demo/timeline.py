"""The demo's history, lived once in memory, event after event in time order, with the same
rules the desk and the daily catch-up apply (studio_app.domain, and the service steps they
follow, named below), and written as rows in bulk (rows.py).

Events: the catch-up at each midnight (automatic renewals, scheduled credit batches, expired
lots, in that order, as services/credit_schedule.py runs them); sales in the evening before a
membership starts (services/memberships.record_sale: installment 1, restrictions and credit
settings copied, a pass's lot, initial credits, the "Bought …" line); each class's bookings a
few hours to a day ahead (booking_ops.book: the payer chosen by
domain.booking_rules.choose_payer among the member's memberships, one credit charged from the
lot expiring first, the user-log line with the credits left); sign-outs (a credit returned to
its lot) and, inside the 12-hour cut-off, late cancels (the session stays charged); members
leaving (a cancellation registered on a contract that would renew). One clock runs forwards
through all of them, so every ledger and user log reads in the order things happened.
"""

from __future__ import annotations

import heapq
import random
from datetime import date, datetime, time, timedelta
from typing import Any

from studio_app.demo.content import DemoShape
from studio_app.demo.money import installment_payment
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Client, Grant, Held, Lot, Session, SoldPlan
from studio_app.demo.state import Installment as Period
from studio_app.domain.booking_policy import (
    BookingPolicy,
    late_cancel_left,
    late_cancel_text,
    window_refusal,
)
from studio_app.domain.booking_rules import Payer, choose_payer
from studio_app.domain.credit_grants import batch_expiry
from studio_app.domain.errors import DomainError, NoPayingMembership
from studio_app.domain.formats import MoneyFormat, day_text
from studio_app.domain.formats import range_text as days_text
from studio_app.domain.installments import (
    Numbering,
    Span,
    cancelled_last,
    extended_automatically,
    first_amount,
    first_span,
    next_numbering,
    renewal_span,
)
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import range_text
from studio_app.models import (
    AuditEntry,
    Booking,
    BookingStatus,
    ClassSession,
    CreditLot,
    Installment,
    LedgerEntry,
    LedgerKind,
    LotSource,
    Membership,
    MembershipCreditGrant,
    MembershipRestriction,
    Payment,
    WaitlistEntry,
)
from studio_app.models.restrictions import restriction_columns
from studio_app.runtime.payment_provider import CardCharge, PaymentProvider
from studio_app.steps.installments import numbered

#: Past bookings attended; the others are no-shows.
PRESENT = 0.92
#: Bookings signed out in time (the credit comes back) and late-cancelled (it stays charged).
SIGN_OUT, LATE_CANCEL = 0.03, 0.01
#: The share of members who never buy anything (prospects).
PROSPECTS = 0.08
#: A member buying again takes the same plan this often, else any plan.
SAME_PLAN = 0.75

# Kinds of event, in the order they run at the same moment.
_CATCH_UP, _SALE, _LEAVE, _SIGN_OUT, _BOOK = range(5)


class Timeline:
    """The studio's history from ``history_start`` (and up to three weeks of sales before it)
    to ``now``, with bookings two weeks ahead."""

    def __init__(
        self,
        rows: BulkRows,
        shape: DemoShape,
        rng: random.Random,
        *,
        now: datetime,
        history_start: date,
        desk_id: int,
        owner_id: int,
        money: MoneyFormat,
        policy: BookingPolicy,
        provider: PaymentProvider,
        plans: list[tuple[SoldPlan, int]],
    ) -> None:
        self.rows, self.shape, self.rng = rows, shape, rng
        self.now, self.today = now, now.date()
        self.history_start = history_start
        self.horizon = self.today + timedelta(days=14)
        self.desk_id, self.owner_id = desk_id, owner_id
        self.money, self.policy, self.provider = money, policy, provider
        self.plans = [plan for plan, _ in plans]
        self.weights = [weight for _, weight in plans]
        self.clock = datetime.combine(history_start - timedelta(days=30), time())
        self._events: list[tuple[datetime, int, int, Any]] = []
        self._seq = 0
        # Catch-up work by day: memberships to renew or ending, grants to issue, lots to expire.
        self._renewing: list[tuple[date, int, Held]] = []
        self._ending: list[tuple[date, int, Held]] = []
        self._issuing: list[tuple[date, int, Grant]] = []
        self._expiring: list[tuple[date, int, Lot]] = []
        #: Members holding something valid: those a class's bookings are drawn from.
        self.active: list[Client] = []

    # ---------------------------------------------------------------- the event loop

    def _push(self, moment: datetime, kind: int, payload: Any) -> None:
        self._seq += 1
        heapq.heappush(self._events, (moment, kind, self._seq, payload))

    def run(self, clients: list[Client], sessions: list[Session]) -> None:
        """Live the whole history, then write what is left."""
        first_day = self.history_start - timedelta(days=21)
        for offset in range((self.today - first_day).days + 1):
            day = first_day + timedelta(days=offset)
            self._push(datetime.combine(day, time()), _CATCH_UP, day)
        self._first_sales(clients)
        for cs in sessions:
            if cs.day <= self.horizon:
                self._push(self._booking_moment(cs), _BOOK, cs)
        handlers = {
            _CATCH_UP: self._catch_up,
            _SALE: self._sale,
            _LEAVE: self._leave,
            _SIGN_OUT: self._sign_out,
            _BOOK: self._book_class,
        }
        while self._events:
            moment, kind, _, payload = heapq.heappop(self._events)
            self.clock = max(self.clock, moment)
            handlers[kind](payload)
        for cs in sessions:
            self._queue(cs)
        self._waitlists(clients, sessions)
        self.rows.finish()

    def _tick(self) -> datetime:
        """The next moment of the desk's work: a few seconds on, never past now."""
        self.clock += timedelta(seconds=1 + int(self.rng.random() * 12))
        return min(self.clock, self.now)

    def _booking_moment(self, cs: Session) -> datetime:
        """A class is booked between a day and two hours ahead; classes still to come, over
        the last week."""
        ahead = timedelta(seconds=self.rng.randint(2 * 3600, 26 * 3600))
        moment = cs.starts_at - ahead
        if moment < self.now:
            return moment
        return (self.now - timedelta(days=7) * self.rng.random()).replace(microsecond=0)

    # ---------------------------------------------------------------- members and sales

    def _first_sales(self, clients: list[Client]) -> None:
        """Each member's first plan (most members buy one), bought on a day of the history
        (founders in its first two months); leaving members leave after a while."""
        rng, shape = self.rng, self.shape
        span = max((self.today - self.history_start).days, 1)
        for client in clients:
            if rng.random() < PROSPECTS:  # prospects hold nothing
                day = self.history_start + timedelta(days=rng.randint(-20, span))
                added = datetime.combine(day, time(rng.randint(8, 17)))
                client.joined = min(added, self.now)
                continue
            plan = rng.choices(self.plans, weights=self.weights)[0]
            days = rng.randint(0, min(span, 60) if rng.random() < shape.founders else span)
            sold_on = self.history_start - timedelta(days=rng.randint(0, 20) - days)
            sold_on = min(sold_on, self.today)
            sale = self._evening(sold_on - timedelta(days=1))
            client.joined = sale - timedelta(days=rng.choice((0, 0, 1, 3, 7)), hours=1)
            self._push(sale, _SALE, (client, plan, sold_on))
            if shape.stay_months is not None:
                stay = rng.expovariate(1 / (shape.stay_months * 30.4))
                client.leaves_on = sold_on + timedelta(days=int(stay))
                if client.leaves_on <= self.today:
                    at = datetime.combine(client.leaves_on, time(rng.randint(9, 17)))
                    self._push(at, _LEAVE, client)

    def _evening(self, day: date) -> datetime:
        """Plans are bought in the evening before they start."""
        return datetime.combine(day, time(self.rng.randint(18, 20), self.rng.randint(0, 59)))

    def _sale(self, payload: tuple[Client, SoldPlan, date]) -> None:
        client, plan, starts_on = payload
        if starts_on > self.today or not client.stays(starts_on):
            return
        self._sell(client, plan, starts_on, self.clock)

    def _buy_again(self, client: Client, held: Held) -> None:
        """A member whose plan ended (or pass ran out) may buy again, from tomorrow or a few
        days later: mostly the same plan."""
        rng = self.rng
        starts_on = self.clock.date() + timedelta(days=rng.choice((1, 1, 1, 2, 4, 8)))
        if not client.stays(starts_on) or rng.random() >= self.shape.loyalty:
            return
        plan = held.plan if rng.random() < SAME_PLAN else rng.choices(self.plans, self.weights)[0]
        moment = self._evening(starts_on - timedelta(days=1))
        if moment <= self.clock:
            moment = self.clock + timedelta(minutes=rng.randint(1, 30))
        if starts_on <= self.today:
            self._push(moment, _SALE, (client, plan, starts_on))

    def _sell(
        self,
        client: Client,
        plan: SoldPlan,
        starts_on: date,
        at: datetime,
        package: Held | None = None,
    ) -> Held:
        """memberships.record_sale: the membership with the plan's terms, installment 1, the
        restrictions and credit settings copied, a pass's lot, initial credits, the user-log
        line; a package sells each of its plans too, inside its price."""
        rows, today = self.rows, at.date()
        span = first_span(starts_on, plan.duration_count, plan.unit, plan.terms)
        held = Held(
            rows.new_id(Membership),
            client,
            plan,
            starts_on,
            span.ends_on,
            0 if package else plan.price_cents,
            at,
            self.desk_id,
            package,
        )
        categories = {g.category for g in plan.grants}
        if plan.kind is PlanKind.SESSION_PASS:
            categories.add(plan.category)
        held.categories = frozenset(categories)
        rows.add_late(Membership, held.id, held.row)
        client.held.append(held)
        amount = first_amount(held.price_cents, span, plan.terms)
        self._installment(held, Numbering(1), span, amount, at, self.desk_id)
        for position, restriction in enumerate(plan.restrictions):
            rows.add(
                MembershipRestriction,
                {
                    "membership_id": held.id,
                    "position": position,
                    **restriction_columns(restriction),
                },
            )
        if plan.kind is PlanKind.SESSION_PASS and plan.entries:
            self._grant_lot(
                held,
                None,
                LotSource.PASS,
                plan.category,
                plan.entries,
                (today, starts_on, span.ends_on),
                f"Bought {plan.name}",
                at,
                self.desk_id,
            )
        for position, terms in enumerate(plan.grants):
            grant_id = rows.add(
                MembershipCreditGrant,
                {
                    "membership_id": held.id,
                    "position": position,
                    "category": terms.category,
                    "credits": terms.credits,
                    "every_days": terms.every_days,
                    "expire_days": terms.expire_days,
                    "initial_credits": terms.initial_credits,
                },
            )
            grant = Grant(grant_id, held, terms)
            held.grants.append(grant)
            if terms.initial_credits:
                expires_on = batch_expiry(terms, today, span.ends_on)
                self._grant_lot(
                    held,
                    grant_id,
                    LotSource.INITIAL,
                    terms.category,
                    terms.initial_credits,
                    (today, min(today, starts_on), expires_on),
                    f"Initial credits of {plan.name}",
                    at,
                    self.desk_id,
                )
            if terms.credits > 0:
                heapq.heappush(self._issuing, (starts_on, grant_id, grant))
        has_lots = bool(held.lots) or bool(plan.grants)
        price = f"in package {package.plan.name}" if package else self.money.text(plan.price_cents)
        self._audit(
            at,
            self.desk_id,
            held,
            f"Bought {plan.name} ({price}), valid {days_text(starts_on, span.ends_on)}",
            held.left() if has_lots else None,
        )
        if package is None:
            queue = self._renewing if plan.terms.continuous else self._ending
            heapq.heappush(queue, (held.ends_on, held.id, held))
        self._paid_until(client, held.ends_on)
        for item in plan.items:
            held.items.append(self._sell(client, item, starts_on, at, held))
        return held

    def _paid_until(self, client: Client, day: date) -> None:
        client.paid_until = max(client.paid_until, day)
        if not client.active:
            client.active = True
            self.active.append(client)

    # ---------------------------------------------------------------- installments and money

    def _installment(
        self,
        held: Held,
        numbering: Numbering,
        span: Span,
        amount: int,
        at: datetime,
        by: int | None,
    ) -> None:
        """One installment (services/installments._write), and its payment when it was due
        before today (most are paid, see money.installment_payment)."""
        held.installments.append(
            Period(numbering.number, numbering.round, span.starts_on, span.ends_on)
        )
        installment_id = self.rows.new_id(Installment)
        paid = amount == 0
        if not paid and span.starts_on < self.today:
            paid = self._pay(held, installment_id, numbering.number, amount, span.starts_on)
        self.rows.add(
            Installment,
            {
                "id": installment_id,
                "membership_id": held.id,
                "number": numbering.number,
                "round": numbering.round,
                "starts_on": span.starts_on,
                "ends_on": span.ends_on,
                "due_on": span.starts_on,
                "amount_cents": amount,
                "paid": paid,
                "paid_before_tracking": False,
                "created_at": at,
                "created_by_id": by,
            },
        )

    def _pay(self, held: Held, installment_id: int, number: int, amount: int, due: date) -> bool:
        client = held.client
        paying = installment_payment(
            self.rng,
            amount_cents=amount,
            due_on=due,
            today=self.today,
            continuous=held.continuous,
            loyalty_cents=held.plan.terms.loyalty_discount_cents,
            sold_at=held.sold_at,
            has_card=bool(client.card),
        )
        if paying is None:
            return False
        moment, discount, method = paying
        note = f"{held.plan.name} installment {number}"
        reference = ""
        if client.card:
            reference = self.provider.charge(
                CardCharge(client.id, client.name, client.card, amount - discount, note)
            ).reference
        self.rows.add(
            Payment,
            {
                "member_id": client.id,
                "amount_cents": amount - discount,
                "method": method.value,
                "paid_at": moment,
                "staff_id": self.desk_id,
                "booking_id": None,
                "membership_id": held.id,
                "installment_id": installment_id,
                "product_id": None,
                "quantity": 1,
                "discount_cents": discount,
                "discount_kind": "loyalty" if discount else "none",
                "provider_reference": reference,
                "note": note[:240],
            },
        )
        return True

    # ---------------------------------------------------------------- credits and user logs

    def _grant_lot(
        self,
        held: Held,
        grant_id: int | None,
        source: LotSource,
        category: str,
        amount: int,
        days: tuple[date, date, date],
        reason: str,
        at: datetime,
        by: int | None,
    ) -> Lot:
        """credits.grant_lot: a lot of ``amount`` credits (issued, valid from, expires) and its
        grant entry."""
        issued_on, valid_from, expires_on = days
        lot = Lot(
            self.rows.new_id(CreditLot),
            held,
            grant_id,
            source,
            category,
            amount,
            issued_on,
            valid_from,
            expires_on,
        )
        self.rows.add_late(CreditLot, lot.id, lot.row)
        held.lots.append(lot)
        held.version += 1
        heapq.heappush(self._expiring, (expires_on, lot.id, lot))
        self._entry(lot, LedgerKind.GRANT, amount, None, reason, at, by)
        self._paid_until(held.client, expires_on)
        return lot

    def _entry(
        self,
        lot: Lot,
        kind: LedgerKind,
        amount: int,
        booking_id: int | None,
        reason: str,
        at: datetime,
        by: int | None,
    ) -> None:
        """credits.entry: one ledger entry, the lot's balance kept equal to its ledger sum."""
        self.rows.add(
            LedgerEntry,
            {
                "lot_id": lot.id,
                "member_id": lot.held.client.id,
                "kind": kind.value,
                "amount": amount,
                "booking_id": booking_id,
                "reason": reason,
                "staff_id": by,
                "created_at": at,
            },
        )
        lot.remaining += amount
        lot.held.version += 1
        self.rows.changed(CreditLot, lot.id, lot.remaining_row)

    def _audit(
        self, at: datetime, by: int | None, held: Held, action: str, entries_after: int | None
    ) -> None:
        self.rows.add(
            AuditEntry,
            {
                "at": at,
                "staff_id": by,
                "member_id": held.client.id,
                "membership_id": held.id,
                "action": action,
                "entries_after": entries_after,
            },
        )

    # ---------------------------------------------------------------- the daily catch-up

    def _catch_up(self, day: date) -> None:
        """credit_schedule.catch_up at midnight: renewals first, then the scheduled batches
        due, then the lots past their expiry; then memberships that ended yesterday."""
        at = self.clock
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

    def _renews(self, held: Held) -> bool:
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
        while held.ends_on < day and self._renews(held):
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
            self._installment(held, following, span, held.price_cents, at, None)
            held.ends_on = span.ends_on
            held.version += 1
            self.rows.changed(Membership, held.id, held.changed_row)
            self._paid_until(held.client, held.ends_on)
            text = numbered(
                following.number,
                following.round,
                following.round,
                terms.installments,
                held.last_installment,
            )
            self._audit(
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
        """credit_schedule._issue: one scheduled batch (automatic) and its user-log line."""
        held, terms = grant.held, grant.terms
        expires_on = batch_expiry(terms, day, held.ends_on)
        self._grant_lot(
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
        self._audit(
            at,
            None,
            held,
            f"Issued {terms.credits} {terms.category} credits of {held.plan.name}, valid "
            f"{days_text(day, expires_on)}",
            held.left(),
        )
        if terms.every_days is not None:
            following = day + timedelta(days=terms.every_days)
            heapq.heappush(self._issuing, (following, grant.id, grant))

    def _expire(self, lot: Lot, day: date, at: datetime) -> None:
        """credit_schedule.expire_lots: what is left of a lot past its expiry."""
        held = lot.held
        held.lots.remove(lot)
        held.version += 1
        amount = lot.remaining
        if amount > 0:
            self._entry(
                lot,
                LedgerKind.EXPIRY,
                -amount,
                None,
                f"Expired after {day_text(lot.expires_on)}",
                at,
                None,
            )
            self._audit(
                at,
                None,
                held,
                f"{amount} {lot.category} credit{'s' if amount != 1 else ''} of "
                f"{held.plan.name} expired (valid until {day_text(lot.expires_on)})",
                held.left(),
            )
        if held.ends_on < day and not held.lots:
            self._forget_ended(held.client, day)

    def _ended(self, held: Held, day: date) -> None:
        """A membership is over (its last day was before ``day``)."""
        self._forget_ended(held.client, day)
        if not held.replaced:
            self._buy_again(held.client, held)

    @staticmethod
    def _forget_ended(client: Client, day: date) -> None:
        """Memberships over with no lot left can pay for nothing any more."""
        client.held = [h for h in client.held if h.ends_on >= day or h.lots]

    # ---------------------------------------------------------------- leaving

    def _leave(self, client: Client) -> None:
        """A leaving member asks to stop each contract that would renew: one more
        installment to pay (ContractService.cancel, by the owner)."""
        at, today = self._tick(), self.clock.date()
        for held in client.held:
            if held.last_installment is not None or held.ends_on < today:
                continue
            if not self._renews(held):
                continue
            current = held.current(today)
            newest = held.latest()
            newest_round = max(p.round for p in held.installments)
            latest = newest.number if newest.round == current.round else current.number
            contract = held.plan.terms.installments
            before = numbered(current.number, current.round, newest_round, contract, None)
            held.last_installment = cancelled_last(current.number, 1, latest)
            self.rows.changed(Membership, held.id, held.changed_row)
            after = numbered(
                current.number, current.round, newest_round, contract, held.last_installment
            )
            self._audit(
                at,
                self.owner_id,
                held,
                f"Registered cancellation of {held.plan.name}: pay 1 more installment, "
                f"{before} → {after}",
                None,
            )

    # ---------------------------------------------------------------- bookings

    def _book_class(self, cs: Session) -> None:
        """Members book the class up to capacity × uniform(fill, 1) (some classes fill up):
        drawn from those holding something valid, each signed up if one of their memberships
        can pay (one class a day per member)."""
        rng = self.rng
        self._queue(cs)
        target = min(cs.capacity, round(cs.capacity * rng.uniform(self.shape.fill, 1.0)))
        if window_refusal(self.policy, today=self.clock.date(), session_day=cs.day):
            return  # the demo studio has no booking window; kept for the rule's sake
        active, draw = self.active, rng.random
        latest = cs.starts_at - timedelta(minutes=30)
        for _ in range(min(len(active), target * 3)):
            if cs.booked >= target or self.clock >= latest:
                break
            client = active[int(draw() * len(active))]
            if cs.day in client.days:
                continue  # booked that day already (or drawn twice)
            payer = self._payer(client, cs)
            if payer is not None:
                self._book(client, cs, payer)

    def _queue(self, cs: Session) -> None:
        """A class is written once its bookings begin (most classes are then written with
        their final booked count, no update needed)."""
        if not cs.queued:
            cs.queued = True
            self.rows.add_late(ClassSession, cs.id, cs.row)

    @staticmethod
    def _payer(client: Client, cs: Session) -> Payer | None:
        """booking_ops.choose: the membership (and lot) that pays, or None when none can."""
        day, category = cs.day, cs.category
        candidates = [h.candidate(day) for h in client.held if h.can_pay(day, category)]
        if not candidates:
            return None
        try:
            return choose_payer(candidates, cs.terms, member_name=client.name)
        except NoPayingMembership:
            return None

    def _book(self, client: Client, cs: Session, payer: Payer) -> None:
        """booking_ops.book: the booking, one credit charged from the chosen lot, the user-log
        line with the credits left; how it ends (attended, a no-show, signed out later)."""
        at, rng = self._tick(), self.rng
        booking_id = self.rows.new_id(Booking)
        held = next(h for h in client.held if h.id == payer.candidate.membership_id)
        lot = None
        if payer.lot is not None:
            lot = next(lot for lot in held.lots if lot.id == payer.lot.lot_id)
            self._entry(lot, LedgerKind.CHARGE, -1, booking_id, "", at, self.desk_id)
        left = held.left(lot.category) if lot else None
        self._audit(at, self.desk_id, held, f"Signed up for {cs.label} ({held.plan.name})", left)
        cs.booked += 1
        self.rows.changed(ClassSession, cs.id, cs.booked_row)
        client.days.add(cs.day)
        held.add_visit(cs.day, cs.category)
        if cs.day >= self.today:
            cs.members.add(client.id)
        row = {
            "id": booking_id,
            "session_id": cs.id,
            "member_id": client.id,
            "membership_id": held.id,
            "lot_id": lot.id if lot else None,
            "status": BookingStatus.BOOKED.value,
            "present": False,
            "unpaid": False,
            "no_show": False,
            "booked_at": at,
            "booked_by_id": self.desk_id,
            "ended_at": None,
            "ended_by_id": None,
        }
        self.rows.add(Booking, row)
        if not self._maybe_sign_out(row, client, cs, held, lot) and cs.day < self.today:
            row["present"] = rng.random() < PRESENT
            row["no_show"] = not row["present"]
        used_up = lot is not None and held.left(held.plan.category) == 0
        if used_up and held.kind is PlanKind.SESSION_PASS and not held.replaced:
            held.replaced = True
            self._buy_again(client, held)

    def _maybe_sign_out(
        self, row: dict[str, Any], client: Client, cs: Session, held: Held, lot: Lot | None
    ) -> bool:
        """Plan a sign-out of a few bookings: in time (before the cut-off) or late."""
        rng, booked_at = self.rng, row["booked_at"]
        fate = rng.random()
        if fate >= SIGN_OUT + LATE_CANCEL:
            return False
        cutoff = cs.starts_at - timedelta(hours=self.policy.cancel_cutoff_hours or 0)
        first, last = booked_at + timedelta(minutes=5), cs.starts_at - timedelta(minutes=10)
        if fate < SIGN_OUT:
            last = min(last, cutoff)
        else:
            first = max(first, cutoff)
        if last <= first:
            return False
        moment = (first + (last - first) * rng.random()).replace(microsecond=0)
        if moment > self.now:
            return False
        self._push(moment, _SIGN_OUT, (row, client, cs, held, lot))
        return True

    def _sign_out(self, payload: tuple[dict[str, Any], Client, Session, Held, Lot | None]) -> None:
        """BookingService.sign_out: after the cut-off a late cancel (the session stays
        charged and counts as a visit), else the credit goes back to its lot."""
        row, client, cs, held, lot = payload
        at = self._tick()
        late = late_cancel_left(self.policy, now=at, starts_at=cs.starts_at)
        row["status"] = (
            BookingStatus.LATE_CANCELLED if late is not None else BookingStatus.SIGNED_OUT
        ).value
        row["ended_at"], row["ended_by_id"] = at, self.desk_id
        self.rows.changed(
            Booking,
            row["id"],
            lambda: {key: row[key] for key in ("status", "ended_at", "ended_by_id")},
        )
        cs.booked -= 1
        self.rows.changed(ClassSession, cs.id, cs.booked_row)
        cs.members.discard(client.id)
        plan = held.plan.name
        if late is not None:
            why = late_cancel_text(self.policy, late)
            left = held.left(lot.category) if lot else None
            action = f"Late cancel of {cs.label} ({plan}): {why}; the session stays charged"
            self._audit(at, self.desk_id, held, action, left)
            return
        client.days.discard(cs.day)
        held.remove_visit(cs.day, cs.category)
        if lot is not None:
            self._entry(lot, LedgerKind.RETURN, 1, row["id"], "Signed out of", at, self.desk_id)
        left = held.left(lot.category) if lot else None
        self._audit(at, self.desk_id, held, f"Signed out of {cs.label} ({plan})", left)

    def _waitlists(self, clients: list[Client], sessions: list[Session]) -> None:
        """Two members wait for a place in each full class still to come."""
        for cs in sessions:
            if not self.today <= cs.day <= self.horizon or cs.booked < cs.capacity:
                continue
            for client in self.rng.sample(clients, min(2, len(clients))):
                if client.id in cs.members:
                    continue
                self.rows.add(
                    WaitlistEntry,
                    {
                        "session_id": cs.id,
                        "member_id": client.id,
                        "status": "waiting",
                        "note": "",
                        "created_at": self.now,
                        "created_by_id": self.desk_id,
                    },
                )
