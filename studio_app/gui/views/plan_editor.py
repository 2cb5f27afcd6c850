"""New or edited plan (SPEC §2): name, kind, price, validity, sessions, credit category.

The price is typed as staff say it ("90", "31,50") and parsed into cents; a negative price or a
session pass without sessions is refused in words, inline. Editing a plan changes what is sold
from now on and never rewrites memberships already sold.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.durations import DurationUnit, describe_duration
from studio_app.domain.errors import DomainError
from studio_app.domain.money import format_cents, parse_price
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_plan_editor import Ui_PlanEditorDialog
from studio_app.gui.views.common import set_primary, show_error

KINDS = list(PlanKind)
UNITS = list(DurationUnit)
CATEGORIES = (DEFAULT_CATEGORY, "Personal training")


class PlanEditorDialog(QDialog):
    """Creates a plan when ``plan`` is None, otherwise updates that plan."""

    def __init__(
        self,
        controller: SettingsController,
        plan: PlanRow | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.plan = plan
        self.plan_id: int | None = plan.id if plan else None
        self.ui = ui = Ui_PlanEditorDialog()
        ui.setupUi(self)
        for kind in KINDS:
            ui.kindCombo.addItem(kind.label)
        for unit in UNITS:
            ui.unitCombo.addItem(unit.value)
        known = {p.credit_category for p in controller.plans()} - set(CATEGORIES)
        ui.categoryCombo.addItems([*CATEGORIES, *sorted(known)])
        ui.unitCombo.setCurrentIndex(UNITS.index(DurationUnit.MONTHS))
        if plan is not None:
            self._fill(plan)
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        ui.summaryLabel.setStyleSheet("font-weight: 600; color: #24484b;")
        for label in (ui.hintLabel, ui.sessionsHintLabel):
            label.setStyleSheet("color: #5b6668;")
        for signal in (
            ui.nameEdit.textChanged,
            ui.priceEdit.textChanged,
            ui.categoryCombo.currentTextChanged,
        ):
            signal.connect(self._refresh)
        for signal in (
            ui.kindCombo.currentIndexChanged,
            ui.unitCombo.currentIndexChanged,
            ui.durationSpin.valueChanged,
            ui.sessionsSpin.valueChanged,
        ):
            signal.connect(self._refresh)
        ui.activeCheck.toggled.connect(self._refresh)
        ui.okButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.reject)
        self._refresh()

    def _fill(self, plan: PlanRow) -> None:
        ui = self.ui
        self.setWindowTitle(f"Edit plan — {plan.name}")
        ui.okButton.setText("Save changes")
        ui.nameEdit.setText(plan.name)
        ui.kindCombo.setCurrentIndex(KINDS.index(plan.kind))
        ui.priceEdit.setText(format_cents(plan.price_cents))
        ui.durationSpin.setValue(plan.duration_count)
        ui.unitCombo.setCurrentIndex(UNITS.index(plan.duration_unit))
        if plan.entries is not None:
            ui.sessionsSpin.setValue(plan.entries)
        ui.categoryCombo.setCurrentText(plan.credit_category)
        ui.activeCheck.setChecked(plan.active)

    def kind(self) -> PlanKind:
        return KINDS[self.ui.kindCombo.currentIndex()]

    def plan_input(self) -> PlanInput:
        """What the form says, as a service input; raises ValidationError for a bad price."""
        ui = self.ui
        session_pass = self.kind() is PlanKind.SESSION_PASS
        return PlanInput(
            ui.nameEdit.text(),
            self.kind(),
            parse_price(ui.priceEdit.text()),
            ui.durationSpin.value(),
            UNITS[ui.unitCombo.currentIndex()],
            ui.sessionsSpin.value() if session_pass else None,
            ui.categoryCombo.currentText(),
            ui.activeCheck.isChecked(),
        )

    def summary(self) -> str:
        """One sentence of what will be sold, e.g. "Session pass: 10 sessions within 3 months
        for 90.00, Group class"."""
        ui = self.ui
        duration = describe_duration(ui.durationSpin.value(), UNITS[ui.unitCombo.currentIndex()])
        if self.kind() is PlanKind.SESSION_PASS:
            count = ui.sessionsSpin.value()
            what = f"{count} session{'s' if count != 1 else ''} within {duration}"
        else:
            what = f"unlimited visits for {duration}"
        try:
            price = f"for {format_cents(parse_price(ui.priceEdit.text()))}"
        except DomainError:
            price = "(no valid price yet)"
        text = f"{self.kind().label}: {what} {price}, {ui.categoryCombo.currentText().strip()}"
        return text if ui.activeCheck.isChecked() else f"{text} — inactive, not for sale"

    def _refresh(self) -> None:
        session_pass = self.kind() is PlanKind.SESSION_PASS
        self.ui.sessionsSpin.setEnabled(session_pass)
        self.ui.sessionsLabel.setEnabled(session_pass)
        self.ui.sessionsHintLabel.setVisible(not session_pass)
        self.ui.summaryLabel.setText(self.summary())

    def _save(self) -> None:
        try:
            data = self.plan_input()
        except DomainError as refused:
            show_error(self.ui.errorLabel, refused.message)
            self.ui.priceEdit.setFocus()
            return
        if self.plan_id is None:
            self.plan_id = self.controller.create_plan(data)
            saved = self.plan_id is not None
        else:
            saved = self.controller.update_plan(self.plan_id, data)
        if not saved:
            show_error(self.ui.errorLabel, self.controller.last_error)
            return
        self.accept()
