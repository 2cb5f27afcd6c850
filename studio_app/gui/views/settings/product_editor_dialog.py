"""A new or edited product sold at the desk (Settings → Products & money): its name and price.

The price is typed as staff say it ("2", "2,50") and read back beside the box in the studio's
money format ("€2.50") while typing. A price that is not an amount is refused here, inline; the
service refuses an empty name. Editing a product changes what is sold
from now on; sales already made keep the price they were sold at. Whether it is still on sale is
switched on the page (Stop selling / Sell again), so editing keeps it as it is.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import cents_text
from studio_app.domain.money import parse_price
from studio_app.gui.controllers.sales_settings import (
    MoneyFormat,
    ProductInput,
    ProductRow,
    SalesSettingsController,
)
from studio_app.gui.forms.ui_product_editor_dialog import Ui_ProductEditorDialog
from studio_app.gui.views.common import set_hint, set_primary, show_error

NOT_ON_SALE = (
    "Not on sale at the moment: Sell again, on the Products & money page, puts it back on the "
    "desk's list."
)


class ProductEditorDialog(QDialog):
    """Creates a product when ``product`` is None, otherwise updates that product."""

    def __init__(
        self,
        controller: SalesSettingsController,
        money: MoneyFormat,
        product: ProductRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.money = money
        self.product = product
        self.product_id: int | None = product.id if product else None
        self.ui = ui = Ui_ProductEditorDialog()
        ui.setupUi(self)
        if product is not None:
            self.setWindowTitle(f"Edit product — {product.name}")
            ui.okButton.setText("Save changes")
            ui.nameEdit.setText(product.name)
            ui.priceEdit.setText(cents_text(product.price_cents))
            if not product.active:
                ui.introLabel.setText(NOT_ON_SALE)
        set_hint(ui.introLabel, ui.previewLabel)
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        ui.priceEdit.textChanged.connect(self._preview)
        ui.okButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.reject)
        self._preview()
        self.resize(self.width(), self.minimumSizeHint().height())

    def product_input(self) -> ProductInput:
        """What the form says; raises ValidationError when the price is not an amount."""
        active = self.product.active if self.product is not None else True
        return ProductInput(self.ui.nameEdit.text(), parse_price(self.ui.priceEdit.text()), active)

    def _preview(self) -> None:
        """The price as customers will see it on the desk's screens."""
        try:
            text = f"sold as {self.money.text(parse_price(self.ui.priceEdit.text()))}"
        except DomainError:
            text = ""
        self.ui.previewLabel.setText(text)

    def _save(self) -> None:
        ui = self.ui
        try:
            data = self.product_input()
        except DomainError as refused:
            show_error(ui.errorLabel, refused.message)
            ui.priceEdit.setFocus()
            return
        if self.product_id is None:
            self.product_id = self.controller.create_product(data)
            saved = self.product_id is not None
        else:
            saved = self.controller.update_product(self.product_id, data)
        if not saved:
            show_error(ui.errorLabel, self.controller.last_error)
            return
        self.accept()
