"""Attendance restrictions, packages and the paid-period policy at the desk (SPEC §5, E4–E9).

The studio stands in June 2027; classes run every day at 18:00 (and at 07:00 where two a day
are needed)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

import pytest

from studio_app.domain.clock import FixedClock
from studio_app.domain.contracts import ContractTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import NoPayingMembership
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Cycle, Period, Restriction
from studio_app.dto.policies import StudioPolicy
from tests.factories import StudioFactory

EVERY_DAY = frozenset(range(7))


@pytest.fixture
def june(studio: StudioFactory, clock: FixedClock) -> StudioFactory:
    clock.advance_to(datetime(2027, 6, 1, 9, 0))
    studio.series(
        "Evening Flow",
        weekdays=EVERY_DAY,
        capacity=20,
        starts_on=date(2027, 5, 1),
        until=date(2027, 9, 30),
    )
    return studio


def class_on(studio: StudioFactory, day: date, at: time = time(18, 0)) -> int:
    return next(b.id for b in studio.svc.schedule.day(day) if b.starts_at.time() == at)


def sign_up(studio: StudioFactory, member: int, day: date, membership: int | None = None) -> int:
    return studio.svc.bookings.sign_up(class_on(studio, day), member, membership).value


def refusal(studio: StudioFactory, member: int, day: date, membership: int | None = None) -> str:
    with pytest.raises(NoPayingMembership) as refused:
        sign_up(studio, member, day, membership)
    return refused.value.message


def days(first: date, count: int) -> list[date]:
    return [first + timedelta(days=n) for n in range(count)]


def test_e4_pass_of_10_visits_with_3_per_month_uses_only_3_each_month(june: StudioFactory) -> None:
    svc, member = june.svc, june.member()
    plan = june.plan(
        "10 visits, 3 a month",
        PlanKind.SESSION_PASS,
        Restriction(3, Period.MONTH),
        entries=10,
        count=3,
    )
    svc.memberships.sell(member, plan, date(2027, 6, 1))
    for day in days(date(2027, 6, 2), 3):
        sign_up(june, member, day)
    assert "3 of 3 visits used in month 1–30 June 2027" in refusal(june, member, date(2027, 6, 20))
    for day in days(date(2027, 7, 1), 3):
        sign_up(june, member, day)
    assert "3 of 3 visits used in month 1–31 July 2027" in refusal(june, member, date(2027, 7, 9))
    assert svc.memberships.for_member(member)[0].entries_left == 4  # 10 − 6: the pass had more


def test_e5_payment_cycle_month_from_7_june_resets_on_7_july_and_7_august(
    june: StudioFactory,
) -> None:
    svc, member = june.svc, june.member()
    plan = june.plan(
        "Monthly 1 visit", PlanKind.TIME_BASED, Restriction(1, Period.MONTH, Cycle.PAYMENT), count=3
    )
    svc.memberships.sell(member, plan, date(2027, 6, 7))
    sign_up(june, member, date(2027, 6, 8))
    assert "1 of 1 visits used in month 7 June – 6 July 2027" in refusal(
        june, member, date(2027, 7, 6)
    )
    sign_up(june, member, date(2027, 7, 7))
    assert "in month 7 July – 6 August 2027" in refusal(june, member, date(2027, 8, 6))
    sign_up(june, member, date(2027, 8, 7))


WEEKLY_CONTRACT = ContractTerms(continuous=True, installments=4, auto_renew=True)


def test_e6_five_a_month_on_a_weekly_plan_used_up_in_three_weeks_waits_for_next_month(
    june: StudioFactory, clock: FixedClock
) -> None:
    svc, member = june.svc, june.member()
    weekly = june.plan(
        "Weekly, 5 a month",
        PlanKind.TIME_BASED,
        Restriction(5, Period.MONTH),
        unit=DurationUnit.WEEKS,
        contract=WEEKLY_CONTRACT,
    )
    svc.memberships.sell(member, weekly, date(2027, 6, 1))

    def on(day: date) -> date:
        """The studio opens on ``day``: the catch-up renews the week that has ended."""
        clock.advance_to(datetime.combine(day, time(8, 0)))
        svc.credit_schedule.catch_up()
        return day

    for day in (
        date(2027, 6, 2),
        date(2027, 6, 4),
        date(2027, 6, 9),
        date(2027, 6, 15),
        date(2027, 6, 18),
    ):
        sign_up(june, member, on(day))
    # Week four is a renewed week (installment 4/4), but June's 5 visits are used: no booking
    # until July, when the auto renewal has moved on to 1/4.
    assert "5 of 5 visits used in month 1–30 June 2027" in refusal(
        june, member, on(date(2027, 6, 23))
    )
    assert svc.contracts.installments(member)[0].number_text == "4/4"
    sign_up(june, member, on(date(2027, 7, 1)))
    assert svc.contracts.installments(member)[0].number_text == "1/4"


def test_paid_period_policy_keeps_bookings_in_the_current_paid_week(june: StudioFactory) -> None:
    svc, member = june.svc, june.member()
    weekly = june.plan(
        "Weekly, 5 a month",
        PlanKind.TIME_BASED,
        Restriction(5, Period.MONTH),
        unit=DurationUnit.WEEKS,
    )
    membership = svc.memberships.sell(member, weekly, date(2027, 6, 1)).value
    for _ in range(5):
        svc.contracts.renew(membership)  # paid ahead at the desk
    svc.policies.set(StudioPolicy(svc.policies.get().booking, paid_period_only=True))
    assert "can only book within its current paid period 1–7 June 2027 (business policy)" in (
        refusal(june, member, date(2027, 6, 9))
    )
    sign_up(june, member, date(2027, 6, 7))
    svc.policies.set(StudioPolicy(svc.policies.get().booking, paid_period_only=False))
    sign_up(june, member, date(2027, 6, 9))


def test_e7_prorated_start_on_15_june_keeps_5_visits_for_15_to_30_june_and_5_in_july(
    june: StudioFactory, clock: FixedClock
) -> None:
    svc, member = june.svc, june.member()
    clock.advance_to(datetime(2027, 6, 15, 9, 0))
    plan = june.plan(
        "Monthly, 5 a month", PlanKind.TIME_BASED, Restriction(5, Period.MONTH), count=2
    )
    svc.memberships.sell(member, plan, date(2027, 6, 15))
    for day in days(date(2027, 6, 15), 5):
        sign_up(june, member, day)
    assert "5 of 5 visits used in month 1–30 June 2027" in refusal(june, member, date(2027, 6, 30))
    for day in days(date(2027, 7, 1), 5):
        sign_up(june, member, day)
    assert "5 of 5 visits used in month 1–31 July 2027" in refusal(june, member, date(2027, 7, 31))


def test_e8_five_a_month_on_hold_15_days_of_june_leaves_3_visits(june: StudioFactory) -> None:
    svc, member = june.svc, june.member()
    plan = june.plan("Monthly, 5 a month", PlanKind.TIME_BASED, Restriction(5, Period.MONTH))
    membership = svc.memberships.sell(member, plan, date(2027, 6, 1)).value
    svc.holds.place(membership, date(2027, 6, 1), date(2027, 6, 15))
    assert "is on hold 1–15 June 2027" in refusal(june, member, date(2027, 6, 10))
    for day in days(date(2027, 6, 16), 3):
        sign_up(june, member, day)
    assert "3 of 3 visits used in month 1–30 June 2027 (prorated from 5 for a hold)" in refusal(
        june, member, date(2027, 6, 25)
    )
    row = svc.memberships.for_member(member)[0]
    assert row.ends_on == date(2027, 7, 15)  # 30 June + the 15 held days
    for day in days(date(2027, 7, 1), 5):
        sign_up(june, member, day)


def test_e9_package_of_10_a_week_with_a_10_a_week_membership_and_a_5_per_4_weeks_pass(
    june: StudioFactory,
) -> None:
    svc, member = june.svc, june.member()
    june.series(
        "Morning Flow",
        weekdays=EVERY_DAY,
        at=time(7, 0),
        capacity=20,
        starts_on=date(2027, 5, 1),
        until=date(2027, 9, 30),
    )
    unlimited = june.plan("Unlimited, 10 a week", PlanKind.TIME_BASED, Restriction(10, Period.WEEK))
    pass_ = june.plan(
        "20-pass, 5 per 4 weeks",
        PlanKind.SESSION_PASS,
        Restriction(5, Period.FOUR_WEEKS),
        entries=20,
        count=3,
    )
    package = june.plan(
        "Flow package", PlanKind.PACKAGE, Restriction(10, Period.WEEK), items=(unlimited, pass_)
    )
    svc.memberships.sell(member, package, date(2027, 6, 6))  # Sunday: weeks start with it
    rows = {r.plan_name: r.id for r in svc.memberships.for_member(member)}
    by_pass, by_membership = rows["20-pass, 5 per 4 weeks"], rows["Unlimited, 10 a week"]
    week = days(date(2027, 6, 6), 7)
    for day in week[:5]:
        sign_up(june, member, day, by_pass)
    assert "5 of 5 visits used in the 4 weeks 6 June – 3 July 2027" in refusal(
        june, member, week[5], by_pass
    )
    for day in week[:5]:
        svc.bookings.sign_up(class_on(june, day, time(7, 0)), member, by_membership)
    # 10 visits this week in total: the package stops both of its plans.
    message = refusal(june, member, week[6], by_membership)
    assert "package 'Flow package': 10 of 10 visits used in week 6–12 June 2027" in message
    # The next week the package allows 10 again, but the pass still has used its 5 in 4 weeks.
    assert "5 of 5 visits used in the 4 weeks" in refusal(june, member, date(2027, 6, 14), by_pass)
    sign_up(june, member, date(2027, 6, 14), by_membership)


def test_a_package_itself_never_pays_and_its_plans_are_sold_inside_its_price(
    june: StudioFactory,
) -> None:
    svc, member = june.svc, june.member()
    unlimited = june.plan("Unlimited", PlanKind.TIME_BASED)
    package = june.plan("Bundle", PlanKind.PACKAGE, items=(unlimited,))
    svc.memberships.sell(member, package, date(2027, 6, 1))
    rows = {r.plan_name: r for r in svc.memberships.for_member(member)}
    assert rows["Bundle"].price == "100.00" and rows["Unlimited"].price == "0.00"
    options = svc.bookings.payer_options(class_on(june, date(2027, 6, 2)), member)
    reasons = {o.label: o.reason for o in options}
    assert reasons["Bundle"] == "'Bundle' is a package: the plans in it pay for classes"
    assert reasons["Unlimited"] is None
    logs = [log.action for log in svc.profiles.profile(member).logs.rows]
    assert any(a.startswith("Bought Unlimited (in package Bundle)") for a in logs)


def test_an_unpaid_visit_from_last_month_cannot_be_paid_with_this_months_visits(
    june: StudioFactory, clock: FixedClock
) -> None:
    """Seed 002: with four visits left this month a client cannot pay last month's unpaid visit
    when last month's visits are used up."""
    svc, member = june.svc, june.member()
    svc.studio.set_enforce_billing(False)
    plan = june.plan(
        "Monthly, 2 a month", PlanKind.TIME_BASED, Restriction(2, Period.MONTH), count=2
    )
    svc.memberships.sell(member, plan, date(2027, 6, 1))
    sign_up(june, member, date(2027, 6, 2))
    sign_up(june, member, date(2027, 6, 3))
    unpaid = svc.bookings.sign_up(class_on(june, date(2027, 6, 4)), member, unpaid=True).value
    clock.advance_to(datetime(2027, 7, 2, 9, 0))
    with pytest.raises(NoPayingMembership, match="2 of 2 visits used in month 1–30 June 2027"):
        svc.bookings.pay_visit(unpaid)
    sign_up(june, member, date(2027, 7, 3))  # July's visits are there, for July


