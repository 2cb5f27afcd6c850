"""Greyed with a reason: what the logged-in account may not do is disabled, and its tooltip
names the privilege it needs, so the desk never fills in a form only to be refused.

The services still check every privilege at every action (``ServiceContext.acting``); this only
shows beforehand what they would refuse. The account's privileges are those the desk last saw:
a privilege taken away at another desk is seen at this desk's next action, which publishes a
change or a refusal — ``follow_privileges`` re-applies the greying then.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.base import Controller


def needs_text(privilege: Privilege) -> str:
    """Why a control is greyed: "Needs the settings privilege — ask the owner"."""
    return f"Needs the {privilege.value} privilege — ask the owner"


def look_only_note(text: str, privilege: Privilege) -> str:
    """A page's hint, followed by why the account may only look at the page."""
    return (
        f"{text} Your account can only look here: changing this needs the "
        f"{privilege.value} privilege — ask the owner."
    )


#: Where ``allow`` keeps a control's own tooltip (from its form) while the reason replaces it.
OWN_TIP = "ownToolTip"


def allow(
    control: QWidget | QAction,
    privilege: Privilege,
    allowed: bool,
    *,
    ready: bool = True,
    tip: str | None = None,
) -> bool:
    """Enable ``control`` when the account holds ``privilege`` (``allowed``) and its own
    condition holds (``ready``: a row selected, a class not cancelled …). Without the privilege
    it is disabled and its tooltip says which privilege it needs; with it, the tooltip is
    ``tip``, or (None) the control's own tooltip from its form. Returns ``allowed``."""
    if tip is None:
        own = control.property(OWN_TIP)
        if own is None:
            own = control.toolTip()
            control.setProperty(OWN_TIP, own)
        tip = str(own)
    control.setEnabled(allowed and ready)
    control.setToolTip(tip if allowed else needs_text(privilege))
    return allowed


def held(controller: Controller) -> frozenset[Privilege]:
    """The privileges the logged-in account holds, as the desk last saw them."""
    return frozenset(p for p in Privilege if controller.can(p))


class _PrivilegeWatch(QObject):
    """Compares the account's privileges after every action; goes with the view it serves."""

    def __init__(self, view: QWidget, controller: Controller, update: Callable[[], None]) -> None:
        super().__init__(view)
        self.controller, self.on_change = controller, update
        self.seen = held(controller)
        controller.signals.changed.connect(self.compare)
        controller.signals.error.connect(self.compare)

    def compare(self, _outcome: object = None) -> None:
        """Once the action's own handling is over (its refusal shown where it happened),
        re-apply the greying if the privileges changed."""
        now = held(self.controller)
        if now != self.seen:
            self.seen = now
            QTimer.singleShot(0, self, self.on_change)


def follow_privileges(view: QWidget, controller: Controller, update: Callable[[], None]) -> None:
    """Call ``update`` when the account's privileges turn out to have changed. The desk sees
    them as the database holds them at every action (``ServiceContext.acting``), so they are
    compared after each one, done (a change published) or refused, while ``view`` lives."""
    _PrivilegeWatch(view, controller, update)
