from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class MemberInput:
    """What staff type into the member editor."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    birth_date: date | None = None
    notes: str = ""
    card_code: str = ""


@dataclass(frozen=True)
class MemberRow:
    id: int
    full_name: str
    email: str
    phone: str
    card_code: str
    archived: bool


@dataclass(frozen=True)
class MemberDetail:
    id: int
    first_name: str
    last_name: str
    email: str
    phone: str
    birth_date: date | None
    notes: str
    card_code: str
    archived: bool

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()

    def as_input(self) -> MemberInput:
        return MemberInput(
            self.first_name,
            self.last_name,
            self.email,
            self.phone,
            self.birth_date,
            self.notes,
            self.card_code,
        )


@dataclass(frozen=True)
class MembershipRow:
    id: int
    plan_name: str
    kind_label: str
    starts_on: date
    ends_on: date
    state: str
    entries_total: int | None
    entries_left: int | None
    price: str

    @property
    def sessions_text(self) -> str:
        if self.entries_total is None:
            return "unlimited"
        return f"{self.entries_left} of {self.entries_total}"


@dataclass(frozen=True)
class BookingRow:
    id: int
    session_id: int
    class_name: str
    starts_at: datetime
    status: str
    membership: str
    present: bool


@dataclass(frozen=True)
class AuditRow:
    at: datetime
    staff_name: str
    action: str
    entries_after: int | None


@dataclass(frozen=True)
class MemberProfile:
    detail: MemberDetail
    memberships: tuple[MembershipRow, ...]
    upcoming: tuple[BookingRow, ...]
    history: tuple[BookingRow, ...]
    logs: tuple[AuditRow, ...]

    @property
    def active_signups(self) -> int:
        """Bookings for sessions that have not yet taken place (seed 000)."""
        return len(self.upcoming)
