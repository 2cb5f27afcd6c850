"""The attendance summary (SPEC §7): how full the classes of a range of days were and how many
of the booked members came, per class series, per instructor and per week.

The rules, over the classes starting from ``date_from`` to ``date_to`` (both days included),
optionally of one class series and/or one instructor; appointments are left out:

- Classes held: the class sessions that are not cancelled and have started before
  ``held_before``. A class starting later is "scheduled, not yet held" and counted apart.
- Places: the capacities of the classes held, summed.
- Booked: the bookings still booked (not signed out, not late-cancelled) at the classes held.
- Attended: those of them marked present. No-shows: those of them flagged no-show.
- Late cancels: the bookings signed out after the cancellation cut-off at the classes held.
- Fill rate = booked / places; attended rate = attended / places (0 when there are no places).

A class of 10 places with 8 booked, 6 attended and 1 no-show is 80 % booked and 60 % attended.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class AttendanceCounts:
    """What happened at some classes held, added up."""

    held: int = 0
    places: int = 0
    booked: int = 0
    attended: int = 0
    no_shows: int = 0
    late_cancels: int = 0

    def __add__(self, other: AttendanceCounts) -> AttendanceCounts:
        return AttendanceCounts(
            self.held + other.held,
            self.places + other.places,
            self.booked + other.booked,
            self.attended + other.attended,
            self.no_shows + other.no_shows,
            self.late_cancels + other.late_cancels,
        )

    @property
    def fill_rate(self) -> float:
        """Booked / places, a fraction (0.8 is 80 %); 0 without places."""
        return self.booked / self.places if self.places else 0.0

    @property
    def attended_rate(self) -> float:
        """Attended / places, a fraction; 0 without places."""
        return self.attended / self.places if self.places else 0.0


@dataclass(frozen=True)
class AttendanceLine:
    """One row of a breakdown: a class series (or a one-off class, by its name) or an
    instructor, with its counts."""

    label: str
    counts: AttendanceCounts


@dataclass(frozen=True)
class WeekLine:
    """The classes held in the week starting on ``monday`` (only its days inside the range)."""

    monday: date
    counts: AttendanceCounts


@dataclass(frozen=True)
class AttendanceSummary:
    """The attendance of the classes from ``date_from`` to ``date_to`` (see the module's rules).

    ``by_series`` and ``by_instructor`` each add up to ``total``, by label; ``by_week`` holds
    every week (Monday) of the range, the weeks without a class held too, oldest first.
    """

    date_from: date
    date_to: date
    #: The class series the report is narrowed to, "" for all.
    series_name: str
    #: The instructor the report is narrowed to, "" for all.
    instructor: str
    #: Classes starting before this moment (studio time) count as held.
    held_before: datetime
    #: Classes in the range, not cancelled, that have not started by ``held_before``.
    scheduled: int
    total: AttendanceCounts
    by_series: tuple[AttendanceLine, ...]
    by_instructor: tuple[AttendanceLine, ...]
    by_week: tuple[WeekLine, ...]
