"""Desk speed on the 20,000-member, one-year demo studio (targets from issue #2):
opening a week in the schedule view < 100 ms, a member-search keystroke < 30 ms,
a sign-up < 5 ms and at most 20× the same writes through raw sqlite3 (issue 15). Each figure is
the median of repeated runs, printed with -s."""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from datetime import time as time_of

from studio_app.db.engine import BUSY_TIMEOUT_MS
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.schedule import SeriesInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views.members import MembersView
from studio_app.gui.views.schedule import ScheduleView
from studio_app.services.container import Services
from studio_app.services.demo import DEMO_OWNER
from tests.benchmarks.conftest import BENCH_NOW

SIGN_UP_MS, SIGN_UP_RATIO = 5, 20
#: The app's connection settings (studio_app/db/engine.py), for the raw sqlite3 baseline.
APP_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
)
#: The rows a sign-up paid with a pass writes, as the service writes them (seen with echo).
RAW_SIGN_UP = (
    "INSERT INTO bookings (session_id, member_id, membership_id, lot_id, status, present,"
    " unpaid, no_show, booked_at, booked_by_id) VALUES (?, ?, ?, ?, 'booked', 0, 0, 0, ?, ?)",
    "UPDATE credit_lots SET remaining = remaining - 1 WHERE id = ?",
    "INSERT INTO ledger_entries (lot_id, member_id, kind, amount, booking_id, reason, staff_id,"
    " created_at) VALUES (?, ?, 'charge', -1, ?, '', ?, ?)",
    "INSERT INTO audit_entries (at, staff_id, member_id, membership_id, action, entries_after)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE class_sessions SET booked_count = booked_count + 1 WHERE id = ?",
)


def _median_ms(action: Callable[[], object], runs: int) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def test_open_a_week_in_the_schedule_view(qtbot, big_studio: Services) -> None:  # noqa: ANN001
    signals = AppSignals()
    view = ScheduleView(
        ScheduleController(big_studio, signals), AttendanceController(big_studio, signals)
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    weeks = [BENCH_NOW.date() + timedelta(weeks=k) for k in (-3, -2, -1, 0, 1, 2)]
    counter = iter(range(10_000))

    def open_week() -> None:
        view.show_week(weeks[next(counter) % len(weeks)])
        view.calendar.repaint()

    median = _median_ms(open_week, 30)
    print(f"\nweek view: {median:.1f} ms median ({len(view.schedule.week(weeks[3]))} classes)")
    assert median < 100


def test_member_search_keystroke(qtbot, big_studio: Services) -> None:  # noqa: ANN001
    signals = AppSignals()
    view = MembersView(
        MembersController(big_studio, signals), MemberProfileController(big_studio, signals)
    )
    qtbot.addWidget(view)
    view.show()
    edit = view.ui.searchEdit
    queries = ["a", "an", "ann", "anna", "anna n", "anna no", "5", "55", "555", "1001", "100012"]
    counter = iter(range(10_000))

    def keystroke() -> None:
        edit.setText(queries[next(counter) % len(queries)])

    median = _median_ms(keystroke, 44)
    print(f"\nsearch keystroke: {median:.1f} ms median over {big_studio.members.count()} members")
    assert median < 30


def _raw_sign_up(
    db: sqlite3.Connection, session_id: int, member_id: int, pass_: tuple[int, int], staff_id: int
) -> float:
    """The writes of one sign-up (booking, credit off the pass's lot, ledger entry, user-log
    line, booked count) in one BEGIN IMMEDIATE … COMMIT through raw sqlite3, in ms."""
    membership_id, lot_id = pass_
    at = f"{BENCH_NOW:%Y-%m-%d %H:%M:%S.%f}"
    booking, lot, ledger, log, count = RAW_SIGN_UP
    started = time.perf_counter()
    db.execute("BEGIN IMMEDIATE")
    booking_id = db.execute(
        booking, (session_id, member_id, membership_id, lot_id, at, staff_id)
    ).lastrowid
    db.execute(lot, (lot_id,))
    db.execute(ledger, (lot_id, member_id, booking_id, staff_id, at))
    db.execute(log, (at, staff_id, member_id, membership_id, "Signed up (raw sqlite3)", 8))
    db.execute(count, (session_id,))
    db.execute("COMMIT")
    return (time.perf_counter() - started) * 1000


def _timed_ms(action: Callable[[], object]) -> float:
    started = time.perf_counter()
    action()
    return (time.perf_counter() - started) * 1000


def test_sign_up(big_studio: Services) -> None:
    """Sign-ups of members who just bought the 10-class pass (6 visits a month), alternating in
    blocks of 10 with the same writes through raw sqlite3 into next week's class on the same
    data file (blocks, so neither connection keeps finding its page cache stale)."""
    svc = big_studio
    svc.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    day = BENCH_NOW.date() + timedelta(days=7)
    svc.schedule.create_series(
        SeriesInput(
            "Open Studio",
            "Tom Berg",
            "Gym floor",
            200,
            60,
            frozenset({day.weekday()}),
            time_of(6),
            day,
            day + timedelta(days=30),
            DEFAULT_CATEGORY,
        )
    )
    session, next_week = (
        next(b.id for b in svc.schedule.day(d) if b.name == "Open Studio")
        for d in (day, day + timedelta(days=7))
    )
    plan = next(p for p in svc.plans.list_plans() if p.name == "10-class pass")
    members = [row.id for row in svc.members.search("example.com", limit=100)]
    sold = [svc.memberships.sell(member, plan.id, date(2026, 12, 1)).value for member in members]
    assert svc.ctx.actor is not None
    staff_id = svc.ctx.actor.staff_id
    database = svc.ctx.uow.engine.url.database
    with closing(sqlite3.connect(str(database), isolation_level=None)) as db:
        for pragma in APP_PRAGMAS:
            db.execute(pragma)
        lot_of = "SELECT id FROM credit_lots WHERE membership_id = ?"
        passes = {
            member: (pass_id, db.execute(lot_of, (pass_id,)).fetchone()[0])
            for member, pass_id in zip(members, sold, strict=True)
        }
        raw: list[float] = []
        service: list[float] = []
        for block in range(0, len(members), 10):
            chunk = members[block : block + 10]
            for member in chunk:
                raw.append(_raw_sign_up(db, next_week, member, passes[member], staff_id))
            for member in chunk:
                service.append(_timed_ms(lambda m=member: svc.bookings.sign_up(session, m)))
    median, baseline = statistics.median(service), statistics.median(raw)
    ratio = median / baseline
    print(f"\nsign-up: {median:.2f} ms median, raw sqlite3 {baseline:.2f} ms, ratio {ratio:.1f}×")
    assert svc.schedule.session(session).booked == len(members)
    assert median < SIGN_UP_MS
    assert ratio <= SIGN_UP_RATIO
