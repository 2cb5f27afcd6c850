"""Desk speed on the 20,000-member, one-year demo studio (targets from issue #2):
opening a week in the schedule view < 100 ms, a member-search keystroke < 30 ms,
a sign-up < 5 ms. Each figure is the median of repeated runs, printed with -s."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable
from datetime import date, timedelta
from datetime import time as time_of

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


def test_sign_up(big_studio: Services) -> None:
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
    session = next(b.id for b in svc.schedule.day(day) if b.name == "Open Studio")
    plan = next(p for p in svc.plans.list_plans() if p.name == "10-class pass")
    members = [row.id for row in svc.members.search("example.com", limit=100)]
    for member in members:
        svc.memberships.sell(member, plan.id, date(2026, 12, 1))
    queue = iter(members)
    median = _median_ms(lambda: svc.bookings.sign_up(session, next(queue)), len(members))
    print(f"\nsign-up: {median:.2f} ms median")
    assert svc.schedule.session(session).booked == len(members)
    assert median < 5
