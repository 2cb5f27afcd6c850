"""Edit one class session on its own (another room, a substitute, a later start).

The edited session is detached from its series: later edits of the series leave it alone, and
capacity may not drop below the members already booked (SPEC §3).
"""

from __future__ import annotations

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import weekday_text
from studio_app.gui.controllers.schedule import (
    ScheduleController,
    SessionBlock,
    SessionInput,
)
from studio_app.gui.forms.ui_session_editor import Ui_SessionEditorDialog
from studio_app.gui.views.common import show_error
from studio_app.gui.views.date_edits import follow_date_format


class SessionEditorDialog(QDialog):
    def __init__(
        self, schedule: ScheduleController, block: SessionBlock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.schedule = schedule
        self.session_id = block.id
        self.ui = ui = Ui_SessionEditorDialog()
        ui.setupUi(self)
        follow_date_format(ui.startsAtEdit)
        day = weekday_text(block.starts_at.date(), year=False)
        self.setWindowTitle(f"Edit {block.name}, {day}")
        ui.nameEdit.setText(block.name)
        ui.instructorEdit.setText(block.instructor)
        ui.roomEdit.setText(block.room)
        ui.capacitySpin.setValue(block.capacity)
        start = block.starts_at
        ui.startsAtEdit.setDateTime(
            QDateTime(QDate(start.year, start.month, start.day), QTime(start.hour, start.minute))
        )
        ui.durationSpin.setValue(block.duration_minutes)
        show_error(ui.errorLabel, "")
        ui.buttonBox.accepted.connect(self.save)
        ui.buttonBox.rejected.connect(self.reject)

    def data(self) -> SessionInput:
        ui = self.ui
        return SessionInput(
            name=ui.nameEdit.text().strip(),
            instructor=ui.instructorEdit.text().strip(),
            room=ui.roomEdit.text().strip(),
            capacity=ui.capacitySpin.value(),
            starts_at=ui.startsAtEdit.dateTime().toPython().replace(second=0, microsecond=0),
            duration_minutes=ui.durationSpin.value(),
        )

    def save(self) -> None:
        """Save this session only; a refusal (e.g. capacity below bookings) stays inline."""
        if not self.schedule.update_session(self.session_id, self.data()):
            show_error(self.ui.errorLabel, self.schedule.last_error)
            return
        self.accept()
