"""Selling a product at the desk (SPEC §6, seed 003) on real services: to a walk-in in cash, to a
member charged to the card on file (which only a member with a card can use), with the live total
in the studio's money format; a refusal keeps the dialog open."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import QDialog

from studio_app.domain.formats import MoneyFormat
from studio_app.dto.billing import ProductInput
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.front_desk import FrontDeskController, PaymentMethod
from studio_app.gui.views.front_desk import FrontDeskView
from studio_app.gui.views.product_sale_dialog import (
    WALK_IN_NO_CARD,
    ProductSaleDialog,
)
from tests.factories import StudioFactory
from tests.gui.modal import when_modal

LEFT = Qt.MouseButton.LeftButton
EURO = MoneyFormat("€")


def card_on_file_item(dialog: ProductSaleDialog):  # noqa: ANN201
    combo = dialog.ui.methodCombo
    model = combo.model()
    assert isinstance(model, QStandardItemModel)
    return model.item(combo.findData(PaymentMethod.CARD_ON_FILE))


def choose(combo, text: str) -> None:  # noqa: ANN001
    index = combo.findText(text)
    assert index >= 0, f"{text!r} not in {[combo.itemText(i) for i in range(combo.count())]}"
    combo.setCurrentIndex(index)


def dialog_for(qtbot, studio: StudioFactory, signals: AppSignals, **kw) -> ProductSaleDialog:  # noqa: ANN001, ANN003
    dialog = ProductSaleDialog(FrontDeskController(studio.svc, signals), money=EURO, **kw)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def stock(studio: StudioFactory) -> tuple[int, int]:
    """Water and a towel on sale, prices written the studio's way (€)."""
    studio.svc.studio.set_money_format(EURO)
    products = studio.svc.products
    water = products.create(ProductInput("Water 0.5 l", 150)).value
    towel = products.create(ProductInput("Towel", 1200)).value
    return water, towel


def test_walk_in_buys_two_waters_in_cash(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    stock(studio)
    dialog = dialog_for(qtbot, studio, signals)
    ui = dialog.ui
    qtbot.mouseClick(ui.walkInRadio, LEFT)
    assert not ui.memberEdit.isEnabled()
    choose(ui.productCombo, "Water 0.5 l — €1.50")
    assert ui.totalLabel.text() == "Total €1.50"
    ui.quantitySpin.selectAll()
    qtbot.keyClicks(ui.quantitySpin, "2")
    assert ui.totalLabel.text() == "Total €3.00 (2 × €1.50)"
    assert ui.methodCombo.currentText() == "Cash"
    with qtbot.waitSignal(signals.changed):
        qtbot.mouseClick(ui.sellButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.payment_id is not None


def test_card_on_file_is_disabled_for_a_walk_in(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    stock(studio)
    studio.member("Carla", "Card", card_on_file="Visa ending 4242")
    dialog = dialog_for(qtbot, studio, signals)
    ui = dialog.ui
    assert not card_on_file_item(dialog).isEnabled()  # no member chosen yet
    qtbot.keyClicks(ui.memberEdit, "carla")
    assert card_on_file_item(dialog).isEnabled()
    assert card_on_file_item(dialog).text() == "Card on file (Visa ending 4242)"
    choose(ui.methodCombo, "Card on file (Visa ending 4242)")
    qtbot.mouseClick(ui.walkInRadio, LEFT)
    assert not card_on_file_item(dialog).isEnabled()
    assert ui.methodCombo.currentText() == "Cash"  # a walk-in cannot stay on the card
    assert ui.methodHintLabel.text() == WALK_IN_NO_CARD


def test_member_buys_a_towel_with_the_card_on_file(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    stock(studio)
    carla = studio.member("Carla", "Card", card_on_file="Visa ending 4242")
    studio.member("Nick", "Nocard")
    dialog = dialog_for(qtbot, studio, signals)
    ui = dialog.ui
    qtbot.keyClicks(ui.memberEdit, "nick")
    assert not card_on_file_item(dialog).isEnabled()
    assert ui.methodHintLabel.text() == "Nick Nocard has no card on file."
    ui.memberEdit.clear()
    qtbot.keyClicks(ui.memberEdit, "carla")
    choose(ui.productCombo, "Towel — €12.00")
    choose(ui.methodCombo, "Card on file (Visa ending 4242)")
    assert not ui.methodHintLabel.isVisible()
    qtbot.mouseClick(ui.sellButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    [payment] = studio.svc.payments.history(carla)
    assert "Towel" in payment.what
    assert payment.method.startswith("Card on file")


def test_member_preset_from_the_profile(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    stock(studio)
    carla = studio.member("Carla", "Card", card_on_file="Visa ending 4242")
    dialog = dialog_for(qtbot, studio, signals, member_id=carla, member_name="Carla Card")
    ui = dialog.ui
    assert ui.memberNameLabel.text() == "Carla Card"
    assert not ui.memberEdit.isVisible() and not ui.walkInRadio.isVisible()
    assert card_on_file_item(dialog).isEnabled()
    choose(ui.methodCombo, "Card on file (Visa ending 4242)")
    qtbot.mouseClick(ui.sellButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert len(studio.svc.payments.history(carla)) == 1


def test_no_member_named_keeps_the_dialog_open(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    stock(studio)
    dialog = dialog_for(qtbot, studio, signals)
    ui = dialog.ui
    qtbot.mouseClick(ui.sellButton, LEFT)
    assert ui.errorLabel.text() == "Type the member's name, or choose “Walk-in (no member)”."
    qtbot.keyClicks(ui.memberEdit, "nobody")
    qtbot.mouseClick(ui.sellButton, LEFT)
    assert ui.errorLabel.text() == "No active member matches “nobody”."
    assert dialog.isVisible() and dialog.payment_id is None


def test_a_refused_sale_stays_open_with_the_reason(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    """The product is taken off sale while the dialog is open: the service refuses, nothing is
    recorded, and the dialog says why."""
    water, _towel = stock(studio)
    dialog = dialog_for(qtbot, studio, signals)
    ui = dialog.ui
    qtbot.mouseClick(ui.walkInRadio, LEFT)
    choose(ui.productCombo, "Water 0.5 l — €1.50")
    studio.svc.products.update(water, ProductInput("Water 0.5 l", 150, active=False))
    qtbot.mouseClick(ui.sellButton, LEFT)
    assert dialog.isVisible() and dialog.payment_id is None
    assert ui.errorLabel.isVisible() and "Water 0.5 l" in ui.errorLabel.text()


def test_sell_product_from_the_front_desk(qtbot, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    from studio_app.gui.controllers.billing import BillingController

    stock(studio)
    view = FrontDeskView(
        FrontDeskController(studio.svc, signals), BillingController(studio.svc, signals)
    )
    qtbot.addWidget(view)
    view.show()
    assert view.ui.sellProductButton.isEnabled()
    seen: list[str] = []

    def sell_to_walk_in(dialog) -> None:  # noqa: ANN001
        qtbot.mouseClick(dialog.ui.walkInRadio, LEFT)
        choose(dialog.ui.productCombo, "Towel — €12.00")
        seen.append(dialog.ui.totalLabel.text())
        qtbot.mouseClick(dialog.ui.sellButton, LEFT)
        seen.append("sold" if dialog.payment_id else dialog.ui.errorLabel.text())

    when_modal(sell_to_walk_in)
    qtbot.mouseClick(view.ui.sellProductButton, LEFT)
    assert seen == ["Total €12.00", "sold"]
