"""Booking window, cancellation policy, paid-period policy and no-shows in the GUI (SPEC §3, §5):
Settings → Booking policy, a class series' own policy, the late-cancel question at sign-out and
Mark no-shows after the class — driven by clicks and typing over a real temporary database."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QSpinBox, QWidget

from studio_app.app import build_main_window
from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.policies import PolicyController, StudioPolicy
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.attendance import NO_SHOW, PRESENT_COLUMN
from studio_app.gui.views.late_cancel_dialog import LateCancelDialog
from studio_app.gui.views.main_window import MainWindow
from studio_app.gui.views.schedule import ScheduleView
from studio_app.gui.views.series_editor import SeriesEditorDialog
from studio_app.gui.views.settings.booking_policy_page import BookingPolicyPage
from studio_app.gui.views.settings.screen import BOOKING_POLICY_TAB, SettingsView
from tests.factories import StudioFactory
from tests.gui.modal import when_modal

LEFT = Qt.MouseButton.LeftButton
TUE = date(2026, 12, 1)  # today, 09:00 on the test clock
NEXT_TUE = date(2026, 12, 8)


def type_number(qtbot, spin: QSpinBox, text: str) -> None:  # noqa: ANN001
    """Type over a spin box's value, as staff do after clicking into it."""
    spin.selectAll()
    qtbot.keyClicks(spin, text)


def settings_view(qtbot, studio: StudioFactory, signals: AppSignals) -> SettingsView:  # noqa: ANN001
    page = BookingPolicyPage(PolicyController(studio.svc, signals))
    view = SettingsView(SettingsController(studio.svc, signals), policy_page=page)
    qtbot.addWidget(view)
    view.ui.tabs.setCurrentIndex(BOOKING_POLICY_TAB)
    return view


