"""Holds at the desk (SPEC §5): bookings inside are signed out with their sessions returned,
time-based memberships extended, the plan's hold policy enforced, removal restores the end date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import ValidationError
from studio_app.domain.holds import HoldPolicy
from studio_app.domain.plans import PlanKind
from studio_app.domain.restrictions import Period, Restriction
from tests.factories import StudioFactory

DEC = date(2026, 12, 1)  # the test clock's day


def test_hold_signs_out_bookings_inside_and_returns_their_sessions(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    pass_id = svc.memberships.sell(member, studio.pass_plan(10), DEC).value
    series = studio.series(weekdays=frozenset({1, 3}))
    inside = studio.session_on(date(2026, 12, 10), series)
    outside = studio.session_on(date(2026, 12, 22), series)
    svc.bookings.sign_up(inside, member)
    svc.bookings.sign_up(outside, member)
    assert svc.memberships.for_member(member)[0].entries_left == 8

    preview = svc.holds.preview(pass_id, date(2026, 12, 7), date(2026, 12, 20))
    assert preview.refusal is None and preview.days == 14
    assert preview.bookings_signed_out == ("Vinyasa Flow on Thu 10 Dec 2026 18:00",)
    assert preview.new_ends_on is None  # a pass keeps its expiry

    svc.holds.place(pass_id, date(2026, 12, 7), date(2026, 12, 20))
    row = svc.memberships.for_member(member)[0]
    assert (row.entries_left, row.ends_on) == (9, date(2027, 2, 28))
    attendees = [a.member_id for a in svc.bookings.attendance(inside).attendees]
    assert attendees == []
    logs = [log.action for log in svc.profiles.profile(member).logs.rows]  # newest first
    assert "Signed out (membership on hold) of Vinyasa Flow on Thu 10 Dec 2026 18:00" in logs[1]
    assert logs[0].startswith("Put 10-session pass on hold 7–20 December 2026 (14 days)")


def test_time_based_membership_is_extended_and_removal_restores_it(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc, member = studio.svc, studio.member()
    membership = svc.memberships.sell(member, studio.time_plan(), DEC).value
    assert svc.memberships.for_member(member)[0].ends_on == date(2026, 12, 31)
    preview = svc.holds.preview(membership, date(2026, 12, 1), date(2026, 12, 10))
    assert preview.new_ends_on == date(2027, 1, 10)
    hold_id = svc.holds.place(membership, date(2026, 12, 1), date(2026, 12, 10)).value
    row = svc.memberships.for_member(member)[0]
    assert (row.ends_on, row.state) == (date(2027, 1, 10), "on hold")
    svc.holds.remove(hold_id)
    row = svc.memberships.for_member(member)[0]
    assert (row.ends_on, row.state) == (date(2026, 12, 31), "active")
    holds = svc.holds.for_member(member)
    assert [(h.removed, h.placed_by) for h in holds] == [(True, "Olivia Owner")]


def test_hold_policy_limits_length_and_holds_per_year(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    plan = studio.plan(
        "Monthly, limited holds",
        PlanKind.TIME_BASED,
        count=6,
        hold_policy=HoldPolicy(min_days=7, max_days=30, per_year=1),
    )
    membership = svc.memberships.sell(member, plan, DEC).value
    preview = svc.holds.preview(membership, date(2026, 12, 5), date(2027, 1, 31))
    assert (
        preview.refusal == "Holds on 'Monthly, limited holds' last at most 30 days (this one: 58)."
    )
    with pytest.raises(ValidationError, match="at least 7 days"):
        svc.holds.place(membership, date(2026, 12, 5), date(2026, 12, 6))
    svc.holds.place(membership, date(2026, 12, 5), date(2026, 12, 14))
    with pytest.raises(ValidationError, match="1 of 1 already used in 2026"):
        svc.holds.place(membership, date(2026, 12, 20), date(2026, 12, 30))
    assert len(svc.holds.for_member(member)) == 1


def test_hold_preview_lists_the_prorated_visits(studio: StudioFactory, clock: FixedClock) -> None:
    clock.advance_to(datetime(2027, 6, 1, 9, 0))
    svc, member = studio.svc, studio.member()
    plan = studio.plan("Monthly 5", PlanKind.TIME_BASED, Restriction(5, Period.MONTH))
    membership = svc.memberships.sell(member, plan, date(2027, 6, 1)).value
    preview = svc.holds.preview(membership, date(2027, 6, 1), date(2027, 6, 15))
    assert preview.prorated == (
        "Monthly 5: At most 5 visits per month (calendar cycle): 3 of 5 visits in 1–30 June 2027",
    )


def test_a_package_is_held_whole_and_its_time_based_plans_extended(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    unlimited = studio.time_plan(name="Unlimited")
    pass_plan = studio.pass_plan(5, months=1, name="5-pass")
    package = studio.plan("Bundle", PlanKind.PACKAGE, items=(unlimited, pass_plan))
    package_id = svc.memberships.sell(member, package, DEC).value
    rows = {r.plan_name: r for r in svc.memberships.for_member(member)}
    with pytest.raises(ValidationError, match="part of the package 'Bundle'"):
        svc.holds.place(rows["Unlimited"].id, date(2026, 12, 2), date(2026, 12, 8))
    svc.holds.place(package_id, date(2026, 12, 2), date(2026, 12, 8))
    rows = {r.plan_name: r for r in svc.memberships.for_member(member)}
    assert rows["Bundle"].ends_on == date(2027, 1, 7)
    assert rows["Unlimited"].ends_on == date(2027, 1, 7)
    assert rows["5-pass"].ends_on == date(2026, 12, 31)
    series = studio.series(weekdays=frozenset({3}))
    options = svc.bookings.payer_options(studio.session_on(date(2026, 12, 3), series), member)
    assert {o.label: o.reason for o in options}[
        "Unlimited"
    ] == "'Unlimited' is on hold 2–8 December 2026"
