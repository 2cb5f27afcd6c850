"""A plan's advanced settings (SPEC §6, seed 003): continuous membership, from the 1st day of the
month, prorata, covered by contract with N installments, contract auto renewal, maximum
membership end date and the on-time payments discount.

An option that builds on another is greyed out until that one is ticked (from the 1st and the
contract need Continuous, prorata needs from the 1st, auto renewal needs the contract) and is
unticked when it is. Other combinations (continuous for a session pass, from the 1st with a
3-month duration, a discount above the price) stay possible here: they are named in red under
the options while editing, and the service refuses them in the same words on saving.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QLabel, QWidget

from studio_app.domain.contracts import ContractTerms, validated_terms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import DomainError, ValidationError
from studio_app.domain.formats import cents_text
from studio_app.domain.money import parse_price
from studio_app.domain.plans import PlanKind
from studio_app.gui.forms.ui_contract_terms_editor import Ui_ContractTermsEditor
from studio_app.gui.views.date_edits import follow_date_format

HELP_STYLE = "QLabel { color: #5b6668; margin-left: 22px; } QLabel:disabled { color: #aab2b4; }"
CONTINUOUS_HELP = (
    "A renewal starts the day after the previous end, however late it is paid, so the payment "
    "date never moves."
)
RENEWING_KINDS = (PlanKind.TIME_BASED, PlanKind.LIMITED)
NOT_CONTINUOUS = "Not continuous: a renewal starts on the day it is bought."
NEEDS = {
    "fromFirst": "Tick Continuous membership first.",
    "contract": "Tick Continuous membership first.",
    "prorata": "Tick From the 1st day of the month first.",
    "autoRenew": "Tick Membership covered by contract first.",
}


@dataclass(frozen=True)
class PlanShape:
    """What the terms are checked against: the plan's kind, price (None while the price box
    holds no valid amount) and duration, as the Plan tab says them."""

    kind: PlanKind = PlanKind.TIME_BASED
    price_cents: int | None = None
    duration_count: int = 1
    duration_unit: DurationUnit = DurationUnit.MONTHS


class ContractTermsEditor(QWidget):
    """Edits one ContractTerms; ``changed`` fires on every edit."""

    changed = Signal()

    def __init__(self, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_ContractTermsEditor()
        ui.setupUi(self)
        follow_date_format(ui.maxEndDate)
        self.shape = PlanShape()
        ui.maxEndDate.setDate(QDate(today))
        for name in ("continuous", "fromFirst", "prorata", "contract", "autoRenew"):
            getattr(ui, f"{name}Help").setStyleSheet(HELP_STYLE)
        for label in (ui.maxEndHelp, ui.discountHelp):
            label.setStyleSheet(HELP_STYLE)
        # Unticking a prerequisite unticks what builds on it (the chain cascades).
        for prerequisite, dependents in (
            (ui.continuousCheck, (ui.fromFirstCheck, ui.contractCheck)),
            (ui.fromFirstCheck, (ui.prorataCheck,)),
            (ui.contractCheck, (ui.autoRenewCheck,)),
        ):
            prerequisite.toggled.connect(
                lambda on, dependents=dependents: self._untick(on, dependents)
            )
        for box in (
            ui.continuousCheck,
            ui.fromFirstCheck,
            ui.prorataCheck,
            ui.contractCheck,
            ui.autoRenewCheck,
            ui.maxEndCheck,
            ui.discountCheck,
        ):
            box.toggled.connect(self._refresh)
        ui.installmentsSpin.valueChanged.connect(self._refresh)
        ui.maxEndDate.dateChanged.connect(self._refresh)
        ui.discountEdit.textChanged.connect(self._refresh)
        self._refresh()

    def set_terms(self, terms: ContractTerms, kind: PlanKind, price_cents: int) -> None:
        """Show ``terms`` of a plan of ``kind`` sold at ``price_cents``."""
        ui = self.ui
        self.shape = replace(self.shape, kind=kind, price_cents=price_cents)
        ui.continuousCheck.setChecked(terms.continuous)
        ui.fromFirstCheck.setChecked(terms.from_first)
        ui.prorataCheck.setChecked(terms.prorata)
        ui.contractCheck.setChecked(terms.installments is not None)
        if terms.installments is not None:
            ui.installmentsSpin.setValue(terms.installments)
        ui.autoRenewCheck.setChecked(terms.auto_renew)
        ui.maxEndCheck.setChecked(terms.max_end is not None)
        if terms.max_end is not None:
            ui.maxEndDate.setDate(QDate(terms.max_end))
        ui.discountCheck.setChecked(bool(terms.loyalty_discount_cents))
        cents = terms.loyalty_discount_cents
        ui.discountEdit.setText(cents_text(cents) if cents else "")
        self._refresh()

    def set_plan(self, shape: PlanShape) -> None:
        """Check the terms against the plan as it is being edited."""
        if shape != self.shape:
            self.shape = shape
            self._refresh()

    def focus_order(self) -> tuple[QWidget, ...]:
        """The inputs in the order Tab visits them, for the dialog's focus chain."""
        ui = self.ui
        return (
            ui.continuousCheck,
            ui.fromFirstCheck,
            ui.prorataCheck,
            ui.contractCheck,
            ui.installmentsSpin,
            ui.autoRenewCheck,
            ui.maxEndCheck,
            ui.maxEndDate,
            ui.discountCheck,
            ui.discountEdit,
        )

    def terms(self) -> ContractTerms:
        """What the boxes say; raises ValidationError when the discount is not an amount."""
        ui = self.ui
        return ContractTerms(
            continuous=ui.continuousCheck.isChecked(),
            from_first=ui.fromFirstCheck.isChecked(),
            prorata=ui.prorataCheck.isChecked(),
            installments=ui.installmentsSpin.value() if ui.contractCheck.isChecked() else None,
            auto_renew=ui.autoRenewCheck.isChecked(),
            max_end=ui.maxEndDate.date().toPython() if ui.maxEndCheck.isChecked() else None,
            loyalty_discount_cents=self._discount_cents(),
        )

    def _discount_cents(self) -> int:
        ui = self.ui
        if not ui.discountCheck.isChecked():
            return 0
        text = ui.discountEdit.text()
        try:
            return parse_price(text)
        except DomainError as refused:
            raise ValidationError(
                f"The on-time payments discount '{text.strip()}' is not an amount: type e.g. 5 "
                "or 5,50, or untick the discount."
            ) from refused

    @staticmethod
    def _untick(on: bool, dependents: tuple[QCheckBox, ...]) -> None:
        if not on:
            for box in dependents:
                box.setChecked(False)

    def _refresh(self) -> None:
        """Grey out what needs an unticked option, then say the terms or what is wrong."""
        ui = self.ui
        ready = {
            "fromFirst": ui.continuousCheck.isChecked(),
            "contract": ui.continuousCheck.isChecked(),
            "prorata": ui.fromFirstCheck.isChecked(),
            "autoRenew": ui.contractCheck.isChecked(),
        }
        for name, on in ready.items():
            box: QCheckBox = getattr(ui, f"{name}Check")
            help_label: QLabel = getattr(ui, f"{name}Help")
            box.setEnabled(on)
            help_label.setEnabled(on)
            box.setToolTip("" if on else NEEDS[name])
        ui.installmentsSpin.setEnabled(ui.contractCheck.isChecked())
        ui.maxEndDate.setEnabled(ui.maxEndCheck.isChecked())
        ui.discountEdit.setEnabled(ui.discountCheck.isChecked())
        self._explain()
        summary, problem = self._read_back()
        ui.summaryLabel.setText(summary)
        ui.summaryLabel.setVisible(bool(summary))
        ui.problemLabel.setText(problem)
        ui.problemLabel.setVisible(bool(problem))
        self.changed.emit()

    def _explain(self) -> None:
        """Help that follows the form: the contract's own numbers, and why a session pass or a
        package is not continuous."""
        ui = self.ui
        count = ui.installmentsSpin.value()
        word = "installment" if count == 1 else "installments"
        ui.installmentsSpin.setSuffix(f" {word}")
        ui.contractHelp.setText(
            f"The member signs for {count} {word}, shown on the membership as 1/{count}, 2/{count}…"
        )
        ui.autoRenewHelp.setText(
            f"After the last installment ({count}/{count}) the contract starts again at "
            f"1/{count} instead of ending."
        )
        kind = self.shape.kind
        ui.continuousHelp.setText(
            CONTINUOUS_HELP
            if kind in RENEWING_KINDS
            else "Only time-based and limited plans renew period after period, not a "
            f"{kind.label.lower()}."
        )

    def _read_back(self) -> tuple[str, str]:
        """The terms in one line, or the refusal the service would give on saving."""
        shape = self.shape
        try:
            terms = self.terms()
            validated_terms(
                terms,
                kind=shape.kind,
                duration_count=shape.duration_count,
                duration_unit=shape.duration_unit,
                price_cents=terms.loyalty_discount_cents
                if shape.price_cents is None
                else shape.price_cents,
            )
        except DomainError as refused:
            return "", refused.message
        if terms == ContractTerms():
            return NOT_CONTINUOUS, ""
        text = terms.describe()
        return f"{text[0].upper()}{text[1:]}.", ""
