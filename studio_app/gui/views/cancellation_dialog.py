"""Register a membership cancellation, "pay K more installments" (SPEC §6, seed 003), with a live
preview of what it does: without a contract the current installment ``k`` becomes ``k/(k+K)``;
with a contract the last installment becomes ``k+K`` (E14: 11/24 → 11/13). A refusal (an
installment beyond ``k+K`` already issued…) is shown and cannot be confirmed. "Remove
cancellation" on the tab restores the previous state exactly.

Used by the member profile's "Installments & payments" tab and by the front desk."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.billing import BillingController, CancellationPreview
from studio_app.gui.forms.ui_cancellation_dialog import Ui_CancellationDialog
from studio_app.gui.views.common import set_primary, show_error


def numbers_text(preview: CancellationPreview) -> str:
    """ "Installment now: 11/24 → after cancellation: 11/13"."""
    return f"Installment now: {preview.current_text} → after cancellation: {preview.new_text}"


class CancellationDialog(QDialog):
    """ "Register cancellation" fixes the last installment and closes, or stays open with the
    refusal."""

    def __init__(
        self, billing: BillingController, membership_id: int, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.billing, self.membership_id = billing, membership_id
        self.preview: CancellationPreview | None = None
        self.ui = ui = Ui_CancellationDialog()
        ui.setupUi(self)
        set_primary(ui.okButton)
        ui.moreSpin.valueChanged.connect(self.update_preview)
        ui.okButton.clicked.connect(self.register)
        ui.closeButton.clicked.connect(self.reject)
        self.update_preview()
        ui.moreSpin.setFocus()
        ui.moreSpin.selectAll()

    def more(self) -> int:
        return self.ui.moreSpin.value()

    def update_preview(self) -> None:
        """Ask the service what paying this many more installments would do; a refusal
        disables "Register cancellation"."""
        ui = self.ui
        preview = self.billing.cancellation_preview(self.membership_id, self.more())
        self.preview = preview
        ui.previewBox.setVisible(preview is not None)
        if preview is None:  # the membership is gone
            show_error(ui.errorLabel, self.billing.last_error)
            ui.okButton.setEnabled(False)
            return
        self.setWindowTitle(f"Cancel membership — {preview.plan_name}")
        ui.membershipLabel.setText(f"Cancel membership: {preview.plan_name}")
        refused = preview.refusal is not None
        ui.numbersLabel.setText(numbers_text(preview))
        ui.summaryLabel.setText(preview.summary)
        ui.previewBox.setVisible(not refused)
        show_error(ui.errorLabel, preview.refusal or "")
        ui.okButton.setEnabled(not refused)

    def register(self) -> None:
        """Register the cancellation; on a refusal stay open and say why."""
        if not self.billing.cancel(self.membership_id, self.more()):
            show_error(self.ui.errorLabel, self.billing.last_error)
            return
        self.accept()
