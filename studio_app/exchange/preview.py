"""The import preview: every row of the file with its verdict, before anything is written."""

from __future__ import annotations

import enum
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from studio_app.exchange.fields import DateOrder, Field, OnExisting


class RowStatus(enum.StrEnum):
    OK = "ok"
    WARNING = "warning"  # imported, but something was left out or assumed (the reason says)
    ERROR = "error"  # rejected: not imported

    @property
    def label(self) -> str:
        return {"ok": "OK", "warning": "Warning", "error": "Error"}[self.value]


class RowAction(enum.StrEnum):
    """What the import will do with a row."""

    NEW = "new"  # a new member
    UPDATE = "update"  # a member on file, updated with the row's non-empty cells
    SKIP = "skip"  # a member on file, left as it is
    REJECT = "reject"  # an error: the row is not imported
    BALANCE = "balance"  # another balance of the member on an earlier line

    @property
    def label(self) -> str:
        return _ACTION_LABELS[self.value]


_ACTION_LABELS = {
    "new": "New",
    "update": "Update",
    "skip": "Skip",
    "reject": "Rejected",
    "balance": "+ Balance",
}


@dataclass(frozen=True)
class ColumnMapping:
    """The user's choices in the wizard: a field per source column (in file order), the date
    order of the date columns (None: detected), the other system's plan names → this studio's
    plan ids (None: not mapped), and what to do with members already on file."""

    fields: tuple[Field, ...]
    date_order: DateOrder | None = None
    plans: Mapping[str, int | None] = field(default_factory=dict)
    on_existing: OnExisting = OnExisting.SKIP


@dataclass(frozen=True)
class MemberRecord:
    """A member's details as read from one row (empty text: the cell was empty)."""

    first_name: str
    last_name: str
    email: str = ""
    phone: str = ""
    birth_date: date | None = None
    card_code: str = ""
    notes: str = ""

    @property
    def full_name(self) -> str:
        return f"{self.first_name} {self.last_name}".strip()


@dataclass(frozen=True)
class BalanceRecord:
    """What the member has left in the other system: a membership of ``plan_id`` with
    ``remaining`` sessions or credits (None for a time-based plan) valid until ``valid_until``
    (None: the plan's duration from the import day), of credit ``category`` (None: the plan's
    own)."""

    plan_id: int
    remaining: int | None
    valid_until: date | None
    category: str | None = None


@dataclass(frozen=True)
class StudioPlan:
    """One of this studio's plans, as the validation needs it."""

    id: int
    name: str
    kind: str  # domain.plans.PlanKind value
    active: bool = True


@dataclass(frozen=True)
class ExistingMembers:
    """Who is on file already: card code → member id, lower-cased email → member id, and each
    member's plans with a membership running on or after the import day (a balance is imported
    once: a member who already holds that plan keeps it)."""

    by_card: Mapping[str, int] = field(default_factory=dict)
    by_email: Mapping[str, int] = field(default_factory=dict)
    running_plans: Mapping[int, frozenset[int]] = field(default_factory=dict)


@dataclass(frozen=True)
class PreviewRow:
    """One data row: where it is in the file, its raw cells, the verdict and its reasons, and
    what will be written (``member`` is None for a rejected row, ``balance`` None when the row
    brings no balance or it is not imported), the member on file it matched, and for a
    further balance of a member (action BALANCE) the line of that member's first row."""

    line: int
    cells: tuple[str, ...]
    status: RowStatus
    action: RowAction
    reasons: tuple[str, ...] = ()
    member: MemberRecord | None = None
    balance: BalanceRecord | None = None
    existing_id: int | None = None
    same_as: int | None = None

    @property
    def reason_text(self) -> str:
        return "; ".join(self.reasons)


@dataclass(frozen=True)
class ImportPreview:
    """Every row with its verdict, the counts the wizard shows, and the date columns whose
    order could not be told from the data (the user picks it)."""

    file_name: str
    headers: tuple[str, ...]
    rows: tuple[PreviewRow, ...]
    date_order: DateOrder | None = None
    ambiguous_date_columns: tuple[str, ...] = ()
    encoding: str = ""
    encoding_certain: bool = True

    def count(self, action: RowAction) -> int:
        return sum(1 for row in self.rows if row.action is action)

    @property
    def new(self) -> int:
        return self.count(RowAction.NEW)

    @property
    def updated(self) -> int:
        return self.count(RowAction.UPDATE)

    @property
    def skipped(self) -> int:
        return self.count(RowAction.SKIP)

    @property
    def rejected(self) -> int:
        return self.count(RowAction.REJECT)

    @property
    def more_balances(self) -> int:
        return self.count(RowAction.BALANCE)

    @property
    def warnings(self) -> int:
        return sum(1 for row in self.rows if row.status is RowStatus.WARNING)

    def summary(self) -> str:
        """ "120 rows: 100 new, 12 to update, 5 skipped, 3 rejected (4 with warnings)." """
        text = (
            f"{len(self.rows)} rows: {self.new} new, {self.updated} to update, "
            f"{self.skipped} skipped, {self.rejected} rejected"
        )
        if self.more_balances:
            text += f", {self.more_balances} more balances of members above"
        return text + (f" ({self.warnings} with warnings)." if self.warnings else ".")


@dataclass(frozen=True)
class ImportSummary:
    """What an import wrote."""

    file_name: str
    created: int
    updated: int
    skipped: int
    rejected: int
    memberships: int

    def text(self) -> str:
        return (
            f"Imported {self.file_name}: {self.created} new members, {self.updated} updated, "
            f"{self.memberships} balances, {self.skipped} skipped, {self.rejected} rejected."
        )
