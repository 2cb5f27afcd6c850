"""The attendance list of one class session: sign-up, sign-out, Present, waitlist, sheets.

Signing up charges one session from the membership that expires first (or the one staff chose);
signing out returns it and promotes the first waitlisted member who can pay; Present changes no
balance (SPEC §3, E1). With enforce billing off, a member no membership can pay for may be
registered as an unpaid visit and pay later. After the class's cancellation cut-off a sign-out is a
late cancel that keeps the session charged unless forgiven; once the class is over, members booked
but not marked present may be flagged as no-shows.
"""

from __future__ import annotations

import tempfile
from collections.abc import Sequence
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QObject

from studio_app.container import Services
from studio_app.domain.booking_policy import class_over
from studio_app.domain.errors import BookingRefused, DomainError, NoPayingMembership
from studio_app.domain.formats import time_text
from studio_app.dto.attendance import (
    AttendanceList,
    AttendeeRow,
    PayerOption,
    PayerPreview,
    WaitlistRow,
)
from studio_app.dto.changes import Change, Result
from studio_app.dto.members import MemberRow
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.base import MemberSearch
from studio_app.gui.controllers.visit_payments import VisitPaymentController
from studio_app.runtime.output_files import copy_file

__all__ = [
    "AttendanceController",
    "AttendanceList",
    "AttendeeRow",
    "MemberRow",
    "PayerOption",
    "PayerPreview",
    "WaitlistRow",
    "count_text",
]


def pdf_dir() -> Path:
    """Where printed sheets are written before they are opened or printed."""
    folder = Path(tempfile.gettempdir()) / "studio-app"
    folder.mkdir(parents=True, exist_ok=True)
    return folder


def count_text(data: AttendanceList) -> str:
    """'9 of 12 booked', '12 of 12 booked — full · 2 waiting', '8 of 12 booked · 1 no-show'."""
    block = data.session
    full = " — full" if data.is_full else ""
    waiting = f" · {len(data.waitlist)} waiting" if data.waitlist else ""
    no_shows = sum(a.no_show for a in data.attendees)
    missed = f" · {no_shows} no-show{'s' if no_shows > 1 else ''}" if no_shows else ""
    return f"{block.booked} of {block.capacity} booked{full}{waiting}{missed}"


