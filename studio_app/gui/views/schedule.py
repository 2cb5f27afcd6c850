"""The Schedule page: the week's classes on the left, the selected class's attendance on the right.

The week shown first is the one containing today by the studio clock; the page reloads when an
operation changed the schedule or bookings. A splitter divides the width between the calendar
and the attendance panel; where the desk leaves it is remembered across restarts.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import weekday_text
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.schedule import (
    Change,
    ScheduleController,
    monday_of,
    week_label,
)
from studio_app.gui.forms.ui_schedule import Ui_ScheduleView
from studio_app.gui.views.appointment_dialog import AppointmentDialog
from studio_app.gui.views.attendance_panel import AttendancePanel
from studio_app.gui.views.common import set_primary
from studio_app.gui.views.pdf_output import print_pdf
from studio_app.gui.views.permissions import allow, follow_privileges
from studio_app.gui.views.series_editor import SeriesEditorDialog
from studio_app.gui.views.shortcuts import Command, with_keys
from studio_app.gui.views.splitter_memory import remember_sizes
from studio_app.gui.views.week_calendar import WeekCalendar


class ScheduleView(QWidget):
    def __init__(
        self,
        schedule: ScheduleController,
        attendance: AttendanceController,
        appointments: AppointmentController,
        parent: QWidget | None = None,
        settings: QSettings | None = None,
    ) -> None:
        super().__init__(parent)
        self.schedule, self.attendance, self.appointments = schedule, attendance, appointments
        self.ui = Ui_ScheduleView()
        self.ui.setupUi(self)
        self.calendar = WeekCalendar(self)
        self.ui.calendarLayout.addWidget(self.calendar)
        self.panel = AttendancePanel(attendance, schedule, self)
        self.ui.panelLayout.addWidget(self.panel)
        self._split_width(settings)
        set_primary(self.ui.newClassButton)
        self._week = monday_of(schedule.today())
        self.ui.previousWeekButton.clicked.connect(lambda: self.show_week(self._week - _WEEK))
        self.ui.nextWeekButton.clicked.connect(lambda: self.show_week(self._week + _WEEK))
        self.ui.todayButton.clicked.connect(lambda: self.show_week(self.schedule.today()))
        self.ui.newClassButton.clicked.connect(self.new_class)
        self.ui.newAppointmentButton.clicked.connect(self.new_appointment)
        self.ui.printDayButton.clicked.connect(self.print_day)
        self.calendar.session_selected.connect(self._class_opened)
        self.panel.ui.printSheetButton.setToolTip(
            with_keys("Print this class's attendance sheet", Command.PRINT_SHEET)
        )
        self.calendar.day_selected.connect(lambda _day: self._update_print_button())
        schedule.signals.changed.connect(self._on_changed)
        follow_privileges(self, schedule, self._apply_privileges)
        self._apply_privileges()
        self.show_week(schedule.today())

    @property
    def week_start(self) -> date:
        return self._week

    def show_week(self, day: date) -> None:
        """Show the Monday-to-Sunday week containing ``day``; today (or Monday) is the picked day
        for printing."""
        self._week = monday_of(day)
        self.ui.weekLabel.setText(week_label(day))
        today = self.schedule.today()
        picked = self.calendar.selected_day
        if picked is None or monday_of(picked) != self._week:
            self.calendar.set_selected_day(today if monday_of(today) == self._week else self._week)
        self.reload()

    def reload(self) -> None:
        """Draw the week; cancelled appointments leave the calendar (classes stay, struck)."""
        clients = self.appointments.clients_in_week(self._week)
        blocks = [
            b for b in self.schedule.week(self._week) if not (b.cancelled and b.id in clients)
        ]
        self.calendar.set_sessions(
            self._week, blocks, today=self.schedule.today(), appointments=clients
        )
        self.calendar.set_selected(self.panel.session_id)
        self._update_print_button()

    def select_session(self, session_id: int) -> None:
        """Show the session's week, highlight it and open its attendance list."""
        block = self.schedule.session(session_id)
        if block is None:
            return
        if monday_of(block.starts_at.date()) != self._week:
            self.show_week(block.starts_at.date())
        self.calendar.set_selected(session_id)
        self._session_clicked(session_id)

    def _class_opened(self, session_id: int) -> None:
        """A class clicked (or Enter) in the calendar: its attendance list opens with the
        cursor in the member field, so the name typed next goes there."""
        self._session_clicked(session_id)
        self.panel.focus_member_field()

    def print_selected_sheet(self) -> bool:
        """Ctrl+P: print the attendance sheet of the class shown, as its Print sheet… button
        does; False when no class is selected."""
        if self.panel.session_id is None:
            return False
        self.panel.ui.printSheetButton.click()
        return True

    def _session_clicked(self, session_id: int) -> None:
        self.panel.show_session(session_id)
        self._update_print_button()

    def _picked_day(self) -> date:
        return self.calendar.selected_day or self._week

    def _update_print_button(self) -> None:
        day = self._picked_day()
        self.ui.printDayButton.setText(f"Print sheets for {weekday_text(day, year=False)}…")
        self.ui.printDayButton.setToolTip(
            "Attendance sheets of every class that day (click a day in the calendar to choose)"
        )

    def _split_width(self, settings: QSettings | None) -> None:
        """The panel starts ``PANEL_WIDTH`` wide and the calendar takes the rest (and any width
        the window gains); with the desk's ``settings`` the splitter is where it was left."""
        splitter = self.ui.splitter
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 0)
        splitter.setSizes([max(self.width() - PANEL_WIDTH, 0), PANEL_WIDTH])
        if settings is not None:
            remember_sizes(splitter, settings, SPLITTER_KEY)

    def _apply_privileges(self) -> None:
        """New class needs the ``settings`` privilege: greyed, with the reason, without it."""
        allow(self.ui.newClassButton, Privilege.SETTINGS, self.schedule.can(Privilege.SETTINGS))

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self.schedule.concerns(changes):
            self.reload()

    def new_class(self) -> int | None:
        """Open the series editor for a new class starting on the picked day."""
        first_day = max(self._picked_day(), self.schedule.today())
        dialog = SeriesEditorDialog(self.schedule, None, self, first_day=first_day)
        if dialog.exec() != QDialog.DialogCode.Accepted:
            return None
        return dialog.series_id

    def appointment_dialog(self) -> AppointmentDialog:
        """The booking dialog for an appointment on the picked day (not yet executed)."""
        return AppointmentDialog(self.appointments, None, "", self, day=self._picked_day())

    def new_appointment(self) -> int | None:
        """Book a one-to-one appointment; the calendar then shows and selects it."""
        dialog = self.appointment_dialog()
        if dialog.exec() != QDialog.DialogCode.Accepted or dialog.booked is None:
            return None
        self.select_session(dialog.booked.session_id)
        return dialog.booked.session_id

    def print_day(self) -> bool:
        """Print one attendance sheet per class of the picked day; False if there is none."""
        path = self.attendance.day_sheets_pdf(self._picked_day())
        return path is not None and print_pdf(path, self)


_WEEK = timedelta(days=7)
#: The attendance panel's width until the desk drags the splitter.
PANEL_WIDTH = 440
SPLITTER_KEY = "schedule/splitter"
