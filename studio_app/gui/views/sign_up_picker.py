"""Choosing whom to sign up at the desk: suggestions appear as staff type a name, each saying
which membership would pay for the class and what it has left (or, greyed, why none can), ↑/↓
pick one, and the Pay-with list shows which of the chosen member's memberships can pay (those
that cannot are disabled, with the reason as a tooltip). Pay with shows only while a member is
chosen for a class with room: a waitlist charges nothing."""

from __future__ import annotations

from collections.abc import Mapping

from PySide6.QtCore import QObject

from studio_app.gui.controllers.attendance import AttendanceController, PayerPreview
from studio_app.gui.forms.ui_attendance_panel import Ui_AttendancePanel
from studio_app.gui.views.member_choice import MemberSuggestions, add_payer_options

AUTOMATIC = "Automatic (expires first)"


class SignUpPicker(QObject):
    """Drives the name field, the suggestions list and the Pay-with list of the attendance panel."""

    def __init__(
        self, ui: Ui_AttendancePanel, attendance: AttendanceController, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ui, self.attendance = ui, attendance
        self._session_id: int | None = None
        self._full = True
        self.suggestions = MemberSuggestions(
            ui.signUpEdit,
            ui.suggestionsList,
            attendance.search_members,
            self.update_pay_with,
            self,
            previews=self._previews,
        )

    def set_session(self, session_id: int | None, full: bool) -> None:
        """The class being signed up for (or the same one, reloaded): the suggestions say again
        what would pay; a full class has nothing to pay with (waitlist)."""
        self._session_id, self._full = session_id, full
        self.suggestions.refresh()

    def _previews(self, member_ids: list[int]) -> Mapping[int, PayerPreview]:
        if self._session_id is None:
            return {}
        return self.attendance.payer_previews(self._session_id, member_ids)

    def chosen_member(self) -> int | None:
        """The suggestion chosen in the list (the first match unless staff picked another)."""
        return self.suggestions.chosen_member()

    def chosen_name(self) -> str:
        return self.suggestions.chosen_name()

    def paying_membership(self) -> int | None:
        """The membership staff chose to pay with; None lets the app choose."""
        return self.ui.payWithCombo.currentData()

    def update_pay_with(self) -> None:
        """List the member's memberships; those that cannot pay are disabled with the reason."""
        combo = self.ui.payWithCombo
        combo.clear()
        combo.addItem(AUTOMATIC, None)
        member = None if self._full or self._session_id is None else self.chosen_member()
        options = self.attendance.payer_options(self._session_id, member) if member else []
        add_payer_options(combo, options)
        combo.setEnabled(bool(options))
        for widget in (self.ui.payWithLabel, combo):
            widget.setVisible(member is not None)
