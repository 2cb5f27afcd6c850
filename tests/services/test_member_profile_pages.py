"""The member profile reads its booking history and user log a page at a time, newest first
(issue 15): the first page with the profile, the next ones after the last row shown, each
saying how many older rows are left; every row comes exactly once."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime
from typing import Any

import pytest

from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import NotFound, ValidationError
from studio_app.dto.members import Page, PageCursor
from studio_app.services.profiles import PAGE_SIZE
from tests.factories import StudioFactory
from tests.long_history import member_with_long_history


@pytest.fixture
def lena(studio: StudioFactory) -> int:
    return member_with_long_history(studio, rounds=PAGE_SIZE + 5)


def test_the_profile_reads_the_newest_page_and_says_how_many_are_left(
    studio: StudioFactory, lena: int
) -> None:
    profile = studio.svc.profiles.profile(lena)
    history, logs = profile.history, profile.logs
    assert (len(history.rows), history.left) == (PAGE_SIZE, 5)
    assert all(row.status == "signed out" for row in history.rows)
    # 55 rounds of a sign-up and a sign-out, the pass bought and the member created: 112 lines.
    assert (len(logs.rows), logs.left) == (PAGE_SIZE, 2 * (PAGE_SIZE + 5) + 2 - PAGE_SIZE)
    assert logs.rows[0].action.startswith("Signed out of Vinyasa Flow")
    assert [row.at for row in logs.rows] == sorted((row.at for row in logs.rows), reverse=True)
    assert logs.older == PageCursor(logs.rows[-1].at, logs.rows[-1].id)


def test_reading_on_after_the_last_row_gives_every_row_once(
    studio: StudioFactory, lena: int
) -> None:
    svc = studio.svc
    profile = svc.profiles.profile(lena)
    history = _all_pages(profile.history, lambda older: svc.profiles.history(lena, before=older))
    assert len(history) == PAGE_SIZE + 5
    assert len({row.id for row in history}) == len(history)
    logs = _all_pages(profile.logs, lambda older: svc.profiles.logs(lena, before=older, limit=7))
    assert len({row.id for row in logs}) == len(logs) == 2 * (PAGE_SIZE + 5) + 2
    assert (logs[-2].action, logs[-1].action) == (
        "Bought 10-session pass (90.00), valid 1 Dec 2026 – 28 Feb 2027",
        "Member created",
    )
    assert [(row.at, row.id) for row in logs] == sorted(
        ((row.at, row.id) for row in logs), reverse=True
    )


def test_a_reload_may_ask_for_the_rows_already_shown(studio: StudioFactory, lena: int) -> None:
    profile = studio.svc.profiles.profile(lena, history_limit=80, logs_limit=100)
    assert (len(profile.history.rows), profile.history.left, profile.history.older) == (
        PAGE_SIZE + 5,
        0,
        None,
    )
    assert (len(profile.logs.rows), profile.logs.left) == (100, 12)


def test_unpaid_visits_are_counted_beyond_the_page_shown(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    svc.studio.set_enforce_billing(False)
    walter = studio.member("Walter", "White")
    series = studio.series()
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 1), series), walter, unpaid=True)
    later = studio.session_on(date(2026, 12, 8), series)
    for _ in range(PAGE_SIZE):
        svc.bookings.sign_out(svc.bookings.sign_up(later, walter, unpaid=True).value)
    svc.bookings.sign_up(studio.session_on(date(2026, 12, 15), series), walter, unpaid=True)
    clock.advance_to(datetime(2026, 12, 2, 9, 0))  # the 1 December class has taken place

    profile = svc.profiles.profile(walter)
    assert [row.status for row in profile.upcoming] == ["booked · unpaid"]
    assert profile.history.left == 1  # the visit of 1 December, oldest, is not on the page
    assert not any(row.unpaid for row in profile.history.rows)
    assert profile.unpaid_visits == 2
    older = svc.profiles.history(walter, before=profile.history.older)
    assert [row.status for row in older.rows] == ["taken place · unpaid"]


def test_pages_are_bounds_checked(studio: StudioFactory, lena: int) -> None:
    profiles = studio.svc.profiles
    with pytest.raises(ValidationError, match="The number of bookings"):
        profiles.profile(lena, history_limit=0)
    with pytest.raises(ValidationError, match="The number of user-log lines"):
        profiles.logs(lena, limit=100_001)
    with pytest.raises(ValidationError, match="The oldest row shown"):
        profiles.history(lena, before=PageCursor(datetime(1970, 1, 1), 1))
    with pytest.raises(NotFound, match="user-log line"):
        profiles.logs(lena, before=PageCursor(datetime(2026, 12, 1), 0))
    with pytest.raises(NotFound):
        profiles.history(999_999)


def _all_pages(first: Page[Any], read_on: Callable[[PageCursor], Page[Any]]) -> list[Any]:
    """The rows of ``first`` and of every page after it."""
    rows, page = list(first.rows), first
    while page.older is not None:
        assert page.left > 0
        page = read_on(page.older)
        rows += page.rows
    assert page.left == 0
    return rows
