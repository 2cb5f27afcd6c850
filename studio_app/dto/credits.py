"""Session credits as the desk sees them: lots, ledger lines and totals (the Credits tab and the
session credit report exported to Excel and PDF)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime


@dataclass(frozen=True)
class LotRow:
    """One credit lot: a grant of credits with its validity and what became of them.

    ``left = issued + adjusted − used − expired``; ``used`` is charges net of returns.
    """

    id: int
    membership_id: int
    plan_name: str
    category: str
    source: str  # "pass", "initial", "scheduled", "adjustment" or "import"
    valid_from: date
    issued_on: date
    expires_on: date
    issued: int
    adjusted: int
    used: int
    expired: int
    left: int
    state: str  # "active", "used up", "expired" or "not yet valid"


@dataclass(frozen=True)
class LedgerRow:
    """One append-only ledger entry, newest last."""

    id: int
    at: datetime  # UTC
    kind: str  # grant / charge / return / adjustment / expiry
    amount: int  # +N or −N credits
    lot_id: int
    category: str
    plan_name: str
    detail: str  # the class ("Yin Yoga on Thu 03 Dec 2026 19:30") or the reason
    staff_name: str  # "Automatic" for scheduled grants and expiries
    available_after: int  # the member's available credits of this category after the entry


@dataclass(frozen=True)
class CategoryTotals:
    category: str
    issued: int
    adjusted: int
    used: int
    expired: int
    available: int


@dataclass(frozen=True)
class CreditReport:
    """A member's session credit report as of a day: totals per category, lots, full history."""

    member_id: int
    member_name: str
    as_of: date
    totals: tuple[CategoryTotals, ...]
    lots: tuple[LotRow, ...]
    ledger: tuple[LedgerRow, ...]
    #: How many memberships the member has: credits are adjusted on one of them.
    memberships: int = 0

    @property
    def available(self) -> int:
        return sum(t.available for t in self.totals)

    @property
    def used(self) -> int:
        return sum(t.used for t in self.totals)

    @property
    def expired(self) -> int:
        return sum(t.expired for t in self.totals)

    @property
    def active_lots(self) -> tuple[LotRow, ...]:
        return tuple(lot for lot in self.lots if lot.state != "expired")

    @property
    def expired_lots(self) -> tuple[LotRow, ...]:
        return tuple(lot for lot in self.lots if lot.state == "expired")
