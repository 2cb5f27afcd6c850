"""At the desk a read-only data file (as any database fault, see tests/faults) shows as a
plain sentence in the banner; the sign-up is not made, and the window keeps working once the
fault is gone."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt

from studio_app.app import build_main_window
from tests.factories import StudioFactory
from tests.faults.injection import read_only

LEFT = Qt.MouseButton.LeftButton

pytestmark = pytest.mark.sqlite_only("injects faults into the SQLite file")


def test_a_sign_up_on_a_read_only_file_shows_the_fault_and_books_nothing(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    zoe = studio.member("Zoë", "Nowak")
    svc.memberships.sell(zoe, studio.pass_plan(6, months=1), date(2026, 11, 9))
    session_id = studio.session_on(date(2026, 12, 1), studio.series())
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.show()
    schedule = window.schedule_page
    qtbot.mouseClick(schedule.calendar, LEFT, pos=schedule.calendar.block_rect(session_id).center())
    with read_only(svc.ctx.uow.engine):
        qtbot.keyClicks(schedule.panel.ui.signUpEdit, "nowak")
        qtbot.mouseClick(schedule.panel.ui.signUpButton, LEFT)
        assert "is read-only: nothing was saved." in window.banner_text()
        assert schedule.panel.ui.attendeesTable.model().rowCount() == 0
    assert svc.schedule.session(session_id).booked == 0
    # The fault is gone: the same click signs Zoë up.
    qtbot.mouseClick(schedule.panel.ui.signUpButton, LEFT)
    assert "Zoë Nowak" in window.banner_text()
    assert schedule.panel.ui.attendeesTable.model().rowCount() == 1
