"""The booking window and cancellation cut-off fields (SPEC §3), shared by Settings → Booking
policy (the studio's) and the series editor (a class's own).

"No limit" / "Members can be booked up to N days ahead": how far ahead a member may be booked.
"No cut-off" / "Signing out less than N hours before the start is a late cancel": a late cancel
keeps the session charged unless the desk forgives it. A number is only used while its choice is
ticked, so the form always reads as the policy it saves.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QWidget

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.gui.forms.ui_booking_policy_fields import Ui_BookingPolicyFields
from studio_app.gui.views.common import INDENTED_HINT_STYLE


class BookingPolicyFields(QWidget):
    #: Emitted whenever what the fields say changes (a choice or a number).
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_BookingPolicyFields()
        ui.setupUi(self)
        self._editable = True
        ui.cutoffHintLabel.setStyleSheet(INDENTED_HINT_STYLE)
        for radio in (ui.noWindowRadio, ui.windowRadio, ui.noCutoffRadio, ui.cutoffRadio):
            radio.toggled.connect(self._update)
        for spin in (ui.windowSpin, ui.cutoffSpin):
            spin.valueChanged.connect(self._update)
        self._update()

    def policy(self) -> BookingPolicy:
        """What the fields say; None for "no limit" and "no cut-off"."""
        ui = self.ui
        return BookingPolicy(
            ui.windowSpin.value() if ui.windowRadio.isChecked() else None,
            ui.cutoffSpin.value() if ui.cutoffRadio.isChecked() else None,
        )

    def set_policy(self, policy: BookingPolicy) -> None:
        """Show ``policy``; a number not set keeps the spin box's suggestion for when it is."""
        ui = self.ui
        if policy.window_days is not None:
            ui.windowSpin.setValue(policy.window_days)
        if policy.cancel_cutoff_hours is not None:
            ui.cutoffSpin.setValue(policy.cancel_cutoff_hours)
        ui.windowRadio.setChecked(policy.window_days is not None)
        ui.noWindowRadio.setChecked(policy.window_days is None)
        ui.cutoffRadio.setChecked(policy.cancel_cutoff_hours is not None)
        ui.noCutoffRadio.setChecked(policy.cancel_cutoff_hours is None)
        self._update()

    def set_editable(self, editable: bool, reason: str = "") -> None:
        """Lock the fields (still readable) when they may not be changed, saying why."""
        self._editable = editable
        ui = self.ui
        for radio in (ui.noWindowRadio, ui.windowRadio, ui.noCutoffRadio, ui.cutoffRadio):
            radio.setEnabled(editable)
            radio.setToolTip("" if editable else reason)
        self._update()

    def _update(self) -> None:
        ui = self.ui
        window = self._editable and ui.windowRadio.isChecked()
        cutoff = self._editable and ui.cutoffRadio.isChecked()
        for widget, enabled in (
            (ui.windowSpin, window),
            (ui.windowUnitLabel, window),
            (ui.cutoffSpin, cutoff),
            (ui.cutoffUnitLabel, cutoff),
        ):
            widget.setEnabled(enabled)
        self.changed.emit()


def sentence(policy: BookingPolicy) -> str:
    """The policy in one sentence, as the desk will meet it ("Bookings open 7 days ahead; …")."""
    text = policy.describe()
    return f"{text[:1].upper()}{text[1:]}."
