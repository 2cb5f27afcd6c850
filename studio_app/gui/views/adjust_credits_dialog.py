"""Add or remove a member's credits by hand (SPEC §4 "manual adjustment").

The reason is mandatory (it goes into the ledger and the user log) and only staff with the
billing privilege may adjust; a refusal is shown here and nothing changes. Added credits form a
new lot valid until "Expires on" (the membership's end by default); removed credits come from
the lots expiring first, never more than are available.
"""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.formats import range_text
from studio_app.gui.controllers.credits import CreditReport, CreditsController, MembershipRow
from studio_app.gui.forms.ui_adjust_credits_dialog import Ui_AdjustCreditsDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format

_CURRENT = ("active", "future")


def membership_text(row: MembershipRow) -> str:
    """ "10-session pass · 1 Dec 2026 – 28 Feb 2027 (active)"."""
    return f"{row.plan_name} · {range_text(row.starts_on, row.ends_on)} ({row.state})"


def _credits(n: int, category: str) -> str:
    return f"{n} {category} credit{'' if n == 1 else 's'}"


class AdjustCreditsDialog(QDialog):
    """Membership, category, add/remove, amount, expiry of added credits and the reason."""

    def __init__(
        self,
        controller: CreditsController,
        member_id: int,
        member_name: str = "",
        report: CreditReport | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller, self.member_id, self.report = controller, member_id, report
        self.ui = ui = Ui_AdjustCreditsDialog()
        ui.setupUi(self)
        follow_date_format(ui.expiresDateEdit)
        set_primary(ui.adjustButton)
        show_error(ui.errorLabel, "")
        ui.memberLabel.setText(f"Adjust the credits of {member_name}" if member_name else "")
        ui.memberLabel.setVisible(bool(member_name))
        self.memberships = {row.id: row for row in controller.memberships(member_id)}
        for row in self.memberships.values():
            ui.membershipCombo.addItem(membership_text(row), row.id)
        current = [row.id for row in self.memberships.values() if row.state in _CURRENT]
        if current:
            ui.membershipCombo.setCurrentIndex(ui.membershipCombo.findData(current[0]))
        today = QDate(controller.today())
        ui.expiresDateEdit.setMinimumDate(today)
        ui.membershipCombo.currentIndexChanged.connect(self._membership_changed)
        ui.categoryCombo.currentTextChanged.connect(self._update)
        ui.addRadio.toggled.connect(self._update)
        ui.amountSpin.valueChanged.connect(self._update)
        ui.reasonEdit.textChanged.connect(self._update)
        ui.adjustButton.clicked.connect(self.adjust)
        ui.cancelButton.clicked.connect(self.reject)
        self._membership_changed()

    # -- reading the form ------------------------------------------------------------------
    def membership_id(self) -> int | None:
        return self.ui.membershipCombo.currentData()

    def select_membership(self, membership_id: int) -> None:
        self.ui.membershipCombo.setCurrentIndex(self.ui.membershipCombo.findData(membership_id))

    def category(self) -> str:
        return self.ui.categoryCombo.currentText().strip()

    def amount(self) -> int:
        """The signed change: +N to add, −N to remove."""
        n = self.ui.amountSpin.value()
        return n if self.ui.addRadio.isChecked() else -n

    # -- keeping the form coherent ---------------------------------------------------------
    def _membership_changed(self) -> None:
        """Offer the membership's credit categories and default the expiry to its end."""
        ui = self.ui
        membership_id = self.membership_id()
        ui.categoryCombo.blockSignals(True)
        ui.categoryCombo.clear()
        if membership_id is not None:
            ui.categoryCombo.addItems(self.controller.categories(self.report, membership_id))
            ends_on = QDate(self.memberships[membership_id].ends_on)
            ui.expiresDateEdit.setDate(max(ends_on, ui.expiresDateEdit.minimumDate()))
        ui.categoryCombo.blockSignals(False)
        self._update()

    def _update(self) -> None:
        """Expiry only for added credits; Adjust needs a membership, a category and a reason;
        the preview says what the membership has and will have."""
        ui = self.ui
        adding = ui.addRadio.isChecked()
        ui.expiresDateEdit.setEnabled(adding)
        ui.expiresLabel.setEnabled(adding)
        membership_id, category = self.membership_id(), self.category()
        ui.adjustButton.setEnabled(
            membership_id is not None and bool(category) and bool(ui.reasonEdit.text().strip())
        )
        if membership_id is None:
            ui.previewLabel.setText("The member has no membership to adjust: sell one first.")
            return
        if not category:
            ui.previewLabel.setText("Choose or type the credit category.")
            return
        plan = self.memberships[membership_id].plan_name
        have = self.controller.available(self.report, membership_id, category)
        n = ui.amountSpin.value()
        now = f"'{plan}' has {_credits(have, category)} available"
        if adding:
            ui.previewLabel.setText(f"{now}; {have + n} after adding {n}.")
        elif n <= have:
            ui.previewLabel.setText(f"{now}; {have - n} after removing {n}.")
        else:
            ui.previewLabel.setText(f"{now}: {n} cannot be removed.")

    # -- acting ----------------------------------------------------------------------------
    def adjust(self) -> None:
        """Apply the adjustment, or show the refusal (privilege, too many removed…) here."""
        membership_id = self.membership_id()
        if membership_id is None:
            return
        expires_on = self.ui.expiresDateEdit.date().toPython() if self.amount() > 0 else None
        done = self.controller.adjust(
            self.member_id,
            membership_id,
            self.category(),
            self.amount(),
            self.ui.reasonEdit.text(),
            expires_on,
        )
        if not done:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
