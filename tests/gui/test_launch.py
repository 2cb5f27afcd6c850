"""The start of the desktop app (gui/launch.py): the first dialog is on the screen before the
studio is open, can be filled in at once, and a login or set-up asked for early waits for the
studio; a studio that cannot be opened closes the dialog and its failure reaches the caller."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

from studio_app.cli_desktop import is_new
from studio_app.container import Services
from studio_app.domain.errors import DomainError
from studio_app.gui.launch import StudioOpening, first_dialog
from studio_app.gui.views.first_run_dialog import FirstRunDialog
from studio_app.gui.views.login_dialog import OPENING, LoginDialog
from tests.factories import StudioFactory

PATIENCE_S = 10


def _held(services: Services, gate: threading.Event) -> Callable[[], Services]:
    """Opens the studio only once ``gate`` is set (a slow disk, a slow server)."""

    def open_studio() -> Services:
        assert gate.wait(PATIENCE_S)
        return services

    return open_studio


def _when_shown(qtbot: QtBot, kind: type, then: Callable[[object], None]) -> None:
    """Once a dialog of ``kind`` is the modal window, act on it (the test is blocked in its
    ``exec`` meanwhile, as the app is)."""

    def act() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind) and dialog.isVisible():
            then(dialog)
        else:
            QTimer.singleShot(20, act)

    QTimer.singleShot(0, act)


def _type(edit: QLineEdit, text: str) -> None:
    """Type ``text`` into ``edit`` (inserted as an input method does: QTest types ASCII only)."""
    edit.clear()
    edit.insert(text)


def _fill_set_up(dialog: FirstRunDialog, studio: str, owner: str, username: str) -> None:
    ui = dialog.ui
    for edit, text in (
        (ui.studioNameEdit, studio),
        (ui.ownerNameEdit, owner),
        (ui.usernameEdit, username),
        (ui.passwordEdit, "lotus123"),
        (ui.repeatEdit, "lotus123"),
    ):
        _type(edit, text)


def test_the_login_is_typed_before_the_studio_is_open_and_goes_through_once_it_is(
    qtbot: QtBot, studio: StudioFactory
) -> None:
    studio.svc.staff.log_out()
    gate = threading.Event()
    opening = StudioOpening(_held(studio.svc, gate))
    seen: dict[str, object] = {}

    def log_in(dialog: LoginDialog) -> None:
        ui = dialog.ui
        seen["studio before"] = ui.studioLabel.text()
        _type(ui.usernameEdit, "owner")
        _type(ui.passwordEdit, "owner-secret")
        qtbot.mouseClick(ui.logInButton, Qt.MouseButton.LeftButton)
        seen["waiting"] = not ui.logInButton.isEnabled() and dialog.isVisible()
        gate.set()  # the studio opens now

    opening.start()
    _when_shown(qtbot, LoginDialog, log_in)
    session = first_dialog(opening, new_studio=False)

    assert seen == {"studio before": OPENING, "waiting": True}
    assert session is not None
    actor = session.actor()
    assert actor is not None and actor.name == "Olivia Owner"


def test_a_wrong_password_typed_early_is_refused_once_the_studio_is_open(
    qtbot: QtBot, studio: StudioFactory
) -> None:
    studio.svc.staff.log_out()
    gate = threading.Event()
    opening = StudioOpening(_held(studio.svc, gate))
    seen: list[str] = []

    def guess(dialog: LoginDialog) -> None:
        _type(dialog.ui.usernameEdit, "owner")
        _type(dialog.ui.passwordEdit, "guess")
        qtbot.mouseClick(dialog.ui.logInButton, Qt.MouseButton.LeftButton)
        gate.set()
        qtbot.waitUntil(lambda: dialog.ui.studioLabel.text() == "Lotus Yoga")
        seen.extend([dialog.ui.errorLabel.text(), str(dialog.ui.logInButton.isEnabled())])
        dialog.reject()

    opening.start()
    _when_shown(qtbot, LoginDialog, guess)

    assert first_dialog(opening, new_studio=False) is None
    assert seen == ["Unknown user name or wrong password.", "True"]


def test_a_studio_that_cannot_be_opened_closes_the_dialog_with_its_reason(
    qtbot: QtBot,
) -> None:
    def locked() -> Services:
        raise DomainError("Cannot open the studio's data file: it is locked.")

    opening = StudioOpening(locked)
    opening.start()
    with pytest.raises(DomainError, match="it is locked"):
        first_dialog(opening, new_studio=False)
    assert QApplication.activeModalWidget() is None


def test_a_studio_not_set_up_yet_gets_the_set_up_dialog_instead_of_the_login(
    qtbot: QtBot, services: Services
) -> None:
    opening = StudioOpening(lambda: services)

    def set_up(dialog: FirstRunDialog) -> None:
        _fill_set_up(dialog, "Zoë's Studio", "Łukasz Żółć", "lukasz")
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)

    opening.start()
    _when_shown(qtbot, FirstRunDialog, set_up)
    session = first_dialog(opening, new_studio=False)  # a login was expected

    assert session is not None and services.studio.studio_name() == "Zoë's Studio"
    actor = session.actor()
    assert actor is not None and actor.name == "Łukasz Żółć"


def test_a_studio_opened_before_the_dialog_listens_still_reaches_it(
    qtbot: QtBot, services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The opening thread signals before the first dialog connects to it, and lingers a moment
    after (as a busy machine schedules it): the dialog still learns the studio is open, instead
    of waiting for ever."""
    signalled = threading.Event()
    run = StudioOpening._run

    def run_then_linger(self: StudioOpening) -> None:
        run(self)  # nobody listens yet: the signal is lost
        signalled.set()
        time.sleep(0.5)  # the dialog connects and looks meanwhile

    monkeypatch.setattr(StudioOpening, "_run", run_then_linger)
    opening = StudioOpening(lambda: services)
    opening.start()
    assert signalled.wait(PATIENCE_S)
    shown: list[type] = []

    def set_up(dialog: FirstRunDialog) -> None:
        shown.append(type(dialog))
        _fill_set_up(dialog, "Zoë's Studio", "Łukasz Żółć", "lukasz")
        qtbot.mouseClick(dialog.ui.createButton, Qt.MouseButton.LeftButton)

    def give_up() -> None:  # without the fix the login would wait here for ever
        modal = QApplication.activeModalWidget()
        if modal is not None and not shown:
            modal.reject()

    _when_shown(qtbot, FirstRunDialog, set_up)
    QTimer.singleShot(PATIENCE_S * 500, give_up)
    session = first_dialog(opening, new_studio=False)

    assert shown == [FirstRunDialog]
    assert session is not None and services.studio.studio_name() == "Zoë's Studio"


