"""The member's "Installments & payments" tab (SPEC §6) on real services: installments with
their period, due date, amount and state (paid, due, overdue in red), the payment history, and
the actions on the selected installment."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QWidget

from studio_app.domain.clock import FixedClock
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.views.extend_dialog import ExtendDialog
from studio_app.gui.views.payment_dialog import PaymentDialog
from tests.factories import StudioFactory
from tests.gui.billing_helpers import (
    LEFT,
    NUMBER,
    PAID,
    PERIOD,
    STATE,
    at,
    click_choice,
    click_installment,
    column,
    open_tab,
    renew,
    row_with,
    sell,
)
from tests.gui.modal import when_modal

_OVERDUE_RED = QColor("#b3261e")


@pytest.fixture
def peter(studio: StudioFactory) -> int:
    return studio.member("Peter", "Parker")


@pytest.fixture
def three_states(studio: StudioFactory, clock: FixedClock, peter: int) -> int:
    """Open monthly, 7 installments, sold 1 Dec 2026 and paid in cash that day, extended twice;
    on 15 Jan 2027 installment 1/7 is paid, 2/7 (due 1 Jan) overdue and 3/7 (due 1 Feb) due."""
    plan = studio.contract_plan("Open monthly", installments=7, auto_renew=True)
    membership = sell(studio, peter, plan, date(2026, 12, 1))
    [first] = studio.svc.contracts.installments(peter)
    studio.svc.payments.pay_installment(first.id, PaymentInput(PaymentMethod.CASH))
    renew(studio, membership, 2)
    clock.advance_to(at(date(2027, 1, 15)))
    return membership


def test_installments_show_paid_due_and_overdue(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int, qtmodeltester
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    table, model = tab.ui.installmentsTable, tab.installments_model
    qtmodeltester.check(model)
    qtmodeltester.check(tab.payments_model)
    assert tab.ui.stack.currentWidget() is tab.ui.billingPage
    assert column(table, NUMBER) == ["3/7", "2/7", "1/7"]
    assert column(table, STATE) == ["Due", "Overdue", "Paid"]
    assert column(table, PERIOD) == [
        "1–28 Feb 2027",
        "1–31 Jan 2027",
        "1–31 Dec 2026",
    ]
    assert column(table, PAID)[2].startswith("Cash, 1 Dec 2026")
    assert tab.ui.summaryLabel.text() == "· 1 overdue · 1 due"
    assert tab.ui.installmentsLabel.text() == "Installments (3)"
    # The overdue installment stands out: bold red across the row; a due one does not.
    overdue = model.index(row_with(table, NUMBER, "2/7"), 0)
    assert overdue.data(Qt.ItemDataRole.ForegroundRole) == _OVERDUE_RED
    assert overdue.data(Qt.ItemDataRole.FontRole).bold()
    due = model.index(row_with(table, NUMBER, "3/7"), 0)
    assert due.data(Qt.ItemDataRole.ForegroundRole) is None
    # The payment history: the cash payment of installment 1.
    history = tab.ui.historyTable
    assert tab.ui.historyLabel.text() == "Payment history (1)"
    assert column(history, 2) == ["Cash"]
    assert column(history, 3) == ["31.00"]
    assert column(history, 5) == ["Olivia Owner"]


def test_buttons_follow_the_selected_installment(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    ui = tab.ui
    buttons = (ui.payButton, ui.extendButton, ui.cancelButton, ui.removeCancellationButton)
    assert [b.isEnabled() for b in buttons] == [False, False, False, False]
    assert ui.hintLabel.text().startswith("Select an installment")
    click_installment(qtbot, tab, "1/7")
    assert [b.isEnabled() for b in buttons] == [False, True, True, False]
    assert ui.hintLabel.text() == "Open monthly, installment 1/7"
    click_installment(qtbot, tab, "2/7")
    assert [b.isEnabled() for b in buttons] == [True, True, True, False]


def test_paying_from_the_tab_marks_the_installment_paid(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    click_installment(qtbot, tab, "2/7")
    seen: list[str] = []

    def pay_by_transfer(dialog: QWidget) -> None:
        assert isinstance(dialog, PaymentDialog)
        seen.append(dialog.ui.installmentLabel.text())
        combo = dialog.fields.ui.methodCombo
        combo.setCurrentIndex(combo.findText("Bank transfer"))
        qtbot.mouseClick(dialog.ui.payButton, LEFT)

    when_modal(pay_by_transfer)
    qtbot.mouseClick(tab.ui.payButton, LEFT)
    assert seen == ["Installment 2/7 · due 1 Jan 2027 · overdue"]
    table = tab.ui.installmentsTable
    assert column(table, STATE) == ["Due", "Paid", "Paid"]
    assert tab.ui.summaryLabel.text() == "· 1 due"
    # Still selected after the reload: nothing left to pay on it.
    assert tab.selected_installment() is not None
    assert tab.selected_installment().number_text == "2/7"
    assert not tab.ui.payButton.isEnabled()
    assert column(tab.ui.historyTable, 2) == ["Bank transfer", "Cash"]


def test_double_clicking_an_unpaid_installment_opens_its_payment(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    table = tab.ui.installmentsTable
    seen: list[str] = []
    when_modal(lambda dialog: seen.append(dialog.ui.installmentLabel.text()))
    rect = table.visualRect(table.model().index(row_with(table, NUMBER, "3/7"), 0))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())
    qtbot.mouseDClick(table.viewport(), LEFT, pos=rect.center())
    assert seen == ["Installment 3/7 · due 1 Feb 2027"]
    assert column(table, STATE) == ["Due", "Overdue", "Paid"]  # closed without paying


def test_extending_from_the_tab_selects_the_new_installment(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    click_installment(qtbot, tab, "3/7")

    def extend_without_paying(dialog: QWidget) -> None:
        assert isinstance(dialog, ExtendDialog)
        assert dialog.ui.periodValue.text() == "1–31 Mar 2027"
        click_choice(qtbot, dialog.ui.payNowCheck)
        assert not dialog.ui.payNowCheck.isChecked()
        qtbot.mouseClick(dialog.ui.okButton, LEFT)

    when_modal(extend_without_paying)
    qtbot.mouseClick(tab.ui.extendButton, LEFT)
    assert column(tab.ui.installmentsTable, NUMBER) == ["4/7", "3/7", "2/7", "1/7"]
    assert tab.selected_installment().number_text == "4/7"
    assert tab.ui.payButton.isEnabled()


def test_no_member_shows_the_empty_state(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int, three_states: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    tab.show_member(None)
    assert tab.ui.stack.currentWidget() is tab.ui.emptyPage
    assert tab.installments_model.rowCount() == 0


def test_a_member_without_installments_is_told_where_they_come_from(
    qtbot, studio: StudioFactory, signals: AppSignals, peter: int
) -> None:  # noqa: ANN001
    tab = open_tab(qtbot, studio, signals, peter)
    assert tab.installments_model.rowCount() == 0
    assert tab.ui.hintLabel.text().startswith("No installments yet")
    assert tab.ui.summaryLabel.text() == ""
