"""Taking an installment's payment (SPEC §6, seed 003) on real services: the methods (card on
file only when the member has one), the on-time discount offered on or before the due date and
not after, one discount at most, the live total, and the refusal that keeps the dialog open."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QComboBox

from studio_app.domain.clock import FixedClock
from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.views.payment_dialog import PaymentDialog
from tests.factories import StudioFactory
from tests.gui.billing_helpers import (
    LEFT,
    NUMBER,
    PAID,
    STATE,
    at,
    click_choice,
    column,
    open_tab,
    renew,
    row_with,
    sell,
)
from tests.gui.other_desk import desk_app

METHODS = ["Cash", "Card terminal", "Bank transfer"]


def items(combo: QComboBox) -> list[str]:
    return [combo.itemText(i) for i in range(combo.count())]


def enabled(combo: QComboBox, text: str) -> bool:
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(combo.findText(text)).isEnabled()


def sold(studio: StudioFactory, card: str = "") -> tuple[int, int]:
    """Peter's Open monthly (31.00, on-time discount 5.00, 7 installments) sold today, 1 Dec
    2026: installment 1/7 is due today. Returns (member, membership)."""
    peter = studio.member("Peter", "Parker", card_on_file=card)
    plan = studio.contract_plan(
        "Open monthly", installments=7, auto_renew=True, loyalty_discount_cents=500
    )
    return peter, sell(studio, peter, plan, date(2026, 12, 1))


def installment(studio: StudioFactory, member_id: int, number_text: str) -> int:
    [row] = [
        r for r in studio.svc.contracts.installments(member_id) if r.number_text == number_text
    ]
    return row.id


@pytest.fixture
def billing(studio: StudioFactory, signals: AppSignals) -> BillingController:
    return BillingController(studio.svc, signals)


def open_dialog(qtbot, billing: BillingController, installment_id: int) -> PaymentDialog:  # noqa: ANN001
    dialog = PaymentDialog(billing, installment_id)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_shows_the_installment_and_the_methods_without_a_card_on_file(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    ui = dialog.ui
    assert ui.memberLabel.text() == "Peter Parker · Open monthly"
    assert ui.installmentLabel.text() == "Installment 1/7 · due 1 Dec 2026"
    assert fields.amountValue.text() == "31.00"
    assert items(fields.methodCombo) == [*METHODS, "Card on file"]
    assert not enabled(fields.methodCombo, "Card on file")
    on_file = fields.methodCombo.findText("Card on file")
    assert fields.methodCombo.itemData(on_file, Qt.ItemDataRole.ToolTipRole) == "No card on file"
    assert fields.methodCombo.currentText() == "Cash"


def test_a_card_on_file_can_be_charged(
    qtbot, studio: StudioFactory, billing: BillingController, signals: AppSignals
) -> None:  # noqa: ANN001
    peter, _ = sold(studio, card="Visa ending 4242")
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    combo = dialog.fields.ui.methodCombo
    label = "Card on file (Visa ending 4242)"
    assert items(combo) == [*METHODS, label]
    assert enabled(combo, label)
    combo.setCurrentIndex(combo.findText(label))
    assert dialog.ui.payButton.text() == "Charge 26.00"
    qtbot.mouseClick(dialog.ui.payButton, LEFT)
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    assert dialog.payment_id is not None
    tab = open_tab(qtbot, studio, signals, peter)
    assert column(tab.ui.historyTable, 2) == ["Card on file"]
    assert column(tab.ui.historyTable, 3) == ["26.00"]


def test_on_time_discount_is_offered_on_the_due_date_and_chosen(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    assert fields.loyaltyRadio.isEnabled()
    assert fields.loyaltyRadio.isChecked()
    assert fields.loyaltyRadio.text().replace("&", "") == "On-time discount 5.00"
    assert fields.loyaltyNoteLabel.text()
    assert fields.totalValue.text() == "26.00"
    click_choice(qtbot, fields.noDiscountRadio)
    assert fields.totalValue.text() == "31.00"


def test_on_time_discount_is_offered_before_the_due_date(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    peter, membership = sold(studio)
    renew(studio, membership)  # 2/7, due 1 Jan 2027
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "2/7"))
    fields = dialog.fields.ui
    assert dialog.ui.installmentLabel.text() == "Installment 2/7 · due 1 Jan 2027"
    assert fields.loyaltyRadio.isEnabled()
    assert fields.totalValue.text() == "26.00"


def test_on_time_discount_is_not_offered_after_the_due_date(
    qtbot, studio: StudioFactory, billing: BillingController, clock: FixedClock
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    clock.advance_to(at(date(2026, 12, 2)))
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    ui = dialog.ui
    assert ui.installmentLabel.text() == "Installment 1/7 · due 1 Dec 2026 · overdue"
    assert not fields.loyaltyRadio.isEnabled()
    assert fields.noDiscountRadio.isChecked()
    assert fields.loyaltyNoteLabel.text()
    assert fields.totalValue.text() == "31.00"


def test_other_discount_excludes_the_on_time_discount(
    qtbot, studio: StudioFactory, billing: BillingController, signals: AppSignals
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    ui = dialog.ui
    assert not fields.otherEdit.isEnabled()
    click_choice(qtbot, fields.otherRadio)
    assert fields.otherRadio.isChecked()
    assert not fields.loyaltyRadio.isChecked()
    assert fields.otherEdit.isEnabled()
    # Nothing typed yet: nothing to pay with.
    assert not ui.payButton.isEnabled()
    qtbot.keyClicks(fields.otherEdit, "2,50")
    assert fields.totalValue.text() == "28.50"
    assert ui.payButton.isEnabled()
    qtbot.mouseClick(ui.payButton, LEFT)
    assert dialog.result() == PaymentDialog.DialogCode.Accepted
    tab = open_tab(qtbot, studio, signals, peter)
    assert column(tab.ui.historyTable, 3) == ["28.50"]
    assert "2.50" in column(tab.ui.historyTable, 4)[0]


def test_a_discount_above_the_installment_cannot_be_taken(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    ui = dialog.ui
    click_choice(qtbot, fields.otherRadio)
    qtbot.keyClicks(fields.otherEdit, "40")
    assert fields.totalValue.text() == "—"
    assert "at most the installment" in ui.errorLabel.text()
    assert not ui.payButton.isEnabled()
    fields.otherEdit.clear()
    qtbot.keyClicks(fields.otherEdit, "five")
    assert "not an amount" in ui.errorLabel.text()


def test_the_front_desk_sees_the_other_discount_greyed_with_the_reason(
    qtbot, studio: StudioFactory, billing: BillingController
) -> None:  # noqa: ANN001
    """Another discount needs the billing privilege: the front desk cannot choose it."""
    peter, _ = sold(studio)
    studio.front_desk()
    studio.log_in("desk")
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    fields = dialog.fields.ui
    assert not fields.otherRadio.isEnabled()
    assert fields.otherRadio.toolTip() == "Needs the billing privilege — ask the owner"
    click_choice(qtbot, fields.otherRadio)
    assert not fields.otherRadio.isChecked()
    assert fields.loyaltyRadio.isChecked() and fields.totalValue.text() == "26.00"


def test_a_refused_payment_keeps_the_dialog_open(
    qtbot, studio: StudioFactory, signals: AppSignals, db_url: str, clock: FixedClock
) -> None:  # noqa: ANN001
    """The billing privilege taken away at another desk while the dialog is open: the service
    refuses another discount, the dialog says why and stays open, nothing is paid."""
    peter, _ = sold(studio)
    dana = studio.front_desk(privileges=frozenset({Privilege.BILLING}))
    with desk_app(db_url, clock) as desk:
        billing = BillingController(desk, signals)
        dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
        click_choice(qtbot, dialog.fields.ui.otherRadio)
        qtbot.keyClicks(dialog.fields.ui.otherEdit, "5")
        studio.svc.staff.set_privileges(dana, frozenset())
        qtbot.mouseClick(dialog.ui.payButton, LEFT)
        assert dialog.isVisible()
        assert dialog.payment_id is None
        assert dialog.ui.errorLabel.text() == billing.last_error
        assert "give a discount" in billing.last_error and "billing" in billing.last_error
    assert studio.svc.payments.history(peter) == []


def test_paying_shows_the_installment_paid_in_the_tab_and_in_the_history(
    qtbot, studio: StudioFactory, billing: BillingController, signals: AppSignals
) -> None:  # noqa: ANN001
    peter, _ = sold(studio)
    tab = open_tab(qtbot, studio, signals, peter)
    table = tab.ui.installmentsTable
    assert column(table, STATE) == ["Due"]
    assert tab.ui.historyLabel.text() == "Payment history (0)"
    dialog = open_dialog(qtbot, billing, installment(studio, peter, "1/7"))
    qtbot.mouseClick(dialog.ui.payButton, LEFT)  # cash, on-time discount
    row = row_with(table, NUMBER, "1/7")
    assert column(table, STATE)[row] == "Paid"
    assert column(table, PAID)[row].startswith("Cash, 1 Dec 2026")
    assert tab.ui.historyLabel.text() == "Payment history (1)"
    assert column(tab.ui.historyTable, 2) == ["Cash"]
    assert column(tab.ui.historyTable, 3) == ["26.00"]
