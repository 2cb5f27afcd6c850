"""The demo's history, lived once in memory, event after event in time order, with the same
rules the desk and the daily catch-up apply (studio_app.domain, and the service steps they
follow), and written as rows in bulk (rows.py).

Events (agenda.py keeps them and the one clock): the catch-up at each midnight (automatic
renewals, scheduled credit batches, expired lots, in that order: catch_up.py); sales in the
evening before a membership starts (sales.py), most members buying one plan on a day of the
history and some buying again when a plan ends or a pass is used up; each class's bookings a
few hours to a day ahead, sign-outs and late cancels (bookings.py); members leaving (a
cancellation registered on a contract that would renew, sales.py). The money and credit rows
and the user-log lines they write are ledger_rows.py's. One clock runs forwards through all of
them, so every ledger and user log reads in the order things happened.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta

from studio_app.demo.agenda import BOOK, CATCH_UP, LEAVE, SALE, SIGN_OUT, Agenda
from studio_app.demo.bookings import Bookings
from studio_app.demo.catch_up import CatchUp
from studio_app.demo.content import DemoShape
from studio_app.demo.ledger_rows import LedgerRows
from studio_app.demo.rows import BulkRows
from studio_app.demo.sales import Sales
from studio_app.demo.state import Client, Held, Session, SoldPlan
from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.formats import MoneyFormat
from studio_app.runtime.payment_provider import PaymentProvider

#: The share of members who never buy anything (prospects).
PROSPECTS = 0.08
#: A member buying again takes the same plan this often, else any plan.
SAME_PLAN = 0.75


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
        self.plans = [plan for plan, _ in plans]
        self.weights = [weight for _, weight in plans]
        start = datetime.combine(history_start - timedelta(days=30), time())
        self.agenda = Agenda(rng, start=start, now=now)
        ledger = LedgerRows(rows, rng, today=self.today, desk_id=desk_id, provider=provider)
        self.catch_up = CatchUp(rows, ledger, money, self._buy_again)
        self.sales = Sales(
            rows, ledger, self.catch_up, money=money, desk_id=desk_id, owner_id=owner_id
        )
        self.bookings = Bookings(
            rows,
            ledger,
            self.agenda,
            rng,
            policy=policy,
            fill=shape.fill,
            desk_id=desk_id,
            horizon=self.horizon,
            buy_again=self._buy_again,
        )

    # ---------------------------------------------------------------- the event loop

    def run(self, clients: list[Client], sessions: list[Session]) -> None:
        """Live the whole history, then write what is left."""
        agenda, bookings = self.agenda, self.bookings
        first_day = self.history_start - timedelta(days=21)
        for offset in range((self.today - first_day).days + 1):
            day = first_day + timedelta(days=offset)
            agenda.push(datetime.combine(day, time()), CATCH_UP, day)
        self._first_sales(clients)
        for cs in sessions:
            if cs.day <= self.horizon:
                agenda.push(self._booking_moment(cs), BOOK, cs)
        handlers = {
            CATCH_UP: lambda day: self.catch_up.run(day, agenda.clock),
            SALE: self._sale,
            LEAVE: self._leave,
            SIGN_OUT: bookings.sign_out,
            BOOK: lambda cs: bookings.book_class(cs, self.catch_up.active),
        }
        for kind, payload in agenda.due():
            handlers[kind](payload)
        for cs in sessions:
            bookings.queue(cs)
        bookings.waitlists(clients, sessions)
        self.rows.finish()

    def _booking_moment(self, cs: Session) -> datetime:
        """A class is booked between a day and two hours ahead; classes still to come, over
        the last week."""
        ahead = timedelta(seconds=self.rng.randint(2 * 3600, 26 * 3600))
        moment = cs.starts_at - ahead
        if moment < self.now:
            return moment
        return (self.now - timedelta(days=7) * self.rng.random()).replace(microsecond=0)

    # ---------------------------------------------------------------- members buying, leaving

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
            self.agenda.push(sale, SALE, (client, plan, sold_on))
            if shape.stay_months is not None:
                stay = rng.expovariate(1 / (shape.stay_months * 30.4))
                client.leaves_on = sold_on + timedelta(days=int(stay))
                if client.leaves_on <= self.today:
                    at = datetime.combine(client.leaves_on, time(rng.randint(9, 17)))
                    self.agenda.push(at, LEAVE, client)

    def _evening(self, day: date) -> datetime:
        """Plans are bought in the evening before they start."""
        return datetime.combine(day, time(self.rng.randint(18, 20), self.rng.randint(0, 59)))

    def _sale(self, payload: tuple[Client, SoldPlan, date]) -> None:
        client, plan, starts_on = payload
        if starts_on > self.today or not client.stays(starts_on):
            return
        self.sales.sell(client, plan, starts_on, self.agenda.clock)

    def _buy_again(self, client: Client, held: Held) -> None:
        """A member whose plan ended (or pass ran out) may buy again, from tomorrow or a few
        days later: mostly the same plan."""
        rng, clock = self.rng, self.agenda.clock
        starts_on = clock.date() + timedelta(days=rng.choice((1, 1, 1, 2, 4, 8)))
        if not client.stays(starts_on) or rng.random() >= self.shape.loyalty:
            return
        plan = held.plan if rng.random() < SAME_PLAN else rng.choices(self.plans, self.weights)[0]
        moment = self._evening(starts_on - timedelta(days=1))
        if moment <= clock:
            moment = clock + timedelta(minutes=rng.randint(1, 30))
        if starts_on <= self.today:
            self.agenda.push(moment, SALE, (client, plan, starts_on))

    def _leave(self, client: Client) -> None:
        """A leaving member cancels each contract that would renew (Sales.leave)."""
        at = self.agenda.tick()
        self.sales.leave(client, at, self.agenda.clock.date())
