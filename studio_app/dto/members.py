from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Generic, TypeVar

from studio_app.dto.holds import HoldRow

RowT = TypeVar("RowT")


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
    #: The card kept on file with the payment provider, as staff see it ("Visa ending 4242").
    card_on_file: str = ""


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
    card_on_file: str = ""

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
            self.card_on_file,
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
    unlimited: bool = False
    #: The current installment: "3/7", "2" (open-ended), "" for a membership without periods.
    installment: str = ""
    #: A cancellation is registered ("pay K more installments"); Remove cancellation undoes it.
    cancellation: bool = False
    #: Seed 003 extension notice: will be extended automatically when it ends.
    extends_automatically: bool = False

    @property
    def sessions_text(self) -> str:
        """ "5 of 10" for a pass, "3 credits" for a limited plan, "unlimited" for time-based
        (which may hold included credits too: "unlimited + 2 credits")."""
        if self.entries_total is not None:
            return f"{self.entries_left} of {self.entries_total}"
        if self.entries_left is None:
            return "unlimited"
        credits = f"{self.entries_left} credit{'s' if self.entries_left != 1 else ''}"
        return f"unlimited + {credits}" if self.unlimited else credits


@dataclass(frozen=True)
class BookingRow:
    id: int
    session_id: int
    class_name: str
    starts_at: datetime
    status: str
    membership: str
    present: bool
    #: A visit still booked and not yet paid (enforce billing off); pay it from the profile.
    unpaid: bool = False


@dataclass(frozen=True)
class AuditRow:
    id: int
    at: datetime
    staff_name: str
    action: str
    entries_after: int | None


@dataclass(frozen=True)
class PageCursor:
    """Where a newest-first list goes on: the rows older than the last one shown (its time —
    a class's start, a log line's moment — then its id)."""

    at: datetime
    id: int


@dataclass(frozen=True)
class Page(Generic[RowT]):
    """One page of a newest-first list of the profile (booking history, user log)."""

    rows: tuple[RowT, ...]
    #: Rows older than these, not read yet.
    left: int = 0
    #: Where the next page starts ("Show more"); None when nothing is left.
    older: PageCursor | None = None


@dataclass(frozen=True)
class MemberProfile:
    """What the profile shows of a member when opened: the header, the Memberships tab (with
    its holds), the Bookings tab (every active signup, the newest page of the history) and
    the newest page of the user log."""

    detail: MemberDetail
    memberships: tuple[MembershipRow, ...]
    #: Active signups (booked, not yet begun), soonest first.
    upcoming: tuple[BookingRow, ...]
    #: Every other booking, newest class first.
    history: Page[BookingRow]
    #: The user log, newest first.
    logs: Page[AuditRow]
    #: Visits still booked and not paid, upcoming or past (also beyond the page shown).
    unpaid_visits: int = 0
    #: Every hold of the member's memberships, newest first, removed ones included.
    holds: tuple[HoldRow, ...] = ()
    #: Badges for the profile header: "Will be extended automatically on 11 Jan 2027",
    #: "2 installments overdue (62.00)".
    notices: tuple[str, ...] = ()

    @property
    def active_signups(self) -> int:
        """Bookings for sessions that have not yet taken place (seed 000)."""
        return len(self.upcoming)
