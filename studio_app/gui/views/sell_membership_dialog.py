"""Sell a plan to a member. Only plans on sale are offered; the membership runs from the start
date (today by default) to start + duration − 1 day, shown before confirming."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.member_profile import MemberProfileController, describe_plan
from studio_app.gui.forms.ui_sell_membership import Ui_SellMembershipDialog
from studio_app.gui.qtmodels.member_profile import day_text
from studio_app.gui.views.common import set_primary, show_error


class SellMembershipDialog(QDialog):
    """Plan, start date and a live validity preview; "Sell" records the sale or shows why not."""

    def __init__(
        self,
        controller: MemberProfileController,
        member_id: int,
        member_name: str = "",
        parent: QWidget | None = None,
        *,
        can_take_payment: bool = False,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.member_id = member_id
        self.membership_id: int | None = None
        self.ui = Ui_SellMembershipDialog()
        self.ui.setupUi(self)
        ui = self.ui
        set_primary(ui.sellButton)
        show_error(ui.errorLabel, "")
        ui.memberLabel.setText(f"Sell a membership to {member_name}" if member_name else "")
        ui.memberLabel.setVisible(bool(member_name))
        self.plans = {plan.id: plan for plan in controller.plans()}
        for plan in self.plans.values():
            ui.planCombo.addItem(describe_plan(plan), plan.id)
        ui.startDateEdit.setDate(QDate(controller.today()))
        ui.takePaymentCheck.setVisible(can_take_payment)
        ui.takePaymentCheck.setChecked(can_take_payment)
        ui.planCombo.currentIndexChanged.connect(self.update_preview)
        ui.startDateEdit.dateChanged.connect(self.update_preview)
        ui.sellButton.clicked.connect(self.sell)
        ui.cancelButton.clicked.connect(self.reject)
        self.update_preview()

    def take_payment(self) -> bool:
        """Whether the desk asked to take the first installment's payment right after the sale."""
        return self.ui.takePaymentCheck.isChecked()

    def plan_id(self) -> int | None:
        return self.ui.planCombo.currentData()

    def select_plan(self, plan_id: int) -> None:
        self.ui.planCombo.setCurrentIndex(self.ui.planCombo.findData(plan_id))

    def update_preview(self) -> None:
        """The live preview ("Valid 1 Dec 2026 – 28 Feb 2027, 10 sessions") or why none."""
        ui = self.ui
        plan_id = self.plan_id()
        ui.sellButton.setEnabled(plan_id is not None)
        if plan_id is None:
            ui.previewLabel.setText("No plan is on sale: add one in Settings → Memberships.")
            return
        start = ui.startDateEdit.date().toPython()
        end = self.controller.preview_end(plan_id, start)
        if end is None:
            ui.previewLabel.setText("")
            show_error(ui.errorLabel, self.controller.last_error)
            return
        entries = self.plans[plan_id].entries
        what = f"{entries} sessions" if entries else "unlimited visits"
        ui.previewLabel.setText(f"Valid {day_text(start)} – {day_text(end)}, {what}")

    def sell(self) -> None:
        plan_id = self.plan_id()
        if plan_id is None:
            return
        start = self.ui.startDateEdit.date().toPython()
        self.membership_id = self.controller.sell(self.member_id, plan_id, start)
        if self.membership_id is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
