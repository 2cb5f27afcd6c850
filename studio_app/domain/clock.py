"""The one source of "today" and "now" so that every date rule can be tested on any day."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from typing import Protocol


class Clock(Protocol):
    def now(self) -> datetime:
        """Local wall-clock time of the studio (naive)."""

    def today(self) -> date: ...

    def utcnow(self) -> datetime: ...


class SystemClock:
    """The real clock of the machine the desk runs on."""

    def now(self) -> datetime:
        return datetime.now().replace(microsecond=0)

    def today(self) -> date:
        return date.today()

    def utcnow(self) -> datetime:
        return datetime.now(UTC).replace(tzinfo=None)


@dataclass
class FixedClock:
    """A clock standing still at ``moment`` (local time); tests move it with ``advance_to``."""

    moment: datetime = field(default_factory=lambda: datetime(2026, 12, 1, 9, 0))

    def now(self) -> datetime:
        return self.moment

    def today(self) -> date:
        return self.moment.date()

    def utcnow(self) -> datetime:
        return self.moment

    def advance_to(self, moment: datetime) -> None:
        self.moment = moment


def local_time(utc: datetime) -> datetime:
    """A stored UTC time (naive) as the desk's local wall-clock time (naive)."""
    return utc.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)
