"""Take the payment of one installment (SPEC §6, seed 003): how it is paid and one discount at
most, with the live total to pay (the form is gui/views/payment_fields.py). The service decides;
a refusal is shown here and nothing is recorded.

Used by the member profile's "Installments & payments" tab and by the front desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import day_text
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.billing import BillingController, PaymentQuote
from studio_app.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.payment_fields import NO_TOTAL, PaymentFields


class PaymentDialog(QDialog):
    """ "Record payment" pays the installment and closes (``payment_id`` is then set), or stays
    open with the refusal."""

    def __init__(
        self, billing: BillingController, installment_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.billing, self.installment_id = billing, installment_id
        self.payment_id: int | None = None
        self.ui = ui = Ui_PaymentDialog()
        ui.setupUi(self)
        self.fields = PaymentFields(self)
        ui.fieldsLayout.addWidget(self.fields)
        set_primary(ui.payButton)
        show_error(ui.errorLabel, "")
        self.quote = billing.quote(installment_id)
        ui.cancelButton.clicked.connect(self.reject)
        if self.quote is None:  # the installment is gone: nothing to pay
            show_error(ui.errorLabel, billing.last_error or "This installment no longer exists.")
            for widget in (self.fields, ui.payButton):
                widget.setEnabled(False)
            return
        self._fill(self.quote)
        self.fields.changed.connect(self._update)
        self.fields.show_quote(
            self.quote, billing.today(), may_discount=billing.can(Privilege.BILLING)
        )
        ui.payButton.clicked.connect(self.pay)
        self.fields.ui.methodCombo.setFocus()

    def _fill(self, quote: PaymentQuote) -> None:
        ui = self.ui
        self.setWindowTitle(f"Take payment — {quote.member_name}")
        ui.memberLabel.setText(f"{quote.member_name} · {quote.plan_name}")
        overdue = " · overdue" if quote.due_on < self.billing.today() else ""
        ui.installmentLabel.setText(
            f"Installment {quote.number_text} · due {day_text(quote.due_on)}{overdue}"
        )

    def _update(self) -> None:
        """Say why the payment cannot be taken as it stands; the button names the charge."""
        fields, ui = self.fields, self.ui
        problem, total = fields.problem(), fields.total_text()
        show_error(ui.errorLabel, problem)
        ui.payButton.setEnabled(not problem)
        charging = fields.charges_card() and total != NO_TOTAL
        ui.payButton.setText(f"Charge {total}" if charging else "Record payment")

    def pay(self) -> None:
        """Record the payment; on a refusal stay open and say why."""
        try:
            payment = self.fields.payment()
        except DomainError as refused:
            show_error(self.ui.errorLabel, refused.message)
            return
        self.payment_id = self.billing.pay(self.installment_id, payment)
        if self.payment_id is None:
            show_error(self.ui.errorLabel, self.billing.last_error)
            return
        self.accept()
