"""Property: whatever the desk does (sign-ups on any day, sign-outs, late cancels, holds, days
passing), a sign-up never leaves a restriction period with more visits than it allows (SPEC §5).

A hold placed later may prorate a period below the visits already taken in it; those visits stay
(the member came), and the lower allowance stops new bookings only."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, time, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_app.container import Services, open_services
from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DomainError
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Cycle, Period, Restriction, allowed_visits, window
from studio_app.dto.policies import StudioPolicy
from tests.databases import Databases
from tests.factories import StudioFactory

START = date(2027, 1, 13)  # a Wednesday, so payment and calendar cycles differ
RESTRICTIONS = (
    Restriction(1, Period.DAY),
    Restriction(2, Period.WEEK),
    Restriction(5, Period.MONTH, Cycle.PAYMENT),
    Restriction(6, Period.FOUR_WEEKS),
)
COUNTED = {"booked", "attended", "taken place", "no-show", "late cancel (charged)"}

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("sign_up"), st.sampled_from(range(42))),
        st.tuples(st.just("sign_up"), st.sampled_from(range(42))),
        st.tuples(st.just("sign_up"), st.sampled_from(range(14))),
        st.tuples(st.just("sign_out"), st.integers(0, 30)),
        st.tuples(st.just("hold"), st.integers(0, 40)),
        st.tuples(st.just("days"), st.integers(1, 9)),
    ),
    min_size=5,
    max_size=30,
)


def _check_periods_of(svc: Services, member: int, day: date) -> None:
    """Every restriction period holding ``day`` is within its (hold-prorated) allowance."""
    profile = svc.profiles.profile(member)
    visits = [
        b.starts_at.date()
        for b in profile.upcoming + profile.history.rows
        if b.status.split(" · ")[0] in COUNTED
    ]
    holds = [(h.starts_on, h.ends_on) for h in svc.holds.for_member(member) if not h.removed]
    for r in RESTRICTIONS:
        span = window(r.period, r.cycle, START, day)
        used = sum(1 for visit in visits if span[0] <= visit <= span[1])
        assert used <= allowed_visits(r.max_visits, span, holds), (r, span, used)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_no_restriction_period_ever_exceeds_its_limit(
    databases: Databases, actions: list[tuple[str, int]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp, databases.fresh(Path(tmp)) as url:
        clock = FixedClock(datetime(2027, 1, 13, 9, 0))
        svc = open_services(url, clock, create=True)
        try:
            studio = StudioFactory.set_up(svc)
            member = studio.member()
            plan = studio.plan("Restricted", PlanKind.TIME_BASED, *RESTRICTIONS, count=3)
            membership = svc.memberships.sell(member, plan, START).value
            svc.policies.set(StudioPolicy(BookingPolicy(cancel_cutoff_hours=24), False))
            for at in (time(7, 0), time(18, 0)):
                studio.series(
                    f"Class {at:%H}",
                    weekdays=frozenset(range(7)),
                    at=at,
                    starts_on=START,
                    until=date(2027, 4, 30),
                )
            sessions = [
                (b.id, b.starts_at.date())
                for n in range(0, 70, 7)
                for b in svc.schedule.week(START + timedelta(days=n))
                if b.starts_at.date() >= START
            ]
            bookings: list[int] = []
            for action, n in actions:
                try:
                    if action == "sign_up":
                        session_id, day = sessions[n]
                        bookings.append(svc.bookings.sign_up(session_id, member).value)
                        _check_periods_of(svc, member, day)
                    elif action == "sign_out" and bookings:
                        svc.bookings.sign_out(bookings[n % len(bookings)], forgive=n % 2 == 0)
                    elif action == "hold":
                        first = clock.today() + timedelta(days=n % 20)
                        svc.holds.place(membership, first, first + timedelta(days=n % 11))
                    elif action == "days":
                        clock.advance_to(clock.now() + timedelta(days=n))
                except DomainError:
                    pass  # a refusal changes nothing
        finally:
            svc.ctx.uow.engine.dispose()
