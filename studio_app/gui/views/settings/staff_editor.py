"""Settings → Staff & access: adding a staff account, and resetting an account's password
(SPEC §9).

A new account gets its role's default privileges; the owner adjusts them in the Access box.
Passwords are typed twice and must match; the service refuses one shorter than 6 characters.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.privileges import Role
from studio_app.dto.staff import StaffRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_staff_editor import Ui_StaffEditorDialog
from studio_app.gui.views.common import set_primary, show_error

# A studio has one owner (created at first start); staff added later are one of these.
ROLES = (Role.FRONT_DESK, Role.MANAGER)
MISMATCH = "The two passwords differ."


class StaffEditorDialog(QDialog):
    """Add a manager or front-desk account."""

    def __init__(self, controller: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.staff_id: int | None = None
        self.ui = Ui_StaffEditorDialog()
        self.ui.setupUi(self)
        for role in ROLES:
            self.ui.roleCombo.addItem(role.label)
        set_primary(self.ui.okButton)
        show_error(self.ui.errorLabel, "")
        self.ui.okButton.clicked.connect(self._save)
        self.ui.cancelButton.clicked.connect(self.reject)

    def role(self) -> Role:
        return ROLES[self.ui.roleCombo.currentIndex()]

    def _save(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.repeatEdit.text():
            show_error(ui.errorLabel, MISMATCH)
            return
        self.staff_id = self.controller.create_staff(
            ui.usernameEdit.text(), ui.fullNameEdit.text(), self.role(), ui.passwordEdit.text()
        )
        if self.staff_id is None:
            show_error(ui.errorLabel, self.controller.last_error)
            return
        self.accept()


class ResetPasswordDialog(QDialog):
    """Set a new password for one account: the same form with only the password rows shown."""

    def __init__(
        self, controller: SettingsController, staff: StaffRow, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.staff = staff
        self.ui = ui = Ui_StaffEditorDialog()
        ui.setupUi(self)
        for field in (ui.fullNameEdit, ui.usernameEdit, ui.roleCombo):
            ui.form.setRowVisible(field, False)
        self.setWindowTitle(f"Reset password — {staff.full_name}")
        ui.introLabel.setText(
            f"New password for {staff.full_name} (user name '{staff.username}'). "
            "Tell them in person; it takes effect at their next login and ends a lock after "
            "wrong passwords."
        )
        ui.passwordLabel.setText("New &password")
        ui.okButton.setText("Set password")
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        ui.okButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.reject)
        self.resize(self.width(), self.minimumSizeHint().height())

    def _save(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.repeatEdit.text():
            show_error(ui.errorLabel, MISMATCH)
            return
        if not self.controller.set_password(self.staff.id, ui.passwordEdit.text()):
            show_error(ui.errorLabel, self.controller.last_error)
            return
        self.accept()
