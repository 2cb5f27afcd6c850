"""Settings → Studio: the studio's name (in the window title, on the login screen and on printed
attendance sheets) and "Enforce billing for session registration".

The name is saved with its button (or Enter); the billing box is saved as soon as it is
clicked, and on a refusal it shows the saved value again. Both need the ``settings``
privilege: other accounts see them locked, the reason in their tooltips and on the page. A
refusal from the service is still shown inline, in words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_studio_page import Ui_StudioPage
from studio_app.gui.views.common import set_hint, set_primary, show_error
from studio_app.gui.views.permissions import allow, follow_privileges, look_only_note


class StudioPage(QWidget):
    def __init__(self, controller: SettingsController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_StudioPage()
        ui.setupUi(self)
        self._hint = ui.studioHintLabel.text()
        set_hint(ui.studioHintLabel, ui.enforceBillingHintLabel)
        set_primary(ui.saveStudioButton)
        show_error(ui.studioErrorLabel, "")
        ui.saveStudioButton.clicked.connect(self.save_studio)
        ui.studioNameEdit.returnPressed.connect(self.save_studio)
        ui.enforceBillingCheck.clicked.connect(self.save_enforce_billing)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self._apply_privileges)
        self._show_privilege_note()
        self.reload_studio()

    def _apply_privileges(self) -> None:
        """Lock (with the reason) or unlock the page for the account's privileges as the desk
        last saw them."""
        self._show_privilege_note()
        self._lock_studio()

    def _show_privilege_note(self) -> None:
        """Say on the page, not only in tooltips, why its controls are disabled."""
        text = self._hint
        if not self.controller.can(Privilege.SETTINGS):
            text = look_only_note(text, Privilege.SETTINGS)
        self.ui.studioHintLabel.setText(text)

    def reload_studio(self) -> None:
        self.ui.studioNameEdit.setText(self.controller.studio_name())
        self.ui.enforceBillingCheck.setChecked(self.controller.enforce_billing())
        self._lock_studio()

    def _lock_studio(self) -> None:
        """The studio's name and billing rule change only with the ``settings`` privilege."""
        ui, allowed = self.ui, self.controller.can(Privilege.SETTINGS)
        for control in (ui.saveStudioButton, ui.enforceBillingCheck):
            allow(control, Privilege.SETTINGS, allowed)
        ui.studioNameEdit.setReadOnly(not allowed)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.STUDIO in changes:
            self.reload_studio()

    def save_studio(self) -> None:
        if not self.ui.saveStudioButton.isEnabled():
            return
        ok = self.controller.rename_studio(self.ui.studioNameEdit.text())
        show_error(self.ui.studioErrorLabel, "" if ok else self.controller.last_error)

    def save_enforce_billing(self, on: bool) -> None:
        """Save the box as clicked; a refusal is shown and the box shows the saved value."""
        ok = self.controller.set_enforce_billing(on)
        show_error(self.ui.studioErrorLabel, "" if ok else self.controller.last_error)
        if not ok:
            self.ui.enforceBillingCheck.setChecked(self.controller.enforce_billing())
