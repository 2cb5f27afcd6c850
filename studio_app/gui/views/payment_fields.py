"""How an installment is paid (SPEC §6, seed 003), the form shared by the payment dialog and the
sale that takes its first installment: the method (cash, card terminal, bank transfer, or the
member's card on file), one discount at most — the on-time discount, offered only on or before
the due date, or another amount (the ``billing`` privilege) — and the live total to pay."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QWidget

from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.installments import discount_cents
from studio_app.domain.money import parse_price
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.billing import Discount, PaymentInput, PaymentMethod, PaymentQuote
from studio_app.gui.forms.ui_payment_fields import Ui_PaymentFields
from studio_app.gui.views.permissions import allow

#: The ways an installment is paid at the desk, in the order the combo lists them.
METHODS = (
    PaymentMethod.CASH,
    PaymentMethod.CARD,
    PaymentMethod.TRANSFER,
    PaymentMethod.CARD_ON_FILE,
)
NO_CARD = "No card on file"
#: The total while the chosen discount cannot be taken.
NO_TOTAL = "—"


def card_on_file_label(card: str) -> str:
    """ "Card on file (Visa ending 4242)", or plain "Card on file" when there is none."""
    label = PaymentMethod.CARD_ON_FILE.label
    return f"{label} ({card})" if card else label


class PaymentFields(QWidget):
    """``changed`` is emitted whenever the method, the discount or the total changed; read
    ``problem()`` (why nothing can be paid now, "" when it can) and ``payment()`` then."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_PaymentFields()
        ui.setupUi(self)
        self.quote: PaymentQuote | None = None
        self._today = date.min
        self._problem = ""
        for method in METHODS:
            ui.methodCombo.addItem(method.label, method)
        for radio in (ui.noDiscountRadio, ui.loyaltyRadio, ui.otherRadio):
            radio.toggled.connect(self._update)
        ui.otherEdit.textChanged.connect(self._update)
        ui.methodCombo.currentIndexChanged.connect(self._update)

    def show_quote(self, quote: PaymentQuote, today: date, *, may_discount: bool) -> None:
        """Show what ``quote`` asks, paid ``today``; another discount only when the account
        ``may_discount`` (greyed with the reason otherwise). The first quote shown chooses the
        on-time discount when it is offered (paying on time earns it); a later one (another
        plan or start date) keeps the choices that still apply."""
        ui, money, first = self.ui, quote.money, self.quote is None
        self.quote, self._today = quote, today
        ui.amountValue.setText(money.text(quote.amount_cents))
        on_file = ui.methodCombo.findData(PaymentMethod.CARD_ON_FILE)
        ui.methodCombo.setItemText(on_file, card_on_file_label(quote.card_on_file))
        ui.methodCombo.setItemData(
            on_file, "" if quote.card_on_file else NO_CARD, Qt.ItemDataRole.ToolTipRole
        )
        model = ui.methodCombo.model()
        if isinstance(model, QStandardItemModel):
            model.item(on_file).setEnabled(bool(quote.card_on_file))
        if not quote.card_on_file and self.method() is PaymentMethod.CARD_ON_FILE:
            ui.methodCombo.setCurrentIndex(0)
        loyalty = money.text(quote.loyalty_cents) if quote.loyalty_cents else ""
        ui.loyaltyRadio.setText(f"&On-time discount {loyalty}".strip())
        ui.loyaltyRadio.setEnabled(quote.loyalty_offered)
        ui.loyaltyNoteLabel.setText(quote.loyalty_note)
        ui.loyaltyNoteLabel.setVisible(bool(quote.loyalty_note))
        allow(ui.otherRadio, Privilege.BILLING, may_discount)
        if first and quote.loyalty_offered:
            ui.loyaltyRadio.setChecked(True)
        unavailable = (ui.loyaltyRadio.isChecked() and not quote.loyalty_offered) or (
            ui.otherRadio.isChecked() and not may_discount
        )
        if (first and not quote.loyalty_offered) or unavailable:
            ui.noDiscountRadio.setChecked(True)
        self._update()

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
        quote = self.quote
        assert quote is not None
        taken = discount_cents(
            self.discount(),
            amount_cents=quote.amount_cents,
            loyalty_cents=quote.loyalty_cents,
            other_cents=self.other_cents(),
            paid_on=self._today,
            due_on=quote.due_on,
        )
        return quote.amount_cents - taken

    def payment(self) -> PaymentInput:
        """The payment as the form says it; refused when the other discount is not an amount."""
        return PaymentInput(self.method(), self.discount(), self.other_cents())

    def problem(self) -> str:
        """Why the payment cannot be taken as the form stands ("" when it can)."""
        return self._problem

    def total_text(self) -> str:
        """What is left to pay ("26.00"), or "—" while the discount cannot be taken."""
        return self.ui.totalValue.text()

    def charges_card(self) -> bool:
        """Whether the payment charges the member's card on file (through the provider)."""
        return self.method() is PaymentMethod.CARD_ON_FILE

    # -- live total --------------------------------------------------------------------------
    def _update(self) -> None:
        """Enable the other discount's amount only when chosen; show what is left to pay, or
        why the discount cannot be taken."""
        ui = self.ui
        if self.quote is None:
            return
        other = ui.otherRadio.isChecked()
        ui.otherEdit.setEnabled(other)
        if other and self.sender() is ui.otherRadio:
            ui.otherEdit.setFocus()
        try:
            total, self._problem = self.quote.money.text(self.to_pay_cents()), ""
        except DomainError as refused:
            total, self._problem = NO_TOTAL, refused.message
        ui.totalValue.setText(total)
        self.changed.emit()
