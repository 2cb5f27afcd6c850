"""Opening a member's profile on both demo studios, the 20,000-member year and the five-year
history (issue 15): selecting a member in the Members page, with every profile tab wired as the
app wires it — the header, the Memberships tab with its holds, the Bookings and User logs tabs
(their newest page) read and shown — target ≤ 5 ms (median) on the 20,000-member studio,
asserted on the GUI thread's CPU time (what an idle desk waits; on a shared build machine the
wall time also holds waits for a core, printed too). On the five-year studio the busiest members
hold about 1,000 bookings each and the same reads take the raw driver itself about 2 ms, so
there the target is the ratio: at most 5× the raw driver (tests/benchmarks/raw_db.py), which
reads the same rows in the same run. Printed besides, with -s: the time until the page is
also painted (Qt's drawing, the same whatever was read), and each other tab as the desk then
opens it (Credits, Installments & payments, Appointments and Can pay? read the member when
first shown, one unit of work each)."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QApplication
from sqlalchemy import func, select

from studio_app.container import Services
from studio_app.models import AuditEntry, Booking, Membership
from tests.benchmarks.baselines import median_ms
from tests.benchmarks.conftest import BENCH_NOW, LARGE, Studio
from tests.benchmarks.raw_db import Ratio, RawDb, raw_db
from tests.gui.members_page import members_page
from tests.query_count import QueryCount

TARGET_MS = 5.0
#: On the five-year history: the app's reading and showing beside the raw driver's reads.
TARGET_RATIO = 5.0
RUNS = 40


@dataclass(frozen=True)
class Timing:
    #: Median ms until the widgets hold the member's data (what the app does on the click).
    filled: float
    #: The same in CPU time of the GUI thread: without the waits for a core of a busy machine.
    cpu: float
    #: Median ms until the page is also laid out and painted (the platform's drawing).
    painted: float
    queries: float


@dataclass(frozen=True)
class ProfileOpening:
    """How long the profiles of the busiest members took to open, and the other tabs then."""

    members: int
    opened: Timing
    tabs: dict[str, Timing]
    #: The profile read and shown, beside the raw driver reading the same rows.
    ratio: Ratio


def open_profiles(qtbot, svc: Services) -> ProfileOpening:  # noqa: ANN001
    """The Members page opening the profiles of the busiest members one after another, then
    each other tab of the profile as the desk opens it; the raw reads measured in the same
    run."""
    view = members_page(svc)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    members = _busiest_members(svc)
    queries = QueryCount(svc)
    turn = iter(range(1_000_000))

    def open_next() -> None:
        # Each open is another member, as when the desk goes down the list.
        view.show_member(members[next(turn) % len(members)])

    for _ in range(len(members)):  # warm up: first queries compiled, fonts measured
        open_next()
        QApplication.processEvents()
    opened = _measure(open_next, queries)
    tabs = view.profile.ui.tabs
    opened_tabs = {}
    for index in range(tabs.count()):
        if index != tabs.currentIndex():
            name = tabs.tabText(index).replace("&&", "&")
            opened_tabs[name] = _measure(
                lambda index=index: tabs.setCurrentIndex(index), queries, before=open_next
            )
    with raw_db(svc) as raw:
        baseline = median_ms(_raw_reader(raw, members), RUNS)
        ratio = Ratio(opened.filled, baseline, raw.driver)
    return ProfileOpening(len(members), opened, opened_tabs, ratio)


def test_open_a_member_profile(qtbot, studio: Studio) -> None:  # noqa: ANN001
    profiles = open_profiles(qtbot, studio.svc)
    opened = profiles.opened
    print(
        f"\nopen a member's profile ({studio.name}; {profiles.members} busiest members, "
        f"medians of {RUNS}): read and shown {profiles.ratio} ({opened.cpu:.2f} ms of CPU, "
        f"{opened.queries:.1f} queries), {opened.painted:.2f} ms with the page painted"
    )
    for name, tab in profiles.tabs.items():
        print(
            f"  then the {name} tab: {tab.filled:.2f} ms ({tab.queries:.1f} queries), "
            f"{tab.painted:.2f} ms painted"
        )
    if studio.name == LARGE:
        assert profiles.ratio.times <= TARGET_RATIO
    else:
        assert opened.cpu <= TARGET_MS


def _measure(
    action: Callable[[], object], queries: QueryCount, before: Callable[[], object] = list
) -> Timing:
    filled, cpu, painted, counted = [], [], [], 0
    for _ in range(RUNS):
        before()
        QApplication.processEvents()
        with queries:
            started, cpu_started = time.perf_counter(), time.thread_time()
            action()
            shown, cpu_shown = time.perf_counter(), time.thread_time()
            QApplication.processEvents()
            done = time.perf_counter()
        filled.append((shown - started) * 1000)
        cpu.append((cpu_shown - cpu_started) * 1000)
        painted.append((done - started) * 1000)
        counted += queries.count
    return Timing(
        statistics.median(filled),
        statistics.median(cpu),
        statistics.median(painted),
        counted / RUNS,
    )


def _busiest_members(svc: Services) -> list[int]:
    """The five members with the most bookings, the five with the most memberships and the five
    with the longest user logs."""
    found: list[int] = []
    with svc.ctx.uow.read() as uow:
        for column in (Booking.member_id, Membership.member_id, AuditEntry.member_id):
            found += uow.session.scalars(
                select(column)
                .where(column.is_not(None))
                .group_by(column)
                .order_by(func.count().desc(), column)
                .limit(5)
            )
    return list(dict.fromkeys(found))


def _raw_reader(raw: RawDb, members: list[int]) -> Callable[[], None]:
    """The raw driver reading what the profile shows: the member, their memberships with
    credits left, holds and installments, the upcoming bookings and the newest 50 of the history
    with their drop-in payments, the newest 50 user-log lines."""
    now = raw.timestamp(BENCH_NOW)
    turn = iter(range(1_000_000))
    statements = (
        "SELECT * FROM members WHERE id = ?",
        "SELECT * FROM memberships WHERE member_id = ? ORDER BY ends_on DESC, id DESC",
        "SELECT l.membership_id, l.category, sum(l.remaining) FROM credit_lots l "
        "JOIN memberships m ON m.id = l.membership_id WHERE m.member_id = ? "
        "GROUP BY l.membership_id, l.category",
        "SELECT i.* FROM installments i JOIN memberships m ON m.id = i.membership_id "
        "WHERE m.member_id = ? ORDER BY i.membership_id, i.starts_on",
        "SELECT h.*, m.plan_name, s.full_name FROM membership_holds h "
        "JOIN memberships m ON m.id = h.membership_id JOIN staff s ON s.id = h.created_by_id "
        "WHERE m.member_id = ? ORDER BY h.starts_on DESC, h.id DESC",
    )

    def read() -> None:
        member = members[next(turn) % len(members)]
        for statement in statements:
            raw.execute(statement, (member,)).fetchall()
        raw.execute("SELECT * FROM studio_settings WHERE id = 1").fetchall()
        booked = (
            "SELECT b.*, c.name, c.starts_at, m.plan_name FROM bookings b "
            "JOIN class_sessions c ON c.id = b.session_id "
            "LEFT JOIN memberships m ON m.id = b.membership_id WHERE b.member_id = ? AND "
        )
        upcoming = raw.execute(
            booked + "b.status = 'booked' AND c.starts_at >= ? ORDER BY c.starts_at, b.id",
            (member, now),
        ).fetchall()
        history = raw.execute(
            booked + "(b.status != 'booked' OR c.starts_at < ?) "
            "ORDER BY c.starts_at DESC, b.id DESC LIMIT 51",
            (member, now),
        ).fetchall()
        ids = [row[0] for row in upcoming + history]
        if ids:  # as the app: no bookings, no drop-in payments to look for
            raw.execute(
                f"SELECT booking_id, amount_cents, method FROM payments WHERE membership_id IS NULL"
                f" AND booking_id IN ({','.join('?' * len(ids))})",
                ids,
            ).fetchall()
        raw.execute(
            "SELECT a.*, s.full_name FROM audit_entries a LEFT JOIN staff s ON s.id = a.staff_id "
            "WHERE a.member_id = ? ORDER BY a.at DESC, a.id DESC LIMIT 51",
            (member,),
        ).fetchall()

    return read
