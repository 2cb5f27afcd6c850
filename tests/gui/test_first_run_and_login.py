"""First start creates the studio and its owner; later starts ask for a login (issue 2, 4)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.views.first_run_dialog import FirstRunDialog
from studio_app.gui.views.login_dialog import LoginDialog
from studio_app.services.container import Services
from tests.factories import StudioFactory


def _type(qtbot: QtBot, widget: QLineEdit, text: str) -> None:
    widget.clear()
    qtbot.keyClicks(widget, text)


def test_first_start_creates_the_studio_and_logs_the_owner_in(
    qtbot: QtBot, services: Services, signals: AppSignals
) -> None:
    session = SessionController(services, signals)
    assert session.needs_setup()
    dialog = FirstRunDialog(session)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    _type(qtbot, ui.studioNameEdit, "Lotus Yoga")
    _type(qtbot, ui.ownerNameEdit, "Olivia Owner")
    _type(qtbot, ui.usernameEdit, "olivia")
    _type(qtbot, ui.passwordEdit, "lotus1")
    _type(qtbot, ui.repeatEdit, "lotus2")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "The two passwords differ."
    assert session.needs_setup(), "nothing is created while the form is wrong"

    _type(qtbot, ui.passwordEdit, "short")
    _type(qtbot, ui.repeatEdit, "short")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    assert "6 characters" in ui.errorLabel.text()
    assert session.needs_setup()

    _type(qtbot, ui.passwordEdit, "lotus123")
    _type(qtbot, ui.repeatEdit, "lotus123")
    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert services.studio.studio_name() == "Lotus Yoga"
    actor = session.actor()
    assert actor is not None and (actor.name, actor.role.label) == ("Olivia Owner", "Owner")


def test_login_names_the_studio_refuses_a_wrong_password_and_logs_in(
    qtbot: QtBot, studio: StudioFactory, signals: AppSignals
) -> None:
    studio.svc.staff.log_out()
    session = SessionController(studio.svc, signals)
    dialog = LoginDialog(session)
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert ui.studioLabel.text() == "Lotus Yoga"
    _type(qtbot, ui.usernameEdit, "owner")
    _type(qtbot, ui.passwordEdit, "guess")
    qtbot.mouseClick(ui.logInButton, Qt.MouseButton.LeftButton)
    assert ui.errorLabel.text() == "Unknown user name or wrong password."
    assert ui.passwordEdit.text() == "", "a wrong password is cleared for the next try"
    assert session.actor() is None

    _type(qtbot, ui.passwordEdit, "owner-secret")
    qtbot.mouseClick(ui.logInButton, Qt.MouseButton.LeftButton)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert session.actor() is not None and session.actor().name == "Olivia Owner"
