"""The demo's bookings, made as steps/booking_ops.book makes them: a class is booked a few
hours to a day ahead by members drawn from those holding something valid (one class a day
per member), each paid by the membership domain.booking_rules.choose_payer picks among the member's
memberships, one credit charged from the lot expiring first, and a user-log line with the
credits left. A few are signed out (BookingService.sign_out): in time the credit goes back to
its lot; inside the cut-off it is a late cancel and the session stays charged. Past bookings
are attended or no-shows; full classes still to come have a waitlist.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

from studio_app.demo.agenda import SIGN_OUT, Agenda
from studio_app.demo.ledger_rows import LedgerRows
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Client, Held, Lot, Session
from studio_app.domain.booking_policy import (
    BookingPolicy,
    late_cancel_left,
    late_cancel_text,
    window_refusal,
)
from studio_app.domain.booking_rules import Payer, choose_payer
from studio_app.domain.errors import NoPayingMembership
from studio_app.domain.plans import PlanKind
from studio_app.models import Booking, BookingStatus, ClassSession, LedgerKind, WaitlistEntry

#: Past bookings attended; the others are no-shows.
PRESENT = 0.92
#: Bookings signed out in time (the credit comes back) and late-cancelled (it stays charged).
SIGNED_OUT, LATE_CANCEL = 0.03, 0.01

#: A planned sign-out: the booking's row, its member, class, membership and lot.
SignOut = tuple[dict[str, Any], Client, Session, Held, Lot | None]


class Bookings:
    """Classes booked, bookings signed out, waitlists."""

    def __init__(
        self,
        rows: BulkRows,
        ledger: LedgerRows,
        agenda: Agenda,
        rng: random.Random,
        *,
        policy: BookingPolicy,
        fill: float,
        desk_id: int,
        horizon: date,
        buy_again: Callable[[Client, Held], None],
    ) -> None:
        """``fill``: a class is booked to capacity × uniform(fill, 1) places; ``horizon``:
        the last day with bookings; ``buy_again(client, held)`` plans the next purchase (or
        none) of a member whose pass ``held`` is used up."""
        self.rows, self.ledger, self.agenda, self.rng = rows, ledger, agenda, rng
        self.policy, self.fill, self.desk_id = policy, fill, desk_id
        self.now, self.horizon = agenda.now, horizon
        self.today = agenda.now.date()
        self._buy_again = buy_again

    def book_class(self, cs: Session, active: list[Client]) -> None:
        """Members book the class up to capacity × uniform(fill, 1) (some classes fill up):
        drawn from ``active`` (those holding something valid), each signed up if one of their
        memberships can pay (one class a day per member)."""
        rng, agenda = self.rng, self.agenda
        self.queue(cs)
        target = min(cs.capacity, round(cs.capacity * rng.uniform(self.fill, 1.0)))
        if window_refusal(self.policy, today=agenda.clock.date(), session_day=cs.day):
            return  # the demo studio has no booking window; kept for the rule's sake
        draw = rng.random
        latest = cs.starts_at - timedelta(minutes=30)
        for _ in range(min(len(active), target * 3)):
            if cs.booked >= target or agenda.clock >= latest:
                break
            client = active[int(draw() * len(active))]
            if cs.day in client.days:
                continue  # booked that day already (or drawn twice)
            payer = _payer(client, cs)
            if payer is not None:
                self._book(client, cs, payer)

    def queue(self, cs: Session) -> None:
        """A class is written once its bookings begin (most classes are then written with
        their final booked count, no update needed)."""
        if not cs.queued:
            cs.queued = True
            self.rows.add_late(ClassSession, cs.id, cs.row)

    def _book(self, client: Client, cs: Session, payer: Payer) -> None:
        """steps/booking_ops.book: the booking, one credit charged from the chosen lot, the user-log
        line with the credits left; how it ends (attended, a no-show, signed out later)."""
        at, rng = self.agenda.tick(), self.rng
        booking_id = self.rows.new_id(Booking)
        held = next(h for h in client.held if h.id == payer.candidate.membership_id)
        lot = None
        if payer.lot is not None:
            lot = next(lot for lot in held.lots if lot.id == payer.lot.lot_id)
            self.ledger.entry(lot, LedgerKind.CHARGE, -1, booking_id, "", at, self.desk_id)
        left = held.left(lot.category) if lot else None
        action = f"Signed up for {cs.label} ({held.plan.name})"
        self.ledger.audit(at, self.desk_id, held, action, left)
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
        if not self._maybe_sign_out((row, client, cs, held, lot)) and cs.day < self.today:
            row["present"] = rng.random() < PRESENT
            row["no_show"] = not row["present"]
        used_up = lot is not None and held.left(held.plan.category) == 0
        if used_up and held.kind is PlanKind.SESSION_PASS and not held.replaced:
            held.replaced = True
            self._buy_again(client, held)

    def _maybe_sign_out(self, booking: SignOut) -> bool:
        """Plan a sign-out of a few bookings: in time (before the cut-off) or late."""
        row, _, cs, _, _ = booking
        rng, booked_at = self.rng, row["booked_at"]
        fate = rng.random()
        if fate >= SIGNED_OUT + LATE_CANCEL:
            return False
        cutoff = cs.starts_at - timedelta(hours=self.policy.cancel_cutoff_hours or 0)
        first, last = booked_at + timedelta(minutes=5), cs.starts_at - timedelta(minutes=10)
        if fate < SIGNED_OUT:
            last = min(last, cutoff)
        else:
            first = max(first, cutoff)
        if last <= first:
            return False
        moment = (first + (last - first) * rng.random()).replace(microsecond=0)
        if moment > self.now:
            return False
        self.agenda.push(moment, SIGN_OUT, booking)
        return True

    def sign_out(self, booking: SignOut) -> None:
        """BookingService.sign_out: after the cut-off a late cancel (the session stays
        charged and counts as a visit), else the credit goes back to its lot."""
        row, client, cs, held, lot = booking
        at = self.agenda.tick()
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
            self.ledger.audit(at, self.desk_id, held, action, left)
            return
        client.days.discard(cs.day)
        held.remove_visit(cs.day, cs.category)
        if lot is not None:
            self.ledger.entry(
                lot, LedgerKind.RETURN, 1, row["id"], "Signed out of", at, self.desk_id
            )
        left = held.left(lot.category) if lot else None
        self.ledger.audit(at, self.desk_id, held, f"Signed out of {cs.label} ({plan})", left)

    def waitlists(self, clients: list[Client], sessions: list[Session]) -> None:
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
