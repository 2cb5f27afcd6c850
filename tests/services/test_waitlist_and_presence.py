"""Waitlist promotion, Present and card check-in."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studio_app.domain.errors import BookingRefused
from tests.factories import StudioFactory


def _full_class(studio: StudioFactory) -> tuple[int, list[int], int]:
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=2))
    plan = studio.pass_plan(10)
    members = [studio.member(f"M{i}", "Test") for i in range(4)]
    for m in members:
        svc.memberships.sell(m, plan, date(2026, 12, 1))
    bookings = [svc.bookings.sign_up(session, m).value for m in members[:2]]
    return session, members, bookings[0]


def test_freed_place_goes_to_first_waitlisted_and_charges_then(studio: StudioFactory) -> None:
    svc = studio.svc
    session, members, first_booking = _full_class(studio)
    svc.bookings.join_waitlist(session, members[2])
    svc.bookings.join_waitlist(session, members[3])
    assert svc.profiles.profile(members[2]).memberships[0].entries_left == 10
    result = svc.bookings.sign_out(first_booking)
    assert "M2 Test was promoted" in result.message
    attendance = svc.bookings.attendance(session)
    assert sorted(a.member_name for a in attendance.attendees) == ["M1 Test", "M2 Test"]
    assert [w.member_name for w in attendance.waitlist] == ["M3 Test"]
    assert svc.profiles.profile(members[2]).memberships[0].entries_left == 9


def test_waitlisted_member_who_cannot_pay_is_told_why_and_next_is_promoted(
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    session, members, first_booking = _full_class(studio)
    broke = studio.member("No", "Pass")
    svc.bookings.join_waitlist(session, broke)
    svc.bookings.join_waitlist(session, members[3])
    result = svc.bookings.sign_out(first_booking)
    assert "No Pass could not be promoted" in result.warning
    waiting = svc.bookings.attendance(session).waitlist
    assert [w.member_name for w in waiting] == ["No Pass"]
    assert "has no membership" in waiting[0].note


def test_waitlist_only_when_full(studio: StudioFactory) -> None:
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=2))
    with pytest.raises(BookingRefused, match="still has 2 free places"):
        svc.bookings.join_waitlist(session, studio.member())


def test_present_changes_no_balance(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    booking = svc.bookings.sign_up(session, member).value
    svc.bookings.set_present(booking, True)
    row = svc.bookings.attendance(session).attendees[0]
    assert (row.present, row.left_after) == (True, "9 left")


def test_card_scan_marks_present_for_class_starting_now(studio: StudioFactory, clock) -> None:  # noqa: ANN001
    svc = studio.svc
    member = studio.member(card_code="CARD-7")
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    svc.bookings.sign_up(session, member)
    with pytest.raises(BookingRefused, match="no class starting within 60 minutes"):
        svc.bookings.check_in_card("CARD-7")
    clock.advance_to(datetime(2026, 12, 8, 17, 40))
    assert "present for Vinyasa Flow" in svc.bookings.check_in_card("CARD-7").value
    assert svc.bookings.attendance(session).attendees[0].present
