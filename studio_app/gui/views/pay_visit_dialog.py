"""Pay an unpaid visit (SPEC §3, seed 002): with one of the member's memberships that can pay
for that class — valid on the class's day, never with visits of an upcoming period — or with a
drop-in payment (price as staff say it, and an accepted method). A refusal is shown here and
nothing changes."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.errors import DomainError
from studio_app.domain.money import parse_price
from studio_app.domain.payments import PaymentMethod
from studio_app.gui.controllers.visit_payments import VisitPaymentController
from studio_app.gui.forms.ui_pay_visit_dialog import Ui_PayVisitDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.member_choice import add_payer_options

_CAN_PAY = "color: #1e5b2f;"
_CANNOT_PAY = "color: #8a1c1c;"


@dataclass(frozen=True)
class VisitToPay:
    """The unpaid visit the dialog pays: which booking, class and member."""

    booking_id: int
    session_id: int
    member_id: int
    member_name: str
    class_text: str


class PayVisitDialog(QDialog):
    """ "Pay" charges the chosen membership or records the drop-in payment, then closes."""

    def __init__(
        self, controller: VisitPaymentController, visit: VisitToPay, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller, self.visit = controller, visit
        self.ui = ui = Ui_PayVisitDialog()
        ui.setupUi(self)
        set_primary(ui.payButton)
        show_error(ui.errorLabel, "")
        ui.memberLabel.setText(f"Pay {visit.member_name}'s unpaid visit")
        ui.classLabel.setText(visit.class_text)
        for method in PaymentMethod:
            ui.methodCombo.addItem(method.label, method.value)
        self.options = {
            o.membership_id: o for o in controller.payer_options(visit.session_id, visit.member_id)
        }
        self._fill_memberships()
        payable = any(o.reason is None for o in self.options.values())
        ui.membershipRadio.setEnabled(payable)
        (ui.membershipRadio if payable else ui.dropInRadio).setChecked(True)
        ui.membershipRadio.toggled.connect(self._update)
        ui.membershipCombo.currentIndexChanged.connect(self._update)
        ui.payButton.clicked.connect(self.pay)
        ui.cancelButton.clicked.connect(self.reject)
        self._update()
        (ui.membershipCombo if payable else ui.priceEdit).setFocus()

    def _fill_memberships(self) -> None:
        """Every membership, those that can pay first; those that cannot are listed disabled."""
        ordered = sorted(self.options.values(), key=lambda o: o.reason is not None)
        add_payer_options(self.ui.membershipCombo, ordered, can_pay_suffix=" — can pay")

    def with_membership(self) -> bool:
        return self.ui.membershipRadio.isChecked()

    def _update(self) -> None:
        """Enable what the chosen way of paying needs and say why memberships can't pay."""
        ui = self.ui
        membership = self.with_membership()
        ui.membershipCombo.setEnabled(membership)
        for widget in (ui.priceLabel, ui.priceEdit, ui.methodLabel, ui.methodCombo):
            widget.setEnabled(not membership)
        chosen = self.options.get(ui.membershipCombo.currentData())
        if not self.options:
            text, style = f"{self.visit.member_name} has no membership.", _CANNOT_PAY
        elif not ui.membershipRadio.isEnabled():
            reasons = "; ".join(o.reason or "" for o in self.options.values())
            text, style = f"No membership can pay for this class: {reasons}.", _CANNOT_PAY
        elif chosen is not None and membership:
            text, style = f"{chosen.label} can pay for this class.", _CAN_PAY
        else:
            text, style = "", ""
        ui.reasonLabel.setText(text)
        ui.reasonLabel.setStyleSheet(style)
        ui.reasonLabel.setVisible(bool(text))
        ui.payButton.setText("Pay with membership" if membership else "Record payment")

    def pay(self) -> None:
        """Pay the visit the chosen way; on a refusal stay open and say why."""
        ui, booking = self.ui, self.visit.booking_id
        if self.with_membership():
            done = self.controller.pay_visit(booking, ui.membershipCombo.currentData())
        else:
            try:
                cents = parse_price(ui.priceEdit.text())
            except DomainError as refused:
                show_error(ui.errorLabel, refused.message)
                ui.priceEdit.setFocus()
                return
            method = ui.methodCombo.currentData()
            done = self.controller.pay_visit_drop_in(booking, cents, method)
        if not done:
            show_error(ui.errorLabel, self.controller.last_error)
            return
        self.accept()
