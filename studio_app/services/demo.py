"""A believable demo studio: plans, ~12 weekly classes, members with passes and memberships,
past attendance and upcoming bookings. Built through the same booking steps as the desk uses
(every charge is in the ledger, every change in the user logs), in one transaction.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from sqlalchemy import func, select

from studio_app.domain.clock import FixedClock
from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.passwords import hash_password
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import DEFAULT_PRIVILEGES, Actor, Role, encode_privileges
from studio_app.domain.recurrence import encode_weekdays, weekly_occurrences
from studio_app.models import (
    BookingStatus,
    ClassSeries,
    ClassSession,
    Member,
    Plan,
    PlanCreditGrant,
    SessionRule,
    Staff,
    StudioSettings,
    WaitlistEntry,
)
from studio_app.services import booking_ops, demo_money, demo_terms
from studio_app.services.context import ServiceContext
from studio_app.services.credit_schedule import CreditScheduleService
from studio_app.services.memberships import record_sale

DEMO_OWNER = ("owner", "owner123", "Olivia Novak")
DEMO_DESK = ("desk", "desk1234", "Daniel Front")

_FIRST = [
    "Anna",
    "Peter",
    "Maria",
    "John",
    "Sofia",
    "Liam",
    "Emma",
    "Noah",
    "Olivia",
    "Lucas",
    "Mia",
    "Jakub",
    "Zoe",
    "Ethan",
    "Chloe",
    "Adam",
    "Ella",
    "Oscar",
    "Lena",
    "Marek",
    "Nina",
    "Tom",
    "Eva",
    "Leo",
    "Ivy",
    "Max",
    "Alice",
    "Hugo",
    "Clara",
    "Felix",
    "Julia",
    "Victor",
    "Rosa",
    "Theo",
    "Lily",
    "Paul",
    "Hanna",
    "Simon",
    "Iris",
    "David",
    "Laura",
    "Mateo",
    "Sara",
    "Jonas",
    "Ada",
]
_LAST = [
    "Smith",
    "Novak",
    "Garcia",
    "Keller",
    "Rossi",
    "Larsen",
    "Dubois",
    "Fischer",
    "Kowalski",
    "Silva",
    "Murphy",
    "Jensen",
    "Moreau",
    "Weber",
    "Nowak",
    "Costa",
    "Brown",
    "Wagner",
    "Horvat",
    "Berg",
    "Lopez",
    "Martin",
    "Schmidt",
    "Walsh",
    "Kim",
    "Meyer",
    "Bianchi",
    "Andersen",
    "Petit",
    "Young",
    "Clarke",
    "Hughes",
    "Varga",
    "Ortiz",
    "Lindqvist",
]

# (name, kind, price cents, duration count, unit, entries)
_PLANS = (
    ("Drop-in class", PlanKind.SESSION_PASS, 1800, 1, DurationUnit.WEEKS, 1),
    ("5-class pass", PlanKind.SESSION_PASS, 8000, 1, DurationUnit.MONTHS, 5),
    ("10-class pass", PlanKind.SESSION_PASS, 14500, 3, DurationUnit.MONTHS, 10),
    ("Monthly unlimited", PlanKind.TIME_BASED, 11900, 1, DurationUnit.MONTHS, None),
    ("Annual unlimited", PlanKind.TIME_BASED, 99000, 12, DurationUnit.MONTHS, None),
    ("8 classes / 4 weeks", PlanKind.LIMITED, 9900, 3, DurationUnit.MONTHS, None),
    ("Unlimited + 2 PT", PlanKind.TIME_BASED, 18900, 1, DurationUnit.MONTHS, None),
    ("2 classes a week", PlanKind.TIME_BASED, 7900, 1, DurationUnit.MONTHS, None),
    ("Flow package", PlanKind.PACKAGE, 14900, 1, DurationUnit.MONTHS, None),
)
# Credit settings of the limited plan and the PT credits included with the premium plan.
_GRANTS = {
    "8 classes / 4 weeks": CreditGrantTerms(
        DEFAULT_CATEGORY, 8, every_days=28, expire_days=28, initial_credits=2
    ),
    "Unlimited + 2 PT": CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=30, expire_days=30),
}
# The reformer class has 6 machines: session rules keep out drop-ins and 5-class passes.
_RULES = {
    "Reformer Pilates": (
        "10-class pass",
        "Monthly unlimited",
        "Annual unlimited",
        "8 classes / 4 weeks",
        "Unlimited + 2 PT",
        "2 classes a week",
    )
}
# (name, instructor, room, capacity, minutes, weekdays, start, colour)
_SERIES = (
    ("Sunrise Vinyasa", "Anna Kowalska", "Studio A", 16, 60, {0, 2, 4}, time(7, 0), "#4f8a8b"),
    ("Hatha Basics", "Mark Rivera", "Studio A", 14, 75, {1, 3}, time(9, 30), "#6b8e23"),
    ("Pilates Mat", "Julia Weber", "Studio B", 12, 55, {0, 3}, time(12, 15), "#b5651d"),
    ("Reformer Pilates", "Julia Weber", "Reformer room", 6, 50, {1, 4}, time(17, 0), "#c0392b"),
    ("Power Yoga", "Anna Kowalska", "Studio A", 18, 60, {1, 3}, time(18, 0), "#8e44ad"),
    ("Yin & Restore", "Sofia Lind", "Studio B", 14, 75, {0, 2}, time(19, 30), "#2c3e50"),
    ("HIIT Circuit", "Tom Berg", "Gym floor", 20, 45, {0, 2, 4}, time(18, 15), "#d35400"),
    ("Kickboxing", "Marek Nowak", "Dojo", 16, 60, {1, 3}, time(19, 15), "#7f0000"),
    ("Brazilian Jiu-Jitsu", "Marek Nowak", "Dojo", 20, 90, {5}, time(10, 0), "#34495e"),
    ("Weekend Flow", "Sofia Lind", "Studio A", 20, 75, {5, 6}, time(9, 0), "#16a085"),
    ("Barre", "Clara Petit", "Studio B", 12, 50, {2, 4}, time(8, 0), "#c71585"),
    ("Mobility Lab", "Tom Berg", "Gym floor", 10, 45, {6}, time(17, 0), "#2e86c1"),
)


@dataclass(frozen=True)
class DemoSummary:
    members: int
    series: int
    sessions: int
    bookings: int


def build_demo(
    ctx: ServiceContext, *, members: int = 150, weeks: int = 4, seed: int = 7
) -> DemoSummary:
    """Fill an empty database with a demo studio: ``weeks`` of history and 4 weeks ahead."""
    rng = random.Random(seed)
    today = ctx.clock.today()
    history_start = today - timedelta(weeks=weeks)
    until = today + timedelta(weeks=4)
    with ctx.uow() as uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(Staff)):
            raise ValidationError("The demo needs an empty database; this one is already set up.")
        now = ctx.clock.utcnow()
        s.add(StudioSettings(id=1, name="Lotus & Iron Studio", address="12 Harbour Street"))
        staff = []
        for (username, password, name), role in (
            (DEMO_OWNER, Role.OWNER),
            (DEMO_DESK, Role.FRONT_DESK),
        ):
            row = Staff(
                username=username,
                full_name=name,
                role=role.value,
                privileges=encode_privileges(DEFAULT_PRIVILEGES[role]),
                password_hash=hash_password(password),
                active=True,
                created_at=now,
            )
            s.add(row)
            staff.append(row)
        s.flush()
        clock = FixedClock(datetime.combine(history_start, time(8)))
        owner_id = staff[0].id
        demo_ctx = ServiceContext(
            ctx.uow,
            clock,
            Actor(
                staff[1].id,
                staff[1].full_name,
                Role.FRONT_DESK,
                DEFAULT_PRIVILEGES[Role.FRONT_DESK],
            ),
        )
        plans = [
            Plan(
                name=n,
                kind=k.value,
                price_cents=p,
                duration_count=c,
                duration_unit=u.value,
                entries=e,
                credit_category=DEFAULT_CATEGORY,
                active=True,
                created_at=now,
            )
            for n, k, p, c, u, e in _PLANS
        ]
        s.add_all(plans)
        s.flush()
        _credit_settings(s, plans)
        demo_terms.add_terms(s, plans)
        sessions = _schedule(s, history_start, until, now)
        _session_rules(s, plans)
        pool = _members(s, rng, members, history_start, now, staff[1].id)
        demo_money.add_contracts(s, plans, rng, pool)
        s.flush()
        _sell(s, demo_ctx, clock, rng, pool, plans, history_start, today)
        booked = _book(s, demo_ctx, clock, rng, pool, sessions, today, ctx.clock.now())
        demo_terms.mark_no_shows(s, today)
        uow.commit()
    CreditScheduleService(ctx, pause_s=0).catch_up()  # nobody else uses the new studio yet
    owner_ctx = ServiceContext(
        ctx.uow, ctx.clock, Actor(owner_id, DEMO_OWNER[2], Role.OWNER, frozenset())
    )
    demo_money.settle(ServiceContext(ctx.uow, ctx.clock, demo_ctx.actor), rng, today)
    demo_money.cancel_one(owner_ctx)
    demo_terms.place_holds(
        ServiceContext(ctx.uow, ctx.clock, demo_ctx.actor),
        rng,  # type: ignore[arg-type]
    )
    return DemoSummary(len(pool), len(_SERIES), len(sessions), booked)


def _credit_settings(s, plans: list[Plan]) -> None:  # type: ignore[no-untyped-def]
    for plan in plans:
        terms = _GRANTS.get(plan.name)
        if terms is not None:
            s.add(
                PlanCreditGrant(
                    plan_id=plan.id,
                    position=0,
                    category=terms.category,
                    credits=terms.credits,
                    every_days=terms.every_days,
                    expire_days=terms.expire_days,
                    initial_credits=terms.initial_credits,
                )
            )


def _session_rules(s, plans: list[Plan]) -> None:  # type: ignore[no-untyped-def]
    by_name = {plan.name: plan.id for plan in plans}
    for series in s.scalars(select(ClassSeries).where(ClassSeries.name.in_(_RULES))):
        for plan_name in _RULES[series.name]:
            s.add(SessionRule(series_id=series.id, plan_id=by_name[plan_name]))


def _schedule(s, start: date, until: date, now: datetime) -> list[ClassSession]:  # type: ignore[no-untyped-def]
    monday = start - timedelta(days=start.weekday())
    sessions: list[ClassSession] = []
    for name, who, room, cap, minutes, days, at, color in _SERIES:
        series = ClassSeries(
            name=name,
            instructor=who,
            room=room,
            capacity=cap,
            duration_minutes=minutes,
            weekdays=encode_weekdays(frozenset(days)),
            start_time=at,
            starts_on=monday,
            until=until,
            credit_category=DEFAULT_CATEGORY,
            color=color,
            created_at=now,
        )
        s.add(series)
        s.flush()
        for moment in weekly_occurrences(frozenset(days), at, monday, until):
            sessions.append(
                ClassSession(
                    series_id=series.id,
                    name=name,
                    instructor=who,
                    room=room,
                    capacity=cap,
                    starts_at=moment,
                    duration_minutes=minutes,
                    credit_category=DEFAULT_CATEGORY,
                    color=color,
                    detached=False,
                    cancelled=False,
                    booked_count=0,
                )
            )
    s.add_all(sessions)
    s.flush()
    return sorted(sessions, key=lambda cs: cs.starts_at)


def _members(
    s,
    rng: random.Random,
    count: int,
    start: date,
    now: datetime,  # type: ignore[no-untyped-def]
    staff_id: int,
) -> list[Member]:
    pool = []
    for number in range(count):
        first, last = rng.choice(_FIRST), rng.choice(_LAST)
        member = Member(
            first_name=first,
            last_name=last,
            email=f"{first}.{last}{number}@example.com".lower(),
            phone=f"+1 555 {rng.randint(100, 999)} {number % 10000:04d}",
            birth_date=date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28)),
            notes="",
            card_code=f"{100000 + number}",
            status="active",
            created_at=now,
            created_by_id=staff_id,
        )
        member.refresh_search_text()
        pool.append(member)
    s.add_all(pool)
    return pool


def _sell(
    s,
    ctx: ServiceContext,
    clock: FixedClock,
    rng: random.Random,  # type: ignore[no-untyped-def]
    pool: list[Member],
    plans: list[Plan],
    start: date,
    today: date,
) -> None:
    weights = (5, 15, 30, 30, 12, 20, 8, 12, 6)
    span = max((today - start).days, 1)
    for member in pool:
        if rng.random() < 0.08:
            continue  # prospects and lapsed members hold nothing
        plan = rng.choices(plans, weights=weights)[0]
        sold_on = start - timedelta(days=rng.randint(0, 20)) + timedelta(days=rng.randint(0, span))
        sold_on = min(sold_on, today)
        # Bought the evening before it starts, so it precedes every booking it pays for.
        evening = time(rng.randint(18, 20), rng.randint(0, 59))
        clock.advance_to(datetime.combine(sold_on - timedelta(days=1), evening))
        record_sale(s, ctx, member.id, plan, sold_on)


def _book(
    s,
    ctx: ServiceContext,
    clock: FixedClock,
    rng: random.Random,  # type: ignore[no-untyped-def]
    pool: list[Member],
    sessions: list[ClassSession],
    today: date,
    now: datetime,
) -> int:
    booked = 0
    horizon = today + timedelta(days=14)
    if sessions:
        clock.advance_to(sessions[0].starts_at - timedelta(days=1))
    for cs in sessions:
        if cs.starts_at.date() > horizon:
            break
        target = int(cs.capacity * rng.uniform(0.45, 1.0))
        # Booked up to 3 h before the class; the clock never runs backwards, so every user
        # log reads in the order the actions happened.
        booked_at = min(cs.starts_at - timedelta(minutes=rng.randint(30, 180)), now)
        clock.advance_to(max(clock.now() + timedelta(seconds=1), booked_at))
        for member in rng.sample(pool, min(len(pool), target * 3)):
            if cs.booked_count >= target:
                break
            try:
                booking = booking_ops.book(s, ctx, cs, member)
            except DomainError:
                continue
            booked += 1
            booking.present = cs.starts_at.date() < today and rng.random() < 0.92
            if rng.random() < 0.04:
                booking_ops.release(
                    s, ctx, booking, cs, status=BookingStatus.SIGNED_OUT, action="Signed out of"
                )
                booked -= 1
        if cs.booked_count >= cs.capacity and cs.starts_at.date() >= today:
            for member in rng.sample(pool, 2):
                if booking_ops.live_booking(s, cs.id, member.id) is None:
                    s.add(
                        WaitlistEntry(
                            session_id=cs.id,
                            member_id=member.id,
                            status="waiting",
                            note="",
                            created_at=clock.utcnow(),
                            created_by_id=ctx.acting().staff_id,
                        )
                    )
    return booked
