"""Sell then pay in one step (issue 14, item 9), driven through the sell dialog: with "Take
payment now" the dialog takes the first installment's payment and Sell sells and pays at once
(Cancel or a refused payment leaves nothing sold); without it the banner says, in the success
colour, what was sold and when the first installment is due."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt

from studio_app.app import build_main_window
from studio_app.domain.formats import MoneyFormat
from studio_app.dto.members import MemberInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.views.member_profile import MemberProfileView
from studio_app.gui.views.sell_membership_dialog import SellMembershipDialog
from studio_app.runtime.payment_provider import CardCharge, ChargeReceipt, PaymentDeclined
from tests.factories import StudioFactory
from tests.gui.billing_helpers import click_choice
from tests.gui.modal import when_modal
from tests.gui.windows import show_settled

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def zoe(studio: StudioFactory) -> int:
    studio.svc.studio.set_money_format(MoneyFormat("€"))
    return studio.member("Zoë", "Ångström")


@pytest.fixture
def view(qtbot, studio: StudioFactory, signals: AppSignals, zoe: int) -> MemberProfileView:  # noqa: ANN001
    widget = MemberProfileView(
        MembersController(studio.svc, signals),
        MemberProfileController(studio.svc, signals),
        billing=BillingController(studio.svc, signals),
    )
    qtbot.addWidget(widget)
    widget.show(zoe)
    return widget


def open_sale(qtbot, view: MemberProfileView, plan_id: int) -> SellMembershipDialog:  # noqa: ANN001
    dialog = view.sell_dialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.select_plan(plan_id)
    return dialog


def nothing_sold(studio: StudioFactory, member: int) -> bool:
    svc = studio.svc
    return (
        svc.memberships.for_member(member) == []
        and svc.contracts.installments(member) == []
        and svc.payments.history(member) == []
    )


def test_taking_payment_with_the_sale_pays_the_first_installment_in_one_step(
    qtbot, studio: StudioFactory, signals: AppSignals, view: MemberProfileView, zoe: int
) -> None:  # noqa: ANN001
    plan = studio.contract_plan("Monthly from the 1st", from_first=True, prorata=True)
    sale = open_sale(qtbot, view, plan)
    assert sale.ui.takePaymentCheck.isChecked() and sale.ui.paymentBox.isVisible()
    sale.ui.startDateEdit.setDate(QDate(2026, 12, 20))
    fields = sale.fields.ui
    assert sale.ui.dueLabel.text() == "Installment 1 · due 20 Dec 2026"
    assert fields.totalValue.text() == "€12.00"  # 20–31 December: 12 of 31 days of €31.00
    fields.methodCombo.setCurrentIndex(fields.methodCombo.findText("Card terminal"))
    assert sale.ui.sellButton.text() == "Sell and take €12.00"
    told: list[str] = []
    signals.info.connect(told.append)

    qtbot.mouseClick(sale.ui.sellButton, LEFT)

    assert sale.result() == SellMembershipDialog.DialogCode.Accepted
    (row,) = studio.svc.contracts.installments(zoe)
    assert (row.amount, row.state.value) == ("€12.00", "paid")
    assert [p.method for p in studio.svc.payments.history(zoe)] == ["Card terminal"]
    assert told == [
        "Sold Monthly from the 1st to Zoë Ångström and took the first installment: "
        "€12.00 (Card terminal)."
    ]


def test_cancelling_the_sale_with_payment_sells_nothing(
    qtbot, studio: StudioFactory, view: MemberProfileView, zoe: int
) -> None:  # noqa: ANN001
    sale = open_sale(qtbot, view, studio.time_plan())
    assert sale.fields.ui.totalValue.text() == "€120.00"
    qtbot.mouseClick(sale.ui.cancelButton, LEFT)
    assert sale.result() == SellMembershipDialog.DialogCode.Rejected
    assert nothing_sold(studio, zoe)


class _Declining:
    name = "Test bank"

    def charge(self, charge: CardCharge) -> ChargeReceipt:
        raise PaymentDeclined(f"Card declined: insufficient funds for {charge.amount_cents}.")


def test_a_declined_card_sells_nothing_and_keeps_the_dialog_open(
    qtbot, studio: StudioFactory, view: MemberProfileView, zoe: int
) -> None:  # noqa: ANN001
    studio.svc.members.update(zoe, MemberInput("Zoë", "Ångström", card_on_file="Visa ending 4242"))
    studio.svc.ctx.provider = _Declining()
    sale = open_sale(qtbot, view, studio.time_plan())
    combo = sale.fields.ui.methodCombo
    combo.setCurrentIndex(combo.findText("Card on file (Visa ending 4242)"))
    assert sale.ui.sellButton.text() == "Sell and charge €120.00"
    qtbot.mouseClick(sale.ui.sellButton, LEFT)
    assert sale.isVisible()
    assert sale.ui.errorLabel.text() == "Card declined: insufficient funds for 12000."
    assert nothing_sold(studio, zoe)


def test_the_front_desk_is_not_offered_another_discount(
    qtbot, studio: StudioFactory, view: MemberProfileView
) -> None:  # noqa: ANN001
    plan = studio.time_plan()
    studio.front_desk()
    studio.log_in("desk")
    sale = open_sale(qtbot, view, plan)
    other = sale.fields.ui.otherRadio
    assert not other.isEnabled()
    assert other.toolTip() == "Needs the billing privilege — ask the owner"
    click_choice(qtbot, other)
    assert sale.fields.ui.noDiscountRadio.isChecked()


def test_selling_without_payment_says_in_the_banner_what_is_due_and_when(
    qtbot, studio: StudioFactory, zoe: int
) -> None:  # noqa: ANN001
    plan = studio.contract_plan("Monthly unlimited", price_cents=5900)
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    show_settled(qtbot, window)  # its backup message comes first
    window.open_member(zoe)
    told: list[str] = []
    window.session.signals.info.connect(told.append)

    def sell_without_paying(dialog) -> None:  # noqa: ANN001
        assert isinstance(dialog, SellMembershipDialog)
        dialog.select_plan(plan)
        click_choice(qtbot, dialog.ui.takePaymentCheck)
        assert not dialog.ui.paymentBox.isVisible()
        assert dialog.ui.sellButton.text() == "Sell"
        qtbot.mouseClick(dialog.ui.sellButton, LEFT)

    when_modal(sell_without_paying)
    qtbot.mouseClick(window.members_page.profile.ui.sellButton, LEFT)

    due = (
        "Sold Monthly unlimited to Zoë Ångström; the first installment (€59.00) is due on "
        "1 Dec 2026."
    )
    assert told == [due]  # a success: the banner shows it in green
    assert window.banner_text() == due
    (row,) = studio.svc.contracts.installments(zoe)
    assert (row.due_on, row.state.value) == (date(2026, 12, 1), "due")
