"""Login dialog: every change the app makes records the staff member logged in here. It says
why the last login ended when another desk deactivated the account, and a refusal (a wrong
password, an account locked after too many, until when) in words."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_login_dialog import Ui_LoginDialog
from studio_app.gui.views.common import set_primary, show_error


class LoginDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_LoginDialog()
        self.ui.setupUi(self)
        self.ui.studioLabel.setText(controller.studio_name())
        set_primary(self.ui.logInButton)
        show_error(self.ui.errorLabel, controller.ended_because())
        self.ui.logInButton.clicked.connect(self._log_in)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _log_in(self) -> None:
        actor = self.controller.log_in(self.ui.usernameEdit.text(), self.ui.passwordEdit.text())
        if actor is None:
            show_error(self.ui.errorLabel, self.controller.last_error)
            self.ui.passwordEdit.clear()
            self.ui.passwordEdit.setFocus()
            return
        self.accept()
