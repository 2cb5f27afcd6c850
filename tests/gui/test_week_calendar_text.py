"""A narrow week calendar (a small screen, 150 % scaling) still names its classes: a long name
goes on two lines where the block has room, and the day headers shorten instead of being cut."""

from __future__ import annotations

from datetime import date

from studio_app.gui.views.week_calendar import WeekCalendar
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)


def test_a_long_class_name_wraps_in_a_narrow_day(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    studio.series("Weekend Flow")  # Tuesdays 18:00–19:00, 12 places
    session_id = studio.session_on(TUE)
    calendar = WeekCalendar()
    qtbot.addWidget(calendar)
    calendar.set_sessions(TUE, studio.svc.schedule.week(TUE))

    calendar.resize(1400, 1300)  # wide: the name on one line, then time and places
    assert calendar.block_lines(session_id) == ["Weekend Flow", "18:00–19:00", "0/12"]

    calendar.resize(7 * 76 + 50, 1300)  # 76 pixels a day: "Weekend Flow" is too long
    lines = calendar.block_lines(session_id)
    assert lines[:2] == ["Weekend", "Flow"] and lines[-1] == "0/12"
    assert not any(line.endswith("…") for line in lines[:2])
