"""The Front desk page (SPEC §6) on real services: installments due today and overdue are listed
and paid from here, memberships expiring within 7 days show seed 003's extension notice, and
"Open member" asks the main window for the member's profile."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QTableView

from studio_app.app import build_main_window
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.front_desk import FrontDeskController
from studio_app.gui.qtmodels.front_desk import CARD_ON_FILE_TEXT
from studio_app.gui.views.front_desk import EMPTY_PAGE, TABLE_PAGE, FrontDeskView
from studio_app.gui.views.main_window import FRONT_DESK_PAGE
from tests.factories import StudioFactory
from tests.gui.modal import when_modal

LEFT = Qt.MouseButton.LeftButton
EXTENDS = "Will be extended automatically"


@pytest.fixture
def desk(qtbot, studio: StudioFactory, signals: AppSignals) -> FrontDeskView:  # noqa: ANN001
    """The page, built once the test's data is in place (call it after selling)."""

    def build() -> FrontDeskView:
        view = FrontDeskView(
            FrontDeskController(studio.svc, signals), BillingController(studio.svc, signals)
        )
        qtbot.addWidget(view)
        view.resize(1100, 700)
        view.show()
        return view

    return build  # type: ignore[return-value]


def cells(table: QTableView, column: int) -> list[str]:
    model = table.model()
    return [str(model.index(row, column).data()) for row in range(model.rowCount())]


def row_of(table: QTableView, name: str) -> list[str]:
    model = table.model()
    [row] = [r for r in range(model.rowCount()) if model.index(r, 0).data() == name]
    return [str(model.index(row, c).data()) for c in range(model.columnCount())]


def select(table: QTableView, name: str) -> None:
    table.selectRow(cells(table, 0).index(name))


def test_overdue_and_due_today_are_listed_with_their_counts(desk, studio: StudioFactory) -> None:  # noqa: ANN001
    plan = studio.contract_plan("Open monthly", installments=7)
    olga = studio.member("Olga", "Overdue", card_on_file="Visa ending 4242")
    dan = studio.member("Dan", "Today")
    studio.svc.memberships.sell(olga, plan, date(2026, 11, 20))
    studio.svc.memberships.sell(dan, plan, date(2026, 12, 1))
    view = desk()
    ui = view.ui
    assert ui.dueTitleLabel.text() == "Installments due today and overdue (2)"
    assert ui.dueStack.currentIndex() == TABLE_PAGE
    assert cells(ui.dueTable, 0) == ["Olga Overdue", "Dan Today"]  # oldest due date first
    olga_row = row_of(ui.dueTable, "Olga Overdue")
    assert olga_row[1:6] == ["Open monthly", "1/7", "20 Nov 2026", "31.00", "Overdue 11 days"]
    assert olga_row[6] == CARD_ON_FILE_TEXT
    dan_row = row_of(ui.dueTable, "Dan Today")
    assert dan_row[3:7] == ["1 Dec 2026", "31.00", "Due today", ""]
    model = ui.dueTable.model()
    red = model.index(0, 0).data(Qt.ItemDataRole.ForegroundRole)
    assert red is not None and red.name() == "#b3261e"
    assert model.index(0, 5).data(Qt.ItemDataRole.FontRole).bold()
    assert model.index(1, 0).data(Qt.ItemDataRole.ForegroundRole) is None
    assert model.index(1, 5).data(Qt.ItemDataRole.FontRole) is None
    assert not ui.payButton.isEnabled()


def test_empty_lists_say_so(desk) -> None:  # noqa: ANN001
    ui = desk().ui
    assert ui.dueTitleLabel.text() == "Installments due today and overdue (0)"
    assert ui.expiringTitleLabel.text() == "Memberships expiring in the next 7 days (0)"
    assert ui.dueStack.currentIndex() == EMPTY_PAGE
    assert ui.expiringStack.currentIndex() == EMPTY_PAGE
    assert "no installment is due today" in ui.dueEmptyLabel.text()
    assert "No membership ends in the next 7 days" in ui.expiringEmptyLabel.text()
    assert not ui.sellProductButton.isEnabled()  # nothing on sale yet


