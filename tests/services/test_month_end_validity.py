"""A one-off validity whose start day does not exist in its last month ends on that month's
last day (SPEC §6, README user guide): a 1-month pass sold on 31 January ends on 28 February,
29 in a leap year. A continuous membership's periods keep their anniversary instead
(test_contracts.py: 31 January → 28 February → 31 March)."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studio_app.domain.clock import FixedClock
from tests.factories import StudioFactory


@pytest.mark.parametrize(
    ("start", "end"),
    [
        (date(2027, 1, 31), date(2027, 2, 28)),
        (date(2027, 1, 30), date(2027, 2, 28)),
        (date(2027, 1, 28), date(2027, 2, 27)),
        (date(2028, 1, 31), date(2028, 2, 29)),  # leap year
        (date(2028, 1, 30), date(2028, 2, 29)),
        (date(2028, 1, 29), date(2028, 2, 28)),
    ],
)
def test_a_one_month_pass_sold_at_a_month_end_runs_to_the_end_of_february(
    studio: StudioFactory, start: date, end: date
) -> None:
    svc, member = studio.svc, studio.member()
    plan = studio.pass_plan(8, months=1)
    assert svc.memberships.preview_end(plan, start) == end
    svc.memberships.sell(member, plan, start)
    [row] = svc.memberships.for_member(member)
    assert (row.starts_on, row.ends_on) == (start, end)
    [lot] = svc.credits.report(member).lots
    assert lot.expires_on == end  # the entries last as long as the pass


def test_a_monthly_membership_bought_on_31_january_ends_on_28_february(
    studio: StudioFactory,
) -> None:
    svc, member = studio.svc, studio.member()
    svc.memberships.sell(member, studio.time_plan(), date(2027, 1, 31))
    assert svc.memberships.for_member(member)[0].ends_on == date(2027, 2, 28)


def test_a_renewal_bought_on_31_january_that_is_not_continuous_ends_on_28_february(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc, member = studio.svc, studio.member()
    plan = studio.contract_plan("Monthly", continuous=False)
    membership = svc.memberships.sell(member, plan, date(2026, 12, 1)).value
    clock.advance_to(datetime(2027, 1, 31, 10, 0))  # renewed on the day of purchase
    svc.contracts.renew(membership)
    newest = svc.contracts.installments(member)[0]
    assert (newest.starts_on, newest.ends_on) == (date(2027, 1, 31), date(2027, 2, 28))
