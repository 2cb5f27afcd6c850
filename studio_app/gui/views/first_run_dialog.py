"""First start: the studio's name and the owner account."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_first_run_dialog import Ui_FirstRunDialog
from studio_app.gui.views.common import set_primary, show_error


class FirstRunDialog(QDialog):
    def __init__(self, controller: SessionController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = Ui_FirstRunDialog()
        self.ui.setupUi(self)
        set_primary(self.ui.createButton)
        show_error(self.ui.errorLabel, "")
        self.ui.createButton.clicked.connect(self._create)
        self.ui.cancelButton.clicked.connect(self.reject)

    def _create(self) -> None:
        ui = self.ui
        if ui.passwordEdit.text() != ui.repeatEdit.text():
            show_error(ui.errorLabel, "The two passwords differ.")
            return
        if self.controller.set_up(
            ui.studioNameEdit.text(),
            ui.ownerNameEdit.text(),
            ui.usernameEdit.text(),
            ui.passwordEdit.text(),
        ):
            self.accept()
        else:
            show_error(ui.errorLabel, self.controller.last_error)
