"""The member's Appointments tab (SPEC §1, §3): per credit category what was sold, booked,
attended and is left, and every appointment with its trainer, status and the membership that
paid. "Book appointment…" opens the booking dialog for this member; "Cancel appointment" returns
the credit and takes the appointment off the calendar."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QMessageBox, QWidget

from studio_app.gui.controllers.appointments import (
    UNPAID,
    AppointmentController,
    AppointmentOverview,
    AppointmentRow,
)
from studio_app.gui.forms.ui_appointments_tab import Ui_AppointmentsTab
from studio_app.gui.qtmodels.appointments import (
    AppointmentsModel,
    CategoryOverviewModel,
    when_text,
)
from studio_app.gui.views.appointment_dialog import AppointmentDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.table_selection import selected_row


def _returned(row: AppointmentRow) -> str:
    if row.paid_by in (UNPAID, "—"):
        return "Nothing was charged for it."
    return f"The session goes back to {row.paid_by}, and the appointment leaves the calendar."


class AppointmentsTab(QWidget):
    """Shows one member's appointments; reloads when bookings, credits, memberships or the
    schedule change."""

    def __init__(self, controller: AppointmentController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.member_id: int | None = None
        self.member_name = ""
        self.current: AppointmentOverview | None = None
        self.ui = ui = Ui_AppointmentsTab()
        ui.setupUi(self)
        self.overview_model = CategoryOverviewModel(self)
        self.appointments_model = AppointmentsModel(self)
        ui.overviewTable.setModel(self.overview_model)
        ui.appointmentsTable.setModel(self.appointments_model)
        for table in (ui.overviewTable, ui.appointmentsTable):
            header = table.horizontalHeader()
            header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
            header.setStretchLastSection(False)
        ui.overviewTable.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        ui.appointmentsTable.horizontalHeader().setSectionResizeMode(
            5, QHeaderView.ResizeMode.Stretch
        )
        set_primary(ui.bookButton)
        show_error(ui.errorLabel, "")
        ui.bookButton.clicked.connect(self.book)
        ui.cancelButton.clicked.connect(self.cancel_selected)
        ui.appointmentsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        controller.signals.changed.connect(self._on_changed)
        self._fill(None)

    # ------------------------------------------------------------------ showing
    def show_member(self, member_id: int | None, member_name: str = "") -> None:
        """Show ``member_id``'s appointments, or the empty tab when None."""
        if member_id != self.member_id:
            show_error(self.ui.errorLabel, "")
        self.member_id, self.member_name = member_id, member_name
        self.reload()

    def reload(self) -> None:
        data = self.controller.overview(self.member_id) if self.member_id is not None else None
        self._fill(data)

    def _fill(self, data: AppointmentOverview | None) -> None:
        self.current = data
        ui = self.ui
        if data is not None:
            self.member_name = data.member_name
        self.overview_model.set_rows(data.categories if data else ())
        self.appointments_model.set_rows(data.appointments if data else ())
        has_categories = bool(data and data.categories)
        ui.overviewTable.setVisible(has_categories)
        ui.emptyLabel.setVisible(data is not None and not has_categories)
        self._fit_overview()
        count = len(data.appointments) if data else 0
        ui.listLabel.setText(f"Appointments ({count})" if count else "Appointments: none yet")
        ui.appointmentsTable.setVisible(bool(count))
        ui.bookButton.setEnabled(data is not None)
        self._update_buttons()

    def _fit_overview(self) -> None:
        """The credits table is as tall as its few rows, leaving the room to the list."""
        table = self.ui.overviewTable
        rows = self.overview_model.rowCount()
        height = table.horizontalHeader().sizeHint().height() + 2 * table.frameWidth()
        height += (
            sum(table.rowHeight(r) for r in range(rows))
            or table.verticalHeader().defaultSectionSize()
        )
        table.setFixedHeight(height)

    def selected(self) -> AppointmentRow | None:
        return selected_row(self.ui.appointmentsTable)  # type: ignore[return-value]

    def _update_buttons(self) -> None:
        row = self.selected()
        self.ui.cancelButton.setEnabled(row is not None and row.cancellable)

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.member_id is not None and self.controller.concerns(changes):  # type: ignore[arg-type]
            self.reload()

    # ------------------------------------------------------------------ actions
    def book_dialog(self) -> AppointmentDialog:
        """The booking dialog with this member preset (not yet executed)."""
        return AppointmentDialog(self.controller, self.member_id, self.member_name, self)

    def book(self) -> None:
        """Book for this member; the tab reloads itself when the booking is made."""
        if self.member_id is not None:
            self.book_dialog().exec()

    def cancel_selected(self) -> None:
        """Cancel the selected appointment after confirming; the credit goes back."""
        row = self.selected()
        if row is None or not row.cancellable:
            return
        answer = QMessageBox.question(
            self,
            "Cancel appointment",
            f"Cancel {self.member_name}'s {row.category} appointment with {row.trainer} on "
            f"{when_text(row)}?\n\n{_returned(row)}",
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No,
        )
        if answer != QMessageBox.StandardButton.Yes:
            return
        done = self.controller.cancel(row.booking_id)
        show_error(self.ui.errorLabel, "" if done else self.controller.last_error)
