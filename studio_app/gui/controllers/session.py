"""First start, login and logout; a desk whose account was deactivated at another desk is
logged out at its next action."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject

from studio_app.domain.errors import DomainError
from studio_app.domain.privileges import Actor
from studio_app.dto.changes import Change
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.base import Controller
from studio_app.gui.controllers.regional_defaults import PLAIN_STYLE, StudioStyle

if TYPE_CHECKING:  # the services load behind the first window (gui/launch.py)
    from studio_app.container import Services


class SessionController(Controller):
    USES = ("bookings", "staff", "studio")
    # The header shows the studio's name and the logged-in staff member.
    RELOAD_ON = frozenset({Change.STUDIO, Change.STAFF})

    def __init__(self, services: Services, signals: AppSignals, parent: QObject | None = None):
        super().__init__(services, signals, parent)
        signals.error.connect(self._after_refusal)

    def _after_refusal(self, _message: str) -> None:
        """A refusal that ended the login (the account was deactivated or deleted at another
        desk) logs the desk out: the window closes and the login says why."""
        if self.services.ctx.actor is None and self.services.ctx.ended_because:
            self.signals.logged_out.emit()

    def ended_because(self) -> str:
        """Why the last login was ended by another desk ("" when it was not)."""
        return self.services.ctx.ended_because

    def needs_setup(self) -> bool:
        return self.services.studio.needs_setup()

    def studio_name(self) -> str:
        return self.services.studio.studio_name()

    def set_up(
        self,
        studio_name: str,
        owner_name: str,
        username: str,
        password: str,
        style: StudioStyle = PLAIN_STYLE,
    ) -> bool:
        """Create the studio, writing money and dates and printing as ``style`` says, and log
        the owner in."""
        if (
            self.act(
                self.services.studio.set_up,
                studio_name=studio_name,
                owner_name=owner_name,
                username=username,
                password=password,
                money=style.money,
                paper=style.paper,
                dates=style.dates,
            )
            is None
        ):
            return False
        return self.log_in(username, password) is not None

    def log_in(self, username: str, password: str) -> Actor | None:
        self.last_error = ""
        try:
            return self.services.staff.log_in(username, password)
        except DomainError as refused:
            self.last_error = refused.message
            return None

    def actor(self) -> Actor | None:
        return self.services.ctx.actor

    def log_out(self) -> None:
        self.services.staff.log_out()
        self.signals.logged_out.emit()

    def check_in_card(self, card_code: str) -> str | None:
        result = self.act(self.services.bookings.check_in_card, card_code)
        return result.value if result else None
