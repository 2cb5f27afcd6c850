"""Settings → Memberships: the plans the studio sells, each made and edited in the plan editor.

A plan is never deleted: Deactivate takes it off sale, and memberships already sold from it stay
as they are (editing a plan never rewrites them). Changing plans needs the ``settings``
privilege: other accounts see the list with the buttons greyed, the reason in their tooltips
and on the page. A refusal from the service is still shown inline, in words.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.dto.plans import PlanRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_memberships_page import Ui_MembershipsPage
from studio_app.gui.qtmodels.plans import PlanTableModel
from studio_app.gui.views.common import set_hint, show_error
from studio_app.gui.views.permissions import allow, follow_privileges, look_only_note
from studio_app.gui.views.settings.plan_editor import PlanEditorDialog
from studio_app.gui.views.table_selection import pad_columns, select_row


class MembershipsPage(QWidget):
    def __init__(self, controller: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: PlanEditorDialog | None = None  # the plan editor currently open, if any
        self.ui = ui = Ui_MembershipsPage()
        ui.setupUi(self)
        self.plans_model = PlanTableModel(self)
        ui.plansTable.setModel(self.plans_model)
        header = ui.plansTable.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ui.plansTable.verticalHeader().setDefaultSectionSize(28)
        self._intro = ui.plansIntroLabel.text()
        set_hint(ui.plansIntroLabel)
        show_error(ui.plansErrorLabel, "")
        ui.newPlanButton.clicked.connect(self.new_plan)
        ui.editPlanButton.clicked.connect(self.edit_plan)
        ui.plansTable.doubleClicked.connect(self._plan_double_clicked)
        ui.togglePlanButton.clicked.connect(self.toggle_plan)
        ui.plansTable.selectionModel().selectionChanged.connect(self._update_plan_buttons)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self._apply_privileges)
        self._show_privilege_note()
        self.reload_plans()

    def _apply_privileges(self) -> None:
        """Grey out (with the reason) or enable the buttons for the account's privileges as
        the desk last saw them."""
        self._show_privilege_note()
        self._update_plan_buttons()

    def _show_privilege_note(self) -> None:
        """Say on the page, not only in tooltips, why its buttons are disabled."""
        text = self._intro
        if not self.controller.can(Privilege.SETTINGS):
            text = look_only_note(text, Privilege.SETTINGS)
        self.ui.plansIntroLabel.setText(text)

    def reload_plans(self) -> None:
        selected = self.selected_plan()
        self.plans_model.set_rows(self.controller.plans())
        pad_columns(self.ui.plansTable)
        if selected is not None:
            select_row(self.ui.plansTable, self.plans_model.row_of(selected.id))
        self._update_plan_buttons()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.PLANS in changes:
            self.reload_plans()

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

    def _open(self, dialog: PlanEditorDialog) -> None:
        """Show the editor window-modal without blocking; a new plan gets selected."""
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        dialog.open()

    def _dialog_finished(self, dialog: PlanEditorDialog, result: int) -> None:
        if result == QDialog.DialogCode.Accepted and dialog.plan_id is not None:
            select_row(self.ui.plansTable, self.plans_model.row_of(dialog.plan_id))
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()
