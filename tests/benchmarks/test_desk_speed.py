"""Desk speed (targets from issue #2 and issue 15) on both demo studios, the 20,000-member year
and the 9,000-member five-year history: opening a week in the schedule view < 100 ms, a
member-search keystroke < 30 ms, a sign-up < 5 ms and at most 20× the same writes through the
raw driver, the front desk's due list < 100 ms and its expiring list < 200 ms. Each figure is
the median of repeated runs, printed with -s beside its raw baseline measured in the same run
(tests/benchmarks/raw_db.py) and the ratio. tests/benchmarks/test_postgresql_ratios.py runs the
same measurements on PostgreSQL."""

from __future__ import annotations

from datetime import date, timedelta
from datetime import time as time_of

from studio_app.container import Services
from studio_app.demo import DEMO_OWNER
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.schedule import SeriesInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views.members import MembersView
from studio_app.gui.views.schedule import ScheduleView
from tests.benchmarks.baselines import in_blocks
from tests.benchmarks.conftest import BENCH_NOW, Studio
from tests.benchmarks.raw_db import Ratio, raw_db, raw_read, raw_sign_up

WEEK_MS, KEYSTROKE_MS, SIGN_UP_MS, SIGN_UP_RATIO, DUE_MS, EXPIRING_MS = 100, 30, 5, 20, 100, 200
#: What a clerk types into the member search: a name letter by letter, phone digits, a card.
SEARCHES = ["a", "an", "ann", "anna", "anna n", "anna no", "5", "55", "555", "1001", "100012"]


def week_view(qtbot, svc: Services) -> tuple[Ratio, int]:  # noqa: ANN001
    """Opening weeks around today in the schedule view (the week's classes read, the calendar
    filled and repainted), beside the raw reads of the same classes; and how many classes this
    week holds."""
    signals = AppSignals()
    view = ScheduleView(
        ScheduleController(svc, signals),
        AttendanceController(svc, signals),
        AppointmentController(svc, signals),
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    weeks = [BENCH_NOW.date() + timedelta(weeks=k) for k in (-3, -2, -1, 0, 1, 2)]

    def open_week(index: int) -> None:
        view.show_week(weeks[index])
        view.calendar.repaint()

    return raw_read(svc, open_week, len(weeks), turns=30), len(view.schedule.week(weeks[3]))


def search_keystroke(qtbot, svc: Services) -> Ratio:  # noqa: ANN001
    """Keystrokes in the Members page's search field (the search and the table's rows
    replaced), beside the raw statements each search sent."""
    signals = AppSignals()
    view = MembersView(MembersController(svc, signals), MemberProfileController(svc, signals))
    qtbot.addWidget(view)
    view.show()

    def keystroke(index: int) -> None:
        view.ui.searchEdit.setText(SEARCHES[index])

    return raw_read(svc, keystroke, len(SEARCHES), turns=44)


def sign_ups(svc: Services) -> tuple[Ratio, int, int]:
    """Sign-ups of 100 members who just bought the 10-class pass (6 visits a month) into a new
    class next week, alternating in blocks of 10 with the same writes through the raw driver into
    the week after's class; and the class's id and how many were signed up."""
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
    with raw_db(svc) as raw:
        lot_of = "SELECT id FROM credit_lots WHERE membership_id = ?"
        passes = {
            member: (pass_id, raw.execute(lot_of, (pass_id,)).fetchone()[0])
            for member, pass_id in zip(members, sold, strict=True)
        }
        to_sign_up, to_write = iter(members), iter(members)

        def write_next() -> None:
            member = next(to_write)
            raw_sign_up(raw, next_week, member, passes[member], staff_id, BENCH_NOW)

        app, baseline = in_blocks(
            lambda: svc.bookings.sign_up(session, next(to_sign_up)), write_next, len(members)
        )
        ratio = Ratio(app, baseline, raw.driver)
    return ratio, session, len(members)


def desk_lists(svc: Services) -> tuple[Ratio, int, Ratio, int]:
    """The front desk's lists as the desk reads them, beside the raw reads of the same rows:
    installments due today or overdue, and memberships ending within 7 days (each with its
    extension notice); with their row counts."""
    due = raw_read(svc, lambda _: svc.front_desk.due(), 1, turns=10)
    expiring = raw_read(svc, lambda _: svc.front_desk.expiring(7), 1, turns=10)
    return due, len(svc.front_desk.due()), expiring, len(svc.front_desk.expiring(7))


def test_open_a_week_in_the_schedule_view(qtbot, studio: Studio) -> None:  # noqa: ANN001
    ratio, classes = week_view(qtbot, studio.svc)
    print(f"\nweek view ({studio.name}; {classes} classes this week): {ratio}")
    assert ratio.app < WEEK_MS


def test_member_search_keystroke(qtbot, studio: Studio) -> None:  # noqa: ANN001
    ratio = search_keystroke(qtbot, studio.svc)
    members = studio.svc.members.count()
    print(f"\nsearch keystroke ({studio.name}; {members:,} members): {ratio}")
    assert ratio.app < KEYSTROKE_MS


def test_sign_up(studio: Studio) -> None:
    ratio, session, signed_up = sign_ups(studio.svc)
    print(f"\nsign-up ({studio.name}): {ratio}")
    assert studio.svc.schedule.session(session).booked == signed_up
    assert ratio.app < SIGN_UP_MS
    assert ratio.times <= SIGN_UP_RATIO


def test_front_desk_lists(studio: Studio) -> None:
    due, due_rows, expiring, expiring_rows = desk_lists(studio.svc)
    print(f"\nfront desk due list ({studio.name}; {due_rows:,} rows): {due}")
    print(f"front desk expiring in 7 days ({studio.name}; {expiring_rows:,} rows): {expiring}")
    assert due.app < DUE_MS and expiring.app < EXPIRING_MS
