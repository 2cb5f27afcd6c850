"""The attendance list of the selected class: who is booked, Present, sign-up, sign-out, waitlist.

Signing up charges one session (from the membership expiring first unless staff choose); a full
class offers the waitlist instead; signing out returns the session and promotes the first waiting
member who can pay; Present changes no balance (SPEC §3). With enforce billing off, a member no
membership can pay for is offered an unpaid visit at once, marked on the list until paid. Each
name suggestion says beforehand which membership would pay (or why none can); a refusal shows
once, on the line under the sign-up field (or in the unpaid-visit question); a member no
membership can pay for is put on a full class's waitlist only after a warning.

After the class's cancellation cut-off, Sign out first asks (LateCancelDialog): a late cancel keeps
the session charged unless the desk forgives it. Once the class is over, "Mark no-shows" flags every
booked member not marked present; ticking Present later clears the flag.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtWidgets import QDialog, QHeaderView, QMessageBox, QWidget

from studio_app.domain.formats import weekday_text
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.attendance import (
    AttendanceController,
    AttendanceList,
    AttendeeRow,
    count_text,
)
from studio_app.gui.controllers.schedule import (
    Change,
    ScheduleController,
    SessionBlock,
    time_span,
)
from studio_app.gui.forms.ui_attendance_panel import Ui_AttendancePanel
from studio_app.gui.qtmodels.attendance import AttendeesModel, WaitlistModel
from studio_app.gui.qtmodels.rows import ROW_ROLE
from studio_app.gui.views.attendance_room import compact_rows, fit_waitlist
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.late_cancel_dialog import sign_out_asking
from studio_app.gui.views.pay_visit_dialog import PayVisitDialog, VisitToPay
from studio_app.gui.views.pdf_output import ask_pdf_path, offer_save, open_pdf, print_pdf
from studio_app.gui.views.permissions import allow, follow_privileges
from studio_app.gui.views.series_editor import SeriesEditorDialog
from studio_app.gui.views.session_editor import SessionEditorDialog
from studio_app.gui.views.sign_up_picker import AUTOMATIC, SignUpPicker
from studio_app.gui.views.sign_up_questions import (
    REGISTER_UNPAID,
    confirm_unpaid,
    confirm_waitlist,
)
from studio_app.gui.views.table_selection import keep_selection, selected_row

__all__ = ["AUTOMATIC", "AttendancePanel", "REGISTER_UNPAID"]

#: How often the panel looks whether the class shown has ended (Mark no-shows becomes available).
CLOCK_CHECK_MS = 30_000
NO_SHOWS_TIP = "Flag every booked member not marked present as a no-show (still charged)."


class AttendancePanel(QWidget):
    def __init__(
        self,
        attendance: AttendanceController,
        schedule: ScheduleController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attendance, self.schedule = attendance, schedule
        self.ui = ui = Ui_AttendancePanel()
        ui.setupUi(self)
        self.attendees, self.waitlist = AttendeesModel(self), WaitlistModel(self)
        self._session_id: int | None = None
        self._list: AttendanceList | None = None
        for table, model in (
            (ui.attendeesTable, self.attendees),
            (ui.waitlistTable, self.waitlist),
        ):
            table.setModel(model)
            table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
            table.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.waitlistTable.verticalHeader().setVisible(False)
        compact_rows(ui.attendeesTable)
        fit_waitlist(ui.waitlistTable)
        set_primary(ui.signUpButton)
        show_error(ui.errorLabel, "")
        self.picker = SignUpPicker(ui, attendance, self)
        ui.suggestionsList.itemDoubleClicked.connect(lambda _item: self.sign_up())
        ui.signUpEdit.returnPressed.connect(self.sign_up)
        ui.signUpButton.clicked.connect(self.sign_up)
        ui.presentButton.clicked.connect(self._toggle_present)
        ui.signOutButton.clicked.connect(self.sign_out)
        ui.markNoShowsButton.clicked.connect(self.mark_no_shows)
        ui.payVisitButton.clicked.connect(self.pay_visit)
        ui.removeWaitingButton.clicked.connect(self._remove_waiting)
        ui.attendeesTable.doubleClicked.connect(self._open_member)
        self.attendees.present_requested.connect(self._set_present)
        ui.openSheetButton.clicked.connect(lambda: self._open_sheet())
        ui.printSheetButton.clicked.connect(lambda: self._open_sheet(printing=True))
        ui.editSessionButton.clicked.connect(self._edit_session)
        ui.editSeriesButton.clicked.connect(self._edit_series)
        ui.cancelClassButton.clicked.connect(self.cancel_class)
        attendance.signals.changed.connect(self._on_changed)
        follow_privileges(self, schedule, self._apply_privileges)
        self._clock = QTimer(self, interval=CLOCK_CHECK_MS, timeout=self._update_buttons)
        self._clock.start()
        self.show_session(None)

    @property
    def session_id(self) -> int | None:
        return self._session_id

    @property
    def block(self) -> SessionBlock | None:
        return self._list.session if self._list else None

    def show_session(self, session_id: int | None) -> None:
        """Show a class's attendance list, or the empty state when ``session_id`` is None."""
        if session_id != self._session_id:
            self.ui.signUpEdit.clear()
            show_error(self.ui.errorLabel, "")
        self._session_id = session_id
        self.reload()

    def focus_member_field(self) -> None:
        """Put the cursor in the sign-up field (a class was just opened: the name comes next)."""
        if self.ui.signUpEdit.isEnabled():
            self.ui.signUpEdit.setFocus(Qt.FocusReason.OtherFocusReason)

    def reload(self) -> None:
        data = self.attendance.attendance(self._session_id) if self._session_id else None
        self._list = data
        if data is None:
            self._session_id = None
            self.picker.set_session(None, full=True)
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.stack.setCurrentWidget(self.ui.sessionPage)
        block = data.session
        self.ui.titleLabel.setText(block.name + (" — cancelled" if block.cancelled else ""))
        self.ui.whenLabel.setText(f"{weekday_text(block.starts_at.date())}, {time_span(block)}")
        self.ui.detailsLabel.setText(
            " · ".join(
                part for part in (block.instructor, block.room, block.credit_category) if part
            )
        )
        self.ui.countLabel.setText(count_text(data))
        keep_selection(self.ui.attendeesTable, self.attendees, data.attendees, "booking_id")
        keep_selection(self.ui.waitlistTable, self.waitlist, data.waitlist, "entry_id")
        has_waitlist = bool(data.waitlist)
        self.ui.waitlistLabel.setText(
            f"Waitlist ({len(data.waitlist)})" if has_waitlist else "Waitlist: nobody waiting"
        )
        self.ui.waitlistTable.setVisible(has_waitlist)
        self.ui.removeWaitingButton.setVisible(has_waitlist)
        self.ui.signUpBox.setEnabled(not block.cancelled)
        self.ui.signUpButton.setText("Add to waitlist" if data.is_full else "Sign up")
        self._apply_privileges()
        self.ui.payVisitButton.setVisible(any(a.unpaid for a in data.attendees))
        self.picker.set_session(self._session_id, data.is_full)
        self._update_buttons()

    def _apply_privileges(self) -> None:
        """Edit session, Edit series and Cancel class need the ``settings`` privilege: without
        it they are greyed, the tooltip saying why (a cancelled class is edited no more)."""
        block, allowed = self.block, self.schedule.can(Privilege.SETTINGS)
        live = block is not None and not block.cancelled
        for button in (self.ui.editSessionButton, self.ui.cancelClassButton):
            allow(button, Privilege.SETTINGS, allowed, ready=live)
        in_series = block is not None and block.series_id is not None
        allow(self.ui.editSeriesButton, Privilege.SETTINGS, allowed, ready=in_series)

    def selected_attendee(self) -> AttendeeRow | None:
        row = selected_row(self.ui.attendeesTable)
        return row if isinstance(row, AttendeeRow) else None

    def _update_buttons(self) -> None:
        row = self.selected_attendee()
        self.ui.presentButton.setEnabled(row is not None)
        self.ui.signOutButton.setEnabled(row is not None)
        present = bool(row is not None and row.present)
        self.ui.presentButton.setText("Not present" if present else "Mark present")
        self.ui.payVisitButton.setEnabled(bool(row is not None and row.unpaid))
        self.ui.removeWaitingButton.setEnabled(selected_row(self.ui.waitlistTable) is not None)
        # Mark no-shows: once the class is over and someone booked was not marked present.
        why_not = self.attendance.no_shows_unavailable(self._list) if self._list else ""
        self.ui.markNoShowsButton.setEnabled(why_not is None)
        self.ui.markNoShowsButton.setToolTip(why_not or NO_SHOWS_TIP)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self._session_id is not None and self.attendance.concerns(changes):
            self.reload()

    # -------------------------------------------------------------- sign-up
    def sign_up(self) -> None:
        """Sign up the chosen member, or put them on the waitlist when the class is full."""
        if self._list is None or self._session_id is None:
            return
        text = self.ui.signUpEdit.text().strip()
        member = self.picker.chosen_member() if text else None
        if member is None:
            hint = f"No active member matches “{text}”." if text else "Type a member's name."
            show_error(self.ui.errorLabel, hint)
            return
        refusal = self._book(self._session_id, member, full=self._list.is_full)
        show_error(self.ui.errorLabel, refusal or "")
        if refusal is None:
            self.ui.signUpEdit.clear()

    def _book(self, session_id: int, member: int, *, full: bool) -> str | None:
        """Sign up (or, the class full, put on the waitlist) after asking what needs asking.
        None when done; else the refusal to show under the field ("" when the desk declined
        or a question already showed it)."""
        name = self.picker.chosen_name()
        if full:
            preview = self.attendance.payer_previews(session_id, [member]).get(member)
            if (
                preview
                and not preview.can_pay
                and not confirm_waitlist(self, name, preview.refusal)
            ):
                return ""
            done = self.attendance.join_waitlist(session_id, member) is not None
            return None if done else self.attendance.last_error
        paying = self.picker.paying_membership()
        if self.attendance.sign_up(session_id, member, paying) is not None:
            return None
        if not self.attendance.may_register_unpaid():
            return self.attendance.last_error
        if not confirm_unpaid(self, self.attendance.last_error, name):
            return ""
        done = self.attendance.sign_up(session_id, member, unpaid=True) is not None
        return None if done else self.attendance.last_error

    # ------------------------------------------------------------ attendees
    def _set_present(self, booking_id: int, present: bool) -> None:
        if not self.attendance.set_present(booking_id, present):
            show_error(self.ui.errorLabel, self.attendance.last_error)

    def _toggle_present(self) -> None:
        row = selected_row(self.ui.attendeesTable)
        if row is not None:
            self._set_present(row.booking_id, not row.present)  # type: ignore[attr-defined]

    def class_text(self) -> str:
        """'Vinyasa Flow · Tue 1 Dec 2026, 18:00–19:00' for the class shown."""
        block = self.block
        if block is None:
            return ""
        return f"{block.name} · {weekday_text(block.starts_at.date())}, {time_span(block)}"

    def sign_out(self) -> None:
        """Sign the selected member out; after the cut-off, ask first whether to forgive."""
        row = self.selected_attendee()
        if row is not None:
            refusal = sign_out_asking(self.attendance, row, self.class_text(), self)
            show_error(self.ui.errorLabel, refusal)

    def mark_no_shows(self) -> None:
        """Flag the absent members once the class is over; a refusal is shown in words."""
        if self._session_id is not None:
            done = self.attendance.mark_no_shows(self._session_id) is not None
            show_error(self.ui.errorLabel, "" if done else self.attendance.last_error)

    def pay_visit_dialog(self) -> PayVisitDialog | None:
        """The Pay visit dialog for the selected unpaid attendee (not yet executed)."""
        row, block = self.selected_attendee(), self.block
        if row is None or block is None or not row.unpaid:
            return None
        visit = VisitToPay(
            row.booking_id, block.id, row.member_id, row.member_name, self.class_text()
        )
        return PayVisitDialog(self.attendance, visit, self)

    def pay_visit(self) -> None:
        """Pay the selected unpaid visit; the list shows it paid after the dialog accepts."""
        dialog = self.pay_visit_dialog()
        if dialog is not None and dialog.exec() == QDialog.DialogCode.Accepted:
            show_error(self.ui.errorLabel, "")

    def _remove_waiting(self) -> None:
        row = selected_row(self.ui.waitlistTable)
        if row is not None and not self.attendance.leave_waitlist(row.entry_id):  # type: ignore[attr-defined]
            show_error(self.ui.errorLabel, self.attendance.last_error)

    def _open_member(self, index: QModelIndex) -> None:
        self.attendance.open_member(index.data(ROW_ROLE).member_id)

    # ------------------------------------------------------- sheets, class
    def _open_sheet(self, *, printing: bool = False) -> None:
        """Write this class's attendance sheet and open it in the PDF viewer (or print it)."""
        path = self.attendance.attendance_sheet_pdf(self._session_id) if self._session_id else None
        if path is not None and printing:
            print_pdf(path, self)
        elif path is not None and not open_pdf(path) and offer_save(path, self):
            self._save_sheet(path)

    def _save_sheet(self, sheet: Path) -> None:
        """Save the sheet no viewer could open where the desk chooses."""
        when = f" {self.block.starts_at:%Y-%m-%d %H.%M}" if self.block else ""
        out = ask_pdf_path(self, "Save the attendance sheet", f"Attendance sheet{when}.pdf")
        if out is not None and self.attendance.save_copy(sheet, out) is None:
            show_error(self.ui.errorLabel, self.attendance.last_error)

    def _edit_session(self) -> None:
        if self.block is not None:
            SessionEditorDialog(self.schedule, self.block, self).exec()

    def _edit_series(self) -> None:
        series_id = self.block.series_id if self.block else None
        if series_id is not None and (series := self.schedule.series(series_id)) is not None:
            SeriesEditorDialog(self.schedule, series, self).exec()

    def cancel_class(self) -> None:
        """Cancel after confirming; every booked member gets their session back and every
        waiting member is taken off the waitlist."""
        block = self.block
        if block is None:
            return
        waiting = (
            f"\n{block.waiting} waiting member(s) will be taken off the waitlist."
            if block.waiting
            else ""
        )
        answer = QMessageBox.question(
            self,
            "Cancel class",
            f"Cancel {block.name} on {weekday_text(block.starts_at.date(), year=False)}, "
            f"{time_span(block)}?\n\n"
            f"{block.booked} booked member(s) will get their session back.{waiting}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if (
            answer == QMessageBox.StandardButton.Yes
            and self.schedule.cancel_session(block.id) is None
        ):
            show_error(self.ui.errorLabel, self.schedule.last_error)
