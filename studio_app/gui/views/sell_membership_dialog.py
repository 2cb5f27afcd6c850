"""Sell a plan to a member. Only plans on sale are offered; the membership runs from the start
date (today by default) to start + duration − 1 day, shown before confirming.

With "Take payment now" the dialog also takes the first installment's payment (method, one
discount, the live total) and the sale and the payment are one step: a refused payment sells
nothing, and Cancel leaves nothing sold. Without it the banner says what is due and when."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import day_text, range_text
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.member_profile import (
    MemberProfileController,
    PaymentInput,
    PaymentQuote,
    describe_plan,
)
from studio_app.gui.forms.ui_sell_membership import Ui_SellMembershipDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format
from studio_app.gui.views.payment_fields import NO_TOTAL, PaymentFields

NOTHING_TO_PAY = "Nothing to pay: the first installment of this plan is free."


class SellMembershipDialog(QDialog):
    """Plan, start date and a live validity preview, and the first installment's payment when
    ``can_take_payment`` and ticked; "Sell" records the sale (and payment) or shows why not."""

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
        self.quote: PaymentQuote | None = None
        self.ui = Ui_SellMembershipDialog()
        self.ui.setupUi(self)
        follow_date_format(self.ui.startDateEdit)
        ui = self.ui
        self.fields = PaymentFields(self)
        ui.paymentLayout.addWidget(self.fields)
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
        ui.takePaymentCheck.toggled.connect(self._payment_toggled)
        self.fields.changed.connect(self._update_sell_button)
        ui.sellButton.clicked.connect(self.sell)
        ui.cancelButton.clicked.connect(self.reject)
        self.update_preview()

    def take_payment(self) -> bool:
        """Whether the desk takes the first installment's payment with the sale."""
        return self.ui.takePaymentCheck.isChecked()

    def plan_id(self) -> int | None:
        return self.ui.planCombo.currentData()

    def select_plan(self, plan_id: int) -> None:
        self.ui.planCombo.setCurrentIndex(self.ui.planCombo.findData(plan_id))

    def start(self) -> date:
        return self.ui.startDateEdit.date().toPython()  # type: ignore[return-value]

    def update_preview(self) -> None:
        """The live preview ("Valid 1 Dec 2026 – 28 Feb 2027, 10 sessions") or why none, and
        the first installment to pay when the payment is taken now."""
        ui = self.ui
        plan_id = self.plan_id()
        self.quote = None
        ui.paymentBox.setVisible(False)
        ui.sellButton.setEnabled(plan_id is not None)
        if plan_id is None:
            ui.previewLabel.setText("No plan is on sale: add one in Settings → Memberships.")
            return
        start = self.start()
        end = self.controller.preview_end(plan_id, start)
        if end is None:
            ui.previewLabel.setText("")
            show_error(ui.errorLabel, self.controller.last_error)
            return
        entries = self.plans[plan_id].entries
        what = f"{entries} sessions" if entries else "unlimited visits"
        ui.previewLabel.setText(f"Valid {range_text(start, end)}, {what}")
        show_error(ui.errorLabel, "")
        if self.take_payment():
            self._show_first_installment(plan_id, start)
        self._update_sell_button()

    def _payment_toggled(self) -> None:
        """Show or hide the payment form; the dialog fits what it shows."""
        self.update_preview()
        self.adjustSize()

    def _show_first_installment(self, plan_id: int, start: date) -> None:
        """What the first installment asks, with the payment form (none when it is free)."""
        ui, controller = self.ui, self.controller
        quote = controller.first_payment(self.member_id, plan_id, start)
        if quote is None:
            show_error(ui.errorLabel, controller.last_error)
            return
        self.quote = quote
        ui.paymentBox.setVisible(True)
        free = quote.amount_cents == 0
        overdue = " · overdue" if quote.due_on < controller.today() else ""
        ui.dueLabel.setText(
            NOTHING_TO_PAY
            if free
            else f"Installment {quote.number_text} · due {day_text(quote.due_on)}{overdue}"
        )
        self.fields.setVisible(not free)
        if not free:
            self.fields.show_quote(
                quote, controller.today(), may_discount=controller.can(Privilege.BILLING)
            )

    def _paying(self) -> bool:
        """Whether Sell takes a payment too: asked for, and something to pay."""
        return self.quote is not None and self.quote.amount_cents > 0

    def _update_sell_button(self) -> None:
        """ "Sell and take 26.00" (or "charge" a card on file) while paying; "Sell" otherwise.
        A discount that cannot be taken says why and keeps the sale from going ahead."""
        ui, fields = self.ui, self.fields
        if not self._paying():
            ui.sellButton.setText("Sell")
            return
        problem, total = fields.problem(), fields.total_text()
        show_error(ui.errorLabel, problem)
        ui.sellButton.setEnabled(not problem)
        verb = "charge" if fields.charges_card() else "take"
        ui.sellButton.setText(f"Sell and {verb} {total}" if total != NO_TOTAL else "Sell")

    def sell(self) -> None:
        """Sell, and pay the first installment in the same step when asked; on a refusal stay
        open and say why (nothing was sold)."""
        plan_id = self.plan_id()
        if plan_id is None:
            return
        payment: PaymentInput | None = None
        if self._paying():
            try:
                payment = self.fields.payment()
            except DomainError as refused:
                show_error(self.ui.errorLabel, refused.message)
                return
        self.membership_id = self.controller.sell(self.member_id, plan_id, self.start(), payment)
        if self.membership_id is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
