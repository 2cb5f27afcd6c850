"""The demo studio (issue 15) is built in bulk, its history computed with the domain's rules:
it must read as if the desk and the daily catch-up had made it. `studio-app check` finds
nothing wrong, the catch-up finds nothing left to do, every booking is paid by a membership
that could pay for it (the right lot, within its restrictions and session rules), sign-outs
and late cancels follow the cut-off, and there are bookings, credits, installments and
payments in the numbers a studio of that size has."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import Select, func, select, text

from studio_app.cli import main
from studio_app.container import Services
from studio_app.demo import build as demo_build
from studio_app.demo import build_demo
from studio_app.domain.restrictions import Cycle, Period, window
from studio_app.models import (
    Booking,
    BookingStatus,
    ClassSession,
    CreditLot,
    Installment,
    LedgerEntry,
    Member,
    Membership,
    MembershipHold,
    Payment,
)
from studio_app.services.credit_schedule import CatchUp
from tests.databases import Databases

TODAY = date(2026, 12, 1)
CUTOFF = timedelta(hours=12)


def _sound(services: Services) -> None:
    """`studio-app check` finds nothing, and the catch-up nothing left to do: every renewal,
    credit batch and expiry due by today was written with the history."""
    assert services.integrity.problems() == []
    assert services.credit_schedule.catch_up().value == CatchUp()


def _bookings_follow_the_rules(services: Services) -> Counter[str]:
    """Every booking against the rules it was made under; returns how many of each status."""
    with services.ctx.uow.read() as uow:
        s = uow.session
        memberships = {m.id: m for m in s.scalars(select(Membership))}
        lots = {lot.id: lot for lot in s.scalars(select(CreditLot))}
        sessions = {cs.id: cs for cs in s.scalars(select(ClassSession))}
        bookings = list(s.scalars(select(Booking).order_by(Booking.id)))
        ledger = list(
            s.scalars(select(LedgerEntry).order_by(LedgerEntry.created_at, LedgerEntry.id))
        )
        return _checked(memberships, lots, sessions, bookings, ledger)


def _checked(
    memberships: dict[int, Membership],
    lots: dict[int, CreditLot],
    sessions: dict[int, ClassSession],
    bookings: list[Booking],
    ledger: list[LedgerEntry],
) -> Counter[str]:
    moves = defaultdict(list)
    for entry in ledger:
        moves[entry.booking_id].append(entry.kind)
    visits: dict[tuple[int, tuple[date, date]], int] = Counter()
    live_days: Counter[tuple[int, date]] = Counter()
    statuses: Counter[str] = Counter()
    for b in bookings:
        cs, m = sessions[b.session_id], memberships[b.membership_id]
        day = cs.starts_at.date()
        statuses[b.status] += 1
        assert m.member_id == b.member_id
        assert b.booked_at < cs.starts_at and b.booked_at >= m.sold_at
        if b.lot_id is None:
            assert m.kind == "time_based" and m.starts_on <= day <= m.ends_on
        else:
            lot = lots[b.lot_id]
            assert lot.membership_id == m.id and lot.valid_from <= day <= lot.expires_on
            returned = ["charge", "return"] if b.status == BookingStatus.SIGNED_OUT else ["charge"]
            assert moves[b.id] == returned
        if cs.name == "Reformer Pilates":
            assert m.plan_name not in ("Drop-in class", "5-class pass")  # session rules
        if b.status == BookingStatus.SIGNED_OUT:
            assert b.ended_at is not None and b.ended_at <= cs.starts_at - CUTOFF
        elif b.status == BookingStatus.LATE_CANCELLED:
            assert b.ended_at is not None and cs.starts_at - CUTOFF < b.ended_at < cs.starts_at
        else:
            live_days[(b.member_id, day)] += 1
            past = day < TODAY
            assert b.present != b.no_show if past else not (b.present or b.no_show)
        if b.status != BookingStatus.SIGNED_OUT:  # a visit the restrictions count
            if m.plan_name == "2 classes a week":
                visits[(m.id, window(Period.WEEK, Cycle.CALENDAR, m.starts_on, day))] += 1
            if m.plan_name == "10-class pass":
                visits[(m.id, window(Period.MONTH, Cycle.PAYMENT, m.starts_on, day))] += 1
            if m.package_id is not None:
                package = m.package_id
                visits[(-package, window(Period.WEEK, Cycle.CALENDAR, m.starts_on, day))] += 1
    for (owner, _), count in visits.items():
        limit = (
            3
            if owner < 0
            else {"2 classes a week": 2, "10-class pass": 6}[memberships[owner].plan_name]
        )
        assert count <= limit
    assert max(live_days.values()) == 1  # a member takes one class a day
    balance: Counter[int] = Counter()
    for entry in ledger:
        balance[entry.lot_id] += entry.amount
        assert balance[entry.lot_id] >= 0, "a lot's running balance never goes negative"
    return statuses


def _count(services: Services, query: Select[tuple[int]]) -> int:
    with services.ctx.uow.read() as uow:
        return int(uow.session.scalar(query) or 0)


def test_a_small_demo_is_sound_and_believable(services: Services) -> None:
    summary = build_demo(services.ctx, members=300, weeks=4)
    _sound(services)
    statuses = _bookings_follow_the_rules(services)

    assert (summary.members, summary.series) == (300, 12)
    assert summary.bookings == statuses[BookingStatus.BOOKED] > 1_000
    assert statuses[BookingStatus.SIGNED_OUT] > 0 and statuses[BookingStatus.LATE_CANCELLED] > 0
    present = _count(services, select(func.count()).where(Booking.present.is_(True)))
    no_shows = _count(services, select(func.count()).where(Booking.no_show.is_(True)))
    assert 0.85 < present / (present + no_shows) < 0.97
    charges = _count(services, select(func.count()).where(LedgerEntry.kind == "charge"))
    assert charges > 300  # passes and limited plans pay with credits
    scheduled = _count(services, select(func.count()).where(CreditLot.source == "scheduled"))
    assert scheduled > 10  # the limited plan's and the PT credits' batches
    unpaid_due = _count(
        services,
        select(func.count()).where(Installment.paid.is_(False), Installment.due_on < TODAY),
    )
    paid = _count(services, select(func.count()).where(Installment.paid.is_(True)))
    assert 0 < unpaid_due < paid / 4  # most installments paid, a few overdue
    installments = _count(services, select(func.count()).select_from(Installment))
    payments = _count(services, select(func.count()).where(Payment.installment_id.is_not(None)))
    assert payments == paid - _count(
        services,
        select(func.count()).where(Installment.paid.is_(True), Installment.amount_cents == 0),
    )
    assert installments > summary.members  # continuous memberships renewed
    products = _count(services, select(func.count()).where(Payment.product_id.is_not(None)))
    assert products == 40
    cancelled = _count(
        services, select(func.count()).where(Membership.last_installment.is_not(None))
    )
    holds = _count(services, select(func.count()).select_from(MembershipHold))
    assert (cancelled, holds) == (1, 3)
    with services.ctx.uow.read() as uow:
        first_sale = (
            select(func.min(Membership.sold_at))
            .where(Membership.member_id == Member.id)
            .scalar_subquery()
        )
        late = uow.session.scalar(select(func.count()).where(Member.created_at > first_sale))
    assert late == 0  # each member added before their first purchase


def test_a_long_history_keeps_members_coming_and_going(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The large history's shape (200 classes a week, members buying again, leaving and
    cancelling their contracts), small; built the way a large one is (on SQLite the booking
    tables' indexes made after the rows, which must leave them as they were)."""
    monkeypatch.setattr(demo_build, "BIG_BUILD", 0)
    indexes = "SELECT name, sql FROM sqlite_master WHERE type = 'index' ORDER BY name"
    sqlite = services.ctx.uow.engine.dialect.name == "sqlite"
    if sqlite:
        with services.ctx.uow.read() as uow:
            before = uow.session.execute(text(indexes)).all()
    summary = build_demo(services.ctx, members=250, weeks=16, large_history=True)
    _sound(services)
    statuses = _bookings_follow_the_rules(services)
    assert summary.series > 100 and summary.sessions > 16 * 190
    assert summary.bookings == statuses[BookingStatus.BOOKED] > 10_000
    memberships = _count(services, select(func.count()).select_from(Membership))
    cancelled = _count(
        services, select(func.count()).where(Membership.last_installment.is_not(None))
    )
    assert memberships > 2 * summary.members  # passes bought again, packages' plans
    assert cancelled > 1  # members leaving cancel their contracts
    assert dict(summary.rows)["bookings"] == sum(statuses.values())
    if sqlite:
        with services.ctx.uow.read() as uow:
            assert uow.session.execute(text(indexes)).all() == before


def test_the_command_line_builds_a_large_history(
    databases: Databases, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with databases.fresh(tmp_path) as url:
        args = ["--db", url, "demo", "--large-history", "--members", "120", "--weeks", "2"]
        assert main(args) == 0
        out = capsys.readouterr().out
        assert "120 members" in out and "Rows: members 120, class_sessions" in out
        assert main(["--db", url, "check"]) == 0


def test_a_demo_without_history_has_this_week_only(services: Services) -> None:
    summary = build_demo(services.ctx, members=20, weeks=0)
    _sound(services)
    with services.ctx.uow.read() as uow:
        first = uow.session.scalar(select(func.min(ClassSession.starts_at)))
    assert first is not None and first >= datetime(2026, 11, 30)  # Monday of this week
    assert summary.bookings > 0
