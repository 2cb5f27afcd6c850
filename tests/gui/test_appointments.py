"""Appointments at the desk: "New appointment…" on the schedule page, the booking dialog (typing a
member, choosing a trainer, refusals shown in the dialog) and the member's Appointments tab."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, QPoint, Qt, QTime
from PySide6.QtWidgets import QMessageBox

from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views.appointment_dialog import AUTOMATIC, AppointmentDialog
from studio_app.gui.views.appointments_tab import AppointmentsTab
from studio_app.gui.views.schedule import ScheduleView
from studio_app.gui.views.week_calendar import GUTTER_WIDTH, HEADER_HEIGHT
from tests.factories import StudioFactory

TUE, THU = date(2026, 12, 1), date(2026, 12, 3)
LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def peter(studio: StudioFactory) -> int:
    """Peter Parker holds "PT 4": 4 Personal training credits from today."""
    member = studio.member("Peter", "Parker")
    plan = studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 4), name="PT 4")
    studio.svc.memberships.sell(member, plan, TUE)
    return member


@pytest.fixture
def schedule(qtbot, studio: StudioFactory, signals: AppSignals) -> ScheduleView:  # noqa: ANN001
    studio.series("Vinyasa Flow")  # Anna Kowalska, Tuesdays 18:00–19:00
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


@pytest.fixture
def tab(qtbot, studio: StudioFactory, signals: AppSignals, peter: int) -> AppointmentsTab:  # noqa: ANN001
    widget = AppointmentsTab(AppointmentController(studio.svc, signals))
    qtbot.addWidget(widget)
    widget.resize(820, 460)
    widget.show()
    widget.show_member(peter, "Peter Parker")
    return widget


def pick_day(qtbot, view: ScheduleView, day: date) -> None:  # noqa: ANN001
    """Click the day's column above its classes (06:00), as staff pick a day."""
    width = (view.calendar.width() - GUTTER_WIDTH - 1) / 7
    x = GUTTER_WIDTH + (day - view.week_start).days * width + width / 2
    qtbot.mouseClick(view.calendar, LEFT, pos=QPoint(int(x), HEADER_HEIGHT + 6))
    assert view.calendar.selected_day == day


def items(combo) -> list[str]:  # noqa: ANN001
    return [combo.itemText(i) for i in range(combo.count())]


def cells(model) -> list[list[str]]:  # noqa: ANN001
    return [
        [model.index(r, c).data() for c in range(model.columnCount())]
        for r in range(model.rowCount())
    ]


def pt_left(studio: StudioFactory, member: int) -> int:
    totals = {t.category: t for t in studio.svc.credits.report(member).totals}
    return totals[PERSONAL_TRAINING].available


