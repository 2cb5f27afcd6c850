"""What the desk and the owner see of issue 12's login security: the login dialog says how long
a locked account waits, the owner's staff list shows wrong passwords and the lock, and a desk
whose account was deactivated at another desk is refused in the banner and logged out."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLineEdit
from pytestqt.qtbot import QtBot

from studio_app.app import build_main_window
from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.qtmodels.staff import FAILED_LOGINS, LOCKED_UNTIL
from studio_app.gui.views.login_dialog import LoginDialog
from studio_app.gui.views.settings.screen import SettingsView
from tests.factories import StudioFactory

LEFT = Qt.MouseButton.LeftButton


@pytest.fixture
def other_desk(db_url: str, clock: FixedClock, studio: StudioFactory) -> Iterator[Services]:
    """A second desk on the same data (nobody logged in there yet); Dana's account exists."""
    studio.front_desk()
    other = open_services(db_url, clock)
    yield other
    other.ctx.uow.engine.dispose()


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_the_login_says_how_long_to_wait_and_the_owner_sees_the_lock(
    qtbot: QtBot, studio: StudioFactory, other_desk: Services, signals: AppSignals
) -> None:
    dialog = LoginDialog(SessionController(other_desk, signals))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    _type(qtbot, ui.usernameEdit, "desk")
    for _ in range(5):
        _type(qtbot, ui.passwordEdit, "guess-guess")
        qtbot.mouseClick(ui.logInButton, LEFT)
    assert ui.errorLabel.text().endswith(
        "logins to 'desk' are refused for 30 seconds (until 09:00:30)."
    )
    _type(qtbot, ui.passwordEdit, "desk-secret")
    qtbot.mouseClick(ui.logInButton, LEFT)
    assert ui.errorLabel.text().startswith(
        "Too many wrong passwords for 'desk': logins to this account are refused for "
        "30 seconds more (until 09:00:30)."
    )
    assert other_desk.ctx.actor is None

    settings = SettingsView(SettingsController(studio.svc, signals))
    qtbot.addWidget(settings)
    model = settings.staff_page.staff_model
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers[FAILED_LOGINS:] == ["Failed logins", "Locked until"]
    rows = {
        model.data(model.index(r, 0)): (
            model.data(model.index(r, FAILED_LOGINS)),
            model.data(model.index(r, LOCKED_UNTIL)),
        )
        for r in range(model.rowCount())
    }
    assert rows == {"Dana Desk": ("5", "09:00"), "Olivia Owner": ("", "")}


def test_a_desk_whose_account_was_deactivated_is_refused_and_logged_out(
    qtbot: QtBot,
    studio: StudioFactory,
    other_desk: Services,
    clock: FixedClock,
) -> None:
    other_desk.staff.log_in("desk", "desk-secret")
    window = build_main_window(other_desk)
    qtbot.addWidget(window)
    window.show()
    clock.advance_to(datetime(2026, 12, 1, 10, 15))
    dana = next(s.id for s in studio.svc.staff.list_staff() if s.username == "desk")
    studio.svc.staff.set_active(dana, False)

    reason = "Dana Desk's account was deactivated at 10:15; log in again as someone else."
    qtbot.keyClicks(window.ui.cardScanEdit, "778899")
    with qtbot.waitSignal(window.session.signals.logged_out, timeout=1000):
        qtbot.keyClick(window.ui.cardScanEdit, Qt.Key.Key_Return)
    assert window.ui.messageLabel.text() == reason
    assert window.logged_out and not window.isVisible()

    login = LoginDialog(SessionController(other_desk, AppSignals()))
    qtbot.addWidget(login)
    assert login.ui.errorLabel.text() == reason
    _type(qtbot, login.ui.usernameEdit, "owner")
    _type(qtbot, login.ui.passwordEdit, "owner-secret")
    qtbot.mouseClick(login.ui.logInButton, LEFT)
    assert other_desk.ctx.actor is not None and other_desk.ctx.actor.name == "Olivia Owner"
    assert other_desk.ctx.ended_because == ""
