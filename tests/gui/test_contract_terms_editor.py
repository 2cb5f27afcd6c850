"""The plan editor's Advanced settings tab (SPEC §6, seed 003): continuous, from the 1st, prorata,
contract with installments, auto renewal, maximum end date and the on-time payments discount,
driven by clicks and typing over a real temporary database, read back through the plan service
and by reopening the plan from Settings → Memberships."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox, QWidget

from studio_app.domain.contracts import ContractTerms
from studio_app.domain.plans import PlanKind
from studio_app.dto.plans import PlanRow
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.plans import CONTRACT
from studio_app.gui.views.settings.contract_terms_editor import NOT_CONTINUOUS
from studio_app.gui.views.settings.memberships_page import MembershipsPage
from studio_app.gui.views.settings.plan_editor import (
    ADVANCED_TAB,
    KINDS,
    PLAN_TAB,
    PlanEditorDialog,
)
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals) -> MembershipsPage:  # noqa: ANN001
    view = MembershipsPage(SettingsController(studio.svc, signals))
    # A plan editor left open by a refusal is cancelled with the view, not left for later tests.
    qtbot.addWidget(view, before_close_func=lambda v: v.dialog and v.dialog.reject())
    view.show()
    qtbot.waitExposed(view)
    return view


def go_to(qtbot, dialog: PlanEditorDialog, tab: int) -> None:  # noqa: ANN001
    bar = dialog.ui.tabs.tabBar()
    qtbot.mouseClick(bar, LEFT, pos=bar.tabRect(tab).center())
    assert dialog.ui.tabs.currentIndex() == tab


def click(qtbot, box: QCheckBox) -> None:  # noqa: ANN001
    """Click a check box on its indicator, as a person does (its row may be wider than it)."""
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def new_plan(qtbot, view: MembershipsPage, name: str, price: str) -> PlanEditorDialog:  # noqa: ANN001
    """Open New plan… from Settings → Memberships, type the basics and go to Advanced settings."""
    qtbot.mouseClick(view.ui.newPlanButton, LEFT)
    dialog = view.dialog
    assert isinstance(dialog, PlanEditorDialog)
    qtbot.waitExposed(dialog)
    qtbot.keyClicks(dialog.ui.nameEdit, name)
    qtbot.keyClicks(dialog.ui.priceEdit, price)
    go_to(qtbot, dialog, ADVANCED_TAB)
    return dialog


def saved(studio: StudioFactory, name: str) -> PlanRow:
    return next(p for p in studio.svc.plans.list_plans() if p.name == name)


def enabled(*widgets: QWidget) -> list[bool]:
    return [w.isEnabled() for w in widgets]


def test_options_wait_for_their_prerequisite_and_are_unticked_with_it(
    qtbot,
    view: MembershipsPage,  # noqa: ANN001
) -> None:
    dialog = new_plan(qtbot, view, "Open monthly", "31")
    ui = dialog.contract.ui
    dependents = (ui.fromFirstCheck, ui.prorataCheck, ui.contractCheck, ui.autoRenewCheck)
    assert enabled(*dependents, ui.installmentsSpin) == [False] * 5
    assert ui.summaryLabel.text() == NOT_CONTINUOUS
    assert ui.fromFirstCheck.toolTip() == "Tick Continuous membership first."

    click(qtbot, ui.continuousCheck)
    assert enabled(*dependents) == [True, False, True, False]
    click(qtbot, ui.fromFirstCheck)
    click(qtbot, ui.prorataCheck)
    click(qtbot, ui.contractCheck)
    assert ui.installmentsSpin.isEnabled()
    ui.installmentsSpin.selectAll()
    qtbot.keyClicks(ui.installmentsSpin, "7")
    click(qtbot, ui.autoRenewCheck)
    assert ui.autoRenewHelp.text() == (
        "After the last installment (7/7) the contract starts again at 1/7 instead of ending."
    )
    assert ui.summaryLabel.text() == (
        "Continuous, from the 1st, prorata; contract of 7 installments, auto renewal."
    )

    click(qtbot, ui.fromFirstCheck)  # prorata goes with it; the contract stays
    assert [b.isChecked() for b in dependents] == [False, False, True, True]
    assert not ui.prorataCheck.isEnabled()
    click(qtbot, ui.continuousCheck)  # everything that builds on it goes
    assert [b.isChecked() for b in dependents] == [False] * 4
    assert enabled(*dependents, ui.installmentsSpin) == [False] * 5
    assert ui.summaryLabel.text() == NOT_CONTINUOUS


def test_a_saved_plan_shows_its_terms_again_when_reopened(
    qtbot,
    view: MembershipsPage,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = new_plan(qtbot, view, "Contract 12 months", "31")
    ui = dialog.contract.ui
    for box in (ui.continuousCheck, ui.fromFirstCheck, ui.prorataCheck, ui.contractCheck):
        click(qtbot, box)
    ui.installmentsSpin.selectAll()
    qtbot.keyClicks(ui.installmentsSpin, "12")
    click(qtbot, ui.autoRenewCheck)
    click(qtbot, ui.maxEndCheck)
    ui.maxEndDate.setDate(date(2027, 6, 30))
    click(qtbot, ui.discountCheck)
    qtbot.keyClicks(ui.discountEdit, "5")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert view.dialog is None

    terms = ContractTerms(True, True, True, 12, True, date(2027, 6, 30), 500)
    assert saved(studio, "Contract 12 months").contract == terms
    row = view.plans_model.row_of(saved(studio, "Contract 12 months").id)
    assert view.plans_model.data(view.plans_model.index(row, CONTRACT)) == terms.describe()

    qtbot.mouseClick(view.ui.editPlanButton, LEFT)  # the new plan is selected
    again = view.dialog
    assert isinstance(again, PlanEditorDialog)
    qtbot.waitExposed(again)
    go_to(qtbot, again, ADVANCED_TAB)
    ui = again.contract.ui
    boxes = (ui.continuousCheck, ui.fromFirstCheck, ui.prorataCheck, ui.contractCheck)
    assert [b.isChecked() for b in boxes] == [True] * 4
    assert ui.installmentsSpin.value() == 12
    assert ui.autoRenewCheck.isChecked() and ui.autoRenewCheck.isEnabled()
    assert ui.maxEndCheck.isChecked() and ui.maxEndDate.date().toPython() == date(2027, 6, 30)
    assert ui.discountCheck.isChecked() and ui.discountEdit.text() == "5.00"
    assert ui.summaryLabel.text() == (
        "Continuous, from the 1st, prorata; contract of 12 installments, auto renewal; "
        "on-time discount 5.00; until 30 Jun 2027."
    )
    qtbot.mouseClick(again.ui.okButton, LEFT)  # saving unchanged keeps the terms
    assert saved(studio, "Contract 12 months").contract == terms


def test_the_on_time_discount_is_saved_in_cents(
    qtbot,
    view: MembershipsPage,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = new_plan(qtbot, view, "Open monthly", "31")
    ui = dialog.contract.ui
    click(qtbot, ui.continuousCheck)
    assert not ui.discountEdit.isEnabled()
    click(qtbot, ui.discountCheck)
    qtbot.keyClicks(ui.discountEdit, "2,5")
    assert ui.summaryLabel.text() == "Continuous; on-time discount 2.50."
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert saved(studio, "Open monthly").contract.loyalty_discount_cents == 250


def test_a_discount_that_is_not_an_amount_is_refused_on_its_tab(
    qtbot,
    view: MembershipsPage,
    studio: StudioFactory,  # noqa: ANN001
) -> None:
    dialog = new_plan(qtbot, view, "Open monthly", "31")
    ui = dialog.contract.ui
    click(qtbot, ui.discountCheck)
    qtbot.keyClicks(ui.discountEdit, "five")
    message = "The on-time payments discount 'five' is not an amount: type e.g. 5 or 5,50, or "
    assert ui.problemLabel.text().startswith(message)
    go_to(qtbot, dialog, PLAN_TAB)
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert dialog.ui.errorLabel.text().startswith(message)
    assert dialog.ui.tabs.currentIndex() == ADVANCED_TAB
    assert view.dialog is dialog and dialog.isVisible()
    assert studio.svc.plans.list_plans() == []


@pytest.mark.parametrize(
    ("kind", "months", "ticks", "refusal"),
    [
        (
            PlanKind.SESSION_PASS,
            1,
            ("continuousCheck",),
            "A session pass cannot be continuous: only time-based and limited plans renew "
            "period after period.",
        ),
        (
            PlanKind.TIME_BASED,
            3,
            ("continuousCheck", "fromFirstCheck"),
            "'From the 1st day of the month' needs a duration of 1 month (got 3 months).",
        ),
    ],
)
def test_a_refused_combination_is_shown_and_the_dialog_stays_open(
    qtbot,
    view: MembershipsPage,
    studio: StudioFactory,
    kind: PlanKind,
    months: int,
    ticks: tuple[str, ...],
    refusal: str,  # noqa: ANN001
) -> None:
    dialog = new_plan(qtbot, view, "Odd plan", "90")
    for name in ticks:
        click(qtbot, getattr(dialog.contract.ui, name))
    go_to(qtbot, dialog, PLAN_TAB)
    dialog.ui.kindCombo.setCurrentIndex(KINDS.index(kind))
    dialog.ui.durationSpin.selectAll()
    qtbot.keyClicks(dialog.ui.durationSpin, str(months))
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert dialog.ui.errorLabel.text() == refusal
    assert dialog.ui.errorLabel.isVisible()
    assert dialog.contract.ui.problemLabel.text() == refusal  # said on the tab as well
    assert view.dialog is dialog and dialog.isVisible()
    assert studio.svc.plans.list_plans() == []
