"""Cancelling a class clears its waitlist, with a user-log line for each member taken off it, and
a cancelled class refuses sign-ups and waitlist places as cancelled (issue 12, items 15 and 16)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from studio_app.domain.errors import BookingRefused
from tests.factories import StudioFactory

TUE_8_DEC = date(2026, 12, 8)
LABEL = "Vinyasa Flow on Tue 8 Dec 2026 18:00"
REMOVED = f"Removed from the waitlist of {LABEL}: the class is cancelled"
CANCELLED = f"{LABEL} is cancelled: no sign-ups and no waitlist."


def _member_with_pass(studio: StudioFactory, first: str, last: str, plan: int) -> int:
    member = studio.member(first, last)
    studio.svc.memberships.sell(member, plan, date(2026, 12, 1))
    return member


@pytest.fixture
def full_class(studio: StudioFactory) -> tuple[int, int, list[int]]:
    """Vinyasa Flow on Tue 8 Dec with its one place taken by Peter; Łukasz Żółć and Zoë
    Ångström wait, in that order. Returns (session, Peter, the waiting members)."""
    plan = studio.pass_plan(10)
    session = studio.session_on(TUE_8_DEC, studio.series(capacity=1))
    peter = _member_with_pass(studio, "Peter", "Parker", plan)
    waiting = [
        _member_with_pass(studio, "Łukasz", "Żółć", plan),
        _member_with_pass(studio, "Zoë", "Ångström", plan),
    ]
    studio.svc.bookings.sign_up(session, peter)
    for member in waiting:
        studio.svc.bookings.join_waitlist(session, member)
    return session, peter, waiting


def test_cancelling_a_class_clears_its_waitlist_with_a_log_line_each(
    studio: StudioFactory, full_class: tuple[int, int, list[int]]
) -> None:
    svc = studio.svc
    session, peter, waiting = full_class
    assert svc.schedule.session(session).waiting == 2
    result = svc.schedule.cancel_session(session)
    assert result.value == 1
    assert result.message == (
        "Class cancelled; 1 booked member(s) got their session back; "
        "2 waiting member(s) taken off the waitlist."
    )
    assert svc.bookings.attendance(session).waitlist == ()
    assert svc.schedule.session(session).waiting == 0
    for member in waiting:
        profile = svc.profiles.profile(member)
        last = profile.logs.rows[0]
        assert (last.staff_name, last.action, last.entries_after) == (
            "Olivia Owner",
            REMOVED,
            None,
        )
        assert profile.memberships[0].entries_left == 10  # waiting never charged anything
    assert REMOVED not in [row.action for row in svc.profiles.profile(peter).logs.rows]


def test_a_class_without_a_waitlist_cancels_as_before(studio: StudioFactory) -> None:
    session = studio.session_on(TUE_8_DEC, studio.series())
    result = studio.svc.schedule.cancel_session(session)
    assert result.message == "Class cancelled; 0 booked member(s) got their session back."


def test_a_session_dropped_by_a_series_edit_loses_its_waitlist_too(
    studio: StudioFactory, full_class: tuple[int, int, list[int]]
) -> None:
    svc = studio.svc
    session, _, waiting = full_class
    [series] = svc.schedule.list_series()
    moved = replace(series.as_input(), weekdays=frozenset({3}))  # Tuesdays → Thursdays
    svc.schedule.update_series(series.id, moved)
    assert svc.schedule.session(session).cancelled
    assert svc.bookings.attendance(session).waitlist == ()
    assert [svc.profiles.profile(m).logs.rows[0].action for m in waiting] == [REMOVED, REMOVED]


def test_joining_the_waitlist_of_a_cancelled_class_says_it_is_cancelled(
    studio: StudioFactory, full_class: tuple[int, int, list[int]]
) -> None:
    """After the cancel the class has 1 of 1 places free; the refusal must not offer a sign-up."""
    svc = studio.svc
    session, _, waiting = full_class
    svc.schedule.cancel_session(session)
    log_before = svc.profiles.profile(waiting[0]).logs
    with pytest.raises(BookingRefused) as refused:
        svc.bookings.join_waitlist(session, waiting[0])
    assert (refused.value.rule, refused.value.message) == ("cancelled", CANCELLED)
    assert svc.bookings.attendance(session).waitlist == ()
    assert svc.profiles.profile(waiting[0]).logs == log_before


def test_signing_up_for_a_cancelled_class_says_it_is_cancelled(
    studio: StudioFactory, full_class: tuple[int, int, list[int]]
) -> None:
    svc = studio.svc
    session, peter, _ = full_class
    svc.schedule.cancel_session(session)
    with pytest.raises(BookingRefused) as refused:
        svc.bookings.sign_up(session, peter)
    assert (refused.value.rule, refused.value.message) == ("cancelled", CANCELLED)
    assert svc.profiles.profile(peter).memberships[0].entries_left == 10
    assert svc.schedule.session(session).booked == 0
