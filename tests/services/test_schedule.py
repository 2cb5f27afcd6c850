"""Class series, single-session edits and cancellation."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest

from studio_app.domain.errors import PermissionDenied, ValidationError
from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.schedule import SeriesInput
from tests.factories import StudioFactory


def test_week_lists_sessions_monday_to_sunday(studio: StudioFactory) -> None:
    studio.series(weekdays=frozenset({0, 1, 6}))
    week = studio.svc.schedule.week(date(2026, 12, 3))
    assert [b.starts_at for b in week] == [
        datetime(2026, 11, 30, 18),
        datetime(2026, 12, 1, 18),
        datetime(2026, 12, 6, 18),
    ]
    assert all(b.booked == 0 and b.capacity == 12 for b in week)


def test_editing_the_series_changes_future_sessions_only(studio: StudioFactory, clock) -> None:  # noqa: ANN001
    svc = studio.svc
    series_id = studio.series(weekdays=frozenset({1}))
    past = studio.session_on(date(2026, 11, 24), series_id)
    row = next(r for r in svc.schedule.list_series() if r.id == series_id)
    changed = SeriesInput(
        **{
            **row.as_input().__dict__,
            "instructor": "Mark Rivera",
            "start_time": time(19, 0),
            "weekdays": frozenset({3}),
        }
    )
    svc.schedule.update_series(series_id, changed)
    week = svc.schedule.week(date(2026, 12, 7))
    assert [(b.starts_at, b.instructor, b.cancelled) for b in week] == [
        (datetime(2026, 12, 8, 18), "Anna Kowalska", True),
        (datetime(2026, 12, 10, 19), "Mark Rivera", False),
    ]
    assert svc.schedule.session(past).instructor == "Anna Kowalska"


def test_one_session_edited_on_its_own_keeps_its_changes(studio: StudioFactory) -> None:
    svc = studio.svc
    series_id = studio.series()
    one = studio.session_on(date(2026, 12, 8), series_id)
    block = svc.schedule.session(one)
    svc.schedule.update_session(
        one,
        block.as_input().__class__(
            "Vinyasa (guest teacher)", "Guest", "Studio B", 8, block.starts_at, 90
        ),
    )
    row = next(r for r in svc.schedule.list_series() if r.id == series_id)
    svc.schedule.update_series(
        series_id, SeriesInput(**{**row.as_input().__dict__, "room": "Studio C"})
    )
    assert svc.schedule.session(one).room == "Studio B"
    assert svc.schedule.session(studio.session_on(date(2026, 12, 15), series_id)).room == "Studio C"


def test_cancelling_a_session_returns_every_booked_session(studio: StudioFactory) -> None:
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series())
    members = [studio.member(f"M{i}", "Test") for i in range(3)]
    plan = studio.pass_plan(10)
    for m in members:
        svc.memberships.sell(m, plan, date(2026, 12, 1))
        svc.bookings.sign_up(session, m)
    result = svc.schedule.cancel_session(session)
    assert result.value == 3
    assert svc.schedule.session(session).cancelled
    assert [svc.profiles.profile(m).memberships[0].entries_left for m in members] == [10, 10, 10]
    assert svc.integrity.problems() == []


def test_capacity_below_booked_is_refused(studio: StudioFactory) -> None:
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series())
    plan = studio.pass_plan(10)
    for i in range(3):
        m = studio.member(f"M{i}", "Test")
        svc.memberships.sell(m, plan, date(2026, 12, 1))
        svc.bookings.sign_up(session, m)
    block = svc.schedule.session(session)
    data = block.as_input().__class__(block.name, "x", "y", 2, block.starts_at, 60)
    with pytest.raises(ValidationError, match="Capacity 2 is below the 3 members already booked"):
        svc.schedule.update_session(session, data)


@pytest.mark.parametrize(
    ("field", "value", "message"),
    [
        ("capacity", 0, "Capacity must be at least 1"),
        ("duration_minutes", 0, "Duration must be 5 to 1440"),
        ("name", " ", "needs a name"),
        ("until", date(2026, 1, 1), "before it starts"),
    ],
)
def test_bad_series_input_is_refused(
    studio: StudioFactory, field: str, value: object, message: str
) -> None:
    data = SeriesInput(
        "Yoga",
        "Anna",
        "A",
        10,
        60,
        frozenset({1}),
        time(9),
        date(2026, 12, 1),
        date(2027, 3, 1),
        DEFAULT_CATEGORY,
    )
    with pytest.raises(ValidationError, match=message):
        studio.svc.schedule.create_series(SeriesInput(**{**data.__dict__, field: value}))
    assert studio.svc.schedule.list_series() == []


def test_front_desk_cannot_create_classes(studio: StudioFactory) -> None:
    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(PermissionDenied, match="'settings' privilege"):
        studio.series()
