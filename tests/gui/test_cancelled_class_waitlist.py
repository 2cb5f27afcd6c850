"""Cancelling a full class from the attendance panel: the confirmation names the waiting members,
the waitlist then shows nobody, and the waiting member's profile log says why (issue 12, item 15).
A member edit shows on the profile's User logs tab with before → after (item 11)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views.member_profile import MemberProfileView
from studio_app.gui.views.schedule import ScheduleView
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)


@pytest.fixture
def schedule(qtbot, studio: StudioFactory, signals: AppSignals) -> ScheduleView:  # noqa: ANN001
    view = ScheduleView(
        ScheduleController(studio.svc, signals),
        AttendanceController(studio.svc, signals),
        AppointmentController(studio.svc, signals),
    )
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    return view


def profile_view(qtbot, studio: StudioFactory, signals: AppSignals, member: int):  # noqa: ANN001, ANN201
    view = MemberProfileView(
        MembersController(studio.svc, signals), MemberProfileController(studio.svc, signals)
    )
    qtbot.addWidget(view)
    view.show(member)
    return view


def log_actions(view: MemberProfileView) -> list[str]:
    """The User logs tab's lines, newest first."""
    model = view.logs_model
    return [model.index(row, 2).data() for row in range(model.rowCount())]


def test_cancel_clears_the_waitlist_shown_and_logs_it_on_the_profile(
    qtbot,  # noqa: ANN001
    schedule: ScheduleView,
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    svc = studio.svc
    plan = studio.pass_plan(10)
    session = studio.session_on(TUE, studio.series(capacity=1))
    peter, zoe = studio.member("Peter", "Parker"), studio.member("Zoë", "Ångström")
    for member in (peter, zoe):
        svc.memberships.sell(member, plan, TUE)
    svc.bookings.sign_up(session, peter)
    svc.bookings.join_waitlist(session, zoe)
    schedule.reload()
    schedule.select_session(session)
    panel = schedule.panel
    assert [row.member_name for row in panel.waitlist.rows()] == ["Zoë Ångström"]
    asked: list[str] = []

    def yes(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(panel.ui.cancelClassButton, Qt.MouseButton.LeftButton)
    assert "1 waiting member(s) will be taken off the waitlist." in asked[0]
    assert panel.ui.titleLabel.text().endswith("— cancelled")
    assert panel.waitlist.rowCount() == 0
    assert panel.ui.waitlistLabel.text() == "Waitlist: nobody waiting"
    assert not panel.ui.waitlistTable.isVisible()
    assert "waiting" not in schedule.calendar.block_text(session)

    profile = profile_view(qtbot, studio, signals, zoe)
    assert log_actions(profile)[0] == (
        "Removed from the waitlist of Vinyasa Flow on Tue 1 Dec 2026 18:00: the class is cancelled"
    )


def test_a_member_edit_shows_before_and_after_in_the_user_logs_tab(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    lukasz = studio.member("Łukasz", "Żółć", email="a@x.pl", phone="600 100 200")
    view = profile_view(qtbot, studio, signals, lukasz)
    edited = replace(studio.svc.members.get(lukasz).as_input(), phone="600 100 300")
    # An edit made at another desk reaches this profile through the shared signals.
    MembersController(studio.svc, signals).update(lukasz, edited)
    assert log_actions(view)[0] == "Member details edited: phone 600 100 200 → 600 100 300"
