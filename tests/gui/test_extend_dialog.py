"""Extending a membership by its next period (SPEC §6 E10, E13) on real services: continuous
memberships continue the day after the previous end however late they are bought; the maximum
end date caps the period; a refusal cannot be confirmed; "Take payment now" opens the payment."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtWidgets import QWidget

from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.views.extend_dialog import ExtendDialog
from studio_app.gui.views.payment_dialog import PaymentDialog
from tests.factories import StudioFactory
from tests.gui.billing_helpers import (
    LEFT,
    NUMBER,
    PERIOD,
    STATE,
    at,
    click_choice,
    column,
    open_tab,
    sell,
)
from tests.gui.modal import when_modal


@pytest.fixture
def billing(studio: StudioFactory, signals: AppSignals) -> BillingController:
    return BillingController(studio.svc, signals)


def open_dialog(qtbot, billing: BillingController, membership_id: int) -> ExtendDialog:  # noqa: ANN001
    dialog = ExtendDialog(billing, membership_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def valid_until_10_april(
    studio: StudioFactory, clock: FixedClock, *, continuous: bool
) -> tuple[int, int]:
    """E10: a monthly membership valid 11 March – 10 April 2027; the member comes back on
    16 April. Returns (member, membership)."""
    clock.advance_to(at(date(2027, 3, 11)))
    peter = studio.member("Peter", "Parker")
    plan = studio.contract_plan("Monthly", continuous=continuous)
    membership = sell(studio, peter, plan, date(2027, 3, 11))
    clock.advance_to(at(date(2027, 4, 16)))
    return peter, membership


def test_continuous_extension_runs_11_april_to_10_may_and_takes_the_payment(
    qtbot, studio: StudioFactory, billing: BillingController, signals: AppSignals, clock: FixedClock
) -> None:  # noqa: ANN001
    peter, membership = valid_until_10_april(studio, clock, continuous=True)
    dialog = open_dialog(qtbot, billing, membership)
    ui = dialog.ui
    assert ui.memberLabel.text() == "Extend Peter Parker's Monthly"
    assert ui.periodValue.text() == "11 Apr – 10 May 2027"
    assert ui.numberValue.text() == "2"
    assert ui.amountValue.text() == "31.00"
    assert ui.cappedLabel.isHidden()
    assert ui.payNowCheck.isChecked()
    seen: list[str] = []

    def pay_in_cash(payment: QWidget) -> None:
        assert isinstance(payment, PaymentDialog)
        seen.append(payment.ui.installmentLabel.text())
        qtbot.mouseClick(payment.ui.payButton, LEFT)

    when_modal(pay_in_cash)
    qtbot.mouseClick(ui.okButton, LEFT)
    assert dialog.result() == ExtendDialog.DialogCode.Accepted
    assert dialog.installment_id is not None
    assert seen == ["Installment 2 · due 11 Apr 2027 · overdue"]  # paid late, on 16 April
    tab = open_tab(qtbot, studio, signals, peter)
    table = tab.ui.installmentsTable
    assert column(table, PERIOD)[0] == "11 Apr – 10 May 2027"
    assert column(table, STATE)[0] == "Paid"


def test_not_continuous_extension_starts_on_the_day_of_purchase(
    qtbot, studio: StudioFactory, billing: BillingController, clock: FixedClock
) -> None:  # noqa: ANN001
    _, membership = valid_until_10_april(studio, clock, continuous=False)
    dialog = open_dialog(qtbot, billing, membership)
    assert dialog.ui.periodValue.text() == "16 Apr – 15 May 2027"
    click_choice(qtbot, dialog.ui.payNowCheck)
    qtbot.mouseClick(dialog.ui.okButton, LEFT)  # no payment dialog opens
    assert dialog.result() == ExtendDialog.DialogCode.Accepted
    assert dialog.installment_id is not None


def test_the_maximum_end_date_caps_the_extension(
    qtbot, studio: StudioFactory, billing: BillingController, signals: AppSignals, clock: FixedClock
) -> None:  # noqa: ANN001
    """E13: maximum end date 30 June, membership ends 15 June → the extension ends 30 June."""
    clock.advance_to(at(date(2027, 5, 16)))
    peter = studio.member("Matt", "Murdock")
    plan = studio.contract_plan("Summer monthly", max_end=date(2027, 6, 30))
    membership = sell(studio, peter, plan, date(2027, 5, 16))
    dialog = open_dialog(qtbot, billing, membership)
    assert dialog.ui.periodValue.text() == "16–30 Jun 2027"
    assert not dialog.ui.cappedLabel.isHidden()
    assert "30 Jun 2027" in dialog.ui.cappedLabel.text()
    click_choice(qtbot, dialog.ui.payNowCheck)
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    tab = open_tab(qtbot, studio, signals, peter)
    assert column(tab.ui.installmentsTable, NUMBER) == ["2", "1"]


def test_a_refused_extension_cannot_be_confirmed(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    """A cancellation paying no more installments: installment 1/1 is the last one."""
    peter = studio.member("Peter", "Parker")
    membership = sell(studio, peter, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    studio.svc.contracts.cancel(membership, 0)
    dialog = open_dialog(qtbot, billing, membership)
    assert not dialog.ui.okButton.isEnabled()
    assert not dialog.ui.payNowCheck.isEnabled()
    assert dialog.ui.errorLabel.text()
    assert dialog.ui.periodValue.isHidden()