def test_paying_through_the_payment_dialog_removes_the_row(
    qtbot,  # noqa: ANN001
    desk,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    plan = studio.contract_plan("Open monthly", installments=7)
    olga = studio.member("Olga", "Overdue")
    dan = studio.member("Dan", "Today")
    studio.svc.memberships.sell(olga, plan, date(2026, 11, 20))
    studio.svc.memberships.sell(dan, plan, date(2026, 12, 1))
    view = desk()
    ui = view.ui
    select(ui.dueTable, "Dan Today")
    assert ui.payButton.isEnabled()
    seen: list[str] = []

    def pay_cash(dialog) -> None:  # noqa: ANN001
        seen.append(dialog.ui.memberLabel.text())
        assert dialog.fields.ui.methodCombo.currentText() == "Cash"
        qtbot.mouseClick(dialog.ui.payButton, LEFT)

    when_modal(pay_cash)
    qtbot.mouseClick(ui.payButton, LEFT)
    assert seen == ["Dan Today · Open monthly"]
    assert cells(ui.dueTable, 0) == ["Olga Overdue"]
    assert ui.dueTitleLabel.text() == "Installments due today and overdue (1)"
    [payment] = studio.svc.payments.history(dan)
    assert payment.method == "Cash"


def test_expiring_continuous_membership_with_a_card_will_be_extended(
    desk,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    """Seed 003: continuous, card on file, not the last installment → extended automatically;
    the same membership without a card on file is not."""
    plan = studio.contract_plan("Open monthly")
    carla = studio.member("Carla", "Card", card_on_file="Visa ending 4242")
    nick = studio.member("Nick", "Nocard")
    studio.svc.memberships.sell(carla, plan, date(2026, 11, 5))  # last day 4 Dec 2026
    studio.svc.memberships.sell(nick, plan, date(2026, 11, 7))  # last day 6 Dec 2026
    ui = desk().ui
    assert ui.expiringTitleLabel.text() == "Memberships expiring in the next 7 days (2)"
    carla_row = row_of(ui.expiringTable, "Carla Card")
    assert carla_row[1:4] == ["Open monthly", "4 Dec 2026", "in 3 days"]
    assert carla_row[5] == EXTENDS
    nick_row = row_of(ui.expiringTable, "Nick Nocard")
    assert nick_row[2:4] == ["6 Dec 2026", "in 5 days"]
    assert nick_row[5] != EXTENDS
    model = ui.expiringTable.model()
    extension = model.index(0, 5)
    assert extension.data(Qt.ItemDataRole.FontRole).bold()
    assert extension.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(1, 5).data(Qt.ItemDataRole.BackgroundRole) is None


def test_extend_opens_the_extend_dialog_for_the_membership(
    qtbot,  # noqa: ANN001
    desk,  # noqa: ANN001
    studio: StudioFactory,
) -> None:
    plan = studio.contract_plan("Open monthly")
    carla = studio.member("Carla", "Card")
    studio.svc.memberships.sell(carla, plan, date(2026, 11, 5))
    ui = desk().ui
    select(ui.expiringTable, "Carla Card")
    seen: list[str] = []
    when_modal(lambda dialog: seen.append(dialog.ui.memberLabel.text()))
    qtbot.mouseClick(ui.extendButton, LEFT)
    assert seen == ["Extend Carla Card's Open monthly"]


def test_open_member_asks_for_the_profile(
    qtbot,  # noqa: ANN001
    desk,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
) -> None:
    plan = studio.contract_plan("Open monthly")
    carla = studio.member("Carla", "Card")
    studio.svc.memberships.sell(carla, plan, date(2026, 11, 5))
    ui = desk().ui
    select(ui.dueTable, "Carla Card")
    with qtbot.waitSignal(signals.open_member, check_params_cb=lambda m: m == carla):
        qtbot.mouseClick(ui.dueOpenMemberButton, LEFT)
    select(ui.expiringTable, "Carla Card")
    with qtbot.waitSignal(signals.open_member, check_params_cb=lambda m: m == carla):
        qtbot.mouseClick(ui.expiringOpenMemberButton, LEFT)


def test_the_lists_follow_changes_made_elsewhere(desk, studio: StudioFactory, signals) -> None:  # noqa: ANN001
    """A sale made from another page reaches the lists through ``signals.changed``."""
    from studio_app.gui.controllers.member_profile import MemberProfileController

    view = desk()
    plan = studio.contract_plan("Open monthly")
    dan = studio.member("Dan", "Today")
    profile = MemberProfileController(studio.svc, signals)
    assert profile.sell(dan, plan, date(2026, 12, 1)) is not None
    assert cells(view.ui.dueTable, 0) == ["Dan Today"]


def test_front_desk_item_shows_the_page_and_opens_members(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    dan = studio.member("Dan", "Today")
    studio.svc.memberships.sell(dan, studio.contract_plan("Open monthly"), date(2026, 12, 1))
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    window.show()
    navigation = window.ui.navigation
    assert navigation.item(FRONT_DESK_PAGE).text() == "Front desk"
    navigation.setCurrentRow(FRONT_DESK_PAGE)
    page = window.front_desk_page
    assert window.ui.pages.currentWidget() is page
    assert isinstance(page, FrontDeskView)
    select(page.ui.dueTable, "Dan Today")
    qtbot.mouseClick(page.ui.dueOpenMemberButton, LEFT)
    assert window.ui.pages.currentWidget() is window.members_page
    assert window.members_page.profile.ui.nameLabel.text() == "Dan Today"


def test_models_pass_the_model_tester(qtmodeltester, desk, studio: StudioFactory) -> None:  # noqa: ANN001
    plan = studio.contract_plan("Open monthly")
    studio.svc.memberships.sell(studio.member("Carla", "Card"), plan, date(2026, 11, 5))
    view = desk()
    qtmodeltester.check(view.due_model)
    qtmodeltester.check(view.expiring_model)
