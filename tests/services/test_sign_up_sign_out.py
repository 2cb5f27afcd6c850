"""Sign-up charges a session at once; sign-out returns it (seed 000, SPEC E1 and E2)."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.errors import BookingRefused, ClassFull, NoPayingMembership
from tests.factories import StudioFactory


def _pass_left(studio: StudioFactory, member_id: int) -> int | None:
    return studio.svc.profiles.profile(member_id).memberships[0].entries_left


def test_e1_peter_sessions_left_and_active_signups(studio: StudioFactory) -> None:
    svc = studio.svc
    peter = studio.member("Peter", "Parker")
    plan = studio.pass_plan(6, months=1)
    svc.memberships.sell(peter, plan, date(2026, 11, 9))
    membership = svc.profiles.profile(peter).memberships[0]
    assert (membership.entries_left, membership.ends_on) == (6, date(2026, 12, 8))
    series = studio.series(weekdays=frozenset({1, 3}))  # Tuesday and Thursday, 18:00
    next_week = studio.session_on(date(2026, 12, 8), series)
    thursday = studio.session_on(date(2026, 12, 3), series)

    first = svc.bookings.sign_up(next_week, peter).value
    profile = svc.profiles.profile(peter)
    assert (profile.memberships[0].entries_left, profile.active_signups) == (5, 1)

    svc.bookings.sign_up(thursday, peter)
    profile = svc.profiles.profile(peter)
    assert (profile.memberships[0].entries_left, profile.active_signups) == (4, 2)

    svc.bookings.sign_out(first)
    profile = svc.profiles.profile(peter)
    assert (profile.memberships[0].entries_left, profile.active_signups) == (5, 1)


def test_e2_user_log_reads_4_3_4_3_2_naming_the_staff(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.front_desk("dana", "Dana Desk")
    member = studio.member("Maria", "Lopez")
    svc.memberships.sell(member, studio.pass_plan(4), date(2026, 12, 1))
    series = studio.series(weekdays=frozenset({1, 3}))
    a = studio.session_on(date(2026, 12, 3), series)
    b = studio.session_on(date(2026, 12, 8), series)
    studio.log_in("dana")
    booking = svc.bookings.sign_up(a, member).value
    svc.bookings.sign_out(booking)
    svc.bookings.sign_up(a, member)
    svc.bookings.sign_up(b, member)

    oldest_first = reversed(svc.profiles.profile(member).logs.rows)
    logs = [log for log in oldest_first if log.entries_after is not None]
    assert [log.entries_after for log in logs] == [4, 3, 4, 3, 2]
    assert [log.staff_name for log in logs] == ["Olivia Owner"] + ["Dana Desk"] * 4
    assert logs[0].action.startswith("Bought 4-session pass")
    assert [log.action.split(" ")[0] for log in logs[1:]] == [
        "Signed",
        "Signed",
        "Signed",
        "Signed",
    ]
    assert "out of" in logs[2].action


def test_full_class_refused_names_the_numbers_and_changes_nothing(studio: StudioFactory) -> None:
    svc = studio.svc
    series = studio.series(capacity=2)
    session = studio.session_on(date(2026, 12, 8), series)
    plan = studio.pass_plan(10)
    members = [studio.member(f"M{i}", "Test") for i in range(3)]
    for m in members:
        svc.memberships.sell(m, plan, date(2026, 12, 1))
    svc.bookings.sign_up(session, members[0])
    svc.bookings.sign_up(session, members[1])
    with pytest.raises(ClassFull, match="full: 2 of 2 places"):
        svc.bookings.sign_up(session, members[2])
    assert _pass_left(studio, members[2]) == 10
    assert svc.schedule.session(session).booked == 2


def test_double_sign_up_refused(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    svc.bookings.sign_up(session, member)
    with pytest.raises(BookingRefused, match="already signed up"):
        svc.bookings.sign_up(session, member)
    assert _pass_left(studio, member) == 9


def test_no_sessions_left_and_not_valid_that_day_are_explained(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member("Peter", "Parker")
    svc.memberships.sell(member, studio.pass_plan(1, months=1), date(2026, 12, 1))
    series = studio.series(weekdays=frozenset({1}))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), series), member)
    with pytest.raises(NoPayingMembership, match="0 of 1 sessions left"):
        svc.bookings.sign_up(studio.session_on(date(2026, 12, 15), series), member)
    with pytest.raises(NoPayingMembership, match="valid 1–31 Dec 2026, not on 5 Jan"):
        svc.bookings.sign_up(studio.session_on(date(2027, 1, 5), series), member)


def test_archived_member_cannot_be_signed_up(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.time_plan(), date(2026, 12, 1))
    svc.members.set_archived(member, True)
    with pytest.raises(BookingRefused, match="archived"):
        svc.bookings.sign_up(studio.session_on(date(2026, 12, 8), studio.series()), member)


def test_expiring_first_membership_pays_and_staff_may_override(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    long_pass = svc.memberships.sell(member, studio.pass_plan(10, months=3), date(2026, 12, 1))
    short_pass = svc.memberships.sell(
        member, studio.pass_plan(5, months=1, name="Intro 5"), date(2026, 12, 1)
    )
    series = studio.series(weekdays=frozenset({1, 3}))
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 3), series), member)
    svc.bookings.sign_up(
        studio.session_on(date(2026, 12, 8), series), member, membership_id=long_pass.value
    )
    left = {row.id: row.entries_left for row in svc.profiles.profile(member).memberships}
    assert left == {short_pass.value: 4, long_pass.value: 9}


def test_time_based_membership_books_without_counting(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.time_plan(), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 8), studio.series())
    svc.bookings.sign_up(session, member)
    attendee = svc.bookings.attendance(session).attendees[0]
    assert (attendee.membership, attendee.left_after) == ("Monthly unlimited", "until 31 Dec")
