"""Settings → Products & money: the products the desk sells besides memberships (water, towels,
T-shirts), how the studio writes money ("€12.00", "12,00 zł") and dates ("Tue 1 Dec 2026" or
"Tue, Dec 1, 2026") and the paper its reports print on (A4, or Letter in North America).

Products are never deleted: Stop selling takes one off the desk's list and keeps it here,
greyed, so it can be sold again; sales already made keep their product and price. The money
format is edited with a live example and saved with its own button; prices everywhere,
this table included, follow the saved format. The date format and the paper are saved as soon as
they are chosen: every screen writes dates so at once, every report and attendance sheet prints
so from then on. Changing anything here needs the
``settings`` privilege: other accounts see the page with everything locked and the reason on
it, as on the other Settings tabs. A refusal from a service is still shown inline, in words.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import DateStyle
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.gui.controllers.regional_defaults import EXAMPLE_CENTS, PAPER_NAMES
from studio_app.gui.controllers.sales_settings import (
    MoneyFormat,
    Paper,
    ProductInput,
    ProductRow,
    SalesSettingsController,
)
from studio_app.gui.forms.ui_sales_settings_page import Ui_SalesSettingsPage
from studio_app.gui.qtmodels.products import ProductTableModel
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.permissions import follow_privileges, look_only_note, needs_text
from studio_app.gui.views.settings.product_editor_dialog import ProductEditorDialog
from studio_app.gui.views.table_selection import (
    keep_selection,
    pad_columns,
    select_row,
    selected_row,
)


class SalesSettingsPage(QWidget):
    def __init__(self, controller: SalesSettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.dialog: QDialog | None = None  # the product editor currently open, if any
        self.ui = ui = Ui_SalesSettingsPage()
        ui.setupUi(self)
        self.model = ProductTableModel(self)
        ui.productsTable.setModel(self.model)
        header = ui.productsTable.horizontalHeader()
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        ui.productsTable.verticalHeader().setVisible(False)
        ui.productsTable.verticalHeader().setDefaultSectionSize(28)
        self._intro = ui.introLabel.text()
        self._paper_tip = ui.paperCombo.toolTip()
        self._dates_tip = ui.dateFormatCombo.toolTip()
        self._saved = MoneyFormat()
        self._allowed = False  # whether the account may change this page, as of the last reload
        set_hint(ui.introLabel, ui.emptyLabel)
        set_primary(ui.saveMoneyButton)
        for paper, name in PAPER_NAMES.items():
            ui.paperCombo.addItem(name, paper.value)
        for style in DateStyle:
            ui.dateFormatCombo.addItem(style.label, style.value)
        for label in (ui.productsErrorLabel, ui.moneyErrorLabel, ui.paperErrorLabel):
            show_error(label, "")
        ui.newProductButton.clicked.connect(self.new_product)
        ui.editProductButton.clicked.connect(self.edit_product)
        ui.productsTable.doubleClicked.connect(self._double_clicked)
        ui.toggleProductButton.clicked.connect(self.toggle_product)
        ui.productsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.symbolEdit.textChanged.connect(self._update_money)
        ui.symbolAfterCheck.toggled.connect(self._update_money)
        ui.decimalCommaCheck.toggled.connect(self._update_money)
        ui.saveMoneyButton.clicked.connect(self.save_money)
        ui.paperCombo.activated.connect(self._paper_chosen)
        ui.dateFormatCombo.activated.connect(self._date_format_chosen)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self.reload)
        self.reload()

    # -- loading ---------------------------------------------------------------------------
    def reload(self) -> None:
        """Show what is saved, locked (with the reason) for accounts without ``settings``."""
        ui = self.ui
        self._allowed = allowed = self.controller.can(Privilege.SETTINGS)
        self._saved = self.controller.money_format()
        self._show_money(self._saved)
        reason = "" if allowed else needs_text(Privilege.SETTINGS)
        for widget in (
            ui.newProductButton,
            ui.editProductButton,
            ui.toggleProductButton,
            ui.symbolEdit,
            ui.symbolAfterCheck,
            ui.decimalCommaCheck,
            ui.saveMoneyButton,
        ):
            widget.setToolTip(reason)
        ui.paperCombo.setToolTip(reason or self._paper_tip)
        ui.paperCombo.setEnabled(allowed)
        ui.dateFormatCombo.setToolTip(reason or self._dates_tip)
        ui.dateFormatCombo.setEnabled(allowed)
        ui.symbolEdit.setReadOnly(not allowed)
        ui.symbolAfterCheck.setEnabled(allowed)
        ui.decimalCommaCheck.setEnabled(allowed)
        ui.introLabel.setText(
            self._intro if allowed else look_only_note(self._intro, Privilege.SETTINGS)
        )
        self.reload_products()
        self._show_paper()

    def reload_products(self) -> None:
        """The products (prices in the saved money format), keeping the selected one."""
        ui = self.ui
        rows = self.controller.products()
        keep_selection(ui.productsTable, self.model, rows, "id")
        pad_columns(ui.productsTable, minimum=140)
        ui.emptyLabel.setVisible(not rows)
        self._update_buttons()
        self._update_money()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        """Reload, but keep a money format being edited when something else was saved."""
        if not self.controller.concerns(changes):
            return
        if self.money() == self._saved:
            self.reload()
        else:
            self._saved = self.controller.money_format()
            self.reload_products()
            self._show_paper()

    # -- products --------------------------------------------------------------------------
    def selected_product(self) -> ProductRow | None:
        row = selected_row(self.ui.productsTable)
        return row if isinstance(row, ProductRow) else None

    def _update_buttons(self) -> None:
        ui = self.ui
        product = self.selected_product()
        ui.newProductButton.setEnabled(self._allowed)
        ui.editProductButton.setEnabled(self._allowed and product is not None)
        ui.toggleProductButton.setEnabled(self._allowed and product is not None)
        selling = product is None or product.active
        ui.toggleProductButton.setText("S&top selling" if selling else "Sell a&gain")

    def product_editor(self, product: ProductRow | None = None) -> ProductEditorDialog:
        """The editor for a new product (``product`` None) or for ``product``, not yet shown."""
        return ProductEditorDialog(self.controller, self._saved, product, self)

    def new_product(self) -> None:
        self._open(self.product_editor())

    def edit_product(self) -> None:
        product = self.selected_product()
        if product is not None:
            self._open(self.product_editor(product))

    def _double_clicked(self, index: QModelIndex) -> None:
        if self._allowed:
            self._open(self.product_editor(self.model.row_at(index.row())))

    def toggle_product(self) -> None:
        """Stop selling the selected product (it leaves the desk's list) or sell it again."""
        product = self.selected_product()
        if product is None:
            return
        data = ProductInput(product.name, product.price_cents, not product.active)
        ok = self.controller.update_product(product.id, data)
        show_error(self.ui.productsErrorLabel, "" if ok else self.controller.last_error)

    def _open(self, dialog: ProductEditorDialog) -> None:
        """Show the editor window-modal without blocking; a new product gets selected."""
        self.dialog = dialog
        dialog.finished.connect(lambda result: self._dialog_finished(dialog, result))
        dialog.open()

    def _dialog_finished(self, dialog: ProductEditorDialog, result: int) -> None:
        row = self.model.row_of(dialog.product_id) if dialog.product_id is not None else -1
        if result == QDialog.DialogCode.Accepted:
            select_row(self.ui.productsTable, row)
        if self.dialog is dialog:
            self.dialog = None
        dialog.deleteLater()

    # -- money format ----------------------------------------------------------------------
    def money(self) -> MoneyFormat:
        """The money format as the boxes say it, as it would be saved."""
        ui = self.ui
        return MoneyFormat(
            ui.symbolEdit.text().strip(),
            ui.symbolAfterCheck.isChecked(),
            ui.decimalCommaCheck.isChecked(),
        )

    def _show_money(self, money: MoneyFormat) -> None:
        ui = self.ui
        ui.symbolEdit.setText(money.symbol)
        ui.symbolAfterCheck.setChecked(money.symbol_after)
        ui.decimalCommaCheck.setChecked(money.decimal_comma)

    def _update_money(self) -> None:
        """The live example; Save is offered once the format differs from the saved one."""
        money = self.money()
        self.ui.exampleLabel.setText(f"Example: {money.text(EXAMPLE_CENTS)}")
        self.ui.saveMoneyButton.setEnabled(self._allowed and money != self._saved)

    def save_money(self) -> None:
        ok = self.controller.set_money_format(self.money())
        show_error(self.ui.moneyErrorLabel, "" if ok else self.controller.last_error)

    # -- paper -----------------------------------------------------------------------------
    def paper(self) -> Paper:
        """The paper the list shows."""
        return Paper(self.ui.paperCombo.currentData())

    def _show_paper(self) -> None:
        """The saved paper and date format."""
        combo = self.ui.paperCombo
        combo.setCurrentIndex(combo.findData(self.controller.paper().value))
        dates = self.ui.dateFormatCombo
        dates.setCurrentIndex(dates.findData(self.controller.date_style().value))

    def _paper_chosen(self) -> None:
        """Save the paper just chosen; on a refusal the list goes back to the saved one."""
        ok = self.controller.set_paper(self.paper())
        show_error(self.ui.paperErrorLabel, "" if ok else self.controller.last_error)
        if not ok:
            self._show_paper()

    # -- date format -----------------------------------------------------------------------
    def _date_format_chosen(self) -> None:
        """Save the date format just chosen: every screen and report writes dates so from
        now on; on a refusal the list goes back to the saved one."""
        chosen = DateStyle(self.ui.dateFormatCombo.currentData())
        ok = self.controller.set_date_style(chosen)
        show_error(self.ui.paperErrorLabel, "" if ok else self.controller.last_error)
        if not ok:
            self._show_paper()
