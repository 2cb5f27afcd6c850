"""Book a one-to-one appointment: member, trainer, day, start, length, credit category, room and
which membership pays. The membership whose credits expire first pays unless staff choose another;
memberships that cannot pay are greyed, and the hint below says why. "Book" creates the
appointment and charges one credit now; a refusal shows in the dialog and nothing changes.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QDate, QTime
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import moment_range_text
from studio_app.gui.controllers.appointments import (
    DEFAULT_MINUTES,
    DEFAULT_ROOM,
    MAX_BACKDATE,
    MAX_MINUTES,
    MIN_MINUTES,
    AppointmentController,
    AppointmentInput,
    AppointmentRef,
    PayerOption,
)
from studio_app.gui.forms.ui_appointment_dialog import Ui_AppointmentDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format
from studio_app.gui.views.member_choice import MemberSuggestions, add_payer_options

AUTOMATIC = "Automatic (credits expiring first)"


def _next_hour(now: datetime) -> time:
    """The first full hour after ``now`` (an appointment booked today starts then by default)."""
    return time(min(23, now.hour + 1), 0)


class AppointmentDialog(QDialog):
    """``member_id`` presets the member (from the profile); without it staff type a name."""

    def __init__(
        self,
        controller: AppointmentController,
        member_id: int | None = None,
        member_name: str = "",
        parent: QWidget | None = None,
        *,
        day: date | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.preset_member = member_id
        self.booked: AppointmentRef | None = None
        self.ui = ui = Ui_AppointmentDialog()
        ui.setupUi(self)
        follow_date_format(ui.dateEdit)
        set_primary(ui.bookButton)
        show_error(ui.errorLabel, "")
        preset = member_id is not None
        ui.memberNameLabel.setText(member_name)
        ui.memberNameLabel.setVisible(preset)
        ui.memberEdit.setVisible(not preset)
        ui.trainerCombo.addItems(controller.trainers())
        ui.trainerCombo.setCurrentIndex(-1)
        ui.trainerCombo.lineEdit().setPlaceholderText("Choose or type the trainer's name")
        ui.categoryCombo.addItems(controller.categories())
        today, now = controller.today(), controller.now()
        first = (now - MAX_BACKDATE).date()
        ui.dateEdit.setMinimumDate(QDate(first))
        start_day = max(day or today, today)
        ui.dateEdit.setDate(QDate(start_day))
        ui.timeEdit.setTime(QTime(_next_hour(now) if start_day == today else time(10, 0)))
        ui.durationSpin.setRange(MIN_MINUTES, MAX_MINUTES)
        ui.durationSpin.setValue(DEFAULT_MINUTES)
        ui.roomEdit.setText(DEFAULT_ROOM)
        self.suggestions = MemberSuggestions(
            ui.memberEdit, ui.suggestionsList, controller.search_members, self.refresh, self
        )
        ui.trainerCombo.currentTextChanged.connect(lambda _text: self._update_summary())
        ui.categoryCombo.currentTextChanged.connect(lambda _text: self.refresh())
        ui.dateEdit.dateChanged.connect(lambda _date: self.refresh())
        ui.timeEdit.timeChanged.connect(lambda _time: self._update_summary())
        ui.durationSpin.valueChanged.connect(lambda _value: self._update_summary())
        ui.bookButton.clicked.connect(self.book)
        ui.cancelButton.clicked.connect(self.reject)
        (ui.trainerCombo if preset else ui.memberEdit).setFocus()
        self.refresh()

    # ------------------------------------------------------------------ member
    def member_id(self) -> int | None:
        if self.preset_member is not None:
            return self.preset_member
        if not self.ui.memberEdit.text().strip():
            return None
        return self.suggestions.chosen_member()

    # ------------------------------------------------------------------ fields
    def starts_at(self) -> datetime:
        return datetime.combine(
            self.ui.dateEdit.date().toPython(), self.ui.timeEdit.time().toPython()
        )

    def trainer(self) -> str:
        return self.ui.trainerCombo.currentText().strip()

    def category(self) -> str:
        return self.ui.categoryCombo.currentText().strip()

    def refresh(self) -> None:
        self._update_pay_with()
        self._update_summary()

    def _update_summary(self) -> None:
        """'Thu 3 Dec 2026 10:00–11:00 with Tom Trainer' as it will be booked."""
        start = self.starts_at()
        end = start + timedelta(minutes=self.ui.durationSpin.value())
        trainer = f" with {self.trainer()}" if self.trainer() else ""
        when = moment_range_text(start, end)
        self.ui.summaryLabel.setText(f"{when}{trainer}")

    def _update_pay_with(self) -> None:
        """List the member's memberships for that day and category; those that cannot pay are
        disabled, and the hint says why."""
        ui = self.ui
        combo = ui.payWithCombo
        chosen = combo.currentData()
        combo.clear()
        combo.addItem(AUTOMATIC, None)
        member, category = self.member_id(), self.category()
        options = (
            self.controller.payer_options(member, self.starts_at(), category)
            if member is not None and category
            else []
        )
        add_payer_options(combo, options)
        found = combo.findData(chosen) if chosen is not None else -1
        if found > 0 and not any(o.reason for o in options if o.membership_id == chosen):
            combo.setCurrentIndex(found)
        combo.setEnabled(bool(options))
        ui.payHintLabel.setText(self._pay_hint(member, options))

    @staticmethod
    def _pay_hint(member: int | None, options: list[PayerOption]) -> str:
        """Who pays automatically (the first option that can) and why the others cannot."""
        if member is None:
            return "Choose the member first."
        if not options:
            return "This member has no membership: sell one with credits of this category."
        reasons = [o.reason for o in options if o.reason]
        if len(reasons) == len(options):
            return "No membership can pay: " + "; ".join(reasons) + "."
        lines = [f"Automatic choice: {options[0].label}."]
        if reasons:
            lines.append("Can't pay: " + "; ".join(reasons) + ".")
        return "\n".join(lines)

    # ------------------------------------------------------------------ book
    def book(self) -> None:
        """Book the appointment; on a refusal the dialog stays open with the reason."""
        member = self.member_id()
        if member is None:
            text = self.ui.memberEdit.text().strip()
            hint = f"No active member matches “{text}”." if text else "Type a member's name."
            show_error(self.ui.errorLabel, hint)
            return
        data = AppointmentInput(
            member,
            self.trainer(),
            self.starts_at(),
            self.ui.durationSpin.value(),
            self.category(),
            self.ui.roomEdit.text().strip(),
            self.ui.payWithCombo.currentData(),
        )
        self.booked = self.controller.book(data)
        if self.booked is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
