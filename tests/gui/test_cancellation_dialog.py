"""Registering and removing a membership cancellation, "pay K more installments" (SPEC §6 E14),
on real services: without a contract installment 1 becomes 1/3; with a contract 11/24 becomes
11/13; Remove cancellation restores 11/24."""

from __future__ import annotations

from datetime import date

from PySide6.QtWidgets import QWidget

from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.views.billing_tab import REMOVE_CANCELLATION, BillingTab
from studio_app.gui.views.cancellation_dialog import CancellationDialog
from tests.factories import StudioFactory
from tests.gui.billing_helpers import (
    LEFT,
    NUMBER,
    at,
    click_installment,
    column,
    open_tab,
    renew,
    sell,
)
from tests.gui.modal import press, when_modal


def type_more(qtbot, dialog: CancellationDialog, more: int) -> None:  # noqa: ANN001
    spin = dialog.ui.moreSpin
    spin.lineEdit().selectAll()
    qtbot.keyClicks(spin, str(more))


def open_cancellation(qtbot, tab: BillingTab) -> CancellationDialog:  # noqa: ANN001
    dialog = tab.cancellation_dialog()
    assert dialog is not None
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def at_installment_11_of_24(studio: StudioFactory, clock: FixedClock) -> int:
    """Peter's 24-installment contract sold 1 Dec 2026, renewed month by month; on 15 Oct 2027
    installment 11/24 (1–31 Oct 2027) is the running one. Returns the member."""
    peter = studio.member("Peter", "Parker")
    plan = studio.contract_plan("Contract 24 months", installments=24)
    membership = sell(studio, peter, plan, date(2026, 12, 1))
    renew(studio, membership, 10)
    clock.advance_to(at(date(2027, 10, 15)))
    return peter


def test_without_a_contract_paying_2_more_makes_it_1_of_3(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    peter = studio.member("Peter", "Parker")
    sell(studio, peter, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    tab = open_tab(qtbot, studio, signals, peter)
    assert column(tab.ui.installmentsTable, NUMBER) == ["1"]
    click_installment(qtbot, tab, "1")
    seen: list[str] = []

    def pay_two_more(dialog: QWidget) -> None:
        assert isinstance(dialog, CancellationDialog)
        type_more(qtbot, dialog, 2)
        seen.append(dialog.ui.numbersLabel.text())
        qtbot.mouseClick(dialog.ui.okButton, LEFT)

    when_modal(pay_two_more)
    qtbot.mouseClick(tab.ui.cancelButton, LEFT)
    assert seen == ["Installment now: 1 → after cancellation: 1/3"]
    assert column(tab.ui.installmentsTable, NUMBER) == ["1/3"]
    assert tab.ui.removeCancellationButton.isEnabled()
    assert tab.ui.hintLabel.text().endswith("cancellation registered")


def test_with_a_contract_11_of_24_becomes_11_of_13_and_removing_restores_it(
    qtbot, studio: StudioFactory, signals: AppSignals, clock: FixedClock
) -> None:  # noqa: ANN001
    peter = at_installment_11_of_24(studio, clock)
    tab = open_tab(qtbot, studio, signals, peter)
    assert column(tab.ui.installmentsTable, NUMBER)[0] == "11/24"
    click_installment(qtbot, tab, "11/24")
    assert not tab.ui.removeCancellationButton.isEnabled()
    dialog = open_cancellation(qtbot, tab)
    type_more(qtbot, dialog, 2)
    assert dialog.ui.numbersLabel.text() == "Installment now: 11/24 → after cancellation: 11/13"
    assert dialog.ui.summaryLabel.text()
    assert dialog.ui.okButton.isEnabled()
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert dialog.result() == CancellationDialog.DialogCode.Accepted
    assert column(tab.ui.installmentsTable, NUMBER)[0] == "11/13"
    assert tab.selected_installment().number_text == "11/13"
    assert tab.ui.removeCancellationButton.isEnabled()
    assert not tab.ui.cancelButton.isEnabled()  # one cancellation at a time

    seen: list[str] = []
    when_modal(press(REMOVE_CANCELLATION, seen))
    qtbot.mouseClick(tab.ui.removeCancellationButton, LEFT)
    assert len(seen) == 1
    assert column(tab.ui.installmentsTable, NUMBER)[0] == "11/24"
    assert not tab.ui.removeCancellationButton.isEnabled()
    assert tab.ui.cancelButton.isEnabled()


def test_answering_cancel_keeps_the_cancellation(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    peter = studio.member("Peter", "Parker")
    membership = sell(studio, peter, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    studio.svc.contracts.cancel(membership, 2)
    tab = open_tab(qtbot, studio, signals, peter)
    click_installment(qtbot, tab, "1/3")
    when_modal(press("Cancel"))
    qtbot.mouseClick(tab.ui.removeCancellationButton, LEFT)
    assert column(tab.ui.installmentsTable, NUMBER) == ["1/3"]


def test_a_refused_cancellation_cannot_be_registered(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    """Installment 2 is already issued: paying 0 more from installment 1 is refused."""
    peter = studio.member("Peter", "Parker")
    membership = sell(studio, peter, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    renew(studio, membership)
    tab = open_tab(qtbot, studio, signals, peter)
    click_installment(qtbot, tab, "1")
    dialog = open_cancellation(qtbot, tab)
    type_more(qtbot, dialog, 0)
    assert not dialog.ui.okButton.isEnabled()
    assert dialog.ui.errorLabel.text()
    assert dialog.ui.previewBox.isHidden()
    type_more(qtbot, dialog, 1)
    assert dialog.ui.okButton.isEnabled()
    assert dialog.ui.numbersLabel.text() == "Installment now: 1 → after cancellation: 1/2"
