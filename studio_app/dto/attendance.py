from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from studio_app.dto.schedule import SessionBlock


@dataclass(frozen=True)
class AttendeeRow:
    booking_id: int
    member_id: int
    member_name: str
    membership: str
    left_after: str
    present: bool
    unpaid: bool = False
    #: Booked but not present once the class was over.
    no_show: bool = False


@dataclass(frozen=True)
class WaitlistRow:
    entry_id: int
    member_id: int
    member_name: str
    since: datetime
    note: str


@dataclass(frozen=True)
class AttendanceList:
    session: SessionBlock
    attendees: tuple[AttendeeRow, ...]
    waitlist: tuple[WaitlistRow, ...]

    @property
    def is_full(self) -> bool:
        return len(self.attendees) >= self.session.capacity


@dataclass(frozen=True)
class PayerOption:
    """One of a member's memberships and whether it can pay for a given session."""

    membership_id: int
    label: str
    reason: str | None


@dataclass(frozen=True)
class PayerPreview:
    """What signing a member up for a class would charge, seen before it is done: the membership
    that would pay and what it has ("10-class pass, 4 left"), or why none can ("cannot pay")."""

    member_id: int
    #: The paying membership and what it has left ("" when none can pay).
    payer: str = ""
    #: Why no membership can pay, in the words the sign-up would use ("" when one can).
    refusal: str = ""

    @property
    def can_pay(self) -> bool:
        return not self.refusal
