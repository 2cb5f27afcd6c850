"""The printed schedule (SPEC §7): a day's or a week's classes, as the report lists them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class ScheduledClass:
    """One class session: when (the studio's wall-clock time), what, who, where, how full, and
    whether it was cancelled."""

    starts_at: datetime
    ends_at: datetime
    name: str
    instructor: str
    room: str
    booked: int
    capacity: int
    cancelled: bool


@dataclass(frozen=True)
class ScheduleReport:
    """The classes from ``first`` to ``last`` (both days included), by start time. ``week``:
    the Monday-to-Sunday week, printed as a grid; otherwise one day, printed as a list."""

    first: date
    last: date
    week: bool
    classes: tuple[ScheduledClass, ...]
