"""build_demo: fill an empty database with the demo studio.

The studio's settings, staff, plans and class series are written as records; its members,
schedule and history (memberships, installments and payments, credit lots and ledger,
bookings, user logs) are computed in memory with the domain's rules (timeline.py) and written
in bulk, all in one transaction. A few desk actions then go through the services as at the
desk: product sales, one registered cancellation and a few holds.
"""

from __future__ import annotations

import gc
import random
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime, time, timedelta
from functools import partial

from sqlalchemy import func, select
from sqlalchemy.orm import Session as OrmSession

from studio_app.demo import money, terms
from studio_app.demo.content import (
    DEMO_DESK,
    DEMO_OWNER,
    FIRST_NAMES,
    GRANTS,
    LARGE_HISTORY,
    LAST_NAMES,
    PLANS,
    SESSION_RULES,
    STUDIO_ADDRESS,
    STUDIO_NAME,
    DemoShape,
    SeriesSpec,
)
from studio_app.demo.rows import BulkRows
from studio_app.demo.state import Client, Session, SoldPlan
from studio_app.demo.timeline import Timeline
from studio_app.domain.booking_rules import SessionTerms
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import moment_text
from studio_app.domain.passwords import hash_password
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.domain.privileges import DEFAULT_PRIVILEGES, Actor, Role, encode_privileges
from studio_app.domain.recurrence import decode_weekdays, encode_weekdays, weekly_occurrences
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSeries,
    ClassSession,
    Member,
    Plan,
    PlanCreditGrant,
    SessionRule,
    Staff,
    StudioSettings,
)
from studio_app.models.member import search_text_of
from studio_app.runtime.context import ServiceContext
from studio_app.steps import studio_policy as policies
from studio_app.steps.studio_settings import money_format


@dataclass(frozen=True)
class DemoSummary:
    members: int
    series: int
    sessions: int
    #: Live bookings (signed-out ones not counted).
    bookings: int
    #: Rows written in bulk, by table.
    rows: tuple[tuple[str, int], ...] = ()


def build_demo(
    ctx: ServiceContext,
    *,
    members: int | None = None,
    weeks: int | None = None,
    seed: int = 7,
    large_history: bool = False,
) -> DemoSummary:
    """Fill an empty database with a demo studio: ``weeks`` of history (classes, bookings,
    memberships renewed and paid, credits issued and expired) and 4 weeks of classes ahead,
    bookings 2 weeks ahead. The small studio has ~150 members and 12 class series;
    ``large_history`` is a busy studio: ~200 classes a week over five years (260 weeks),
    9,000 members coming and going, ~1M bookings.

    A large build (more than ``BIG_BUILD`` members × weeks, e.g. 20,000 members over a year)
    is made faster on SQLite, for the build only and inside its one transaction: the page
    cache of the build's connection is enlarged to 250 MB (set back afterwards), and the
    indexes of the bookings, ledger and user-log tables are dropped while their rows go in and
    made again from their stored definitions before the commit (a failed build rolls back to
    the empty studio with its indexes). Durability settings (synchronous=FULL, WAL) are left
    as they are: the build commits once, so they cost one sync."""
    shape = LARGE_HISTORY if large_history else DemoShape(members=150, weeks=4)
    shape = replace(
        shape,
        members=shape.members if members is None else members,
        weeks=shape.weeks if weeks is None else weeks,
    )
    rng = random.Random(seed)
    now = ctx.clock.now()
    today = now.date()
    history_start = today - timedelta(weeks=shape.weeks)
    with ctx.uow() as uow:
        s = uow.session
        if s.scalar(select(func.count()).select_from(Staff)):
            raise ValidationError("The demo needs an empty database; this one is already set up.")
        created = datetime.combine(history_start - timedelta(days=30), time(9))
        owner_id, desk_id = _studio(s, created)
        plans = _plans(s, created)
        series = _series(s, shape.series, history_start, today + timedelta(weeks=4), created)
        rows = BulkRows(s)
        large = shape.members * shape.weeks > BIG_BUILD
        with _large_cache(s, large=large), _indexes_built_after(s, large=large):
            clients = _members(rows, rng, shape.members, desk_id)
            sessions = _sessions(s, rows, series)
            timeline = Timeline(
                rows,
                shape,
                rng,
                now=now,
                history_start=history_start,
                desk_id=desk_id,
                owner_id=owner_id,
                money=money_format(s),
                policy=policies.studio_policy(s).booking,
                provider=ctx.provider,
                plans=_sold(s, plans),
            )
            with _no_cycle_collection():
                timeline.run(clients, sessions)
        uow.commit()
    desk = Actor(desk_id, DEMO_DESK[2], Role.FRONT_DESK, DEFAULT_PRIVILEGES[Role.FRONT_DESK])
    desk_ctx = ServiceContext(ctx.uow, ctx.clock, desk, ctx.provider)
    owner = Actor(owner_id, DEMO_OWNER[2], Role.OWNER, frozenset())
    money.sell_products(desk_ctx, rng, shape.product_sales)
    money.cancel_one(ServiceContext(ctx.uow, ctx.clock, owner, ctx.provider))
    terms.place_holds(desk_ctx, rng)  # signs out the bookings inside the holds
    with ctx.uow.read() as uow:
        live = uow.session.scalar(
            select(func.count()).where(Booking.status == BookingStatus.BOOKED.value)
        )
    written = tuple((model.__tablename__, n) for model, n in rows.written.items() if n)
    return DemoSummary(len(clients), len(series), len(sessions), live or 0, written)


