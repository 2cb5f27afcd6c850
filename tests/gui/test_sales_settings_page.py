"""Settings → Products & money driven by clicks and typing over a real temporary database: the
products the desk sells, the studio's money format (SPEC §6, §9) and the paper its reports print
on (SPEC §7)."""

from __future__ import annotations

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QCheckBox

from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.billing import ProductInput
from studio_app.dto.reports import Paper
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.front_desk import FrontDeskController
from studio_app.gui.controllers.sales_settings import SalesSettingsController
from studio_app.gui.qtmodels.products import NAME, ON_SALE, PRICE
from studio_app.gui.views.front_desk import FrontDeskView
from studio_app.gui.views.settings.product_editor_dialog import ProductEditorDialog
from studio_app.gui.views.settings.sales_settings_page import SalesSettingsPage
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton
EURO = MoneyFormat("€")


def make_page(qtbot, studio: StudioFactory, signals: AppSignals) -> SalesSettingsPage:  # noqa: ANN001
    page = SalesSettingsPage(SalesSettingsController(studio.svc, signals))
    # A product editor left open by a refusal is cancelled with the page.
    qtbot.addWidget(page, before_close_func=lambda p: p.dialog and p.dialog.reject())
    page.show()
    qtbot.waitExposed(page)
    return page


def shown(page: SalesSettingsPage) -> list[tuple[str, str, str]]:
    model = page.model
    return [
        tuple(model.data(model.index(row, column)) for column in (NAME, PRICE, ON_SALE))
        for row in range(model.rowCount())
    ]


def click_row(qtbot, page: SalesSettingsPage, row: int) -> None:  # noqa: ANN001
    table = page.ui.productsTable
    rect = table.visualRect(page.model.index(row, NAME))
    qtbot.mouseClick(table.viewport(), LEFT, pos=rect.center())


