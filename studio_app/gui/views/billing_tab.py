"""The member's "Installments & payments" tab (SPEC §6, seed 003): every installment of their
memberships — ``k/N``, the days it pays for, due date, amount and whether it is paid, due or
overdue — and the payment history. From a selected installment the desk takes its payment,
extends its membership by the next period, registers a cancellation ("pay K more installments")
or removes one, which restores the installments exactly. Reloads itself when memberships,
payments or the member change."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtWidgets import QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.billing import BillingController, InstallmentRow, InstallmentState
from studio_app.gui.forms.ui_billing_tab import Ui_BillingTab
from studio_app.gui.qtmodels.billing import InstallmentsModel, PaymentsModel
from studio_app.gui.views.cancellation_dialog import CancellationDialog
from studio_app.gui.views.common import set_primary
from studio_app.gui.views.extend_dialog import ExtendDialog
from studio_app.gui.views.hold_dialog import confirm
from studio_app.gui.views.payment_dialog import PaymentDialog
from studio_app.gui.views.permissions import allow, follow_privileges
from studio_app.gui.views.table_selection import (
    fit_columns,
    keep_selection,
    select_where,
    selected_row,
)

REMOVE_CANCELLATION = "Remove cancellation"
CANCEL_REGISTERED = "A cancellation is registered: remove it first to register another."
_OVERDUE_STYLE = "color: #b3261e; font-weight: 600;"
_CALM_STYLE = "color: #4d5a5a;"


def summary_text(rows: Sequence[InstallmentRow]) -> str:
    """ "2 overdue · 1 due", "All paid", or "" without installments."""
    overdue = sum(r.state is InstallmentState.OVERDUE for r in rows)
    due = sum(r.state is InstallmentState.DUE for r in rows)
    parts = [f"{overdue} overdue" if overdue else "", f"{due} due" if due else ""]
    return " · ".join(p for p in parts if p) or ("All paid" if rows else "")


class BillingTab(QWidget):
    """One member's installments and payments; ``show_member(None)`` shows the empty state."""

    def __init__(self, billing: BillingController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.billing = billing
        self.member_id: int | None = None
        self.ui = ui = Ui_BillingTab()
        ui.setupUi(self)
        self.installments_model = InstallmentsModel(self)
        self.payments_model = PaymentsModel(self)
        ui.installmentsTable.setModel(self.installments_model)
        ui.historyTable.setModel(self.payments_model)
        fit_columns(ui.installmentsTable, len(InstallmentsModel.COLUMNS) - 1)
        fit_columns(ui.historyTable, 1)
        set_primary(ui.payButton)
        self._cancel_tip = ui.cancelButton.toolTip()
        ui.installmentsTable.selectionModel().selectionChanged.connect(self._update_buttons)
        # Double-clicking an unpaid installment takes its payment, like Pay….
        ui.installmentsTable.doubleClicked.connect(lambda _index: self.pay())
        ui.payButton.clicked.connect(self.pay)
        ui.extendButton.clicked.connect(self.extend)
        ui.cancelButton.clicked.connect(self.cancel_membership)
        ui.removeCancellationButton.clicked.connect(self.remove_cancellation)
        billing.signals.changed.connect(self._on_changed)
        follow_privileges(self, billing, self._update_buttons)
        self.show_member(None)

    # -- showing ---------------------------------------------------------------------------
    def show_member(self, member_id: int | None, member_name: str = "") -> None:
        """Show ``member_id``'s installments and payments; None clears the tab. (The dialogs
        read the member's name from the installment itself.)"""
        if member_id != self.member_id:
            self.ui.installmentsTable.clearSelection()
        self.member_id = member_id
        self.reload()

    def reload(self) -> None:
        """Read the installments and payments again, keeping the selected installment."""
        ui = self.ui
        if self.member_id is None:
            self.installments_model.set_rows([])
            self.payments_model.set_rows([])
            ui.stack.setCurrentWidget(ui.emptyPage)
            self._update_buttons()
            return
        ui.stack.setCurrentWidget(ui.billingPage)
        billing = self.billing.member_billing(self.member_id)
        rows = billing.installments if billing else ()
        keep_selection(ui.installmentsTable, self.installments_model, rows, "id")
        payments = billing.payments if billing else ()
        self.payments_model.set_rows(payments)
        summary = summary_text(rows)
        ui.summaryLabel.setText(f"· {summary}" if summary else "")
        overdue = any(r.state is InstallmentState.OVERDUE for r in rows)
        ui.summaryLabel.setStyleSheet(_OVERDUE_STYLE if overdue else _CALM_STYLE)
        ui.installmentsLabel.setText(f"Installments ({len(rows)})")
        ui.historyLabel.setText(f"Payment history ({len(payments)})")
        self._update_buttons()

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.member_id is not None and self.billing.concerns(changes):  # type: ignore[arg-type]
            self.reload()

    def selected_installment(self) -> InstallmentRow | None:
        return selected_row(self.ui.installmentsTable)  # type: ignore[return-value]

    def select_installment(self, installment_id: int) -> None:
        """Select the installment ``installment_id`` (e.g. the one an extension added)."""
        rows = self.installments_model.rows()
        select_where(self.ui.installmentsTable, rows, "id", installment_id)

    def _update_buttons(self) -> None:
        """Pay needs an unpaid installment; Extend any installment of the membership; Cancel
        membership one without a cancellation, Remove cancellation one with it, and both the
        ``billing`` privilege (greyed with the reason without it)."""
        ui, row = self.ui, self.selected_installment()
        unpaid = row is not None and row.state is not InstallmentState.PAID
        ui.payButton.setEnabled(unpaid)
        ui.extendButton.setEnabled(row is not None)
        allowed = self.billing.can(Privilege.BILLING)
        registered = row is not None and row.cancellation
        allow(
            ui.cancelButton,
            Privilege.BILLING,
            allowed,
            ready=row is not None and not registered,
            tip=CANCEL_REGISTERED if registered else self._cancel_tip,
        )
        allow(ui.removeCancellationButton, Privilege.BILLING, allowed, ready=registered)
        if not self.installments_model.rowCount():
            hint = "No installments yet: memberships sold from the profile appear here."
        elif row is None:
            hint = "Select an installment to pay it, or to extend or cancel its membership."
        else:
            hint = f"{row.plan_name}, installment {row.number_text}"
            hint += " · cancellation registered" if row.cancellation else ""
        ui.hintLabel.setText(hint)

    # -- actions ---------------------------------------------------------------------------
    def payment_dialog(self) -> PaymentDialog | None:
        """The payment of the selected unpaid installment (not yet executed)."""
        row = self.selected_installment()
        if row is None or row.state is InstallmentState.PAID:
            return None
        return PaymentDialog(self.billing, row.id, self)

    def pay(self) -> None:
        dialog = self.payment_dialog()
        if dialog is not None:
            dialog.exec()

    def extend_dialog(self) -> ExtendDialog | None:
        """The extension of the selected installment's membership (not yet executed)."""
        row = self.selected_installment()
        return ExtendDialog(self.billing, row.membership_id, self) if row is not None else None

    def extend(self) -> None:
        """Extend the membership; the new installment is selected, ready to be paid."""
        dialog = self.extend_dialog()
        if dialog is None:
            return
        dialog.exec()
        if dialog.installment_id is not None:
            self.select_installment(dialog.installment_id)

    def cancellation_dialog(self) -> CancellationDialog | None:
        """The cancellation of the selected installment's membership (not yet executed)."""
        row = self.selected_installment()
        if row is None:
            return None
        return CancellationDialog(self.billing, row.membership_id, self)

    def cancel_membership(self) -> None:
        dialog = self.cancellation_dialog()
        if dialog is not None:
            dialog.exec()

    def remove_cancellation(self) -> None:
        """After confirming, undo the cancellation: the installments read as before it (E14:
        11/13 → 11/24); refusals reach the banner."""
        row = self.selected_installment()
        if row is None or not row.cancellation:
            return
        if confirm(
            self,
            "Remove cancellation?",
            f"{row.plan_name} goes back to how it was before the cancellation was registered: "
            "its installments continue as the plan sets them.",
            REMOVE_CANCELLATION,
        ):
            self.billing.remove_cancellation(row.membership_id)