def _studio(s: OrmSession, now: datetime) -> tuple[int, int]:
    """The studio's settings and its two staff accounts; returns (owner id, desk id)."""
    s.add(StudioSettings(id=1, name=STUDIO_NAME, address=STUDIO_ADDRESS))
    staff = [
        Staff(
            username=username,
            full_name=name,
            role=role.value,
            privileges=encode_privileges(DEFAULT_PRIVILEGES[role]),
            password_hash=hash_password(password),
            active=True,
            created_at=now,
        )
        for (username, password, name), role in (
            (DEMO_OWNER, Role.OWNER),
            (DEMO_DESK, Role.FRONT_DESK),
        )
    ]
    s.add_all(staff)
    s.flush()
    return staff[0].id, staff[1].id


def _plans(s: OrmSession, now: datetime) -> list[Plan]:
    """The plans with their credit settings, restrictions, hold policies, package items and
    contract terms; products and the currency."""
    plans = [
        Plan(
            name=p.name,
            kind=p.kind.value,
            price_cents=p.price_cents,
            duration_count=p.duration_count,
            duration_unit=p.unit.value,
            entries=p.entries,
            credit_category=DEFAULT_CATEGORY,
            active=True,
            created_at=now,
        )
        for p in PLANS
    ]
    s.add_all(plans)
    s.flush()
    for plan in plans:
        grant = GRANTS.get(plan.name)
        if grant is not None:
            s.add(
                PlanCreditGrant(
                    plan_id=plan.id,
                    position=0,
                    category=grant.category,
                    credits=grant.credits,
                    every_days=grant.every_days,
                    expire_days=grant.expire_days,
                    initial_credits=grant.initial_credits,
                )
            )
    terms.add_terms(s, plans)
    money.add_contracts(s, plans, now)
    s.flush()
    return plans


def _sold(s: OrmSession, plans: list[Plan]) -> list[tuple[SoldPlan, int]]:
    """The plans as the timeline sells them, with how often a new member picks each."""
    sold: dict[str, SoldPlan] = {}
    for plan, spec in zip(plans, PLANS, strict=True):
        grant = GRANTS.get(plan.name)
        sold[plan.name] = SoldPlan(
            plan.id,
            plan.name,
            PlanKind(plan.kind),
            plan.price_cents,
            plan.duration_count,
            spec.unit,
            plan.entries,
            plan.credit_category,
            plan.contract_terms,
            plan.hold_policy,
            terms.RESTRICTIONS.get(plan.name, ()),
            (grant,) if grant else (),
        )
    for name, items in terms.PACKAGES.items():
        sold[name].items = tuple(sold[item] for item in items)
    return [(sold[p.name], p.weight) for p in PLANS]


def _series(
    s: OrmSession, specs: tuple[SeriesSpec, ...], start: date, until: date, now: datetime
) -> list[ClassSeries]:
    """The class series from the Monday of the history's first week, and their session rules."""
    monday = start - timedelta(days=start.weekday())
    series = [
        ClassSeries(
            name=spec.name,
            instructor=spec.instructor,
            room=spec.room,
            capacity=spec.capacity,
            duration_minutes=spec.minutes,
            weekdays=encode_weekdays(spec.weekdays),
            start_time=spec.starts,
            starts_on=monday,
            until=until,
            credit_category=DEFAULT_CATEGORY,
            color=spec.color,
            created_at=now,
        )
        for spec in specs
    ]
    s.add_all(series)
    s.flush()
    plan_ids = {name: plan_id for name, plan_id in s.execute(select(Plan.name, Plan.id))}
    for row in series:
        for plan_name in SESSION_RULES.get(row.name, ()):
            s.add(SessionRule(series_id=row.id, plan_id=plan_ids[plan_name]))
    s.flush()
    return series


