"""A plan's hold policy (SPEC §5): minimum and maximum hold length and holds per calendar year,
so a member cannot pay one month and pause the next two.

Each box shows "no limit" at 0, which saves as no limit (None). The policy is read back in words
under the boxes while typing; a minimum longer than the maximum is shown in red there, and the
service refuses it in the same words on saving.
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QSpinBox, QWidget

from studio_app.domain.errors import DomainError
from studio_app.domain.holds import HoldPolicy, validated_policy
from studio_app.gui.forms.ui_hold_policy_editor import Ui_HoldPolicyEditor


def _days_suffix(spin: QSpinBox) -> None:
    """ "1 day" but "14 days"; "no limit" carries no unit."""
    spin.setSuffix(" day" if spin.value() == 1 else " days")


class HoldPolicyEditor(QWidget):
    """Edits one HoldPolicy; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_HoldPolicyEditor()
        ui.setupUi(self)
        for spin in (ui.minSpin, ui.maxSpin):
            _days_suffix(spin)
            spin.valueChanged.connect(lambda _value, spin=spin: _days_suffix(spin))
        for spin in (ui.minSpin, ui.maxSpin, ui.perYearSpin):
            spin.valueChanged.connect(self._refresh)
        self._refresh()

    def policy(self) -> HoldPolicy:
        ui = self.ui
        return HoldPolicy(
            ui.minSpin.value() or None, ui.maxSpin.value() or None, ui.perYearSpin.value() or None
        )

    def set_policy(self, policy: HoldPolicy) -> None:
        ui = self.ui
        ui.minSpin.setValue(policy.min_days or 0)
        ui.maxSpin.setValue(policy.max_days or 0)
        ui.perYearSpin.setValue(policy.per_year or 0)

    def _refresh(self) -> None:
        """Say the policy, or why the service would refuse it."""
        try:
            summary, problem = validated_policy(self.policy()).describe(), ""
        except DomainError as refused:
            summary, problem = "", refused.message
        self.ui.summaryLabel.setText(summary)
        self.ui.summaryLabel.setVisible(bool(summary))
        self.ui.problemLabel.setText(problem)
        self.ui.problemLabel.setVisible(bool(problem))
        self.changed.emit()
