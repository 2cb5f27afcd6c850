"""The demo's history as it is lived in memory: plans as sold, members, their memberships with
credit lots, visits and installments, and class sessions. The timeline (timeline.py, and the
modules it runs) changes these objects day by day with the domain's rules; each object gives
the row it is written as.
"""

from __future__ import annotations

from bisect import bisect_left, insort
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from typing import Any

from studio_app.domain.booking_rules import LotView, PackageView, PayerCandidate, SessionTerms
from studio_app.domain.contracts import ContractTerms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.installments import Numbering
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Period, Restriction, Visit
from studio_app.models import LotSource

#: The longest each kind of restriction period can be.
_PERIOD_DAYS = {
    Period.DAY: timedelta(days=1),
    Period.WEEK: timedelta(days=7),
    Period.FOUR_WEEKS: timedelta(days=28),
    Period.MONTH: timedelta(days=31),
    Period.YEAR: timedelta(days=366),
}
_ONE_DAY = timedelta(days=1)


@dataclass(eq=False)
class SoldPlan:
    """A demo plan as the timeline sells it (its database id and terms)."""

    id: int
    name: str
    kind: PlanKind
    price_cents: int
    duration_count: int
    unit: DurationUnit
    entries: int | None
    category: str
    terms: ContractTerms
    hold_policy: HoldPolicy
    restrictions: tuple[Restriction, ...]
    grants: tuple[CreditGrantTerms, ...]
    items: tuple[SoldPlan, ...] = ()


@dataclass(eq=False)
class Client:
    """A member of the demo studio."""

    id: int
    name: str
    #: The card on file as staff see it ("Visa ending 4242"); "" when none.
    card: str
    #: When the member was added (before their first purchase).
    joined: datetime = datetime.min
    #: The day the member stops buying (None: stays); contracts running then are cancelled.
    leaves_on: date | None = None
    held: list[Held] = field(default_factory=list)
    #: Days the member has a class booked (a member takes one class a day at most).
    days: set[date] = field(default_factory=set)
    #: The last day any of the member's memberships or lots is valid.
    paid_until: date = date.min
    active: bool = False

    def stays(self, day: date) -> bool:
        return self.leaves_on is None or day < self.leaves_on


@dataclass(eq=False)
class Installment:
    number: int
    round: int
    starts_on: date
    ends_on: date


@dataclass(eq=False)
class Lot:
    id: int
    held: Held
    grant_id: int | None
    source: LotSource
    category: str
    amount: int
    issued_on: date
    valid_from: date
    expires_on: date
    remaining: int = 0

    def covers(self, day: date) -> bool:
        return self.valid_from <= day <= self.expires_on

    def row(self) -> dict[str, Any]:
        return {
            "membership_id": self.held.id,
            "member_id": self.held.client.id,
            "grant_id": self.grant_id,
            "source": self.source.value,
            "category": self.category,
            "amount": self.amount,
            "issued_on": self.issued_on,
            "valid_from": self.valid_from,
            "expires_on": self.expires_on,
            "remaining": self.remaining,
        }

    def remaining_row(self) -> dict[str, Any]:
        return {"remaining": self.remaining}


@dataclass(eq=False)
class Grant:
    """A membership's copy of a plan's credit settings."""

    id: int
    held: Held
    terms: CreditGrantTerms