class AttendanceController(VisitPaymentController, MemberSearch):
    USES = ("bookings", "reports", "studio")
    # Names and memberships shown on the list change too, not only bookings.
    RELOAD_ON = frozenset({Change.BOOKINGS, Change.SCHEDULE, Change.MEMBERSHIPS, Change.MEMBERS})
    # The panel shows a booking rule's refusal beside the sign-up field (the Pay visit and late
    # cancel dialogs in their own), so the window's message does not repeat it.
    REFUSALS_SHOWN_INLINE = (BookingRefused,)

    def __init__(
        self, services: Services, signals: AppSignals, parent: QObject | None = None
    ) -> None:
        super().__init__(services, signals, parent)
        #: The rule that refused the last sign-up ("" after a success).
        self.refusal_rule = ""

    def attendance(self, session_id: int) -> AttendanceList | None:
        return self.ask(self.services.bookings.attendance, session_id)

    def payer_previews(self, session_id: int, member_ids: Sequence[int]) -> dict[int, PayerPreview]:
        """For each member, the membership a sign-up for the session would charge now and what
        it has left, or why none can pay (empty when the class cannot be read)."""
        return self.ask(self.services.bookings.payer_previews, session_id, member_ids) or {}

    def sign_up(
        self,
        session_id: int,
        member_id: int,
        membership_id: int | None = None,
        *,
        unpaid: bool = False,
    ) -> int | None:
        """Book the member (charging one session now, or as an unpaid visit); the booking id, or
        None if refused (``last_error`` says why, ``refusal_rule`` names the rule)."""
        self.refusal_rule = ""
        result = self.act(self._sign_up, session_id, member_id, membership_id, unpaid)
        return result.value if result else None

    def _sign_up(
        self, session_id: int, member_id: int, membership_id: int | None, unpaid: bool
    ) -> Result[int]:
        try:
            return self.services.bookings.sign_up(
                session_id, member_id, membership_id, unpaid=unpaid
            )
        except DomainError as refused:
            self.refusal_rule = refused.rule
            raise

    def may_register_unpaid(self) -> bool:
        """After a refused sign-up: an unpaid visit may be offered when the refusal was that no
        membership can pay and enforce billing for session registration is off."""
        # Read directly, not through ``ask``: that would clear the refusal in ``last_error``.
        return self.refusal_rule == NoPayingMembership.rule and (
            not self.services.studio.enforce_billing()
        )

    def late_cancel_warning(self, booking_id: int) -> str | None:
        """The late-cancel notice when signing out now is after the class's cut-off, else None
        (also None when the booking cannot be read: ``last_error`` then says why)."""
        return self.ask(self.services.bookings.late_cancel_warning, booking_id)

    def sign_out(self, booking_id: int, *, forgive: bool = False) -> bool:
        """Sign out, returning the session; after the cut-off a late cancel keeps it charged
        unless ``forgive``. The result message says which."""
        return self.act(self.services.bookings.sign_out, booking_id, forgive=forgive) is not None

    def no_shows_unavailable(self, data: AttendanceList) -> str | None:
        """Why "Mark no-shows" cannot be used on this list now, or None when it can: only once
        the class is over (by the studio clock) and someone booked is neither present nor
        already flagged."""
        block = data.session
        if block.cancelled:
            return "The class was cancelled."
        if not class_over(
            now=self.now(), starts_at=block.starts_at, duration_minutes=block.duration_minutes
        ):
            end = block.starts_at + timedelta(minutes=block.duration_minutes)
            return f"Available once the class is over (it ends at {time_text(end)})."
        if all(a.present or a.no_show for a in data.attendees):
            return "Everyone booked is marked present or already flagged as a no-show."
        return None

    def mark_no_shows(self, session_id: int) -> int | None:
        """Flag every booked member not marked present as a no-show; how many, or None when
        refused (before the class is over)."""
        result = self.act(self.services.bookings.mark_no_shows, session_id)
        return result.value if result else None

    def set_present(self, booking_id: int, present: bool) -> bool:
        """Mark presence only; no balance changes."""
        return self.act(self.services.bookings.set_present, booking_id, present) is not None

    def join_waitlist(self, session_id: int, member_id: int) -> int | None:
        """Only a full class has a waitlist; joining charges nothing until promotion."""
        result = self.act(self.services.bookings.join_waitlist, session_id, member_id)
        return result.value if result else None

    def leave_waitlist(self, entry_id: int) -> bool:
        return self.act(self.services.bookings.leave_waitlist, entry_id) is not None

    def attendance_sheet_pdf(self, session_id: int) -> Path | None:
        """The attendance sheet of one session as a PDF in the temp folder."""
        out = pdf_dir() / f"attendance-{session_id}.pdf"
        return self.ask(self.services.reports.attendance_sheet, session_id, out)

    def save_copy(self, sheet: Path, out: Path) -> Path | None:
        """Save the attendance sheet written for the viewer as ``out`` (when no viewer could
        open it); None when refused (the studio's data file, a file that cannot be written)."""
        engine = self.services.ctx.uow.engine
        result = self.act(copy_file, engine, sheet, out, "the attendance sheet")
        return result.value if result else None

    def day_sheets_pdf(self, day: date) -> Path | None:
        """One sheet per (not cancelled) class of ``day``; None if the day has no classes."""
        out = pdf_dir() / f"attendance-{day.isoformat()}.pdf"
        return self.ask(self.services.reports.day_sheets, day, out)

    def open_member(self, member_id: int) -> None:
        """Ask the main window to show the member's profile."""
        self.signals.open_member.emit(member_id)