def test_new_appointment_from_the_schedule_page(
    qtbot,  # noqa: ANN001
    schedule: ScheduleView,
    studio: StudioFactory,
    peter: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    studio.member("Mary", "Jane")
    pick_day(qtbot, schedule, THU)

    def fill_and_book(dialog: AppointmentDialog) -> int:
        ui = dialog.ui
        dialog.show()
        assert ui.dateEdit.date().toPython() == THU
        assert ui.timeEdit.time() == QTime(10, 0)
        assert (ui.durationSpin.value(), ui.roomEdit.text()) == (60, "PT room")
        assert ui.categoryCombo.currentText() == PERSONAL_TRAINING
        assert items(ui.trainerCombo) == ["Anna Kowalska"]
        assert ui.payHintLabel.text() == "Choose the member first."
        qtbot.keyClicks(ui.memberEdit, "park")
        assert [ui.suggestionsList.item(i).text() for i in range(ui.suggestionsList.count())] == [
            "Peter Parker"
        ]
        assert items(ui.payWithCombo) == [AUTOMATIC, "PT 4 · 4 Personal training credits left"]
        assert ui.payHintLabel.text() == (
            "Automatic choice: PT 4 · 4 Personal training credits left."
        )
        qtbot.keyClicks(ui.trainerCombo.lineEdit(), "Tom Trainer")
        ui.durationSpin.setValue(45)
        assert ui.summaryLabel.text() == "Thu 3 Dec 2026 10:00–10:45 with Tom Trainer"
        qtbot.mouseClick(ui.bookButton, LEFT)
        return dialog.result()

    monkeypatch.setattr(AppointmentDialog, "exec", fill_and_book)
    qtbot.mouseClick(schedule.ui.newAppointmentButton, LEFT)
    [(session_id, client)] = studio.svc.appointments.clients_in_week(THU).items()
    assert client == "Peter Parker"
    text = schedule.calendar.block_text(session_id)
    assert text.splitlines() == [
        "Personal training · Tom Trainer",
        "Thu 3 Dec 10:00–10:45",
        "Tom Trainer · PT room",
        "Appointment with Peter Parker",
    ]
    assert schedule.calendar.selected_id == session_id  # shown and opened at once
    assert schedule.panel.ui.titleLabel.text() == "Personal training · Tom Trainer"
    assert [r.member_name for r in schedule.panel.attendees.rows()] == ["Peter Parker"]
    assert pt_left(studio, peter) == 3


def test_a_refusal_stays_in_the_dialog_and_nothing_changes(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    peter: int,
) -> None:
    studio.series("Vinyasa Flow")
    mary = studio.member("Mary", "Jane")
    studio.svc.memberships.sell(mary, studio.pass_plan(10), TUE)
    dialog = AppointmentDialog(AppointmentController(studio.svc, signals), day=TUE)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert ui.timeEdit.time() == QTime(10, 0)  # today: the next full hour
    qtbot.keyClicks(ui.memberEdit, "jane")
    assert items(ui.payWithCombo) == [AUTOMATIC, "10-session pass — can't pay"]
    assert ui.payHintLabel.text() == (
        "No membership can pay: '10-session pass' is for Group class, not Personal training."
    )
    qtbot.keyClicks(ui.trainerCombo.lineEdit(), "Tom Trainer")
    qtbot.mouseClick(ui.bookButton, LEFT)
    assert "no membership can pay" in ui.errorLabel.text()
    assert dialog.result() == 0 and dialog.booked is None
    ui.memberEdit.clear()
    qtbot.keyClicks(ui.memberEdit, "peter")
    ui.trainerCombo.setCurrentText("Anna Kowalska")
    ui.timeEdit.setTime(QTime(18, 30))
    qtbot.mouseClick(ui.bookButton, LEFT)
    assert ui.errorLabel.text() == (
        "Anna Kowalska is busy 18:00–19:00 on Tue 1 Dec 2026 with Vinyasa Flow."
    )
    assert [b.name for b in studio.svc.schedule.week(TUE)] == ["Vinyasa Flow"]
    assert pt_left(studio, peter) == 4
    ui.timeEdit.setTime(QTime(16, 0))
    qtbot.mouseClick(ui.bookButton, LEFT)
    assert dialog.result() == 1 and dialog.booked is not None
    assert pt_left(studio, peter) == 3


def test_the_tab_counts_books_and_cancels(
    qtbot,  # noqa: ANN001
    tab: AppointmentsTab,
    studio: StudioFactory,
    peter: int,
    monkeypatch: pytest.MonkeyPatch,
    qtmodeltester,  # noqa: ANN001
) -> None:
    ui = tab.ui
    assert cells(tab.overview_model) == [[PERSONAL_TRAINING, "4", "0", "0", "4"]]
    assert ui.listLabel.text() == "Appointments: none yet"
    assert not ui.cancelButton.isEnabled()

    def fill_and_book(dialog: AppointmentDialog) -> int:
        dialog.show()
        assert dialog.ui.memberNameLabel.text() == "Peter Parker"
        assert dialog.ui.memberEdit.isHidden()
        qtbot.keyClicks(dialog.ui.trainerCombo.lineEdit(), "Tom Trainer")
        dialog.ui.dateEdit.setDate(QDate(THU))
        qtbot.mouseClick(dialog.ui.bookButton, LEFT)
        return dialog.result()

    monkeypatch.setattr(AppointmentDialog, "exec", fill_and_book)
    qtbot.mouseClick(ui.bookButton, LEFT)
    assert cells(tab.overview_model) == [[PERSONAL_TRAINING, "4", "1", "0", "3"]]
    assert ui.listLabel.text() == "Appointments (1)"
    assert cells(tab.appointments_model) == [
        [
            "Thu 3 Dec 2026 10:00–11:00",
            "Tom Trainer",
            PERSONAL_TRAINING,
            "PT room",
            "Booked",
            "PT 4",
        ]
    ]
    qtmodeltester.check(tab.overview_model)
    qtmodeltester.check(tab.appointments_model)

    asked: list[str] = []

    def yes(parent, title, text, *args):  # noqa: ANN001, ANN002, ANN202
        asked.append(text)
        return QMessageBox.StandardButton.Yes

    monkeypatch.setattr(QMessageBox, "question", yes)
    table = ui.appointmentsTable
    qtbot.mouseClick(
        table.viewport(), LEFT, pos=table.visualRect(tab.appointments_model.index(0, 1)).center()
    )
    assert ui.cancelButton.isEnabled()
    qtbot.mouseClick(ui.cancelButton, LEFT)
    assert "with Tom Trainer on Thu 3 Dec 2026 10:00–11:00" in asked[0]
    assert "goes back to PT 4" in asked[0]
    assert tab.appointments_model.row_at(0).status.value == "cancelled"
    assert tab.appointments_model.index(0, 4).data() == "Cancelled"
    assert cells(tab.overview_model) == [[PERSONAL_TRAINING, "4", "0", "0", "4"]]
    assert not ui.cancelButton.isEnabled()


def test_cancelling_in_the_tab_takes_the_appointment_off_the_calendar(
    qtbot,  # noqa: ANN001
    schedule: ScheduleView,
    tab: AppointmentsTab,
    studio: StudioFactory,
    peter: int,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    assert tab.controller.signals is schedule.schedule.signals
    dialog = tab.book_dialog()
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.ui.trainerCombo.lineEdit(), "Tom Trainer")
    dialog.ui.timeEdit.setTime(QTime(12, 0))
    qtbot.mouseClick(dialog.ui.bookButton, LEFT)
    session_id = dialog.booked.session_id
    assert not schedule.calendar.block_rect(session_id).isEmpty()
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    table = tab.ui.appointmentsTable
    qtbot.mouseClick(
        table.viewport(), LEFT, pos=table.visualRect(tab.appointments_model.index(0, 0)).center()
    )
    qtbot.mouseClick(tab.ui.cancelButton, LEFT)
    assert schedule.calendar.block_rect(session_id).isEmpty()
    assert schedule.calendar.block_text(session_id) == ""
    # The class of the day stays, and the trainer's slot is free again.
    assert [b.name for b in studio.svc.schedule.day(TUE) if not b.cancelled] == ["Vinyasa Flow"]


def test_the_tab_without_a_member_or_credits(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    nobody = studio.member("Nora", "None")
    widget = AppointmentsTab(AppointmentController(studio.svc, signals))
    qtbot.addWidget(widget)
    widget.show()
    assert not widget.ui.bookButton.isEnabled()
    widget.show_member(nobody, "Nora None")
    assert widget.ui.bookButton.isEnabled()
    assert widget.ui.overviewTable.isHidden()
    assert widget.ui.emptyLabel.isVisible()
    assert "No appointment credits yet" in widget.ui.emptyLabel.text()