@dataclass(eq=False)
class Held:
    """One membership: a plan sold to a client."""

    id: int
    client: Client
    plan: SoldPlan
    starts_on: date
    ends_on: date
    price_cents: int
    sold_at: datetime
    sold_by_id: int
    package: Held | None = None
    last_installment: int | None = None
    installments: list[Installment] = field(default_factory=list)
    grants: list[Grant] = field(default_factory=list)
    #: Lots not yet past their expiry.
    lots: list[Lot] = field(default_factory=list)
    #: Visits it paid for (booked and late-cancelled), (day, category), by day.
    visits: list[tuple[date, str]] = field(default_factory=list)
    #: A package: its items; an item: none.
    items: list[Held] = field(default_factory=list)
    #: The member already bought the next one (a pass used up).
    replaced: bool = False
    #: Categories it holds credits of (its grants', a pass's own).
    categories: frozenset[str] = frozenset()
    #: Counts the changes the booking rules see (lots, visits, validity): ``candidate`` is
    #: built again only after one.
    version: int = 0
    _candidate: tuple[tuple[int, int, date | None], PayerCandidate] | None = None

    @property
    def kind(self) -> PlanKind:
        return self.plan.kind

    @property
    def continuous(self) -> bool:
        return self.plan.terms.continuous

    def left(self, category: str | None = None) -> int:
        """Credits left (of ``category``), as credits.entries_left reads them."""
        return sum(
            lot.remaining for lot in self.lots if category is None or lot.category == category
        )

    def latest(self) -> Installment:
        return self.installments[-1]

    def current(self, today: date) -> Installment:
        """The installment running ``today``: the latest begun by then, else the first."""
        begun = [i for i in self.installments if i.starts_on <= today]
        return begun[-1] if begun else self.installments[0]

    def numbering(self) -> Numbering:
        latest = self.latest()
        return Numbering(latest.number, latest.round)

    def add_visit(self, day: date, category: str) -> None:
        insort(self.visits, (day, category))
        self.version += 1
        if self.package is not None:
            insort(self.package.visits, (day, category))
            self.package.version += 1

    def remove_visit(self, day: date, category: str) -> None:
        self.visits.remove((day, category))
        self.version += 1
        if self.package is not None:
            self.package.visits.remove((day, category))
            self.package.version += 1

    def _limits(self, day: date) -> tuple[tuple[Restriction, ...], tuple[Visit, ...]]:
        """The restrictions for a class on ``day`` and the visits they may count: those less
        than one period's length from ``day`` (a period holding ``day`` holds no other). When
        every restriction allows more visits than that, no period holding ``day`` can be full
        (there are no holds to prorate one), so the rules are spared computing the periods:
        they would pass."""
        restrictions = self.plan.restrictions
        if not restrictions:
            return (), ()
        reach = _PERIOD_DAYS[max(restrictions, key=lambda r: _PERIOD_DAYS[r.period]).period]
        first = bisect_left(self.visits, (day - reach + _ONE_DAY, ""))
        last = bisect_left(self.visits, (day + reach, ""))
        if all(last - first < r.max_visits for r in restrictions):
            return (), ()
        return restrictions, tuple(Visit(d, c) for d, c in self.visits[first:last])

    def can_pay(self, day: date, category: str) -> bool:
        """Whether the booking rules might let it pay on ``day`` (validity and credits only):
        a membership that fails this is refused by ``decide`` too, whatever else holds."""
        if self.plan.kind is PlanKind.PACKAGE:
            return False
        if self.plan.kind is PlanKind.TIME_BASED and self.plan.category == category:
            return self.starts_on <= day <= self.ends_on
        return any(
            lot.remaining > 0 and lot.category == category and lot.covers(day) for lot in self.lots
        )

    def candidate(self, day: date) -> PayerCandidate:
        """The membership as the booking rules see it (payers.payer_candidates) for a class
        on ``day``: there are no holds while the history is built, and the studio's
        "current paid period" policy is off (build.py checks it)."""
        package = self.package
        restricted = bool(self.plan.restrictions or (package and package.plan.restrictions))
        key = (self.version, package.version if package else 0, day if restricted else None)
        if self._candidate is not None and self._candidate[0] == key:
            return self._candidate[1]
        candidate = self._build_candidate(day)
        self._candidate = (key, candidate)
        return candidate

    def _build_candidate(self, day: date) -> PayerCandidate:
        plan = self.plan
        package = None
        if self.package is not None:
            parent = self.package
            package = PackageView(parent.plan.name, parent.starts_on, *parent._limits(day))
        restrictions, visits = self._limits(day)
        return PayerCandidate(
            self.id,
            plan.name,
            plan.kind,
            plan.category,
            self.starts_on,
            self.ends_on,
            plan.entries,
            tuple(
                LotView(lot.id, lot.category, lot.valid_from, lot.expires_on, lot.remaining)
                for lot in self.lots
            ),
            False,
            plan.id,
            self.categories,
            restrictions,
            visits,
            (),
            None,
            package,
        )

    def row(self) -> dict[str, Any]:
        terms, policy = self.plan.terms, self.plan.hold_policy
        return {
            "member_id": self.client.id,
            "plan_id": self.plan.id,
            "plan_name": self.plan.name,
            "kind": self.plan.kind.value,
            "credit_category": self.plan.category,
            "price_cents": self.price_cents,
            "starts_on": self.starts_on,
            "ends_on": self.ends_on,
            "entries_total": self.plan.entries,
            "duration_count": self.plan.duration_count,
            "duration_unit": self.plan.unit.value,
            "package_id": self.package.id if self.package else None,
            "cancelled": False,
            "last_installment": self.last_installment,
            "sold_at": self.sold_at,
            "sold_by_id": self.sold_by_id,
            "continuous": terms.continuous,
            "from_first": terms.from_first,
            "prorata": terms.prorata,
            "contract_installments": terms.installments,
            "auto_renew": terms.auto_renew,
            "max_end_on": terms.max_end,
            "loyalty_discount_cents": terms.loyalty_discount_cents,
            "hold_min_days": policy.min_days,
            "hold_max_days": policy.max_days,
            "holds_per_year": policy.per_year,
        }

    def changed_row(self) -> dict[str, Any]:
        return {"ends_on": self.ends_on, "last_installment": self.last_installment}


@dataclass(eq=False)
class Session:
    """One class session of the schedule."""

    id: int
    series_id: int
    name: str
    instructor: str
    room: str
    capacity: int
    starts_at: datetime
    minutes: int
    category: str
    color: str
    terms: SessionTerms
    #: "Yoga on Tue 1 Dec 2026 18:00", as booking_ops.class_label writes it.
    label: str
    booked: int = 0
    #: Members booked, kept for the classes still to come (their waitlists).
    members: set[int] = field(default_factory=set)
    day: date = field(init=False)
    #: Queued to be written (the row reads its booked count when it is).
    queued: bool = False

    def __post_init__(self) -> None:
        self.day = self.starts_at.date()

    def row(self) -> dict[str, Any]:
        return {
            "series_id": self.series_id,
            "name": self.name,
            "instructor": self.instructor,
            "room": self.room,
            "capacity": self.capacity,
            "starts_at": self.starts_at,
            "duration_minutes": self.minutes,
            "credit_category": self.category,
            "color": self.color,
            "detached": False,
            "cancelled": False,
            "appointment": False,
            "booked_count": self.booked,
        }

    def booked_row(self) -> dict[str, Any]:
        return {"booked_count": self.booked}