def test_visits_count_by_the_class_day_not_the_sign_up_day(june: StudioFactory) -> None:
    svc, member = june.svc, june.member()
    plan = june.plan("Weekly 1", PlanKind.TIME_BASED, Restriction(1, Period.WEEK), count=2)
    svc.memberships.sell(member, plan, date(2027, 6, 1))
    sign_up(june, member, date(2027, 6, 16))  # booked today (1 June) for the week of 13 June
    sign_up(june, member, date(2027, 6, 2))  # this week is still free
    assert "1 of 1 visits used in week 13–19 June 2027" in refusal(june, member, date(2027, 6, 13))


def test_a_sign_out_frees_the_visit_for_the_period(june: StudioFactory) -> None:
    svc, member = june.svc, june.member()
    plan = june.plan("Daily 1", PlanKind.TIME_BASED, Restriction(1, Period.DAY))
    svc.memberships.sell(member, plan, date(2027, 6, 1))
    booking = sign_up(june, member, date(2027, 6, 2))
    morning = june.series(
        "Morning",
        weekdays=EVERY_DAY,
        at=time(7, 0),
        starts_on=date(2027, 5, 1),
        until=date(2027, 9, 30),
    )
    early = june.session_on(date(2027, 6, 2), morning)
    with pytest.raises(NoPayingMembership, match="1 of 1 visits used on 2 June 2027"):
        svc.bookings.sign_up(early, member)
    svc.bookings.sign_out(booking)
    svc.bookings.sign_up(early, member)
