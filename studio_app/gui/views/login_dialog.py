"""Login dialog: every change the app makes records the staff member logged in here. It says
why the last login ended when another desk deactivated the account, and a refusal (a wrong
password, an account locked after too many, until when) in words.

At start the dialog is shown before the studio is open (gui/launch.py): the name and password
can be typed at once, and a login asked for before the studio is open waits for it."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from studio_app.gui.views.common import set_primary, show_error

#: Said where the studio's name goes until the studio is open.
OPENING = "Opening the studio…"


class LoginDialog(QDialog):
    def __init__(
        self, controller: SessionController | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.controller: SessionController | None = None
        self._waiting = False  # Log in was pressed before the studio was open
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.studioLabel.setText(OPENING)
        set_primary(self.ui.logInButton)
        show_error(self.ui.errorLabel, "")
        self.ui.logInButton.clicked.connect(self._log_in)
        self.ui.cancelButton.clicked.connect(self.reject)
        if controller is not None:
            self.attach(controller)

    def attach(self, controller: SessionController) -> None:
        """The studio is open: show its name, and log in now if that was asked for."""
        self.controller = controller
        self.ui.studioLabel.setText(controller.studio_name())
        show_error(self.ui.errorLabel, controller.ended_because())
        if self._waiting:
            self._log_in()

    def _log_in(self) -> None:
        if self.controller is None:
            self._waiting = True
            self.ui.logInButton.setEnabled(False)
            return
        self._waiting = False
        self.ui.logInButton.setEnabled(True)
        actor = self.controller.log_in(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        if actor is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
