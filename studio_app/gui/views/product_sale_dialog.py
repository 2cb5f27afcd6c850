"""Sell a product at the desk (SPEC §6, seed 003): water, a towel… to a member typed by name or
to a walk-in, paid in cash, on the card terminal, by bank transfer, or — for a member with a card
on file only — charged to that card through the payment provider. The total follows the quantity
as it is typed. The service decides; a refusal is shown here and nothing is recorded."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.billing import MoneyFormat
from studio_app.gui.controllers.front_desk import (
    FrontDeskController,
    PaymentMethod,
    ProductRow,
    ProductSale,
)
from studio_app.gui.forms.ui_product_sale_dialog import Ui_ProductSaleDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.member_choice import MemberSuggestions
from studio_app.gui.views.payment_fields import METHODS, card_on_file_label

WALK_IN_NO_CARD = "Card on file is for members only: a walk-in pays another way."
MEMBER_NO_CARD = "{name} has no card on file."
NO_MEMBER_YET = "Card on file: choose the member first."


class ProductSaleDialog(QDialog):
    """``member_id`` presets the buyer (from a member's profile); without it staff type a
    member's name or choose "Walk-in". ``money`` is the studio's money format, for the total.
    "Sell" records the sale and closes (``payment_id`` is then set), or stays open with the
    refusal."""

    def __init__(
        self,
        front_desk: FrontDeskController,
        member_id: int | None = None,
        member_name: str = "",
        parent: QWidget | None = None,
        *,
        money: MoneyFormat,
    ) -> None:
        super().__init__(parent)
        self.front_desk, self.money = front_desk, money
        self.preset_member, self.preset_name = member_id, member_name
        self.payment_id: int | None = None
        self._card_of: tuple[int | None, str] = (None, "")
        self.ui = ui = Ui_ProductSaleDialog()
        ui.setupUi(self)
        set_primary(ui.sellButton)
        show_error(ui.errorLabel, "")
        preset = member_id is not None
        ui.memberNameLabel.setText(member_name)
        ui.memberNameLabel.setVisible(preset)
        for widget in (ui.memberRadio, ui.walkInRadio, ui.memberEdit):
            widget.setVisible(not preset)
        self.products = front_desk.products()
        for product in self.products:
            ui.productCombo.addItem(f"{product.name} — {product.price}", product.id)
        for method in METHODS:
            ui.methodCombo.addItem(method.label, method)
        self.suggestions = MemberSuggestions(
            ui.memberEdit, ui.suggestionsList, front_desk.search_members, self._update, self
        )
        ui.memberRadio.toggled.connect(self._buyer_changed)
        ui.productCombo.currentIndexChanged.connect(self._update)
        ui.quantitySpin.valueChanged.connect(self._update)
        ui.methodCombo.currentIndexChanged.connect(self._update)
        ui.sellButton.clicked.connect(self.sell)
        ui.cancelButton.clicked.connect(self.reject)
        if not self.products:
            show_error(ui.errorLabel, "No product is on sale: add products in Settings first.")
            ui.sellButton.setEnabled(False)
        (ui.productCombo if preset else ui.memberEdit).setFocus()
        self._update()

    # -- reading the form ----------------------------------------------------------------------
    def walk_in(self) -> bool:
        return self.preset_member is None and self.ui.walkInRadio.isChecked()

    def member_id(self) -> int | None:
        """The buyer: the preset member, the member chosen by name, or None (a walk-in, or no
        name typed yet)."""
        if self.preset_member is not None:
            return self.preset_member
        if self.walk_in() or not self.ui.memberEdit.text().strip():
            return None
        return self.suggestions.chosen_member()

    def member_name(self) -> str:
        if self.preset_member is not None:
            return self.preset_name
        return self.suggestions.chosen_name()

    def product(self) -> ProductRow | None:
        index = self.ui.productCombo.currentIndex()
        return self.products[index] if 0 <= index < len(self.products) else None

    def method(self) -> PaymentMethod:
        return PaymentMethod(self.ui.methodCombo.currentData())

    def card_on_file(self) -> str:
        """The buyer's card on file ("Visa ending 4242"), "" for a walk-in or none; asked once
        per member chosen."""
        member = self.member_id()
        if member is None:
            return ""
        if self._card_of[0] != member:
            self._card_of = (member, self.front_desk.card_on_file(member))
        return self._card_of[1]

    # -- keeping it consistent -----------------------------------------------------------------
    def _buyer_changed(self) -> None:
        """A walk-in needs no name: the name field and its suggestions step aside."""
        ui = self.ui
        walk_in = self.walk_in()
        ui.memberEdit.setEnabled(not walk_in)
        ui.suggestionsList.setVisible(not walk_in and ui.suggestionsList.count() > 0)
        if not walk_in:
            ui.memberEdit.setFocus()
        self._update()

    def _update(self) -> None:
        self._update_card_on_file()
        self._update_total()

    def _update_card_on_file(self) -> None:
        """ "Card on file (Visa ending 4242)" only for a member who has one; otherwise it is
        greyed, the hint says why, and a sale already set to it falls back to cash."""
        ui = self.ui
        combo = ui.methodCombo
        card = self.card_on_file()
        row = combo.findData(PaymentMethod.CARD_ON_FILE)
        combo.setItemText(row, card_on_file_label(card))
        model = combo.model()
        if isinstance(model, QStandardItemModel):
            model.item(row).setEnabled(bool(card))
        if card:
            reason = ""
        elif self.walk_in():
            reason = WALK_IN_NO_CARD
        elif self.member_id() is None:
            reason = NO_MEMBER_YET
        else:
            reason = MEMBER_NO_CARD.format(name=self.member_name() or "This member")
        combo.setItemData(row, reason or None, Qt.ItemDataRole.ToolTipRole)
        if reason and combo.currentIndex() == row:
            combo.setCurrentIndex(combo.findData(PaymentMethod.CASH))
        ui.methodHintLabel.setText(reason)
        ui.methodHintLabel.setVisible(bool(reason))

    def _update_total(self) -> None:
        """ "Total €3.00 (2 × €1.50)", following the product and quantity."""
        product = self.product()
        if product is None:
            self.ui.totalLabel.clear()
            return
        quantity = self.ui.quantitySpin.value()
        total = self.money.text(product.price_cents * quantity)
        each = f" ({quantity} × {self.money.text(product.price_cents)})" if quantity > 1 else ""
        self.ui.totalLabel.setText(f"Total {total}{each}")

    # -- selling -------------------------------------------------------------------------------
    def sell(self) -> None:
        """Record the sale; on a refusal stay open and say why."""
        ui = self.ui
        product = self.product()
        member = self.member_id()
        if product is None:
            return
        if member is None and not self.walk_in():
            text = ui.memberEdit.text().strip()
            show_error(
                ui.errorLabel,
                f"No active member matches “{text}”."
                if text
                else "Type the member's name, or choose “Walk-in (no member)”.",
            )
            return
        sale = ProductSale(product.id, ui.quantitySpin.value(), self.method(), member)
        self.payment_id = self.front_desk.sell(sale)
        if self.payment_id is None:
            show_error(ui.errorLabel, self.front_desk.last_error)
            return
        self.accept()
