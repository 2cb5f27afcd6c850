"""The holds part of the member profile's Memberships tab (SPEC §5): "Put on hold…" for the
selected membership, and the list of the member's holds with "Remove hold".

Any membership still running (not cancelled, not expired) can be held; everything else is the
service's rule and shows in the hold dialog's preview: a plan sold inside a package, for one,
opens the dialog, which says to put the package on hold (the memberships list does not know
which memberships belong to a package, and the service's refusal names it). Removing a hold
asks first; the removed hold stays listed, greyed, as "removed"."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QHeaderView, QWidget

from studio_app.domain.formats import day_text, range_text
from studio_app.dto.changes import Change
from studio_app.dto.members import MemberProfile, MembershipRow
from studio_app.gui.controllers.holds import HoldController, HoldRow
from studio_app.gui.forms.ui_member_profile import Ui_MemberProfileView
from studio_app.gui.qtmodels.member_profile import HoldsModel
from studio_app.gui.views.hold_dialog import HoldDialog, confirm
from studio_app.gui.views.table_selection import selected_row

#: States of a membership that can no longer be paused.
_OVER = {"cancelled": "A cancelled", "expired": "An expired"}
REMOVE_HOLD = "Remove hold"


class MembershipHolds(QObject):
    """Drives the profile's hold widgets; without a HoldController they stay hidden."""

    def __init__(
        self, ui: Ui_MemberProfileView, controller: HoldController | None, parent: QWidget
    ) -> None:
        super().__init__(parent)
        self.ui, self.controller, self.parent_widget = ui, controller, parent
        self.profile: MemberProfile | None = None
        self.model = HoldsModel(self)
        ui.holdsTable.setModel(self.model)
        header = ui.holdsTable.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for widget in (ui.holdButton, ui.holdsLabel, ui.removeHoldButton, ui.holdsTable):
            widget.setVisible(controller is not None)
        ui.holdButton.clicked.connect(self.put_on_hold)
        ui.removeHoldButton.clicked.connect(self.remove_selected)
        ui.membershipsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.holdsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        self._update_buttons()

    def concerns(self, changes: frozenset[Change]) -> bool:
        return self.controller is not None and self.controller.concerns(changes)

    def fill(self, profile: MemberProfile | None) -> None:
        """Show the holds of the member shown (none without a member or a controller); they
        are read with the profile."""
        self.profile = profile
        rows: tuple[HoldRow, ...] = ()
        if profile is not None and self.controller is not None:
            rows = profile.holds
            self.model.set_holds(rows, self.controller.today())
        else:
            self.model.set_rows([])
        self.ui.holdsLabel.setText(f"Holds ({len(rows)})" if rows else "Holds: none")
        self.ui.holdsTable.setVisible(self.controller is not None and bool(rows))
        self._update_buttons()

    # -- selection -------------------------------------------------------------------------
    def selected_membership(self) -> MembershipRow | None:
        return selected_row(self.ui.membershipsTable)  # type: ignore[return-value]

    def selected_hold(self) -> HoldRow | None:
        return selected_row(self.ui.holdsTable)  # type: ignore[return-value]

    def _update_buttons(self) -> None:
        ui, membership, hold = self.ui, self.selected_membership(), self.selected_hold()
        if membership is None:
            why = "Select a membership to put it on hold."
        elif membership.state in _OVER:
            why = f"{_OVER[membership.state]} membership cannot be put on hold."
        else:
            why = ""
        ui.holdButton.setEnabled(membership is not None and not why)
        ui.holdButton.setToolTip(
            why
            or "Pause the selected membership for a date range: no bookings inside it; "
            "time-based memberships last longer by the held days."
        )
        ui.removeHoldButton.setEnabled(hold is not None and not hold.removed)
        ui.removeHoldButton.setToolTip(
            "This hold was already removed."
            if hold is not None and hold.removed
            else "Take the selected hold off: the days it added come off again; it stays "
            "listed as removed."
        )

    # -- actions ---------------------------------------------------------------------------
    def hold_dialog(self) -> HoldDialog | None:
        """The hold dialog for the selected membership (not yet executed)."""
        membership = self.selected_membership()
        if membership is None or self.controller is None:
            return None
        name = self.profile.detail.full_name if self.profile else ""
        return HoldDialog(self.controller, membership, name, self.parent_widget)

    def put_on_hold(self) -> None:
        dialog = self.hold_dialog()
        if dialog is not None:
            dialog.exec()

    def confirm_remove(self, hold: HoldRow) -> bool:
        """Ask before removing: say what the membership's end date becomes."""
        held = range_text(hold.starts_on, hold.ends_on)
        text = f"Remove the hold {held} from {hold.plan_name}?"
        memberships = self.profile.memberships if self.profile else ()
        membership = next((m for m in memberships if m.id == hold.membership_id), None)
        if hold.extended_days and membership is not None:
            back = membership.ends_on - timedelta(days=hold.extended_days)
            text += (
                f"\n\nThe {hold.extended_days} days it added come off again: valid until "
                f"{day_text(back)} instead of {day_text(membership.ends_on)}."
            )
        text += "\n\nBookings it signed out stay signed out. The hold stays listed as removed."
        return confirm(self.parent_widget, "Remove hold?", text, REMOVE_HOLD)

    def remove_selected(self) -> None:
        """Remove the selected hold after confirming; refusals reach the banner."""
        hold = self.selected_hold()
        if hold is not None and self.controller is not None and self.confirm_remove(hold):
            self.controller.remove(hold.id)
