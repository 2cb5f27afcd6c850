"""Extend a membership by its next period (SPEC §6, seed 003), after seeing what it adds: the new
period (continuous: from the day after the previous end however late it is bought, E10; not
continuous: from today), its installment number ``k/N``, the amount and whether the maximum
membership end date cuts it short (E13). A refusal (a cancellation's last installment reached,
the maximum end date reached…) is shown and cannot be confirmed. With "Take payment now" the
payment of the new installment opens next.

Used by the member profile's "Installments & payments" tab and by the front desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import range_text
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.forms.ui_extend_dialog import Ui_ExtendDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.payment_dialog import PaymentDialog


class ExtendDialog(QDialog):
    """ "Extend" renews the membership and closes (``installment_id`` is the new installment),
    then opens its payment when "Take payment now" is ticked; a refusal keeps it open."""

    def __init__(
        self, billing: BillingController, membership_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.billing, self.membership_id = billing, membership_id
        self.installment_id: int | None = None
        self.ui = ui = Ui_ExtendDialog()
        ui.setupUi(self)
        set_primary(ui.okButton)
        ui.okButton.clicked.connect(self.extend)
        ui.cancelButton.clicked.connect(self.reject)
        self.show_preview()

    def show_preview(self) -> None:
        """Ask the service what the extension would add; a refusal disables "Extend"."""
        ui = self.ui
        preview = self.billing.renewal_preview(self.membership_id)
        ui.previewBox.setVisible(preview is not None)
        if preview is None:  # the membership is gone
            show_error(ui.errorLabel, self.billing.last_error)
            ui.okButton.setEnabled(False)
            ui.payNowCheck.setEnabled(False)
            return
        self.setWindowTitle(f"Extend membership — {preview.member_name}")
        ui.memberLabel.setText(f"Extend {preview.member_name}'s {preview.plan_name}")
        ui.periodValue.setText(range_text(preview.starts_on, preview.ends_on))
        ui.numberValue.setText(preview.number_text)
        ui.amountValue.setText(preview.amount)
        ui.cappedLabel.setText(preview.capped_note)
        ui.cappedLabel.setVisible(bool(preview.capped_note))
        refused = preview.refusal is not None
        for widget in (ui.periodLabel, ui.periodValue, ui.numberLabel, ui.numberValue):
            widget.setVisible(not refused)
        ui.amountLabel.setVisible(not refused)
        ui.amountValue.setVisible(not refused)
        show_error(ui.errorLabel, preview.refusal or "")
        ui.okButton.setEnabled(not refused)
        ui.payNowCheck.setEnabled(not refused)

    def payment_dialog(self) -> PaymentDialog | None:
        """The payment of the new installment (not yet executed); None before extending."""
        if self.installment_id is None:
            return None
        return PaymentDialog(self.billing, self.installment_id, self.parentWidget())

    def extend(self) -> None:
        """Renew the membership; on a refusal stay open and say why. Then take the payment."""
        self.installment_id = self.billing.renew(self.membership_id)
        if self.installment_id is None:
            show_error(self.ui.errorLabel, self.billing.last_error)
            self.show_preview()
            return
        self.accept()
        payment = self.payment_dialog() if self.ui.payNowCheck.isChecked() else None
        if payment is not None:
            payment.exec()