# -- Settings → Booking policy ------------------------------------------------------------------
def test_policy_page_saves_a_window_and_a_cut_off(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    view = settings_view(qtbot, studio, signals)
    assert view.ui.tabs.tabText(BOOKING_POLICY_TAB) == "Booking policy"
    page = view.policy_page
    assert isinstance(page, BookingPolicyPage)
    ui, fields = page.ui, page.fields.ui
    # Defaults: no window, no cut-off, paid-period policy off; nothing to save yet.
    assert fields.noWindowRadio.isChecked() and not fields.windowSpin.isEnabled()
    assert fields.noCutoffRadio.isChecked() and not fields.cutoffSpin.isEnabled()
    assert not ui.paidPeriodCheck.isChecked()
    assert ui.summaryLabel.text() == (
        "No booking window; sign-outs always return the session. "
        "Bookings are not limited to the client's current paid period."
    )
    assert not ui.saveButton.isEnabled()

    qtbot.mouseClick(fields.windowRadio, LEFT)
    type_number(qtbot, fields.windowSpin, "7")
    qtbot.mouseClick(fields.cutoffRadio, LEFT)
    type_number(qtbot, fields.cutoffSpin, "12")
    qtbot.mouseClick(ui.paidPeriodCheck, LEFT)
    assert ui.summaryLabel.text() == (
        "Bookings open 7 days ahead; late cancel less than 12 h before the start. "
        "Clients can only book within their current paid period."
    )
    assert ui.saveButton.isEnabled()
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert studio.svc.policies.get() == StudioPolicy(BookingPolicy(7, 12), paid_period_only=True)
    assert ui.errorLabel.isHidden() and not ui.saveButton.isEnabled()

    qtbot.mouseClick(ui.paidPeriodCheck, LEFT)  # back off, and no window again
    qtbot.mouseClick(fields.noWindowRadio, LEFT)
    qtbot.mouseClick(ui.saveButton, LEFT)
    assert studio.svc.policies.get() == StudioPolicy(BookingPolicy(None, 12), False)

    fresh = settings_view(qtbot, studio, signals)  # a fresh page reads it back
    again = fresh.policy_page
    assert again.fields.ui.noWindowRadio.isChecked() and again.fields.ui.cutoffRadio.isChecked()
    assert again.fields.ui.cutoffSpin.value() == 12 and not again.ui.paidPeriodCheck.isChecked()


def test_front_desk_sees_the_policy_locked_and_the_service_refuses(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    studio.svc.policies.set(StudioPolicy(BookingPolicy(7, 12), False))
    studio.front_desk()
    owner_view = settings_view(qtbot, studio, signals)  # opened by the owner
    studio.log_in("desk")  # the desk takes over the screen; the service still refuses
    owner_page = owner_view.policy_page
    qtbot.mouseClick(owner_page.fields.ui.noCutoffRadio, LEFT)
    qtbot.mouseClick(owner_page.ui.saveButton, LEFT)
    assert "'settings' privilege" in owner_page.ui.errorLabel.text()
    assert not owner_page.ui.errorLabel.isHidden()
    assert studio.svc.policies.get().booking == BookingPolicy(7, 12)

    desk_view = settings_view(qtbot, studio, signals)  # opened by the desk: locked
    page = desk_view.policy_page
    fields = page.fields.ui
    assert fields.windowRadio.isChecked() and fields.windowSpin.value() == 7
    assert fields.cutoffRadio.isChecked() and fields.cutoffSpin.value() == 12
    for widget in (fields.noWindowRadio, fields.windowRadio, fields.windowSpin, fields.cutoffSpin):
        assert not widget.isEnabled()
    assert not page.ui.paidPeriodCheck.isEnabled() and not page.ui.saveButton.isEnabled()
    assert page.ui.saveButton.toolTip() == "Needs the settings privilege — ask the owner"
    assert fields.cutoffRadio.toolTip() == "Needs the settings privilege — ask the owner"
    assert "Your account can only look here" in page.ui.introLabel.text()


# -- a class series' own policy -----------------------------------------------------------------
def test_series_editor_saves_and_shows_an_own_policy(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    studio.svc.policies.set(StudioPolicy(BookingPolicy(14, None), False))
    studio.series("Vinyasa Flow")
    controller = ScheduleController(studio.svc, signals)
    dialog = SeriesEditorDialog(controller, studio.svc.schedule.list_series()[0])
    qtbot.addWidget(dialog)
    dialog.show()
    ui, fields = dialog.ui, dialog.policy_fields
    assert ui.studioPolicyRadio.isChecked() and fields.isHidden()
    assert ui.studioPolicyLabel.text() == (
        "Bookings open 14 days ahead; sign-outs always return the session."
    )

    qtbot.mouseClick(ui.ownPolicyRadio, LEFT)
    assert fields.isVisible()
    assert fields.ui.windowRadio.isChecked() and fields.ui.windowSpin.value() == 14  # the studio's
    type_number(qtbot, fields.ui.windowSpin, "3")
    qtbot.mouseClick(fields.ui.cutoffRadio, LEFT)
    type_number(qtbot, fields.ui.cutoffSpin, "6")
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert studio.svc.schedule.list_series()[0].policy == BookingPolicy(3, 6)

    again = SeriesEditorDialog(controller, studio.svc.schedule.list_series()[0])
    qtbot.addWidget(again)
    again.show()
    assert again.ui.ownPolicyRadio.isChecked() and again.policy_fields.isVisible()
    assert again.policy_fields.ui.windowSpin.value() == 3
    assert again.policy_fields.ui.cutoffRadio.isChecked()
    assert again.policy_fields.ui.cutoffSpin.value() == 6
    qtbot.mouseClick(again.ui.studioPolicyRadio, LEFT)  # back to the studio's policy
    assert again.policy_fields.isHidden()
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert studio.svc.schedule.list_series()[0].policy is None


# -- late cancels at the desk -------------------------------------------------------------------
def open_class(qtbot, schedule: ScheduleView, session_id: int) -> None:  # noqa: ANN001
    schedule.reload()
    rect = schedule.calendar.block_rect(session_id)
    qtbot.mouseClick(schedule.calendar, LEFT, pos=rect.center())
    assert schedule.panel.session_id == session_id


def left_column(schedule: ScheduleView) -> list[str]:
    model = schedule.panel.attendees
    return [model.index(row, 2).data() for row in range(model.rowCount())]


@pytest.fixture
def window(qtbot, studio: StudioFactory) -> MainWindow:  # noqa: ANN001
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.resize(1280, 800)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("forgive", [False, True])
def test_signing_out_inside_the_cut_off_asks_and_keeps_the_session_unless_forgiven(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    window: MainWindow,
    forgive: bool,
) -> None:
    svc = studio.svc
    svc.policies.set(StudioPolicy(BookingPolicy(None, 12), False))
    peter = studio.member("Peter", "Parker")
    svc.memberships.sell(peter, studio.pass_plan(6), TUE)
    series = studio.series()  # Tuesdays 18:00: today's class starts in 9 hours
    tonight, next_week = studio.session_on(TUE, series), studio.session_on(NEXT_TUE, series)
    svc.bookings.sign_up(next_week, peter)
    svc.bookings.sign_up(tonight, peter)
    schedule = window.schedule_page
    open_class(qtbot, schedule, tonight)
    assert left_column(schedule) == ["4 left"]

    seen: list[str] = []

    def answer(dialog: QWidget) -> None:
        assert isinstance(dialog, LateCancelDialog)
        ui = dialog.ui
        seen.append(ui.warningLabel.text())
        assert ui.memberLabel.text() == "Sign Peter Parker out?"
        assert ui.classLabel.text() == "Vinyasa Flow · Tue 1 Dec 2026, 18:00–19:00"
        assert not ui.forgiveCheck.isChecked()
        assert ui.forgiveCheck.text() == "&Forgive: return the session to the membership"
        assert ui.outcomeLabel.text() == "The session stays charged to 6-session pass (4 left)."
        if forgive:
            qtbot.mouseClick(ui.forgiveCheck, LEFT)
            assert ui.outcomeLabel.text() == (
                "The session goes back to 6-session pass, as for any sign-out."
            )
        qtbot.mouseClick(ui.signOutButton, LEFT)

    schedule.panel.ui.attendeesTable.selectRow(0)
    when_modal(answer)
    qtbot.mouseClick(schedule.panel.ui.signOutButton, LEFT)
    assert seen == [
        "Late cancel: signing out 9 h before the start, inside the 12 h cancellation cut-off."
    ]
    assert schedule.panel.attendees.rowCount() == 0
    if forgive:
        assert "stays charged" not in window.banner_text()
    else:
        assert window.banner_text() == (
            "Late cancel: signing out 9 h before the start, inside the 12 h cancellation "
            "cut-off: the session stays charged."
        )

    qtbot.mouseClick(schedule.ui.nextWeekButton, LEFT)
    open_class(qtbot, schedule, next_week)
    assert left_column(schedule) == ["5 left" if forgive else "4 left"]


def test_cancel_in_the_late_cancel_question_keeps_the_member_booked(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    window: MainWindow,
) -> None:
    studio.svc.policies.set(StudioPolicy(BookingPolicy(None, 12), False))
    peter = studio.member("Peter", "Parker")
    studio.svc.memberships.sell(peter, studio.pass_plan(6), TUE)
    tonight = studio.session_on(TUE, studio.series())
    studio.svc.bookings.sign_up(tonight, peter)
    schedule = window.schedule_page
    open_class(qtbot, schedule, tonight)
    schedule.panel.ui.attendeesTable.selectRow(0)
    when_modal(lambda dialog: qtbot.mouseClick(dialog.ui.cancelButton, LEFT))  # type: ignore[attr-defined]
    qtbot.mouseClick(schedule.panel.ui.signOutButton, LEFT)
    assert left_column(schedule) == ["5 left"]
    assert schedule.panel.ui.errorLabel.isHidden()


# -- no-shows ------------------------------------------------------------------------------------
def test_mark_no_shows_after_the_class_flags_the_absent_member_only(
    qtbot,  # noqa: ANN001
    qtmodeltester,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,
) -> None:
    svc = studio.svc
    plan = studio.pass_plan(10)
    tonight = studio.session_on(TUE, studio.series())
    for first, last in (("Mary", "Jane"), ("Peter", "Parker")):
        member = studio.member(first, last)
        svc.memberships.sell(member, plan, TUE)
        svc.bookings.sign_up(tonight, member)
    schedule = ScheduleView(
        ScheduleController(svc, signals),
        AttendanceController(svc, signals),
        AppointmentController(svc, signals),
    )
    qtbot.addWidget(schedule)
    schedule.resize(1280, 800)
    schedule.show()
    panel = schedule.panel
    open_class(qtbot, schedule, tonight)
    button = panel.ui.markNoShowsButton
    assert not button.isEnabled()
    assert button.toolTip() == "Available once the class is over (it ends at 19:00)."
    panel.mark_no_shows()  # had it been clicked a moment before the end: the service says why
    assert "no-shows can be marked once the class is over" in panel.ui.errorLabel.text()

    panel.ui.attendeesTable.selectRow(1)  # Peter came
    qtbot.mouseClick(panel.ui.presentButton, LEFT)
    clock.advance_to(datetime(2026, 12, 1, 19, 30))
    open_class(qtbot, schedule, tonight)
    assert button.isEnabled()
    qtbot.mouseClick(button, LEFT)
    model = panel.attendees
    presence = {model.index(r, 0).data(): model.index(r, PRESENT_COLUMN).data() for r in (0, 1)}
    assert presence == {"Mary Jane": NO_SHOW, "Peter Parker": "Present"}
    assert panel.ui.countLabel.text() == "2 of 12 booked · 1 no-show"
    assert not button.isEnabled() and panel.ui.errorLabel.isHidden()
    assert button.toolTip() == "Everyone booked is marked present or already flagged as a no-show."
    qtmodeltester.check(model)

    # Mary did come after all: ticking Present clears the flag.
    index = model.index(0, PRESENT_COLUMN)
    assert index.data(Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(index, Qt.CheckState.Checked, Qt.ItemDataRole.CheckStateRole)
    assert model.index(0, PRESENT_COLUMN).data() == "Present"
    assert panel.ui.countLabel.text() == "2 of 12 booked"
