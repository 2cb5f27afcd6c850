"""The attendance list of the selected class: who is booked, Present, sign-up, sign-out, waitlist.

Signing up charges one session (from the membership expiring first unless staff choose); a full
class offers the waitlist instead; signing out returns the session and promotes the first waiting
member who can pay; Present changes no balance (SPEC §3).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QListWidgetItem, QMessageBox, QTableView, QWidget

from studio_app.gui.controllers.attendance import AttendanceController, AttendanceList
from studio_app.gui.controllers.schedule import (
    Change,
    ScheduleController,
    SessionBlock,
    short_day,
    time_span,
)
from studio_app.gui.forms.ui_attendance_panel import Ui_AttendancePanel
from studio_app.gui.qtmodels.attendance import AttendeesModel, WaitlistModel
from studio_app.gui.qtmodels.rows import ROW_ROLE
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.pdf_output import open_pdf, print_pdf
from studio_app.gui.views.series_editor import SeriesEditorDialog
from studio_app.gui.views.session_editor import SessionEditorDialog

AUTOMATIC = "Automatic (expires first)"
_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}


def _selected(table: QTableView) -> object | None:
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


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
        set_primary(ui.signUpButton)
        show_error(ui.errorLabel, "")
        ui.signUpEdit.textChanged.connect(self._suggest)
        ui.signUpEdit.installEventFilter(self)
        ui.suggestionsList.hide()
        ui.suggestionsList.currentRowChanged.connect(lambda _row: self._update_pay_with())
        ui.suggestionsList.itemDoubleClicked.connect(lambda _item: self.sign_up())
        ui.signUpEdit.returnPressed.connect(self.sign_up)
        ui.signUpButton.clicked.connect(self.sign_up)
        ui.presentButton.clicked.connect(self._toggle_present)
        ui.signOutButton.clicked.connect(self._sign_out)
        ui.removeWaitingButton.clicked.connect(self._remove_waiting)
        ui.attendeesTable.doubleClicked.connect(self._open_member)
        self.attendees.present_requested.connect(self._set_present)
        ui.openSheetButton.clicked.connect(lambda: self._open_sheet())
        ui.printSheetButton.clicked.connect(lambda: self._open_sheet(printing=True))
        ui.editSessionButton.clicked.connect(self._edit_session)
        ui.editSeriesButton.clicked.connect(self._edit_series)
        ui.cancelClassButton.clicked.connect(self.cancel_class)
        attendance.signals.changed.connect(self._on_changed)
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

    def reload(self) -> None:
        data = self.attendance.attendance(self._session_id) if self._session_id else None
        self._list = data
        if data is None:
            self._session_id = None
            self.ui.stack.setCurrentWidget(self.ui.emptyPage)
            return
        self.ui.stack.setCurrentWidget(self.ui.sessionPage)
        block = data.session
        self.ui.titleLabel.setText(block.name + (" — cancelled" if block.cancelled else ""))
        self.ui.whenLabel.setText(
            f"{short_day(block.starts_at.date(), year=True)}, {time_span(block)}"
        )
        self.ui.detailsLabel.setText(
            " · ".join(
                part for part in (block.instructor, block.room, block.credit_category) if part
            )
        )
        waiting = f" · {len(data.waitlist)} waiting" if data.waitlist else ""
        full = " — full" if data.is_full else ""
        self.ui.countLabel.setText(f"{block.booked} of {block.capacity} booked{full}{waiting}")
        self._keep_selection(self.ui.attendeesTable, self.attendees, data.attendees, "booking_id")
        self._keep_selection(self.ui.waitlistTable, self.waitlist, data.waitlist, "entry_id")
        has_waitlist = bool(data.waitlist)
        self.ui.waitlistLabel.setText(
            f"Waitlist ({len(data.waitlist)})" if has_waitlist else "Waitlist: nobody waiting"
        )
        self.ui.waitlistTable.setVisible(has_waitlist)
        self.ui.removeWaitingButton.setVisible(has_waitlist)
        self.ui.signUpBox.setEnabled(not block.cancelled)
        self.ui.signUpButton.setText("Add to waitlist" if data.is_full else "Sign up")
        for button in (self.ui.editSessionButton, self.ui.cancelClassButton):
            button.setEnabled(not block.cancelled)
        self.ui.editSeriesButton.setEnabled(block.series_id is not None)
        self._update_pay_with()
        self._update_buttons()

    @staticmethod
    def _keep_selection(
        table: QTableView, model: AttendeesModel | WaitlistModel, rows: tuple, key: str
    ) -> None:  # type: ignore[type-arg]
        """Reload the rows and keep the same booking (or waitlist entry) selected."""
        chosen = _selected(table)
        model.set_rows(rows)
        wanted = getattr(chosen, key, None)
        for number, row in enumerate(rows):
            if wanted is not None and getattr(row, key) == wanted:
                table.selectionModel().select(
                    model.index(number, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows,
                )

    def _update_buttons(self) -> None:
        row = _selected(self.ui.attendeesTable)
        self.ui.presentButton.setEnabled(row is not None)
        self.ui.signOutButton.setEnabled(row is not None)
        present = bool(row is not None and row.present)  # type: ignore[attr-defined]
        self.ui.presentButton.setText("Not present" if present else "Mark present")
        self.ui.removeWaitingButton.setEnabled(_selected(self.ui.waitlistTable) is not None)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if self._session_id is not None and self.attendance.concerns(changes):
            self.reload()

    # -------------------------------------------------------------- sign-up
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Up and Down in the name field move through the suggestions."""
        if (
            watched is self.ui.signUpEdit
            and isinstance(event, QKeyEvent)
            and event.type() == QEvent.Type.KeyPress
            and event.key() in _STEPS
        ):
            listing = self.ui.suggestionsList
            row = listing.currentRow() + _STEPS[event.key()]
            listing.setCurrentRow(max(0, min(listing.count() - 1, row)))
            return True
        return super().eventFilter(watched, event)

    def _suggest(self, text: str) -> None:
        """List the members matching what was typed; the first is chosen unless staff pick
        another (↑/↓ or a click)."""
        listing = self.ui.suggestionsList
        listing.clear()
        for m in self.attendance.search_members(text):
            contact = m.email or m.phone or m.card_code
            item = QListWidgetItem(f"{m.full_name} · {contact}" if contact else m.full_name)
            item.setData(Qt.ItemDataRole.UserRole, m.id)
            listing.addItem(item)
        listing.setVisible(listing.count() > 0)
        listing.setCurrentRow(0)
        self._update_pay_with()

    def chosen_member(self) -> int | None:
        """The suggestion chosen in the list (the first match unless staff picked another)."""
        item = self.ui.suggestionsList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def _update_pay_with(self) -> None:
        """List the member's memberships; those that cannot pay are disabled with the reason."""
        combo = self.ui.payWithCombo
        combo.clear()
        combo.addItem(AUTOMATIC, None)
        full = self._list is None or self._list.is_full
        member = None if full or self._session_id is None else self.chosen_member()
        options = self.attendance.payer_options(self._session_id, member) if member else []
        model = combo.model()
        for option in options:
            combo.addItem(
                option.label + (" — can't pay" if option.reason else ""), option.membership_id
            )
            if option.reason and isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)
                combo.setItemData(combo.count() - 1, option.reason, Qt.ItemDataRole.ToolTipRole)
        combo.setEnabled(bool(options))
        self.ui.payWithLabel.setEnabled(not full)

    def sign_up(self) -> None:
        """Sign up the chosen member, or put them on the waitlist when the class is full."""
        if self._list is None or self._session_id is None:
            return
        text = self.ui.signUpEdit.text().strip()
        member = self.chosen_member() if text else None
        if member is None:
            hint = f"No active member matches “{text}”." if text else "Type a member's name."
            show_error(self.ui.errorLabel, hint)
            return
        if self._list.is_full:
            done = self.attendance.join_waitlist(self._session_id, member) is not None
        else:
            paying = self.ui.payWithCombo.currentData()
            done = self.attendance.sign_up(self._session_id, member, paying) is not None
        show_error(self.ui.errorLabel, "" if done else self.attendance.last_error)
        if done:
            self.ui.signUpEdit.clear()

    # ------------------------------------------------------------ attendees
    def _set_present(self, booking_id: int, present: bool) -> None:
        if not self.attendance.set_present(booking_id, present):
            show_error(self.ui.errorLabel, self.attendance.last_error)

    def _toggle_present(self) -> None:
        row = _selected(self.ui.attendeesTable)
        if row is not None:
            self._set_present(row.booking_id, not row.present)  # type: ignore[attr-defined]

    def _sign_out(self) -> None:
        row = _selected(self.ui.attendeesTable)
        if row is not None and not self.attendance.sign_out(row.booking_id):  # type: ignore[attr-defined]
            show_error(self.ui.errorLabel, self.attendance.last_error)

    def _remove_waiting(self) -> None:
        row = _selected(self.ui.waitlistTable)
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
        elif path is not None and not open_pdf(path):
            show_error(self.ui.errorLabel, f"No PDF viewer could open {path}.")

    def _edit_session(self) -> None:
        if self.block is not None:
            SessionEditorDialog(self.schedule, self.block, self).exec()

    def _edit_series(self) -> None:
        series_id = self.block.series_id if self.block else None
        if series_id is not None and (series := self.schedule.series(series_id)) is not None:
            SeriesEditorDialog(self.schedule, series, self).exec()

    def cancel_class(self) -> None:
        """Cancel after confirming; every booked member gets their session back."""
        block = self.block
        if block is None:
            return
        answer = QMessageBox.question(
            self,
            "Cancel class",
            f"Cancel {block.name} on {short_day(block.starts_at.date())}, {time_span(block)}?\n\n"
            f"{block.booked} booked member(s) will get their session back.",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if (
            answer == QMessageBox.StandardButton.Yes
            and self.schedule.cancel_session(block.id) is None
        ):
            show_error(self.ui.errorLabel, self.schedule.last_error)
