"""Choosing whom to sign up at the desk: suggestions appear as staff type a name, ↑/↓ pick one,
and the Pay-with list shows which of the member's memberships can pay for the class (those that
cannot are disabled, with the reason as a tooltip)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QStandardItemModel
from PySide6.QtWidgets import QListWidgetItem

from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.forms.ui_attendance_panel import Ui_AttendancePanel

AUTOMATIC = "Automatic (expires first)"
_STEPS = {Qt.Key.Key_Down: 1, Qt.Key.Key_Up: -1}
_NAME_ROLE = Qt.ItemDataRole.UserRole + 1


class SignUpPicker(QObject):
    """Drives the name field, the suggestions list and the Pay-with list of the attendance panel."""

    def __init__(
        self, ui: Ui_AttendancePanel, attendance: AttendanceController, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.ui, self.attendance = ui, attendance
        self._session_id: int | None = None
        self._full = True
        ui.signUpEdit.textChanged.connect(self._suggest)
        ui.signUpEdit.installEventFilter(self)
        ui.suggestionsList.hide()
        ui.suggestionsList.currentRowChanged.connect(lambda _row: self.update_pay_with())

    def set_session(self, session_id: int | None, full: bool) -> None:
        """The class being signed up for; a full class has nothing to pay with (waitlist)."""
        self._session_id, self._full = session_id, full
        self.update_pay_with()

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
            item.setData(_NAME_ROLE, m.full_name)
            listing.addItem(item)
        listing.setVisible(listing.count() > 0)
        listing.setCurrentRow(0)
        self.update_pay_with()

    def chosen_member(self) -> int | None:
        """The suggestion chosen in the list (the first match unless staff picked another)."""
        item = self.ui.suggestionsList.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item is not None else None

    def chosen_name(self) -> str:
        item = self.ui.suggestionsList.currentItem()
        return item.data(_NAME_ROLE) if item is not None else ""

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
        model = combo.model()
        for option in options:
            combo.addItem(
                option.label + (" — can't pay" if option.reason else ""), option.membership_id
            )
            if option.reason and isinstance(model, QStandardItemModel):
                model.item(combo.count() - 1).setEnabled(False)
                combo.setItemData(combo.count() - 1, option.reason, Qt.ItemDataRole.ToolTipRole)
        combo.setEnabled(bool(options))
        self.ui.payWithLabel.setEnabled(not self._full)
