"""Appointments: one-to-one sessions with a trainer, booked ad hoc and paid with credits of their
category (SPEC §3, seed 001), as the booking dialog and the member's Appointments tab see them."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import datetime, timedelta

from studio_app.domain.credit_grants import PERSONAL_TRAINING

DEFAULT_ROOM = "PT room"
DEFAULT_MINUTES = 60
MIN_MINUTES = 15
MAX_MINUTES = 8 * 60
#: How long after its start an appointment may still be booked: the desk records a session
#: that already took place (yesterday evening's, entered the next morning), never older ones.
MAX_BACKDATE = timedelta(hours=24)
#: Appointments are drawn in their own colour, distinct from the class presets.
APPOINTMENT_COLOR = "#5b4b8a"
#: "Paid by" of an appointment registered as an unpaid visit (enforce billing off).
UNPAID = "Unpaid visit"


@dataclass(frozen=True)
class AppointmentInput:
    """What the desk chooses; ``membership_id`` None lets the usual rule pick who pays (the
    membership whose credits expire first)."""

    member_id: int
    trainer: str
    starts_at: datetime
    duration_minutes: int = DEFAULT_MINUTES
    category: str = PERSONAL_TRAINING
    room: str = DEFAULT_ROOM
    membership_id: int | None = None


@dataclass(frozen=True)
class AppointmentRef:
    """A booked appointment: its class session (for the calendar) and its booking."""

    session_id: int
    booking_id: int


class AppointmentStatus(enum.StrEnum):
    """Booked: still to come. Attended: marked present. Taken place: over, nobody marked
    presence. Cancelled: signed out or the session was cancelled (the credit came back)."""

    BOOKED = "booked"
    ATTENDED = "attended"
    TAKEN_PLACE = "taken place"
    CANCELLED = "cancelled"


@dataclass(frozen=True)
class AppointmentRow:
    booking_id: int
    session_id: int
    starts_at: datetime
    duration_minutes: int
    trainer: str
    category: str
    room: str
    status: AppointmentStatus
    paid_by: str

    @property
    def ends_at(self) -> datetime:
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def cancellable(self) -> bool:
        return self.status is AppointmentStatus.BOOKED


@dataclass(frozen=True)
class CategoryOverview:
    """One credit category of a member: credits sold (issued + adjusted), appointments booked
    (still to come), attended (present or taken place) and credits left (available now)."""

    category: str
    sold: int
    booked: int
    attended: int
    left: int


@dataclass(frozen=True)
class AppointmentOverview:
    member_id: int
    member_name: str
    categories: tuple[CategoryOverview, ...]
    appointments: tuple[AppointmentRow, ...]
