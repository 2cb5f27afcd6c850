"""Booking window, late cancels and no-shows (SPEC §3); the defaults keep seed 000's behaviour."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import BookingRefused, PermissionDenied
from studio_app.dto.policies import StudioPolicy
from tests.factories import StudioFactory

DEC = date(2026, 12, 1)


def _set(studio: StudioFactory, window: int | None = None, cutoff: int | None = None) -> None:
    studio.svc.policies.set(StudioPolicy(BookingPolicy(window, cutoff), False))


def test_booking_window_refuses_classes_too_far_ahead(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), DEC)
    series = studio.series(weekdays=frozenset({3}))
    _set(studio, window=7)
    with pytest.raises(BookingRefused, match="bookings open 7 days ahead: the class is 9 days"):
        svc.bookings.sign_up(studio.session_on(date(2026, 12, 10), series), member)
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 3), series), member)
    assert svc.memberships.for_member(member)[0].entries_left == 9


def test_a_series_overrides_the_studio_window(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), DEC)
    series = studio.series(weekdays=frozenset({3}))
    _set(studio, window=7)
    row = svc.schedule.list_series()[0]
    svc.schedule.update_series(
        row.id, replace(row.as_input(), policy=BookingPolicy(window_days=30))
    )
    assert svc.schedule.list_series()[0].policy == BookingPolicy(window_days=30)
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 24), series), member)


def test_late_cancel_keeps_the_session_charged_unless_forgiven(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc, member = studio.svc, studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), DEC)
    series = studio.series(weekdays=frozenset({1}))  # Tuesdays 18:00; today is Tue 1 Dec
    tonight = studio.session_on(DEC, series)
    next_week = studio.session_on(date(2026, 12, 8), series)
    _set(studio, cutoff=12)
    late = svc.bookings.sign_up(tonight, member).value
    early = svc.bookings.sign_up(next_week, member).value
    assert svc.bookings.late_cancel_warning(early) is None
    warning = svc.bookings.late_cancel_warning(late)
    assert (
        warning
        == "Late cancel: signing out 9 h before the start, inside the 12 h cancellation cut-off"
    )

    result = svc.bookings.sign_out(late)
    assert "the session stays charged" in result.message
    assert svc.memberships.for_member(member)[0].entries_left == 8
    assert svc.bookings.attendance(tonight).attendees == ()
    profile = svc.profiles.profile(member)
    assert any(b.status == "late cancel (charged)" for b in profile.history.rows + profile.upcoming)
    assert profile.logs.rows[0].action.startswith("Late cancel of Vinyasa Flow on Tue 1 Dec 2026")

    forgiven = svc.bookings.sign_up(tonight, member).value
    svc.bookings.sign_out(forgiven, forgive=True)
    assert svc.memberships.for_member(member)[0].entries_left == 8  # the new charge came back
    assert "late cancel forgiven" in svc.profiles.profile(member).logs.rows[0].action


def test_no_cut_off_by_default_every_sign_out_returns_the_session(studio: StudioFactory) -> None:
    svc, member = studio.svc, studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), DEC)
    tonight = studio.session_on(DEC, studio.series(weekdays=frozenset({1})))
    booking = svc.bookings.sign_up(tonight, member).value
    assert svc.bookings.late_cancel_warning(booking) is None
    svc.bookings.sign_out(booking)
    assert svc.memberships.for_member(member)[0].entries_left == 10


def test_no_shows_are_marked_after_the_class_only(studio: StudioFactory, clock: FixedClock) -> None:
    svc = studio.svc
    absent, present = studio.member("Ann", "Absent"), studio.member("Pia", "Present")
    plan = studio.pass_plan(10)
    for m in (absent, present):
        svc.memberships.sell(m, plan, DEC)
    tonight = studio.session_on(DEC, studio.series(weekdays=frozenset({1})))
    svc.bookings.sign_up(tonight, absent)
    here = svc.bookings.sign_up(tonight, present).value
    svc.bookings.set_present(here, True)
    with pytest.raises(BookingRefused, match="ends at 19:00: no-shows can be marked once"):
        svc.bookings.mark_no_shows(tonight)
    clock.advance_to(datetime(2026, 12, 1, 19, 5))
    assert svc.bookings.mark_no_shows(tonight).value == 1
    flags = {a.member_name: a.no_show for a in svc.bookings.attendance(tonight).attendees}
    assert flags == {"Ann Absent": True, "Pia Present": False}
    assert svc.profiles.profile(absent).history.rows[0].status == "no-show"
    assert svc.memberships.for_member(absent)[0].entries_left == 9  # still charged


def test_policies_need_the_settings_privilege(studio: StudioFactory) -> None:
    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(PermissionDenied):
        _set(studio, window=3)
    assert studio.svc.policies.get().booking == BookingPolicy()
