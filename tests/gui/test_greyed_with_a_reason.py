"""Greyed with a reason (issue 14, item 8): what the logged-in account's privileges refuse is
disabled before any form is filled, the tooltip naming the privilege; the owner has it all.
A privilege granted or taken away at another desk shows at this desk's next action, and a
disabled primary button looks disabled."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QFile, QPoint, Qt, QTextStream
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QHBoxLayout, QPushButton, QWidget

from studio_app.app import build_main_window
from studio_app.container import Services
from studio_app.domain.clock import FixedClock
from studio_app.domain.privileges import Privilege
from studio_app.gui import resources_rc  # noqa: F401  (registers :/style.qss)
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.views.billing_tab import BillingTab
from studio_app.gui.views.common import set_primary
from studio_app.gui.views.credits_tab import CreditsTab
from studio_app.gui.views.schedule import ScheduleView
from tests.factories import StudioFactory
from tests.gui.other_desk import desk_app

LEFT = Qt.MouseButton.LeftButton
NEEDS_SETTINGS = "Needs the settings privilege — ask the owner"
NEEDS_BILLING = "Needs the billing privilege — ask the owner"
TUE = date(2026, 12, 1)


def schedule_view(qtbot, svc: Services, signals: AppSignals, session_id: int) -> ScheduleView:  # noqa: ANN001
    view = ScheduleView(
        ScheduleController(svc, signals),
        AttendanceController(svc, signals),
        AppointmentController(svc, signals),
    )
    qtbot.addWidget(view)
    view.select_session(session_id)
    return view


def class_buttons(view: ScheduleView) -> list[QPushButton]:
    panel = view.panel.ui
    return [
        view.ui.newClassButton,
        panel.editSessionButton,
        panel.editSeriesButton,
        panel.cancelClassButton,
    ]


@pytest.fixture
def zoe(studio: StudioFactory) -> int:
    """Zoë Ångström with a monthly membership sold today (installment 1 due)."""
    member = studio.member("Zoë", "Ångström")
    studio.svc.memberships.sell(member, studio.time_plan(), TUE)
    return member


def test_the_front_desk_sees_class_settings_greyed_with_the_reason(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    session_id = studio.session_on(TUE, studio.series())
    studio.front_desk()  # the role's privileges: reports only
    studio.log_in("desk")
    view = schedule_view(qtbot, studio.svc, signals, session_id)
    for button in class_buttons(view):
        assert not button.isEnabled(), button.objectName()
        assert button.toolTip() == NEEDS_SETTINGS
    assert view.ui.newAppointmentButton.isEnabled()  # appointments are the desk's work
    assert view.panel.ui.signUpButton.isEnabled()


def test_the_owner_has_them_enabled_with_their_own_tips(
    qtbot, studio: StudioFactory, signals: AppSignals
) -> None:  # noqa: ANN001
    session_id = studio.session_on(TUE, studio.series())
    view = schedule_view(qtbot, studio.svc, signals, session_id)
    assert all(button.isEnabled() for button in class_buttons(view))
    assert view.ui.newClassButton.toolTip() == "Create a weekly class series"


@pytest.mark.parametrize("owner", [False, True], ids=["front desk", "owner"])
def test_adjusting_credits_and_cancellations_need_billing(
    qtbot, studio: StudioFactory, signals: AppSignals, zoe: int, owner: bool
) -> None:  # noqa: ANN001
    if not owner:
        studio.front_desk()
        studio.log_in("desk")
    credits = CreditsTab(CreditsController(studio.svc, signals))
    billing = BillingTab(BillingController(studio.svc, signals))
    for tab in (credits, billing):
        qtbot.addWidget(tab)
        tab.show_member(zoe, "Zoë Ångström")
    billing.ui.installmentsTable.selectRow(0)
    ui = billing.ui
    assert ui.payButton.isEnabled() and ui.extendButton.isEnabled()  # the desk's daily work
    assert credits.ui.adjustButton.isEnabled() is owner
    assert ui.cancelButton.isEnabled() is owner
    assert not ui.removeCancellationButton.isEnabled()  # no cancellation registered
    if owner:
        assert credits.ui.adjustButton.toolTip().startswith("Add or remove credits by hand")
        assert ui.cancelButton.toolTip().startswith("Register a cancellation")
    else:
        for button in (credits.ui.adjustButton, ui.cancelButton, ui.removeCancellationButton):
            assert button.toolTip() == NEEDS_BILLING


def test_a_privilege_granted_or_taken_at_another_desk_shows_at_the_next_action(
    qtbot, studio: StudioFactory, signals: AppSignals, db_url: str, clock: FixedClock, zoe: int
) -> None:  # noqa: ANN001
    session_id = studio.session_on(TUE, studio.series())
    studio.svc.bookings.sign_up(session_id, zoe)
    dana = studio.front_desk()
    with desk_app(db_url, clock) as desk:
        view = schedule_view(qtbot, desk, signals, session_id)
        new_class = view.ui.newClassButton
        assert not new_class.isEnabled()

        studio.svc.staff.set_privileges(dana, frozenset({Privilege.SETTINGS}))
        view.panel.ui.attendeesTable.selectRow(0)
        qtbot.mouseClick(view.panel.ui.presentButton, LEFT)  # the desk's next action
        qtbot.waitUntil(lambda: all(b.isEnabled() for b in class_buttons(view)))
        assert new_class.toolTip() == "Create a weekly class series"

        studio.svc.staff.set_privileges(dana, frozenset())
        qtbot.mouseClick(view.panel.ui.presentButton, LEFT)
        qtbot.waitUntil(lambda: not any(b.isEnabled() for b in class_buttons(view)))
        assert new_class.toolTip() == NEEDS_SETTINGS


def test_a_disabled_primary_button_looks_greyed(qtbot) -> None:  # noqa: ANN001
    """The app's stylesheet: a primary button is teal; disabled, it is grey."""
    style = QFile(":/style.qss")
    assert style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text)
    box = QWidget()
    qtbot.addWidget(box)
    box.setStyleSheet(QTextStream(style).readAll())
    layout = QHBoxLayout(box)
    enabled, disabled = QPushButton("New class…"), QPushButton("New class…")
    for button in (enabled, disabled):
        set_primary(button)
        layout.addWidget(button)
    disabled.setEnabled(False)
    box.show()
    qtbot.waitExposed(box)

    def fill(button: QPushButton) -> QColor:
        """The button's background, beside its text."""
        return button.grab().toImage().pixelColor(QPoint(5, button.height() // 2))

    assert fill(enabled).name() == "#2f6f73"
    grey = fill(disabled)
    channels = (grey.red(), grey.green(), grey.blue())
    assert max(channels) - min(channels) < 10 and grey.lightness() > 200  # a light grey


def test_importing_members_is_greyed_for_the_front_desk_in_the_menu_and_on_the_page(
    qtbot, studio: StudioFactory
) -> None:  # noqa: ANN001
    studio.front_desk()
    studio.log_in("desk")
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    [menu] = [a.menu() for a in window.menuBar().actions() if a.text() == "&File"]
    actions = {a.text(): a for a in menu.actions()}
    assert not actions["&Import members…"].isEnabled()
    assert actions["&Import members…"].toolTip() == NEEDS_SETTINGS
    assert actions["&Export data…"].isEnabled()  # the desk holds reports
    button = window.members_page.ui.importButton
    assert not button.isEnabled() and button.toolTip() == NEEDS_SETTINGS
