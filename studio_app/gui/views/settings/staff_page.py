"""Settings → Staff & access: the staff accounts and, in the Access box, what each may do beyond
the front desk (its privileges).

Adding accounts, deactivating them, resetting another account's password and saving access
need the ``staff`` privilege; anyone may reset their own password. The owner holds every
privilege, so the owner's access is shown ticked and locked, and the owner's account cannot be
deactivated. A deactivated account can no longer log in; its history stays. Other accounts see
the page with the controls greyed, the reason in their tooltips and on the page. A refusal from
the service is still shown inline, in words.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QCheckBox, QDialog, QWidget

from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.changes import Change
from studio_app.dto.staff import StaffRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_staff_page import Ui_StaffPage
from studio_app.gui.qtmodels.staff import StaffTableModel
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.permissions import follow_privileges, look_only_note, needs_text
from studio_app.gui.views.settings.staff_editor import ResetPasswordDialog, StaffEditorDialog
from studio_app.gui.views.table_selection import pad_columns, select_row

OWNER_NOTE = "The owner holds every privilege."


class StaffPage(QWidget):
    def __init__(self, controller: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None  # the staff dialog currently open, if any
        self.ui = ui = Ui_StaffPage()
        ui.setupUi(self)
        self.staff_model = StaffTableModel(self)
        ui.staffTable.setModel(self.staff_model)
        header = ui.staffTable.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ui.staffTable.verticalHeader().setDefaultSectionSize(28)
        self.privilege_checks: dict[Privilege, QCheckBox] = {}
        for privilege in Privilege:
            box = QCheckBox(privilege.label, ui.accessGroup)
            ui.privilegeChecks.addWidget(box)
            self.privilege_checks[privilege] = box
        self._hint = ui.accessHintLabel.text()
        set_hint(ui.accessHintLabel)
        set_primary(ui.saveAccessButton)
        show_error(ui.staffErrorLabel, "")
        ui.addStaffButton.clicked.connect(self.add_staff)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.toggleStaffButton.clicked.connect(self.toggle_staff)
        ui.saveAccessButton.clicked.connect(self.save_access)
        ui.staffTable.selectionModel().selectionChanged.connect(self._update_staff_controls)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self._apply_privileges)
        self._show_privilege_note()
        self.reload_staff()

    def _apply_privileges(self) -> None:
        """Grey out (with the reason) or enable every control for the account's privileges as
        the desk last saw them."""
        self._show_privilege_note()
        self._update_staff_controls()

    def _show_privilege_note(self) -> None:
        """Say on the page, not only in tooltips, why its controls are disabled."""
        text = self._hint
        if not self.controller.can(Privilege.STAFF):
            text = look_only_note(text, Privilege.STAFF)
        self.ui.accessHintLabel.setText(text)

    def reload_staff(self) -> None:
        selected = self.selected_staff()
        self.staff_model.set_rows(self.controller.staff())
        pad_columns(self.ui.staffTable)
        if selected is not None:
            select_row(self.ui.staffTable, self.staff_model.row_of(selected.id))
        self._update_staff_controls()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.STAFF in changes:
            self.reload_staff()

    def _allowed(self, privilege: Privilege, *buttons: QAbstractButton) -> bool:
        """Whether the logged-in account holds ``privilege``; if not, the buttons say so."""
        allowed = self.controller.can(privilege)
        for button in buttons:
            button.setToolTip("" if allowed else needs_text(privilege))
        return allowed

    def selected_staff(self) -> StaffRow | None:
        rows = self.ui.staffTable.selectionModel().selectedRows()
        return self.staff_model.row_at(rows[0].row()) if rows else None

    def _update_staff_controls(self) -> None:
        ui = self.ui
        allowed = self._allowed(
            Privilege.STAFF,
            ui.addStaffButton,
            ui.toggleStaffButton,
            ui.saveAccessButton,
            *self.privilege_checks.values(),
        )
        staff = self.selected_staff()
        actor = self.controller.actor()
        own = staff is not None and actor is not None and staff.id == actor.staff_id
        owner = staff is not None and staff.role is Role.OWNER
        ui.addStaffButton.setEnabled(allowed)
        ui.resetPasswordButton.setEnabled(staff is not None and (allowed or own))
        ui.resetPasswordButton.setToolTip("" if allowed or own else needs_text(Privilege.STAFF))
        ui.toggleStaffButton.setEnabled(allowed and staff is not None and not owner and not own)
        if allowed and owner:
            ui.toggleStaffButton.setToolTip("The owner's account cannot be deactivated.")
        ui.toggleStaffButton.setText("&Activate" if staff and not staff.active else "De&activate")
        editable = allowed and staff is not None and not owner
        for privilege, box in self.privilege_checks.items():
            box.setChecked(owner or (staff is not None and privilege in staff.privileges))
            box.setEnabled(editable)
        ui.saveAccessButton.setEnabled(editable)
        ui.accessNoteLabel.setText(
            "Select an account to see its access."
            if staff is None
            else OWNER_NOTE
            if owner
            else f"What {staff.full_name} ({staff.role.label}) may do beyond the front desk:"
        )

    def staff_editor(self) -> StaffEditorDialog:
        return StaffEditorDialog(self.controller, self)

    def password_dialog(self, staff: StaffRow) -> ResetPasswordDialog:
        return ResetPasswordDialog(self.controller, staff, self)

    def add_staff(self) -> None:
        self._open(self.staff_editor())

    def reset_password(self) -> None:
        staff = self.selected_staff()
        if staff is not None:
            self._open(self.password_dialog(staff))

    def toggle_staff(self) -> None:
        """A deactivated account can no longer log in; its history stays."""
        staff = self.selected_staff()
        if staff is None:
            return
        ok = self.controller.set_active(staff.id, not staff.active)
        show_error(self.ui.staffErrorLabel, "" if ok else self.controller.last_error)

    def checked_privileges(self) -> frozenset[Privilege]:
        return frozenset(p for p, box in self.privilege_checks.items() if box.isChecked())

    def save_access(self) -> None:
        staff = self.selected_staff()
        if staff is None:
            return
        ok = self.controller.set_privileges(staff.id, self.checked_privileges())
        show_error(self.ui.staffErrorLabel, "" if ok else self.controller.last_error)

    def _open(self, dialog: QDialog) -> None:
        """Show a dialog window-modal without blocking; a new account gets selected."""
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog, result: int) -> None:
        if (
            result == QDialog.DialogCode.Accepted
            and isinstance(dialog, StaffEditorDialog)
            and dialog.staff_id is not None
        ):
            select_row(self.ui.staffTable, self.staff_model.row_of(dialog.staff_id))
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
