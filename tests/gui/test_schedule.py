"""The Schedule page: the week calendar, week navigation, class series and session editors."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt, QTime
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QListWidgetItem, QMessageBox

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views import schedule as schedule_module
from studio_app.gui.views.schedule import ScheduleView
from studio_app.gui.views.series_editor import RULES_NEED_A_PLAN, SeriesEditorDialog
from studio_app.gui.views.session_editor import SessionEditorDialog
from tests.factories import StudioFactory

TUE, THU = date(2026, 12, 1), date(2026, 12, 3)


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> ScheduleView:
    studio.series("Vinyasa Flow")  # Tuesdays 18:00, 12 places
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


def click_block(qtbot, view: ScheduleView, session_id: int) -> None:
    rect = view.calendar.block_rect(session_id)
    assert not rect.isEmpty()
    qtbot.mouseClick(view.calendar, Qt.MouseButton.LeftButton, pos=rect.center())


def test_the_clock_week_shows_blocks_with_booked_over_capacity(
    view: ScheduleView, studio: StudioFactory
) -> None:
    tuesday = studio.session_on(TUE)
    assert view.ui.weekLabel.text() == "30 Nov – 6 Dec 2026"
    assert view.calendar.selected_day == TUE  # today's column is the picked day
    text = view.calendar.block_text(tuesday)
    assert "Vinyasa Flow" in text and "18:00–19:00" in text and "0/12" in text
    assert view.ui.printDayButton.text() == "Print sheets for Tue 1 Dec…"


def test_next_and_previous_week_change_label_and_blocks(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    this_week = studio.session_on(TUE)
    qtbot.mouseClick(view.ui.nextWeekButton, Qt.MouseButton.LeftButton)
    assert view.ui.weekLabel.text() == "7–13 Dec 2026"
    assert view.calendar.block_rect(this_week).isEmpty()
    assert not view.calendar.block_rect(studio.session_on(date(2026, 12, 8))).isEmpty()
    for _ in range(2):
        qtbot.mouseClick(view.ui.previousWeekButton, Qt.MouseButton.LeftButton)
    assert view.ui.weekLabel.text() == "23–29 Nov 2026"
    assert not view.calendar.block_rect(studio.session_on(date(2026, 11, 24))).isEmpty()
    qtbot.mouseClick(view.ui.todayButton, Qt.MouseButton.LeftButton)
    assert view.ui.weekLabel.text() == "30 Nov – 6 Dec 2026"
    assert not view.calendar.block_rect(this_week).isEmpty()


def test_clicking_a_block_fills_the_attendance_panel(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    panel = view.panel
    assert panel.ui.stack.currentWidget() is panel.ui.emptyPage
    assert panel.ui.emptyLabel.text() == "Select a class in the calendar"
    session_id = studio.session_on(TUE)
    click_block(qtbot, view, session_id)
    assert view.calendar.selected_id == session_id
    assert panel.session_id == session_id
    assert panel.ui.stack.currentWidget() is panel.ui.sessionPage
    assert panel.ui.titleLabel.text() == "Vinyasa Flow"
    assert panel.ui.whenLabel.text() == "Tue 1 Dec 2026, 18:00–19:00"
    assert panel.ui.detailsLabel.text() == "Anna Kowalska · Studio A · Group class"
    assert panel.ui.countLabel.text() == "0 of 12 booked"


def test_overlapping_sessions_are_drawn_side_by_side(
    view: ScheduleView, studio: StudioFactory
) -> None:
    studio.series("Yin Yoga", at=time(18, 30))  # straight through the service: no signal
    view.reload()
    first, second = (b.id for b in studio.svc.schedule.day(TUE))
    left, right = view.calendar.block_rect(first), view.calendar.block_rect(second)
    assert left.right() < right.left()
    assert left.top() < right.top() < left.bottom()


def test_series_editor_creates_a_class_the_week_shows(
    qtbot,
    view: ScheduleView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def fill_and_ok(dialog: SeriesEditorDialog) -> int:
        ui = dialog.ui
        assert ui.fromDateEdit.date().toPython() == TUE
        assert ui.untilDateEdit.date().toPython() == date(2027, 11, 30)
        ui.nameEdit.setText("Yin Yoga")
        ui.instructorEdit.setText("Mia Chen")
        ui.roomEdit.setText("Studio B")
        ui.capacitySpin.setValue(8)
        ui.thuCheck.setChecked(True)
        ui.startTimeEdit.setTime(QTime(7, 30))
        assert ui.summaryLabel.text() == (
            "Every Tue and Thu at 07:30, 1 Dec 2026 – 30 Nov 2027 (105 classes)"
        )
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
        return dialog.result()

    monkeypatch.setattr(SeriesEditorDialog, "exec", fill_and_ok)
    qtbot.mouseClick(view.ui.newClassButton, Qt.MouseButton.LeftButton)
    yin = [b for b in view.schedule.week(TUE) if b.name == "Yin Yoga"]
    assert [b.starts_at.date() for b in yin] == [TUE, THU]
    assert "0/8" in view.calendar.block_text(yin[0].id)
    assert "07:30–08:30" in view.calendar.block_text(yin[0].id)


def test_series_editor_shows_refusals_inline_and_stays_open(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    controller = ScheduleController(studio.svc, signals)
    dialog = SeriesEditorDialog(controller, None, first_day=TUE)
    qtbot.addWidget(dialog)
    dialog.ui.nameEdit.setText("Yin Yoga")
    dialog.ui.tueCheck.setChecked(False)
    assert dialog.ui.summaryLabel.text() == "Choose at least one weekday for the class."
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert dialog.ui.errorLabel.text() == controller.last_error
    assert "weekday" in controller.last_error
    assert studio.svc.schedule.list_series() == []


def test_series_editor_edits_an_existing_series(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    row = studio.svc.schedule.list_series()[0]
    dialog = SeriesEditorDialog(view.schedule, row)
    qtbot.addWidget(dialog)
    assert dialog.ui.nameEdit.text() == "Vinyasa Flow" and dialog.ui.tueCheck.isChecked()
    dialog.ui.roomEdit.setText("Studio C")
    dialog.ui.capacitySpin.setValue(15)
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "0/15" in view.calendar.block_text(studio.session_on(TUE))


def test_session_editor_edits_one_session_only(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
) -> None:
    tuesday = studio.session_on(TUE)
    dialog = SessionEditorDialog(view.schedule, studio.svc.schedule.session(tuesday))
    qtbot.addWidget(dialog)
    dialog.ui.capacitySpin.setValue(6)
    dialog.ui.instructorEdit.setText("Sam Substitute")
    dialog.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "Sam Substitute" in view.calendar.block_text(tuesday)
    assert "0/6" in view.calendar.block_text(tuesday)
    next_week = studio.svc.schedule.session(studio.session_on(date(2026, 12, 8)))
    assert (next_week.capacity, next_week.instructor) == (12, "Anna Kowalska")


def test_cancel_class_returns_sessions(
    qtbot,
    view: ScheduleView,
    studio: StudioFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    member = studio.member()
    studio.svc.memberships.sell(member, studio.pass_plan(10), TUE)
    tuesday = studio.session_on(TUE)
    studio.svc.bookings.sign_up(tuesday, member)
    view.select_session(tuesday)
    assert view.panel.attendees.row_at(0).left_after == "9 left"
    asked: list[str] = []

    def yes(parent, title, text, *args):
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    qtbot.mouseClick(view.panel.ui.cancelClassButton, Qt.MouseButton.LeftButton)
    assert "1 booked member(s) will get their session back" in asked[0]
    assert view.panel.ui.titleLabel.text() == "Vinyasa Flow — cancelled"
    assert view.panel.attendees.rowCount() == 0
    assert "Cancelled" in view.calendar.block_text(tuesday)
    assert not view.panel.ui.cancelClassButton.isEnabled()
    next_week = studio.session_on(date(2026, 12, 8))
    view.select_session(next_week)
    view.panel.ui.signUpEdit.setText("Parker")
    view.panel.sign_up()
    assert view.panel.attendees.row_at(0).left_after == "9 left"  # the session came back


def test_print_day_writes_the_days_sheets(
    qtbot,
    view: ScheduleView,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    printed: list = []
    monkeypatch.setattr(
        schedule_module, "print_pdf", lambda path, parent=None: printed.append(path) or True
    )
    qtbot.mouseClick(view.ui.printDayButton, Qt.MouseButton.LeftButton)
    assert printed and printed[0].exists() and printed[0].read_bytes().startswith(b"%PDF")
    empty_day = date(2026, 12, 2)  # a Wednesday without classes: refused in words
    view.calendar.set_selected_day(empty_day)
    assert view.print_day() is False
    assert "no classes" in view.attendance.last_error


def rule_item(dialog: SeriesEditorDialog, name: str) -> QListWidgetItem:
    return next(i for i in dialog.rule_items() if i.text().startswith(f"{name}  ("))


def tick(qtbot, dialog: SeriesEditorDialog, name: str) -> None:
    """Tick or untick a plan the way staff do: the row made current, then the space bar."""
    dialog.ui.rulesList.setCurrentItem(rule_item(dialog, name))
    qtbot.keyClick(dialog.ui.rulesList, Qt.Key.Key_Space)


def test_series_editor_session_rules_save_the_ticked_plans(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    unlimited = studio.time_plan(name="Monthly unlimited")
    limited = studio.limited_plan(name="Limited 4 / 28 days")
    studio.pass_plan(10, name="10-class pass")
    studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 5), name="5 PT sessions")
    studio.series("Vinyasa Flow")
    controller = ScheduleController(studio.svc, signals)
    dialog = SeriesEditorDialog(controller, studio.svc.schedule.list_series()[0])
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert not ui.rulesCheck.isChecked() and not ui.rulesList.isEnabled()
    assert (
        ui.rulesHintLabel.text() == "Any membership that pays for Group class may book this class."
    )
    assert rule_item(dialog, "Monthly unlimited").text() == "Monthly unlimited  (Time-based)"

    qtbot.mouseClick(ui.rulesCheck, Qt.MouseButton.LeftButton)
    assert ui.rulesList.isEnabled()
    assert "Greyed plans are for another category than Group class." in ui.rulesHintLabel.text()
    pt = rule_item(dialog, "5 PT sessions")
    assert not pt.flags() & Qt.ItemFlag.ItemIsEnabled
    assert pt.toolTip() == "5 PT sessions pays for Personal training, not Group class."
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()  # nothing ticked yet
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert ui.errorLabel.text() == RULES_NEED_A_PLAN

    tick(qtbot, dialog, "Monthly unlimited")
    tick(qtbot, dialog, "Limited 4 / 28 days")
    assert rule_item(dialog, "Limited 4 / 28 days").checkState() == Qt.CheckState.Checked
    ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert studio.svc.schedule.list_series()[0].allowed_plan_ids == {unlimited, limited}

    again = SeriesEditorDialog(controller, studio.svc.schedule.list_series()[0])
    qtbot.addWidget(again)
    assert again.ui.rulesCheck.isChecked()
    ticked = [i.text() for i in again.rule_items() if i.checkState() == Qt.CheckState.Checked]
    assert ticked == ["Limited 4 / 28 days  (Limited (credits))", "Monthly unlimited  (Time-based)"]
    qtbot.mouseClick(again.ui.rulesCheck, Qt.MouseButton.LeftButton)  # back to any plan
    again.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok).click()
    assert studio.svc.schedule.list_series()[0].allowed_plan_ids == frozenset()
