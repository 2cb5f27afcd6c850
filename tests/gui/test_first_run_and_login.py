"""First start creates the studio and its owner; later starts ask for a login (issue 2, 4)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QDialog, QLineEdit
from pytestqt.qtbot import QtBot

from studio_app.container import Services
from studio_app.domain.formats import DateStyle, MoneyFormat
from studio_app.dto.reports import Paper
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.regional_defaults import StudioStyle, regional_defaults
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.views.first_run_dialog import FirstRunDialog
from studio_app.gui.views.login_dialog import LoginDialog
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


def _fill_owner(qtbot: QtBot, dialog: FirstRunDialog) -> None:
    ui = dialog.ui
    for edit, text in (
        (ui.studioNameEdit, "Lotus Yoga"),
        (ui.ownerNameEdit, "Olivia Owner"),
        (ui.usernameEdit, "olivia"),
        (ui.passwordEdit, "lotus123"),
        (ui.repeatEdit, "lotus123"),
    ):
        _type(qtbot, edit, text)


def test_the_first_start_suggests_dollars_letter_and_month_first_in_the_united_states(
    qtbot: QtBot, services: Services, signals: AppSignals
) -> None:
    dialog = FirstRunDialog(SessionController(services, signals), locale=QLocale("en_US"))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (ui.symbolEdit.text(), ui.symbolAfterCheck.isChecked()) == ("$", False)
    assert not ui.decimalCommaCheck.isChecked()
    assert ui.moneyExampleLabel.text() == "Example: $1234.50"
    assert ui.dateFormatCombo.currentText() == "Tue, Dec 1, 2026 (month first)"
    assert ui.paperCombo.currentText() == "Letter (8.5 × 11 in)"
    _fill_owner(qtbot, dialog)

    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    assert dialog.result() == QDialog.DialogCode.Accepted
    studio = services.studio
    assert (studio.money_format(), studio.paper(), studio.date_style()) == (
        MoneyFormat("$"),
        Paper.LETTER,
        DateStyle.MONTH_FIRST,
    )


def test_the_owner_changes_what_the_region_suggested_before_creating_the_studio(
    qtbot: QtBot, services: Services, signals: AppSignals
) -> None:
    dialog = FirstRunDialog(SessionController(services, signals), locale=QLocale("pl_PL"))
    qtbot.addWidget(dialog)
    ui = dialog.ui
    assert (ui.symbolEdit.text(), ui.symbolAfterCheck.isChecked()) == ("zł", True)
    assert ui.decimalCommaCheck.isChecked()
    assert ui.moneyExampleLabel.text() == "Example: 1234,50 zł"
    assert ui.dateFormatCombo.currentText() == "Tue 1 Dec 2026 (day first)"
    assert ui.paperCombo.currentText() == "A4 (210 × 297 mm)"
    _fill_owner(qtbot, dialog)
    qtbot.mouseClick(ui.decimalCommaCheck, Qt.MouseButton.LeftButton)
    assert ui.moneyExampleLabel.text() == "Example: 1234.50 zł"
    ui.paperCombo.setFocus()
    qtbot.keyClick(ui.paperCombo, Qt.Key.Key_Down)

    qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)

    studio = services.studio
    assert (studio.money_format(), studio.paper(), studio.date_style()) == (
        MoneyFormat("zł", symbol_after=True),
        Paper.LETTER,
        DateStyle.DAY_FIRST,
    )


@pytest.mark.parametrize(
    ("name", "money", "paper", "dates"),
    [
        ("en_US", MoneyFormat("$"), Paper.LETTER, DateStyle.MONTH_FIRST),
        ("fr_CA", MoneyFormat("$", True, True), Paper.LETTER, DateStyle.MONTH_FIRST),
        ("en_GB", MoneyFormat("£"), Paper.A4, DateStyle.DAY_FIRST),
        ("de_DE", MoneyFormat("€", True, True), Paper.A4, DateStyle.DAY_FIRST),
        ("en_IE", MoneyFormat("€"), Paper.A4, DateStyle.DAY_FIRST),
        ("pl_PL", MoneyFormat("zł", True, True), Paper.A4, DateStyle.DAY_FIRST),
        ("fr_CH", MoneyFormat("CHF", True, True), Paper.A4, DateStyle.DAY_FIRST),
        ("C", MoneyFormat(), Paper.A4, DateStyle.DAY_FIRST),
    ],
)
def test_regional_defaults(name: str, money: MoneyFormat, paper: Paper, dates: DateStyle) -> None:
    assert regional_defaults(QLocale(name)) == StudioStyle(money, paper, dates)
