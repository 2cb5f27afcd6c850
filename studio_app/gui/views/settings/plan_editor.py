"""New or edited plan (Settings → Memberships, SPEC §2): name, kind, price, validity, sessions,
credit category, its credit settings (SPEC §4), attendance restrictions and hold policy (SPEC
§5), for a package the plans it contains, and its advanced settings (continuous, contract,
discount: SPEC §6). The pages sit on tabs so the dialog fits a 1366×768 screen; the summary,
refusals and buttons stay under them.

The price is typed as staff say it ("90", "31,50") and parsed into cents; a negative price or a
session pass without sessions is refused in words, inline. Editing a plan changes what is sold
from now on and never rewrites memberships already sold.

A limited plan is its credit settings: switching to Limited with no grant pre-fills one of the
plan's category, and while the plan is limited its grants follow a renamed category. Other
kinds may include credits on top (e.g. 2 Personal training credits every 30 days with a
10-class pass); the section then says it is optional. A package has neither sessions nor credits
of its own (the plans in it bring theirs), so those are switched off and it saves no grants.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.domain.bounds import MAX_VALIDITY
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import DomainError
from studio_app.domain.formats import cents_text, validity_text
from studio_app.domain.money import parse_price
from studio_app.domain.plans import PlanKind
from studio_app.dto.plans import PlanInput, PlanRow
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_plan_editor import Ui_PlanEditorDialog
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.settings.contract_terms_editor import ContractTermsEditor, PlanShape
from studio_app.gui.views.settings.credit_grants_editor import CreditGrantsEditor
from studio_app.gui.views.settings.hold_policy_editor import HoldPolicyEditor
from studio_app.gui.views.settings.package_items import PackageItems
from studio_app.gui.views.settings.restrictions_editor import RestrictionsEditor

KINDS = list(PlanKind)
UNITS = list(DurationUnit)
PLAN_TAB, CREDITS_TAB, RESTRICTIONS_TAB, PACKAGE_TAB, ADVANCED_TAB = range(5)
LIMITED_TITLE = "Credit settings"
LIMITED_INTRO = (
    "A limited plan pays for classes with credits: set how many it issues, how often new ones "
    "come and how long each batch lasts. Each class of its category costs one credit."
)
LIMITED_EMPTY = "A limited plan needs a credit grant of its category: click Add grant."
INCLUDED_TITLE = "Included credits (optional)"
INCLUDED_INTRO = (
    "Credits given on top of the plan, e.g. 2 Personal training credits every 30 days with a "
    "10-class pass. Leave empty for none."
)
SESSIONS_NOT_COUNTED = {
    PlanKind.TIME_BASED: "not counted: time-based plans are unlimited",
    PlanKind.LIMITED: "not counted: limited plans pay with credits",
    PlanKind.PACKAGE: "not counted: the plans in the package bring their own sessions",
}
PACKAGE_HINT = (
    "Sells the plans ticked on the Package tab; they bring their own sessions and credits."
)
CREDITS_OFF_TIP = "A package issues no credits: the plans in it bring their own."
PACKAGE_OFF_TIP = "Choose Kind: Package to bundle plans."
RESTRICTIONS_INTRO = "Limit how often a member may come with this plan. All restrictions must hold."


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
        categories = controller.credit_categories()
        ui.categoryCombo.addItems(categories)
        ui.unitCombo.setCurrentIndex(UNITS.index(DurationUnit.MONTHS))
        self.credits = CreditGrantsEditor(categories, ui.creditsGroup)
        ui.creditsLayout.addWidget(self.credits)
        self.restrictions = RestrictionsEditor(categories, ui.restrictionsGroup)
        ui.restrictionsLayout.addWidget(self.restrictions)
        self.holds = HoldPolicyEditor(ui.holdsGroup)
        ui.holdsLayout.addWidget(self.holds)
        self.contract = ContractTermsEditor(controller.today(), ui.advancedPage)
        ui.advancedLayout.insertWidget(0, self.contract)
        self.items = PackageItems(
            ui.itemsList, ui.itemsEmptyLabel, controller.package_choices(self.plan_id)
        )
        chain = (
            ui.activeCheck,
            self.credits.ui.grantsTable,
            self.credits.ui.addGrantButton,
            self.restrictions.ui.addRestrictionButton,
            self.holds.ui.minSpin,
            self.holds.ui.maxSpin,
            self.holds.ui.perYearSpin,
            ui.itemsList,
            *self.contract.focus_order(),
            ui.okButton,
            ui.cancelButton,
        )
        for first, second in zip(chain, chain[1:], strict=False):
            QWidget.setTabOrder(first, second)
        #: The grant put in when switching to Limited, dropped again if left as it was.
        self._prefilled: CreditGrantTerms | None = None
        if plan is not None:
            self._fill(plan)
        self._category = ui.categoryCombo.currentText()
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        ui.summaryLabel.setStyleSheet("font-weight: 600; color: #24484b;")
        ui.restrictionsIntroLabel.setText(RESTRICTIONS_INTRO)
        set_hint(
            ui.hintLabel,
            ui.sessionsHintLabel,
            ui.creditsIntroLabel,
            ui.kindHintLabel,
            ui.restrictionsIntroLabel,
            ui.packageIntroLabel,
            ui.itemsEmptyLabel,
        )
        for signal in (
            ui.nameEdit.textChanged,
            ui.priceEdit.textChanged,
            self.credits.changed,
            self.restrictions.changed,
            self.items.changed,
        ):
            signal.connect(self._refresh)
        ui.categoryCombo.currentTextChanged.connect(self._category_changed)
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        ui.unitCombo.currentIndexChanged.connect(self._unit_changed)
        self._unit_changed()
        for signal in (
            ui.unitCombo.currentIndexChanged,
            ui.durationSpin.valueChanged,
            ui.sessionsSpin.valueChanged,
        ):
            signal.connect(self._refresh)
        ui.activeCheck.toggled.connect(self._refresh)
        self.contract.changed.connect(self._fit_height)
        ui.okButton.clicked.connect(self._save)
        ui.cancelButton.clicked.connect(self.reject)
        self._refresh()

    def _fill(self, plan: PlanRow) -> None:
        ui = self.ui
        self.setWindowTitle(f"Edit plan — {plan.name}")
        ui.okButton.setText("Save changes")
        ui.nameEdit.setText(plan.name)
        ui.kindCombo.setCurrentIndex(KINDS.index(plan.kind))
        ui.priceEdit.setText(cents_text(plan.price_cents))
        ui.unitCombo.setCurrentIndex(UNITS.index(plan.duration_unit))  # first: it sets the maximum
        ui.durationSpin.setValue(plan.duration_count)
        if plan.entries is not None:
            ui.sessionsSpin.setValue(plan.entries)
        ui.categoryCombo.setCurrentText(plan.credit_category)
        ui.activeCheck.setChecked(plan.active)
        self.credits.set_grants(plan.grants)
        self.restrictions.set_restrictions(plan.restrictions)
        self.holds.set_policy(plan.hold_policy)
        self.items.set_chosen(plan.package_items)
        self.contract.set_terms(plan.contract, plan.kind, plan.price_cents)

    def kind(self) -> PlanKind:
        return KINDS[self.ui.kindCombo.currentIndex()]

    def plan_input(self) -> PlanInput:
        """What the form says, as a service input; raises ValidationError for a bad price."""
        ui = self.ui
        session_pass = self.kind() is PlanKind.SESSION_PASS
        package = self.kind() is PlanKind.PACKAGE
        return PlanInput(
            ui.nameEdit.text(),
            self.kind(),
            parse_price(ui.priceEdit.text()),
            ui.durationSpin.value(),
            UNITS[ui.unitCombo.currentIndex()],
            ui.sessionsSpin.value() if session_pass else None,
            ui.categoryCombo.currentText(),
            ui.activeCheck.isChecked(),
            () if package else self.credits.grants(),
            self.restrictions.restrictions(),
            self.holds.policy(),
            tuple(p.id for p in self.items.chosen()) if package else (),
            self.contract.terms(),
        )

    def price_cents(self) -> int | None:
        try:
            return parse_price(self.ui.priceEdit.text())
        except DomainError:
            return None

    def summary(self) -> str:
        """One sentence of what will be sold, e.g. "Session pass: 10 sessions within 3 months
        for 90.00, Group class; at most 3 visits per week (calendar cycle)"."""
        ui = self.ui
        duration = validity_text(ui.durationSpin.value(), UNITS[ui.unitCombo.currentIndex()])
        if self.kind() is PlanKind.SESSION_PASS:
            count = ui.sessionsSpin.value()
            what = f"{count} session{'s' if count != 1 else ''} within {duration}"
        elif self.kind() is PlanKind.LIMITED:
            what = f"classes paid with the credits below, within {duration}"
        elif self.kind() is PlanKind.PACKAGE:
            names = " + ".join(p.name for p in self.items.chosen()) or "(no plans ticked yet)"
            what = f"{names} within {duration}"
        else:
            what = f"unlimited visits for {duration}"
        cents = self.price_cents()
        price = "(no valid price yet)" if cents is None else f"for {cents_text(cents)}"
        text = f"{self.kind().label}: {what} {price}, {ui.categoryCombo.currentText().strip()}"
        for restriction in self.restrictions.restrictions():
            sentence = restriction.describe()
            text += f"; {sentence[0].lower()}{sentence[1:]}"
        return text if ui.activeCheck.isChecked() else f"{text} — inactive, not for sale"

    def _kind_changed(self) -> None:
        """Limited: pre-fill a grant of the plan's category if there is none. Leaving Limited
        drops that grant again when it was left untouched."""
        category = self.ui.categoryCombo.currentText().strip()
        if self.kind() is PlanKind.LIMITED:
            if not self.credits.rows:
                self._prefilled = CreditGrantTerms(category, 0)
                self.credits.add_grant(self._prefilled)
        elif self._prefilled is not None and self.credits.grants() == (self._prefilled,):
            self.credits.set_grants(())
            self._prefilled = None
        self._refresh()

    def _category_changed(self, text: str) -> None:
        """A limited plan's grants of its old category follow the new one."""
        if self.kind() is PlanKind.LIMITED:
            self.credits.rename_category(self._category, text)
            if self._prefilled is not None and self._prefilled.category == self._category.strip():
                self._prefilled = CreditGrantTerms(text.strip(), 0)
        self._category = text
        self._refresh()

    def _refresh(self) -> None:
        ui = self.ui
        kind = self.kind()
        session_pass = kind is PlanKind.SESSION_PASS
        limited = kind is PlanKind.LIMITED
        package = kind is PlanKind.PACKAGE
        ui.sessionsSpin.setEnabled(session_pass)
        ui.sessionsLabel.setEnabled(session_pass)
        ui.sessionsHintLabel.setText(SESSIONS_NOT_COUNTED.get(kind, ""))
        ui.sessionsHintLabel.setVisible(not session_pass)
        ui.kindHintLabel.setText(PACKAGE_HINT if package else "")
        ui.kindHintLabel.setVisible(package)
        ui.tabs.setTabEnabled(CREDITS_TAB, not package)
        ui.tabs.setTabToolTip(CREDITS_TAB, CREDITS_OFF_TIP if package else "")
        ui.tabs.setTabEnabled(PACKAGE_TAB, package)
        ui.tabs.setTabToolTip(PACKAGE_TAB, "" if package else PACKAGE_OFF_TIP)
        ui.creditsGroup.setTitle(LIMITED_TITLE if limited else INCLUDED_TITLE)
        ui.creditsIntroLabel.setText(LIMITED_INTRO if limited else INCLUDED_INTRO)
        self.credits.empty_text = LIMITED_EMPTY if limited else "No credits included."
        ui.summaryLabel.setText(self.summary())
        duration = (ui.durationSpin.value(), UNITS[ui.unitCombo.currentIndex()])
        self.contract.set_plan(PlanShape(kind, self.price_cents(), *duration))
        self.credits.show_summary()
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow the dialog when grants or wrapped summaries need more room (Qt does not grow a
        shown window for word-wrapped labels on its own)."""
        needed = self.layout().totalHeightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _unit_changed(self) -> None:
        """A plan lasts at most 10 years (domain/bounds.py): 120 months, 521 weeks, 3,653 days."""
        unit = UNITS[self.ui.unitCombo.currentIndex()]
        self.ui.durationSpin.setMaximum(MAX_VALIDITY[unit])

    def _save(self) -> None:
        """A price or discount that is not an amount is refused here, on its own tab; the
        service refuses the rest (e.g. continuous for a session pass) and the dialog stays open."""
        try:
            data = self.plan_input()
        except DomainError as refused:
            show_error(self.ui.errorLabel, refused.message)
            on_price = self.price_cents() is None
            self.ui.tabs.setCurrentIndex(PLAN_TAB if on_price else ADVANCED_TAB)
            (self.ui.priceEdit if on_price else self.contract.ui.discountEdit).setFocus()
            return
        if self.plan_id is None:
            self.plan_id = self.controller.create_plan(data)
            saved = self.plan_id is not None
        else:
            saved = self.controller.update_plan(self.plan_id, data)
        if not saved:
            show_error(self.ui.errorLabel, self.controller.last_error)
            self._fit_height()
            return
        self.accept()
