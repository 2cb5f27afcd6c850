"""The billing reports (SPEC §6, §7): memberships expiring in a range with what happens at their
end, and the installments due in a range together with every older one still unpaid.

A report's rows are named tuples rather than frozen dataclasses: a month at a 20,000-member
studio is thousands of them, and a named tuple is made several times faster (issue 15)."""

from __future__ import annotations

import enum
from dataclasses import dataclass
from datetime import date
from typing import NamedTuple


class Outcome(enum.StrEnum):
    """What becomes of a membership at its last day, as the expiring report counts it."""

    #: Renewed by the daily catch-up: a card on file, or a contract that continues.
    EXTENDED = "extended"
    #: Would be extended automatically, but the member has no card on file.
    NO_CARD = "no card"
    #: It ends: last installment, maximum end date, or not continuous.
    ENDS = "ends"


class ExpiringMembership(NamedTuple):
    """One membership whose last day falls in the range."""

    membership_id: int
    member_name: str
    plan_name: str
    #: "3/12" (the latest installment), "" when there is none.
    installment: str
    ends_on: date
    #: What happens at the end, as the front desk reads it: "Will be extended automatically".
    ending: str
    outcome: Outcome
    price_cents: int


@dataclass(frozen=True)
class ExpiringReport:
    """Memberships ending from ``first`` to ``last``, soonest first, then by member name."""

    first: date
    last: date
    rows: tuple[ExpiringMembership, ...]

    def count(self, outcome: Outcome) -> int:
        return sum(1 for row in self.rows if row.outcome is outcome)

    @property
    def total_cents(self) -> int:
        return sum(row.price_cents for row in self.rows)


class DueInstallment(NamedTuple):
    """One unpaid installment and how late it is."""

    installment_id: int
    member_name: str
    plan_name: str
    #: "3/12", or "3" for an open-ended membership.
    installment: str
    due_on: date
    amount_cents: int
    #: Days since the due date as of the report's day; 0 due today, negative: due in that many.
    days_overdue: int
    card_on_file: bool


@dataclass(frozen=True)
class DuesReport:
    """Unpaid installments due up to ``last``: those from ``first`` on, and every older one
    still unpaid. Oldest due first. ``today`` is the day the days overdue count to."""

    first: date
    last: date
    today: date
    rows: tuple[DueInstallment, ...]

    @property
    def total_cents(self) -> int:
        return sum(row.amount_cents for row in self.rows)

    @property
    def overdue(self) -> tuple[DueInstallment, ...]:
        """The installments whose due date has passed."""
        return tuple(row for row in self.rows if row.days_overdue > 0)

    @property
    def overdue_cents(self) -> int:
        return sum(row.amount_cents for row in self.overdue)
