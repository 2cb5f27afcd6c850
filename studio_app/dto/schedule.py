from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time

from studio_app.domain.booking_policy import BookingPolicy
from studio_app.domain.formats import moment_text


@dataclass(frozen=True)
class SeriesInput:
    name: str
    instructor: str
    room: str
    capacity: int
    duration_minutes: int
    weekdays: frozenset[int]
    start_time: time
    starts_on: date
    until: date
    credit_category: str
    color: str = "#4f8a8b"
    #: Session rules (SPEC §4): the plans allowed to book the class; empty = any membership
    #: of the class's credit category.
    allowed_plan_ids: frozenset[int] = frozenset()
    #: The series' own booking window and cancellation cut-off; None: the studio's.
    policy: BookingPolicy | None = None


@dataclass(frozen=True)
class SeriesRow:
    id: int
    name: str
    instructor: str
    room: str
    capacity: int
    duration_minutes: int
    weekdays: frozenset[int]
    start_time: time
    starts_on: date
    until: date
    credit_category: str
    color: str
    allowed_plan_ids: frozenset[int] = frozenset()
    policy: BookingPolicy | None = None

    def as_input(self) -> SeriesInput:
        return SeriesInput(
            self.name,
            self.instructor,
            self.room,
            self.capacity,
            self.duration_minutes,
            self.weekdays,
            self.start_time,
            self.starts_on,
            self.until,
            self.credit_category,
            self.color,
            self.allowed_plan_ids,
            self.policy,
        )


@dataclass(frozen=True)
class SessionInput:
    """Fields of one class session that may be edited on their own."""

    name: str
    instructor: str
    room: str
    capacity: int
    starts_at: datetime
    duration_minutes: int


@dataclass(frozen=True)
class SessionBlock:
    """A class session as the week calendar draws it."""

    id: int
    series_id: int | None
    name: str
    instructor: str
    room: str
    starts_at: datetime
    duration_minutes: int
    capacity: int
    booked: int
    waiting: int
    cancelled: bool
    color: str
    credit_category: str

    @property
    def label(self) -> str:
        return f"{self.name} {moment_text(self.starts_at, weekday=True, year=False)}"

    def as_input(self) -> SessionInput:
        return SessionInput(
            self.name,
            self.instructor,
            self.room,
            self.capacity,
            self.starts_at,
            self.duration_minutes,
        )