def test_a_new_studio_is_set_up_as_soon_as_its_file_is_made(
    qtbot: QtBot, services: Services
) -> None:
    gate = threading.Event()
    opening = StudioOpening(_held(services, gate))
    waited: list[bool] = []

    def set_up(dialog: FirstRunDialog) -> None:
        ui = dialog.ui
        _fill_set_up(dialog, "Lotus Yoga", "Olivia Owner", "olivia")
        qtbot.mouseClick(ui.createButton, Qt.MouseButton.LeftButton)
        waited.append(not ui.createButton.isEnabled() and services.studio.needs_setup())
        gate.set()

    opening.start()
    _when_shown(qtbot, FirstRunDialog, set_up)
    session = first_dialog(opening, new_studio=True)

    assert waited == [True]
    assert session is not None and services.studio.studio_name() == "Lotus Yoga"


def test_only_a_studio_file_that_does_not_exist_is_new(tmp_path) -> None:  # noqa: ANN001
    existing = tmp_path / "studio.sqlite3"
    existing.write_bytes(b"")
    assert is_new(str(tmp_path / "new.sqlite3"))
    assert is_new(f"sqlite:///{tmp_path / 'new.sqlite3'}")
    assert not is_new(str(existing))
    assert not is_new("postgresql+psycopg://desk@server/studio")  # asked once it is open
