"""What the attendance panel asks before booking a member no membership can pay for.

Enforce billing off, a refused sign-up offers an unpaid visit (the place is taken now, paid
later). A full class's waitlist takes anyone, but warns first: the waitlist promotion
(steps/booking_ops.py ``promote_waitlist``) signs up only a member a membership can pay for
when the place frees — it never registers an unpaid visit — so one who still cannot pay then is
passed over, the reason noted on the waitlist, and the place goes to the next member waiting.
"""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox, QWidget

REGISTER_UNPAID = "Register unpaid visit"
ADD_TO_WAITLIST = "Add to waitlist"


def _ask(
    parent: QWidget, icon: QMessageBox.Icon, text: str, yes: str, *, default_yes: bool
) -> bool:
    box = QMessageBox(
        icon, "No membership can pay", text, QMessageBox.StandardButton.Cancel, parent
    )
    button = box.addButton(yes, QMessageBox.ButtonRole.AcceptRole)
    if default_yes:
        box.setDefaultButton(button)
    box.exec()
    return box.clickedButton() is button


def confirm_unpaid(parent: QWidget, refusal: str, name: str) -> bool:
    """After "no membership can pay" (enforce billing off): register an unpaid visit? The
    refusal is shown here, and only here."""
    return _ask(
        parent,
        QMessageBox.Icon.Question,
        f"{refusal}\n\nRegister an unpaid visit for {name}? The place is taken now; the visit is "
        "paid later with a membership or a drop-in payment (Pay visit…).",
        REGISTER_UNPAID,
        default_yes=True,
    )


def confirm_waitlist(parent: QWidget, name: str, reason: str) -> bool:
    """Before putting a member no membership can pay for on a full class's waitlist (Cancel is
    the default)."""
    return _ask(
        parent,
        QMessageBox.Icon.Warning,
        f"{name} has no membership that can pay for this class ({reason}).\n\n"
        f"Add {name} to the waitlist anyway? When a place frees up, the waitlist promotion "
        f"passes over {name} while no membership can pay (the reason is noted on the "
        "waitlist; no unpaid visit is registered) and offers the place to the next member "
        f"waiting. If a membership can pay when their turn comes, {name} is signed up and "
        "charged as usual.",
        ADD_TO_WAITLIST,
        default_yes=False,
    )
