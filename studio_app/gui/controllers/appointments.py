"""Appointments seen from the desk: one-to-one sessions with a trainer, booked at a chosen time
and paid with credits of their category (SPEC §3, seed 001). Refusals are kept in
``last_error`` (see Controller) and nothing is written."""

from __future__ import annotations

from datetime import date, datetime

from studio_app.dto.appointments import (
    DEFAULT_MINUTES,
    DEFAULT_ROOM,
    MAX_BACKDATE,
    MAX_MINUTES,
    MIN_MINUTES,
    UNPAID,
    AppointmentInput,
    AppointmentOverview,
    AppointmentRef,
    AppointmentRow,
    AppointmentStatus,
    CategoryOverview,
)
from studio_app.dto.attendance import PayerOption
from studio_app.dto.changes import Change
from studio_app.dto.members import MemberRow
from studio_app.gui.controllers.base import MemberSearch

# Views import the appointment DTOs from here, never from the service layer.
__all__ = [
    "DEFAULT_MINUTES",
    "DEFAULT_ROOM",
    "MAX_BACKDATE",
    "MAX_MINUTES",
    "MIN_MINUTES",
    "UNPAID",
    "AppointmentController",
    "AppointmentInput",
    "AppointmentOverview",
    "AppointmentRef",
    "AppointmentRow",
    "AppointmentStatus",
    "CategoryOverview",
    "MemberRow",
    "PayerOption",
]


class AppointmentController(MemberSearch):
    USES = ("appointments",)
    # The tab shows credits and memberships (who pays) as well as the appointments themselves.
    RELOAD_ON = frozenset({Change.BOOKINGS, Change.CREDITS, Change.MEMBERSHIPS, Change.SCHEDULE})

    def overview(self, member_id: int) -> AppointmentOverview | None:
        """Per category: credits sold, appointments booked and attended, credits left; and the
        member's appointments, newest first."""
        return self.ask(self.services.appointments.overview, member_id)

    def trainers(self) -> list[str]:
        return self.ask(self.services.appointments.trainers) or []

    def categories(self) -> list[str]:
        return self.ask(self.services.appointments.categories) or []

    def payer_options(
        self, member_id: int, starts_at: datetime, category: str
    ) -> list[PayerOption]:
        """Each membership of the member and how it would pay, or why it cannot (reason)."""
        return (
            self.ask(self.services.appointments.payer_options, member_id, starts_at, category) or []
        )

    def book(self, data: AppointmentInput) -> AppointmentRef | None:
        """Book the appointment, charging one credit now; None (``last_error``) if refused."""
        result = self.act(self.services.appointments.book, data)
        return result.value if result else None

    def cancel(self, booking_id: int) -> bool:
        """Cancel: the credit returns to its lot and the appointment leaves the calendar."""
        return self.act(self.services.appointments.cancel, booking_id) is not None

    def clients_in_week(self, any_day: date) -> dict[int, str]:
        """The week's appointments by class session id, with the client's name."""
        return self.ask(self.services.appointments.clients_in_week, any_day) or {}