def _sessions(s: OrmSession, rows: BulkRows, series: list[ClassSeries]) -> list[Session]:
    """Every class of every series, in time order (the timeline writes them, with their
    booked counts)."""
    allowed = {
        row.id: sorted(
            (name, plan_id)
            for plan_id, name in s.execute(
                select(Plan.id, Plan.name)
                .join(SessionRule, SessionRule.plan_id == Plan.id)
                .where(SessionRule.series_id == row.id)
            )
        )
        for row in series
    }
    paid_period_only = policies.paid_period_only(s)
    moments = sorted(
        (moment, index)
        for index, row in enumerate(series)
        for moment in weekly_occurrences(
            decode_weekdays(row.weekdays),
            row.start_time,
            row.starts_on,
            row.until,
        )
    )
    sessions = []
    for moment, index in moments:
        row = series[index]
        label = f"{row.name} on {moment_text(moment, weekday=True)}"
        rules = allowed[row.id]
        cs = Session(
            rows.new_id(ClassSession),
            row.id,
            row.name,
            row.instructor,
            row.room,
            row.capacity,
            moment,
            row.duration_minutes,
            row.credit_category,
            row.color,
            SessionTerms(
                moment.date(),
                row.credit_category,
                label,
                frozenset(plan_id for _, plan_id in rules),
                tuple(name for name, _ in rules),
                paid_period_only,
            ),
            label,
        )
        sessions.append(cs)
    return sessions


def _members(rows: BulkRows, rng: random.Random, count: int, staff_id: int) -> list[Client]:
    """``count`` members with names, contacts and cards; about four in ten keep a card on
    file."""
    clients = []
    for number in range(count):
        first, last = rng.choice(FIRST_NAMES), rng.choice(LAST_NAMES)
        email = f"{first}.{last}{number}@example.com".lower()
        phone = f"+1 555 {rng.randint(100, 999)} {number % 10000:04d}"
        card_code = f"{100000 + number}"
        card = money.card_on_file(rng)
        client = Client(rows.new_id(Member), f"{first} {last}", card)
        row = {
            "first_name": first,
            "last_name": last,
            "email": email,
            "phone": phone,
            "birth_date": date(rng.randint(1960, 2006), rng.randint(1, 12), rng.randint(1, 28)),
            "notes": "",
            "card_code": card_code,
            "card_on_file": card,
            "card_printed_at": None,
            "status": "active",
            "search_text": search_text_of(first, last, email, phone, card_code),
            "created_by_id": staff_id,
        }
        # Added at the desk when they first came (the timeline says when).
        rows.add_late(Member, client.id, partial(_joined, row, client))
        clients.append(client)
    return clients


def _joined(row: dict[str, object], client: Client) -> dict[str, object]:
    return {**row, "created_at": client.joined}


@contextmanager
def _no_cycle_collection() -> Iterator[None]:
    """Python's cycle collector paused while millions of row dictionaries are made (it would
    scan them all again and again, finding nothing to free); back on afterwards."""
    was_on = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_on:
            gc.enable()


#: A build of more members × weeks than this is a large one (the 20,000-member year is).
BIG_BUILD = 1_000_000
#: The tables of a large build with a row (or several) per booking.
_BOOKING_TABLES = ("bookings", "ledger_entries", "audit_entries")


@contextmanager
def _indexes_built_after(s: OrmSession, *, large: bool) -> Iterator[None]:
    """On SQLite, the indexes of the booking tables dropped while a large demo's rows go in
    and made again, from their own definitions, once they are all in (one sort instead of
    millions of scattered index updates); inside the build's transaction, so a failed build
    leaves them as they were. The unique index of live bookings is checked as it is made."""
    if not large or s.get_bind().dialect.name != "sqlite":
        yield
        return
    connection = s.connection()
    marks = ", ".join("?" for _ in _BOOKING_TABLES)
    indexes = connection.exec_driver_sql(
        "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL "
        f"AND tbl_name IN ({marks})",
        _BOOKING_TABLES,
    ).all()
    for name, _ in indexes:
        connection.exec_driver_sql(f'DROP INDEX "{name}"')
    yield
    for _, sql in indexes:
        connection.exec_driver_sql(sql)


class _large_cache:  # noqa: N801 - used as a context manager, like contextlib's
    """A larger SQLite page cache on this connection while a large demo is written (the
    indexes of millions of rows stay in memory), the default again afterwards."""

    PAGES = -256_000  # KiB: 250 MB

    def __init__(self, s: OrmSession, *, large: bool) -> None:
        self.s = s
        self.on = large and s.get_bind().dialect.name == "sqlite"
        self.before: int | None = None

    def __enter__(self) -> None:
        if self.on:
            connection = self.s.connection()
            self.before = connection.exec_driver_sql("PRAGMA cache_size").scalar()
            connection.exec_driver_sql(f"PRAGMA cache_size={self.PAGES}")

    def __exit__(self, *exc: object) -> None:
        if self.on and self.before is not None:
            self.s.connection().exec_driver_sql(f"PRAGMA cache_size={self.before}")