def click(qtbot, box: QCheckBox) -> None:  # noqa: ANN001
    qtbot.mouseClick(box, LEFT, pos=QPoint(8, box.height() // 2))


def test_a_new_product_is_listed_with_the_studios_money_format(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.svc.studio.set_money_format(EURO)
    page = make_page(qtbot, studio, signals)
    assert page.ui.emptyLabel.isVisible()
    assert not page.ui.editProductButton.isEnabled()

    qtbot.mouseClick(page.ui.newProductButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, ProductEditorDialog)
    qtbot.keyClicks(dialog.ui.nameEdit, "Water 0.5 l")
    qtbot.keyClicks(dialog.ui.priceEdit, "2,5")
    assert dialog.ui.previewLabel.text() == "sold as €2.50"
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert page.dialog is None
    assert shown(page) == [("Water 0.5 l", "€2.50", "yes")]
    assert not page.ui.emptyLabel.isVisible()
    assert page.selected_product() is not None and page.selected_product().name == "Water 0.5 l"
    [product] = studio.svc.products.list()
    assert (product.name, product.price_cents, product.active) == ("Water 0.5 l", 250, True)


def test_a_price_that_is_not_an_amount_keeps_the_dialog_open(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    page = make_page(qtbot, studio, signals)
    qtbot.mouseClick(page.ui.newProductButton, LEFT)
    dialog = page.dialog
    qtbot.keyClicks(dialog.ui.nameEdit, "Towel")
    qtbot.keyClicks(dialog.ui.priceEdit, "two")
    assert dialog.ui.previewLabel.text() == ""
    qtbot.mouseClick(dialog.ui.okButton, LEFT)

    assert dialog.ui.errorLabel.text() == "Price 'two' is not a number."
    assert page.dialog is dialog and dialog.isVisible()
    assert studio.svc.products.list() == []


def test_edit_then_stop_selling_and_sell_again(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.svc.products.create(ProductInput("Towel", 300))
    studio.svc.products.create(ProductInput("Water 0.5 l", 250))
    page = make_page(qtbot, studio, signals)
    click_row(qtbot, page, 0)
    qtbot.mouseClick(page.ui.editProductButton, LEFT)
    dialog = page.dialog
    assert isinstance(dialog, ProductEditorDialog)
    assert (dialog.ui.nameEdit.text(), dialog.ui.priceEdit.text()) == ("Towel", "3.00")
    dialog.ui.priceEdit.selectAll()
    qtbot.keyClicks(dialog.ui.priceEdit, "3,50")
    qtbot.mouseClick(dialog.ui.okButton, LEFT)
    assert shown(page)[0] == ("Towel", "3.50", "yes")

    assert page.ui.toggleProductButton.text() == "S&top selling"
    qtbot.mouseClick(page.ui.toggleProductButton, LEFT)
    assert shown(page) == [("Towel", "3.50", "no"), ("Water 0.5 l", "2.50", "yes")]
    assert page.ui.toggleProductButton.text() == "Sell a&gain"  # the towel is still selected
    assert [p.name for p in studio.svc.products.list(include_inactive=False)] == ["Water 0.5 l"]

    qtbot.mouseClick(page.ui.toggleProductButton, LEFT)
    assert shown(page)[0] == ("Towel", "3.50", "yes")


def test_the_money_format_is_saved_and_prices_follow_it(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.svc.products.create(ProductInput("Water 0.5 l", 250))
    page = make_page(qtbot, studio, signals)
    ui = page.ui
    assert ui.exampleLabel.text() == "Example: 1234.50"
    assert not ui.saveMoneyButton.isEnabled()  # nothing changed yet

    qtbot.keyClicks(ui.symbolEdit, "kr")
    assert ui.exampleLabel.text() == "Example: kr1234.50"
    click(qtbot, ui.symbolAfterCheck)
    click(qtbot, ui.decimalCommaCheck)
    assert ui.exampleLabel.text() == "Example: 1234,50 kr"
    assert shown(page) == [("Water 0.5 l", "2.50", "yes")]  # not saved yet
    qtbot.mouseClick(ui.saveMoneyButton, LEFT)

    assert studio.svc.studio.money_format() == MoneyFormat("kr", True, True)
    assert shown(page) == [("Water 0.5 l", "2,50 kr", "yes")]
    assert not ui.saveMoneyButton.isEnabled()
    assert ui.exampleLabel.text() == "Example: 1234,50 kr"


def test_choosing_letter_paper_saves_it_at_once(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    said: list[str] = []
    signals.info.connect(said.append)
    page = make_page(qtbot, studio, signals)
    combo = page.ui.paperCombo
    assert combo.isEnabled() and combo.currentText() == "A4 (210 × 297 mm)"

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert studio.svc.studio.paper() is Paper.LETTER
    assert said == ["Reports now print on Letter paper."]
    assert not page.ui.paperErrorLabel.isVisible()
    again = make_page(qtbot, studio, signals)
    assert again.ui.paperCombo.currentText() == "Letter (8.5 × 11 in)"


def test_the_date_format_is_saved_at_once_and_every_screen_follows(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    said: list[str] = []
    signals.info.connect(said.append)
    desk = FrontDeskView(
        FrontDeskController(studio.svc, signals), BillingController(studio.svc, signals)
    )
    qtbot.addWidget(desk)
    assert desk.ui.todayLabel.text() == "Today, Tue 1 Dec 2026"
    page = make_page(qtbot, studio, signals)
    combo = page.ui.dateFormatCombo
    assert [combo.itemText(i) for i in range(combo.count())] == [
        "Tue 1 Dec 2026 (day first)",
        "Tue, Dec 1, 2026 (month first)",
    ]
    assert combo.currentIndex() == 0

    combo.setFocus()
    qtbot.keyClick(combo, Qt.Key.Key_Down)

    assert studio.svc.studio.date_style() is DateStyle.MONTH_FIRST
    assert said == ["Dates are now written like Tue, Dec 1, 2026."]
    assert desk.ui.todayLabel.text() == "Today, Tue, Dec 1, 2026"
    again = make_page(qtbot, studio, signals)
    assert again.ui.dateFormatCombo.currentText() == "Tue, Dec 1, 2026 (month first)"


def test_a_front_desk_account_only_looks(
    qtbot,
    studio: StudioFactory,
    signals: AppSignals,  # noqa: ANN001
) -> None:
    studio.svc.studio.set_money_format(EURO)
    studio.svc.products.create(ProductInput("Water 0.5 l", 250))
    studio.front_desk()
    studio.log_in("desk")
    page = make_page(qtbot, studio, signals)
    ui = page.ui
    click_row(qtbot, page, 0)

    assert shown(page) == [("Water 0.5 l", "€2.50", "yes")]
    buttons = (ui.newProductButton, ui.editProductButton, ui.toggleProductButton)
    assert [b.isEnabled() for b in buttons] == [False, False, False]
    assert ui.symbolEdit.isReadOnly() and ui.symbolEdit.text() == "€"
    assert not ui.symbolAfterCheck.isEnabled() and not ui.decimalCommaCheck.isEnabled()
    assert not ui.saveMoneyButton.isEnabled()
    assert not ui.paperCombo.isEnabled() and ui.paperCombo.currentText().startswith("A4")
    assert not ui.dateFormatCombo.isEnabled()
    assert ui.dateFormatCombo.toolTip() == "Needs the settings privilege — ask the owner"
    assert ui.introLabel.text().endswith(
        "Your account can only look here: changing this needs the settings privilege — ask "
        "the owner."
    )
    assert ui.newProductButton.toolTip() == "Needs the settings privilege — ask the owner"
    qtbot.mouseDClick(ui.productsTable.viewport(), LEFT, pos=QPoint(20, 10))
    assert page.dialog is None
