"""Add or edit a member. A member needs a first or last name; the email, when given, must look
like one; a card code belongs to one member only; a birth date cannot be in the future."""

from __future__ import annotations

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QDialog, QWidget

from studio_app.gui.controllers.members import MemberInput, MembersController
from studio_app.gui.forms.ui_member_editor import Ui_MemberEditorDialog
from studio_app.gui.views.common import set_primary, show_error
from studio_app.gui.views.date_edits import follow_date_format

#: Where the birth-date picker opens when the member has none yet.
_DEFAULT_BIRTH_DATE = QDate(1990, 1, 1)


class MemberEditorDialog(QDialog):
    """OK creates (``member_id`` None) or updates the member; a refusal stays inline."""

    def __init__(
        self,
        controller: MembersController,
        member_id: int | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.member_id = member_id
        self.ui = Ui_MemberEditorDialog()
        self.ui.setupUi(self)
        follow_date_format(self.ui.birthDateEdit)
        ui = self.ui
        set_primary(ui.okButton)
        show_error(ui.errorLabel, "")
        ui.birthDateEdit.setMaximumDate(QDate(controller.today()))
        ui.noBirthDateCheck.toggled.connect(lambda none: ui.birthDateEdit.setEnabled(not none))
        ui.okButton.clicked.connect(self.save)
        ui.cancelButton.clicked.connect(self.reject)
        detail = controller.get(member_id) if member_id is not None else None
        if detail is None:
            self.setWindowTitle("New member")
            ui.okButton.setText("Create member")
            self._load(MemberInput("", ""))
        else:
            self.setWindowTitle(f"Edit {detail.full_name}")
            ui.okButton.setText("Save")
            self._load(detail.as_input())

    def _load(self, data: MemberInput) -> None:
        ui = self.ui
        ui.firstNameEdit.setText(data.first_name)
        ui.lastNameEdit.setText(data.last_name)
        ui.emailEdit.setText(data.email)
        ui.phoneEdit.setText(data.phone)
        ui.birthDateEdit.setDate(QDate(data.birth_date) if data.birth_date else _DEFAULT_BIRTH_DATE)
        ui.noBirthDateCheck.setChecked(data.birth_date is None)
        ui.birthDateEdit.setEnabled(data.birth_date is not None)
        ui.cardCodeEdit.setText(data.card_code)
        ui.cardOnFileEdit.setText(data.card_on_file)
        ui.notesEdit.setPlainText(data.notes)

    def member_input(self) -> MemberInput:
        """What staff typed; the service trims and validates it."""
        ui = self.ui
        birth = None if ui.noBirthDateCheck.isChecked() else ui.birthDateEdit.date().toPython()
        return MemberInput(
            ui.firstNameEdit.text(),
            ui.lastNameEdit.text(),
            ui.emailEdit.text(),
            ui.phoneEdit.text(),
            birth,
            ui.notesEdit.toPlainText(),
            ui.cardCodeEdit.text(),
            ui.cardOnFileEdit.text(),
        )

    def save(self) -> None:
        data = self.member_input()
        if self.member_id is None:
            new_id = self.controller.create(data)
            if new_id is not None:
                self.member_id = new_id
                self.accept()
                return
        elif self.controller.update(self.member_id, data):
            self.accept()
            return
        show_error(self.ui.errorLabel, self.controller.last_error)
