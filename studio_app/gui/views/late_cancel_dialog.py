"""Asked before signing a member out after the class's cancellation cut-off (SPEC §3).

Such a sign-out is a late cancel: the session stays charged to the membership that paid, unless
the desk forgives it ("Forgive: return the session to the membership", unticked by default), in
which case it is an ordinary sign-out. "Sign out" goes ahead as chosen; "Cancel" keeps the
member booked. The line under the box says what will happen to the membership.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.attendance import AttendanceController, AttendeeRow
from studio_app.gui.forms.ui_late_cancel_dialog import Ui_LateCancelDialog
from studio_app.gui.views.common import set_primary


class LateCancelDialog(QDialog):
    def __init__(
        self,
        attendee: AttendeeRow,
        class_text: str,
        warning: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.attendee = attendee
        self.ui = ui = Ui_LateCancelDialog()
        ui.setupUi(self)
        set_primary(ui.signOutButton)
        ui.memberLabel.setText(f"Sign {attendee.member_name} out?")
        ui.classLabel.setText(class_text)
        ui.warningLabel.setText(f"{warning}.")
        ui.forgiveCheck.toggled.connect(self._update)
        ui.signOutButton.clicked.connect(self.accept)
        ui.cancelButton.clicked.connect(self.reject)
        self._update()

    def forgive(self) -> bool:
        """Whether the session goes back to the membership after all."""
        return self.ui.forgiveCheck.isChecked()

    def _update(self) -> None:
        plan = self.attendee.membership
        left = f" ({self.attendee.left_after})" if self.attendee.left_after else ""
        self.ui.outcomeLabel.setText(
            f"The session goes back to {plan}, as for any sign-out."
            if self.forgive()
            else f"The session stays charged to {plan}{left}."
        )


def sign_out_asking(
    controller: AttendanceController, row: AttendeeRow, class_text: str, parent: QWidget
) -> str:
    """Sign ``row`` out; after the class's cut-off first ask (a LateCancelDialog) whether to
    forgive the late cancel. The refusal to show, or "" when signed out or cancelled."""
    warning = controller.late_cancel_warning(row.booking_id)
    if controller.last_error:  # the booking could not be read (e.g. signed out meanwhile)
        return controller.last_error
    forgive = False
    if warning:
        dialog = LateCancelDialog(row, class_text, warning, parent)
        accepted = dialog.exec() == QDialog.DialogCode.Accepted
        forgive = dialog.forgive()
        dialog.deleteLater()
        if not accepted:
            return ""
    return "" if controller.sign_out(row.booking_id, forgive=forgive) else controller.last_error
