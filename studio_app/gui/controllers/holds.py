"""Holds seen from the member profile (SPEC §5): preview a pause of a membership, place it,
remove it, and list a member's holds. The service decides every rule (hold policy, validity,
package items); refusals are kept in ``last_error`` (see Controller) and nothing is written."""

from __future__ import annotations

from datetime import date

from studio_app.dto.changes import Change
from studio_app.dto.holds import HoldPreview, HoldRow
from studio_app.gui.controllers.base import Controller

# Views import the hold DTOs from here, never from the service layer.
__all__ = ["HoldController", "HoldPreview", "HoldRow"]


class HoldController(Controller):
    USES = ("holds",)
    # A hold extends memberships and signs out bookings; the holds list follows both.
    RELOAD_ON = frozenset({Change.MEMBERSHIPS, Change.BOOKINGS})

    def preview(self, membership_id: int, starts_on: date, ends_on: date) -> HoldPreview | None:
        """What the hold would do (new end date, prorated visits, bookings signed out) or the
        rule that refuses it, in ``HoldPreview.refusal``."""
        return self.ask(self.services.holds.preview, membership_id, starts_on, ends_on)

    def place(
        self, membership_id: int, starts_on: date, ends_on: date, note: str = ""
    ) -> int | None:
        """Put the membership on hold; returns the hold id, or None with the refusal in
        ``last_error``."""
        result = self.act(self.services.holds.place, membership_id, starts_on, ends_on, note)
        return result.value if result else None

    def remove(self, hold_id: int) -> bool:
        """Take a hold off: the days it added come off again; it stays listed as removed."""
        return self.act(self.services.holds.remove, hold_id) is not None
