"""The Front desk page (SPEC §6): what the desk has to act on today.

Installments due today or overdue (overdue ones in red) are paid from here; memberships whose
last day falls within the next 7 days are extended from here, and a continuous one with a card
on file that is not on its last installment reads "Will be extended automatically" (seed 003's
extension notice). Products are sold to members or walk-ins. The lists reload whenever
memberships, payments, members or products change, and each time the page is shown."""

from __future__ import annotations

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QWidget

from studio_app.domain.formats import weekday_text
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.front_desk import EXPIRING_DAYS, FrontDeskController
from studio_app.gui.forms.ui_front_desk import Ui_FrontDeskView
from studio_app.gui.qtmodels.front_desk import DueInstallmentsModel, ExpiringModel
from studio_app.gui.views.common import set_primary
from studio_app.gui.views.extend_dialog import ExtendDialog
from studio_app.gui.views.payment_dialog import PaymentDialog
from studio_app.gui.views.product_sale_dialog import ProductSaleDialog
from studio_app.gui.views.table_selection import fit_columns, keep_selection, selected_row

TABLE_PAGE, EMPTY_PAGE = 0, 1
NO_PRODUCTS = "No product is on sale: add products in Settings first."


class FrontDeskView(QWidget):
    """``open_member`` requests go to ``signals.open_member`` (the main window shows the
    member); Pay… and Extend… open the billing dialogs for the selected row."""

    def __init__(
        self,
        front_desk: FrontDeskController,
        billing: BillingController,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.front_desk, self.billing = front_desk, billing
        self.ui = ui = Ui_FrontDeskView()
        ui.setupUi(self)
        self.due_model = DueInstallmentsModel(self)
        self.expiring_model = ExpiringModel(self)
        ui.dueTable.setModel(self.due_model)
        ui.expiringTable.setModel(self.expiring_model)
        fit_columns(ui.dueTable, len(DueInstallmentsModel.COLUMNS) - 1)
        fit_columns(ui.expiringTable, len(ExpiringModel.COLUMNS) - 1)
        set_primary(ui.payButton, ui.extendButton, ui.sellProductButton)
        ui.splitter.setStretchFactor(0, 1)
        ui.splitter.setStretchFactor(1, 1)
        ui.dueTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.expiringTable.selectionModel().selectionChanged.connect(self._update_buttons)
        ui.dueTable.doubleClicked.connect(lambda _index: self.pay())
        ui.expiringTable.doubleClicked.connect(lambda _index: self.extend())
        ui.payButton.clicked.connect(self.pay)
        ui.extendButton.clicked.connect(self.extend)
        ui.dueOpenMemberButton.clicked.connect(lambda: self._open_member(self.selected_due()))
        ui.expiringOpenMemberButton.clicked.connect(
            lambda: self._open_member(self.selected_expiring())
        )
        ui.sellProductButton.clicked.connect(self.sell_product)
        front_desk.signals.changed.connect(self._on_changed)
        self.reload()

    # -- showing ---------------------------------------------------------------------------
    def showEvent(self, event: QShowEvent) -> None:
        """The day may have turned since the page was last seen: read the lists again."""
        super().showEvent(event)
        self.reload()

    def reload(self) -> None:
        """Read both lists again, keeping the selected rows selected."""
        ui, desk = self.ui, self.front_desk
        today = desk.today()
        ui.todayLabel.setText(f"Today, {weekday_text(today)}")
        due, expiring = desk.due(), desk.expiring()
        self.due_model.today = self.expiring_model.today = today
        keep_selection(ui.dueTable, self.due_model, due, "installment_id")
        keep_selection(ui.expiringTable, self.expiring_model, expiring, "membership_id")
        ui.dueTitleLabel.setText(f"Installments due today and overdue ({len(due)})")
        ui.expiringTitleLabel.setText(
            f"Memberships expiring in the next {EXPIRING_DAYS} days ({len(expiring)})"
        )
        ui.dueStack.setCurrentIndex(TABLE_PAGE if due else EMPTY_PAGE)
        ui.expiringStack.setCurrentIndex(TABLE_PAGE if expiring else EMPTY_PAGE)
        ui.dueHintLabel.setVisible(bool(due))
        ui.expiringHintLabel.setVisible(bool(expiring))
        on_sale = bool(desk.products())
        ui.sellProductButton.setEnabled(on_sale)
        ui.sellProductButton.setToolTip(
            "Sell a product (water, a towel…) to a member or a walk-in" if on_sale else NO_PRODUCTS
        )
        self._update_buttons()

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.front_desk.concerns(changes):  # type: ignore[arg-type]
            self.reload()

    def _update_buttons(self) -> None:
        ui = self.ui
        due, expiring = self.selected_due() is not None, self.selected_expiring() is not None
        ui.payButton.setEnabled(due)
        ui.dueOpenMemberButton.setEnabled(due)
        ui.extendButton.setEnabled(expiring)
        ui.expiringOpenMemberButton.setEnabled(expiring)

    def selected_due(self) -> DueInstallmentRow | None:
        return selected_row(self.ui.dueTable)  # type: ignore[return-value]

    def selected_expiring(self) -> ExpiringRow | None:
        return selected_row(self.ui.expiringTable)  # type: ignore[return-value]

    # -- actions ---------------------------------------------------------------------------
    def _open_member(self, row: DueInstallmentRow | ExpiringRow | None) -> None:
        if row is not None:
            self.front_desk.signals.open_member.emit(row.member_id)

    def payment_dialog(self) -> PaymentDialog | None:
        """The payment dialog for the selected installment (not yet executed)."""
        row = self.selected_due()
        return PaymentDialog(self.billing, row.installment_id, self) if row else None

    def pay(self) -> None:
        """Take the payment; once paid the installment leaves the list (the lists reload)."""
        dialog = self.payment_dialog()
        if dialog is not None:
            dialog.exec()

    def extend_dialog(self) -> ExtendDialog | None:
        """The extend dialog for the selected membership (not yet executed)."""
        row = self.selected_expiring()
        return ExtendDialog(self.billing, row.membership_id, self) if row else None

    def extend(self) -> None:
        dialog = self.extend_dialog()
        if dialog is not None:
            dialog.exec()

    def sale_dialog(self) -> ProductSaleDialog:
        """The product sale dialog for any buyer (not yet executed)."""
        return ProductSaleDialog(self.front_desk, parent=self, money=self.billing.money_format())

    def sell_product(self) -> None:
        self.sale_dialog().exec()
