"""Take the payment of one installment (SPEC §6, seed 003): how it is paid (cash, card terminal,
bank transfer, or the member's card on file through the payment provider) and one discount at
most — the on-time discount, offered only on or before the due date, or another amount — with the
live total to pay. The service decides; a refusal is shown here and nothing is recorded.

Used by the member profile's "Installments & payments" tab and by the front desk."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.installments import discount_cents
from studio_app.domain.money import parse_price
from studio_app.gui.controllers.billing import (
    BillingController,
    Discount,
    PaymentInput,
    PaymentMethod,
    PaymentQuote,
)
from studio_app.gui.forms.ui_payment_dialog import Ui_PaymentDialog
from studio_app.gui.qtmodels.member_profile import day_text
from studio_app.gui.views.common import set_primary, show_error

#: The ways an installment is paid at the desk, in the order the combo lists them.
METHODS = (
    PaymentMethod.CASH,
    PaymentMethod.CARD,
    PaymentMethod.TRANSFER,
    PaymentMethod.CARD_ON_FILE,
)
NO_CARD = "No card on file"


def card_on_file_label(card: str) -> str:
    """ "Card on file (Visa ending 4242)", or plain "Card on file" when there is none."""
    label = PaymentMethod.CARD_ON_FILE.label
    return f"{label} ({card})" if card else label


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
        set_primary(ui.payButton)
        show_error(ui.errorLabel, "")
        self.quote = billing.quote(installment_id)
        ui.cancelButton.clicked.connect(self.reject)
        if self.quote is None:  # the installment is gone: nothing to pay
            show_error(ui.errorLabel, billing.last_error or "This installment no longer exists.")
            for widget in (ui.methodCombo, ui.discountBox, ui.payButton):
                widget.setEnabled(False)
            return
        self._fill(self.quote)
        for radio in (ui.noDiscountRadio, ui.loyaltyRadio, ui.otherRadio):
            radio.toggled.connect(self._update)
        ui.otherEdit.textChanged.connect(self._update)
        ui.methodCombo.currentIndexChanged.connect(self._update)
        ui.payButton.clicked.connect(self.pay)
        self._update()
        ui.methodCombo.setFocus()

    def _fill(self, quote: PaymentQuote) -> None:
        ui, money = self.ui, quote.money
        self.setWindowTitle(f"Take payment — {quote.member_name}")
        ui.memberLabel.setText(f"{quote.member_name} · {quote.plan_name}")
        overdue = " · overdue" if quote.due_on < self.billing.today() else ""
        ui.installmentLabel.setText(
            f"Installment {quote.number_text} · due {day_text(quote.due_on)}{overdue}"
        )
        ui.amountValue.setText(money.text(quote.amount_cents))
        for method in METHODS:
            ui.methodCombo.addItem(method.label, method)
        on_file = ui.methodCombo.findData(PaymentMethod.CARD_ON_FILE)
        ui.methodCombo.setItemText(on_file, card_on_file_label(quote.card_on_file))
        if not quote.card_on_file:
            ui.methodCombo.setItemData(on_file, NO_CARD, Qt.ItemDataRole.ToolTipRole)
            model = ui.methodCombo.model()
            if isinstance(model, QStandardItemModel):
                model.item(on_file).setEnabled(False)
        loyalty = money.text(quote.loyalty_cents) if quote.loyalty_cents else ""
        ui.loyaltyRadio.setText(f"&On-time discount {loyalty}".strip())
        ui.loyaltyRadio.setEnabled(quote.loyalty_offered)
        ui.loyaltyNoteLabel.setText(quote.loyalty_note)
        ui.loyaltyNoteLabel.setVisible(bool(quote.loyalty_note))
        # Paying on time earns the discount: offer it chosen; the member may pick another.
        (ui.loyaltyRadio if quote.loyalty_offered else ui.noDiscountRadio).setChecked(True)

    # -- reading the form --------------------------------------------------------------------
    def method(self) -> PaymentMethod:
        return PaymentMethod(self.ui.methodCombo.currentData())

    def discount(self) -> Discount:
        ui = self.ui
        if ui.loyaltyRadio.isChecked():
            return Discount.LOYALTY
        return Discount.OTHER if ui.otherRadio.isChecked() else Discount.NONE

    def other_cents(self) -> int:
        """The other discount typed ("5", "2,50"); refused when it is not an amount."""
        if self.discount() is not Discount.OTHER:
            return 0
        typed = self.ui.otherEdit.text().strip()
        if not typed:
            raise ValidationError("Type the amount of the other discount.")
        try:
            return parse_price(typed)
        except DomainError as refused:
            raise ValidationError(
                f"The other discount '{typed}' is not an amount like 5 or 2,50."
            ) from refused

    def to_pay_cents(self) -> int:
        """The installment less the chosen discount; refused like the service would refuse."""
        assert self.quote is not None
        quote = self.quote
        taken = discount_cents(
            self.discount(),
            amount_cents=quote.amount_cents,
            loyalty_cents=quote.loyalty_cents,
            other_cents=self.other_cents(),
            paid_on=self.billing.today(),
            due_on=quote.due_on,
        )
        return quote.amount_cents - taken

    # -- live total --------------------------------------------------------------------------
    def _update(self) -> None:
        """Enable the other discount's amount only when chosen; show what is left to pay, or
        why the discount cannot be taken."""
        ui = self.ui
        assert self.quote is not None
        other = ui.otherRadio.isChecked()
        ui.otherEdit.setEnabled(other)
        if other and self.sender() is ui.otherRadio:
            ui.otherEdit.setFocus()
        try:
            total = self.quote.money.text(self.to_pay_cents())
            problem = ""
        except DomainError as refused:
            total, problem = "—", refused.message
        ui.totalValue.setText(total)
        show_error(ui.errorLabel, problem)
        ui.payButton.setEnabled(not problem)
        by_card = self.method() is PaymentMethod.CARD_ON_FILE
        ui.payButton.setText(f"Charge {total}" if by_card and total != "—" else "Record payment")

    # -- paying ------------------------------------------------------------------------------
    def pay(self) -> None:
        """Record the payment; on a refusal stay open and say why."""
        try:
            other = self.other_cents()
        except DomainError as refused:
            show_error(self.ui.errorLabel, refused.message)
            return
        payment = PaymentInput(self.method(), self.discount(), other)
        self.payment_id = self.billing.pay(self.installment_id, payment)
        if self.payment_id is None:
            show_error(self.ui.errorLabel, self.billing.last_error)
            return
        self.accept()
