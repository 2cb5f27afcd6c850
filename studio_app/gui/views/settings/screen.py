"""The Settings screen: one tab a page, each page a module of this package — Memberships (the
plans sold), Staff & access, the Studio (its name and "Enforce billing for session
registration") and, when the composition root hands them over, the Booking policy page (window,
late cancels, paid period), the Products & money page (products sold at the desk, the
currency format), Backups and the Activity log.

The services enforce privileges (plans and the studio name need ``settings``, staff accounts
need ``staff``); each page also disables what the logged-in account may not do and says in a
tooltip which privilege is needed. The Activity log tab shows only to accounts with the
``staff`` privilege.
"""

from __future__ import annotations

from PySide6.QtWidgets import QWidget

from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.forms.ui_settings import Ui_SettingsView
from studio_app.gui.views.permissions import follow_privileges
from studio_app.gui.views.settings.memberships_page import MembershipsPage
from studio_app.gui.views.settings.staff_page import StaffPage
from studio_app.gui.views.settings.studio_page import StudioPage

#: The Booking policy tab follows Memberships, Staff & access and Studio.
BOOKING_POLICY_TAB = 3


class SettingsView(QWidget):
    """Memberships, Staff & access and Studio share the Settings controller; ``policy_page``
    (Booking policy), ``sales_page`` (Products & money), ``backups_page`` (Backups) and
    ``activity_page`` (Activity log), each with its own controller, follow them."""

    def __init__(
        self,
        controller: SettingsController,
        parent: QWidget | None = None,
        *,
        policy_page: QWidget | None = None,
        sales_page: QWidget | None = None,
        backups_page: QWidget | None = None,
        activity_page: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.controller = controller
        self.ui = ui = Ui_SettingsView()
        ui.setupUi(self)
        self.memberships_page = MembershipsPage(controller, ui.tabs)
        self.staff_page = StaffPage(controller, ui.tabs)
        self.studio_page = StudioPage(controller, ui.tabs)
        ui.tabs.addTab(self.memberships_page, "Memberships")
        ui.tabs.addTab(self.staff_page, "Staff && access")
        ui.tabs.addTab(self.studio_page, "Studio")
        self.policy_page = policy_page
        if policy_page is not None:
            ui.tabs.insertTab(BOOKING_POLICY_TAB, policy_page, "Booking policy")
        if sales_page is not None:
            ui.tabs.addTab(sales_page, "Products && money")
        if backups_page is not None:
            ui.tabs.addTab(backups_page, "Backups")
        self.activity_page = activity_page
        if activity_page is not None:
            ui.tabs.addTab(activity_page, "Activity log")
        controller.signals.changed.connect(self._on_changed)
        follow_privileges(self, controller, self._show_activity_tab)
        self._show_activity_tab()

    def _on_changed(self, changes: frozenset[Change]) -> None:
        if Change.STAFF in changes:
            self._show_activity_tab()

    def _show_activity_tab(self) -> None:
        """The Activity log tab is there only for accounts with the ``staff`` privilege."""
        if self.activity_page is not None:
            tabs = self.ui.tabs
            allowed = self.controller.can(Privilege.STAFF)
            tabs.setTabVisible(tabs.indexOf(self.activity_page), allowed)
