"""Settings: Memberships (the plans sold), Staff & access, the Studio (its name and
"Enforce billing for session registration", saved as soon as the box is clicked) and, when the
composition root hands them over, the Booking policy page (window, late cancels, paid period)
and the Products & money page (products sold at the desk, the currency format).

The services enforce privileges (plans and the studio name need ``settings``, staff accounts
need ``staff``); this view also disables what the logged-in account may not do and says in a
tooltip which privilege is needed. A refusal from a service is still shown inline, in words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QTableView,
    QWidget,
)

from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.changes import Change
from studio_app.dto.plans import PlanRow
from studio_app.dto.staff import StaffRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_settings import Ui_SettingsView
from studio_app.gui.qtmodels.plans import PlanTableModel
from studio_app.gui.qtmodels.staff import StaffTableModel
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.permissions import allow, follow_privileges, look_only_note, needs_text
from studio_app.gui.views.plan_editor import PlanEditorDialog
from studio_app.gui.views.staff_editor import ResetPasswordDialog, StaffEditorDialog
from studio_app.gui.views.table_selection import pad_columns, select_row

MEMBERSHIPS_TAB, STAFF_TAB, STUDIO_TAB, BOOKING_POLICY_TAB, SALES_TAB = range(5)
OWNER_NOTE = "The owner holds every privilege."


def _setup_table(table: QTableView) -> None:
    header = table.horizontalHeader()
    header.setStretchLastSection(True)
    header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
    table.verticalHeader().setDefaultSectionSize(28)


class SettingsView(QWidget):
    """``policy_page`` (Booking policy), ``sales_page`` (Products & money), ``backups_page``
    (Backups) and ``activity_page`` (Activity log), each with its own controller, follow the
    built-in tabs; the Activity log shows only to accounts with the ``staff`` privilege."""

    def __init__(
        self,
        controller: SettingsController,
        parent: QWidget | None = None,
        *,
        policy_page: QWidget | None = None,
        sales_page: QWidget | None = None,
        backups_page: QWidget | None = None,
        activity_page: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None  # the editor dialog currently open, if any
        self.ui = ui = Ui_SettingsView()
        ui.setupUi(self)
        self.policy_page = policy_page
        if policy_page is not None:
            ui.tabs.insertTab(BOOKING_POLICY_TAB, policy_page, "Booking policy")
        if sales_page is not None:
            ui.tabs.addTab(sales_page, "Products && money")
        if backups_page is not None:
            ui.tabs.addTab(backups_page, "Backups")
        self.activity_page = activity_page
        if activity_page is not None:
            ui.tabs.addTab(activity_page, "Activity log")
        self.plans_model = PlanTableModel(self)
        self.staff_model = StaffTableModel(self)
        ui.plansTable.setModel(self.plans_model)
        ui.staffTable.setModel(self.staff_model)
        for table in (ui.plansTable, ui.staffTable):
            _setup_table(table)
        self.privilege_checks: dict[Privilege, QCheckBox] = {}
        for privilege in Privilege:
            box = QCheckBox(privilege.label, ui.accessGroup)
            ui.privilegeChecks.addWidget(box)
            self.privilege_checks[privilege] = box
        # Hint labels, with the privilege that changing that tab's data needs.
        self._hints = {
            ui.plansIntroLabel: (Privilege.SETTINGS, ui.plansIntroLabel.text()),
            ui.accessHintLabel: (Privilege.STAFF, ui.accessHintLabel.text()),
            ui.studioHintLabel: (Privilege.SETTINGS, ui.studioHintLabel.text()),
        }
        set_hint(*self._hints, ui.enforceBillingHintLabel)
        set_primary(ui.saveAccessButton, ui.saveStudioButton)
        for label in (ui.plansErrorLabel, ui.staffErrorLabel, ui.studioErrorLabel):
            show_error(label, "")

        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.editPlanButton.clicked.connect(self.edit_plan)
        ui.plansTable.doubleClicked.connect(self._plan_double_clicked)
        ui.togglePlanButton.clicked.connect(self.toggle_plan)
        ui.plansTable.selectionModel().selectionChanged.connect(self._update_plan_buttons)
        ui.addStaffButton.clicked.connect(self.add_staff)
        ui.resetPasswordButton.clicked.connect(self.reset_password)
        ui.toggleStaffButton.clicked.connect(self.toggle_staff)
        ui.saveAccessButton.clicked.connect(self.save_access)
        ui.staffTable.selectionModel().selectionChanged.connect(self._update_staff_controls)
        ui.saveStudioButton.clicked.connect(self.save_studio)
        ui.studioNameEdit.returnPressed.connect(self.save_studio)
        ui.enforceBillingCheck.clicked.connect(self.save_enforce_billing)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self._apply_privileges)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        self._show_privilege_notes()
        self._show_activity_tab()
        self.reload_plans()
        self.reload_staff()
        self.reload_studio()

    def _apply_privileges(self) -> None:
        """Grey out (with the reason) or enable every control for the account's privileges as
        the desk last saw them."""
        self._show_privilege_notes()
        self._show_activity_tab()
        self._update_plan_buttons()
        self._update_staff_controls()
        self._lock_studio()

    def reload_plans(self) -> None:
        selected = self.selected_plan()
        self.plans_model.set_rows(self.controller.plans())
        pad_columns(self.ui.plansTable)
        if selected is not None:
            select_row(self.ui.plansTable, self.plans_model.row_of(selected.id))
        self._update_plan_buttons()

    def reload_staff(self) -> None:
        selected = self.selected_staff()
        self.staff_model.set_rows(self.controller.staff())
        pad_columns(self.ui.staffTable)
        if selected is not None:
            select_row(self.ui.staffTable, self.staff_model.row_of(selected.id))
        self._update_staff_controls()

    def reload_studio(self) -> None:
        self.ui.studioNameEdit.setText(self.controller.studio_name())
        self.ui.enforceBillingCheck.setChecked(self.controller.enforce_billing())
        self._lock_studio()

    def _lock_studio(self) -> None:
        """The studio's name and billing rule change only with the ``settings`` privilege."""
        ui, allowed = self.ui, self.controller.can(Privilege.SETTINGS)
        for control in (ui.saveStudioButton, ui.enforceBillingCheck):
            allow(control, Privilege.SETTINGS, allowed)
        ui.studioNameEdit.setReadOnly(not allowed)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.PLANS in changes:
            self.reload_plans()
        if Change.STAFF in changes:
            self.reload_staff()
            self._show_activity_tab()
        if Change.STUDIO in changes:
            self.reload_studio()

    def _show_privilege_notes(self) -> None:
        """Say on each tab, not only in tooltips, why its buttons are disabled."""
        for label, (privilege, text) in self._hints.items():
            if not self.controller.can(privilege):
                text = look_only_note(text, privilege)
            label.setText(text)

    def _show_activity_tab(self) -> None:
        """The Activity log tab is there only for accounts with the ``staff`` privilege."""
        if self.activity_page is not None:
            tabs = self.ui.tabs
            allowed = self.controller.can(Privilege.STAFF)
            tabs.setTabVisible(tabs.indexOf(self.activity_page), allowed)

    def _allowed(self, privilege: Privilege, *buttons: QAbstractButton) -> bool:
        """Whether the logged-in account holds ``privilege``; if not, the buttons say so."""
        allowed = self.controller.can(privilege)
        for button in buttons:
            button.setToolTip("" if allowed else needs_text(privilege))
        return allowed

    # -- memberships (plans) ---------------------------------------------------------------
    def selected_plan(self) -> PlanRow | None:
        rows = self.ui.plansTable.selectionModel().selectedRows()
        return self.plans_model.row_at(rows[0].row()) if rows else None

    def _update_plan_buttons(self) -> None:
        ui, allowed = self.ui, self.controller.can(Privilege.SETTINGS)
        plan = self.selected_plan()
        allow(ui.newPlanButton, Privilege.SETTINGS, allowed)
        allow(ui.editPlanButton, Privilege.SETTINGS, allowed, ready=plan is not None)
        allow(ui.togglePlanButton, Privilege.SETTINGS, allowed, ready=plan is not None)
        ui.togglePlanButton.setText("&Activate" if plan and not plan.active else "&Deactivate")

    def plan_editor(self, plan: PlanRow | None = None) -> PlanEditorDialog:
        """The editor for a new plan (``plan`` None) or for ``plan``, not yet shown."""
        return PlanEditorDialog(self.controller, plan, self)

    def new_plan(self) -> None:
        self._open(self.plan_editor())

    def edit_plan(self) -> None:
        plan = self.selected_plan()
        if plan is not None:
            self._open(self.plan_editor(plan))

    def _plan_double_clicked(self, index: QModelIndex) -> None:
        if self.ui.editPlanButton.isEnabled():
            self._open(self.plan_editor(self.plans_model.row_at(index.row())))

    def toggle_plan(self) -> None:
        """Deactivate (no longer for sale) or reactivate the selected plan."""
        plan = self.selected_plan()
        if plan is None:
            return
        ok = self.controller.update_plan(plan.id, replace(plan.as_input(), active=not plan.active))
        show_error(self.ui.plansErrorLabel, "" if ok else self.controller.last_error)

    # -- staff and access ------------------------------------------------------------------
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

    # -- studio ----------------------------------------------------------------------------
    def save_studio(self) -> None:
        if not self.ui.saveStudioButton.isEnabled():
            return
        ok = self.controller.rename_studio(self.ui.studioNameEdit.text())
        show_error(self.ui.studioErrorLabel, "" if ok else self.controller.last_error)

    def save_enforce_billing(self, on: bool) -> None:
        """Save the box as clicked; a refusal is shown and the box shows the saved value."""
        ok = self.controller.set_enforce_billing(on)
        show_error(self.ui.studioErrorLabel, "" if ok else self.controller.last_error)
        if not ok:
            self.ui.enforceBillingCheck.setChecked(self.controller.enforce_billing())

    # -- dialogs ---------------------------------------------------------------------------
    def _open(self, dialog: QDialog) -> None:
        """Show an editor window-modal without blocking; a new record gets selected."""
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        dialog.open()

    def _dialog_finished(self, dialog: QDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted:
            if isinstance(dialog, PlanEditorDialog) and dialog.plan_id is not None:
                select_row(self.ui.plansTable, self.plans_model.row_of(dialog.plan_id))
            elif isinstance(dialog, StaffEditorDialog) and dialog.staff_id is not None:
                select_row(self.ui.staffTable, self.staff_model.row_of(dialog.staff_id))
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
