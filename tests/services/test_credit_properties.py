"""Property: whatever the desk and the calendar do, no credit lot goes negative and every lot's
cached balance equals the sum of its ledger (SPEC §4)."""

from __future__ import annotations

import tempfile
from datetime import date, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from studio_app.container import open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.errors import DomainError
from studio_app.domain.plans import DEFAULT_CATEGORY
from tests.databases import Databases
from tests.factories import StudioFactory

ACTIONS = st.lists(
    st.one_of(
        st.tuples(st.just("sign_up"), st.integers(0, 1), st.integers(0, 13)),
        st.tuples(st.just("sign_out"), st.integers(0, 1), st.integers(0, 20)),
        st.tuples(st.just("adjust"), st.integers(0, 1), st.integers(-3, 3)),
        st.tuples(st.just("days"), st.integers(0, 1), st.integers(1, 12)),
    ),
    min_size=1,
    max_size=25,
)


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(actions=ACTIONS)
def test_balances_never_negative_and_always_equal_the_ledger(
    databases: Databases, actions: list[tuple[str, int, int]]
) -> None:
    with tempfile.TemporaryDirectory() as tmp, databases.fresh(Path(tmp)) as url:
        clock = FixedClock(datetime(2026, 12, 1, 9, 0))
        svc = open_services(url, clock, create=True)
        try:
            studio = StudioFactory.set_up(svc)
            members = [studio.member("Ada", "One"), studio.member("Bo", "Two")]
            limited = studio.limited_plan(
                CreditGrantTerms(
                    DEFAULT_CATEGORY, 3, every_days=7, expire_days=10, initial_credits=1
                )
            )
            svc.memberships.sell(members[0], limited, date(2026, 12, 3))
            svc.memberships.sell(members[1], studio.pass_plan(4, months=1), date(2026, 12, 1))
            series = studio.series(weekdays=frozenset({0, 2, 4}), capacity=2)
            sessions = [
                b.id
                for b in svc.schedule.week(date(2026, 12, 1))
                + svc.schedule.week(date(2026, 12, 15))
                if b.series_id == series
            ]
            bookings: list[int] = []
            for action, who, n in actions:
                member = members[who]
                try:
                    if action == "sign_up":
                        bookings.append(
                            svc.bookings.sign_up(sessions[n % len(sessions)], member).value
                        )
                    elif action == "sign_out" and bookings:
                        svc.bookings.sign_out(bookings[n % len(bookings)])
                    elif action == "adjust":
                        mine = svc.memberships.for_member(member)
                        if n:
                            svc.credits.adjust(member, mine[0].id, DEFAULT_CATEGORY, n, "test")
                    elif action == "days":
                        clock.advance_to(clock.now() + timedelta(days=n))
                        svc.credit_schedule.catch_up()
                except DomainError:
                    pass  # a refusal changes nothing; the invariants below must still hold
                assert svc.integrity.problems() == []
                for m in members:
                    report = svc.credits.report(m)
                    assert all(lot.left >= 0 for lot in report.lots)
                    assert report.available >= 0
        finally:
            svc.ctx.uow.engine.dispose()
