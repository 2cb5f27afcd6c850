"""Settings → Booking policy (SPEC §3, §5): the studio's booking window, cancellation cut-off
and "Clients can only book sessions within their current paid period".

Defaults: no window, no cut-off (every sign-out returns the session), paid-period policy off.
A sentence under the fields reads the policy back while it is edited; Save is offered once
something differs from what is saved. Changing it needs the ``settings`` privilege: other
accounts see the saved policy with the fields locked and the reason on the page, as on the
other Settings tabs. A refusal from the service is still shown inline, in words.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.gui.controllers.policies import PolicyController, StudioPolicy
from studio_app.gui.forms.ui_booking_policy_page import Ui_BookingPolicyPage
from studio_app.gui.views.booking_policy_fields import BookingPolicyFields, sentence
from studio_app.gui.views.common import INDENTED_HINT_STYLE, set_hint, set_primary, show_error
from studio_app.gui.views.permissions import follow_privileges, look_only_note, needs_text

PAID_PERIOD_ON = "Clients can only book within their current paid period."
PAID_PERIOD_OFF = "Bookings are not limited to the client's current paid period."


class BookingPolicyPage(QWidget):
    def __init__(self, controller: PolicyController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_BookingPolicyPage()
        ui.setupUi(self)
        self.fields = BookingPolicyFields(ui.bookingGroup)
        ui.bookingLayout.addWidget(self.fields)
        self._intro = ui.introLabel.text()
        self._saved: StudioPolicy = controller.policy()
        self._allowed = False  # whether the account may save, as of the last reload
        set_hint(ui.introLabel)
        ui.paidPeriodHintLabel.setStyleSheet(INDENTED_HINT_STYLE)
        set_primary(ui.saveButton)
        show_error(ui.errorLabel, "")
        self.fields.changed.connect(self._update)
        ui.paidPeriodCheck.toggled.connect(self._update)
        ui.saveButton.clicked.connect(self.save)
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self.reload)
        self.reload()

    def reload(self) -> None:
        """Show the saved policy, locked (with the reason) for accounts without ``settings``."""
        ui = self.ui
        self._saved = self.controller.policy()
        self.fields.set_policy(self._saved.booking)
        ui.paidPeriodCheck.setChecked(self._saved.paid_period_only)
        self._allowed = allowed = self.controller.can(Privilege.SETTINGS)
        reason = "" if allowed else needs_text(Privilege.SETTINGS)
        self.fields.set_editable(allowed, reason)
        ui.paidPeriodCheck.setEnabled(allowed)
        for widget in (ui.paidPeriodCheck, ui.saveButton):
            widget.setToolTip(reason)
        ui.introLabel.setText(
            self._intro if allowed else look_only_note(self._intro, Privilege.SETTINGS)
        )
        self._update()

    def policy(self) -> StudioPolicy:
        """What the page says, as it would be saved."""
        return StudioPolicy(self.fields.policy(), self.ui.paidPeriodCheck.isChecked())

    def _update(self) -> None:
        policy = self.policy()
        paid = PAID_PERIOD_ON if policy.paid_period_only else PAID_PERIOD_OFF
        self.ui.summaryLabel.setText(f"{sentence(policy.booking)} {paid}")
        self.ui.saveButton.setEnabled(self._allowed and policy != self._saved)

    def save(self) -> None:
        policy = self.policy()
        ok = self.controller.save(policy.booking, paid_period_only=policy.paid_period_only)
        show_error(self.ui.errorLabel, "" if ok else self.controller.last_error)

    def _on_changed(self, changes: frozenset[Change]) -> None:
        """Show what was saved, but keep edits not yet saved (another studio setting changed)."""
        if not self.controller.concerns(changes):
            return
        if self.policy() == self._saved:
            self.reload()
        else:
            self._saved = self.controller.policy()
            self._update()
