"""Tables of the Credits tab (credit lots, the ledger history) and of the "Can pay?" check.

A lot reads across ``issued + adjusted − used − expired = left``; a ledger line shows its
signed amount and what the member had of that category after it (SPEC §4).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.domain.formats import day_text, stored_moment_text
from studio_app.gui.qtmodels.rows import AlignedRowsModel, Index

_FADED = QColor("#7d8888")
_CAN = QColor("#1e5b2f")
_CANNOT = QColor("#8a1c1c")
SOURCES = {
    "pass": "Session pass",
    "initial": "Initial credits",
    "scheduled": "Scheduled",
    "adjustment": "Adjustment",
    "import": "Imported",
}
CAN_PAY, CANNOT_PAY = "Can pay", "Cannot pay"


def signed(amount: int) -> str:
    """A credit change as "+2", "−1" (a true minus sign) or "0"."""
    return f"+{amount}" if amount > 0 else f"\u2212{-amount}" if amount < 0 else "0"


def _lot_dates(lot: Any) -> str:
    """When a lot was issued, and "(valid from …)" when it becomes usable only later."""
    if lot.valid_from <= lot.issued_on:
        return day_text(lot.issued_on)
    return f"{day_text(lot.issued_on)} (valid from {day_text(lot.valid_from)})"


class _CreditsModel(AlignedRowsModel[Any]):
    """Greys rows that no longer count (numbers right-aligned, cells whole as tooltips)."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if index.isValid() and role == Qt.ItemDataRole.ForegroundRole:
            return self.color(self.row_at(index.row()), index.column())
        return super().data(index, role)

    def color(self, row: Any, column: int) -> QColor | None:
        return None


class LotsModel(_CreditsModel):
    """``LotRow``s: where the credits came from, their validity and what became of them."""

    COLUMNS = (
        ("Plan", lambda r: r.plan_name),
        ("Category", lambda r: r.category),
        ("Source", lambda r: SOURCES.get(r.source, r.source)),
        ("Issued on", _lot_dates),
        ("Expires", lambda r: day_text(r.expires_on)),
        ("Issued", lambda r: str(r.issued)),
        ("Adjusted", lambda r: signed(r.adjusted) if r.adjusted else ""),
        ("Used", lambda r: str(r.used)),
        ("Expired", lambda r: str(r.expired)),
        ("Left", lambda r: str(r.left)),
        ("State", lambda r: r.state),
    )
    RIGHT_ALIGNED = frozenset(range(5, 10))

    def color(self, row: Any, column: int) -> QColor | None:
        # Greyed in the active list: nothing left to use (expired lots have their own list).
        return _FADED if row.state == "used up" else None


class HistoryModel(_CreditsModel):
    """``LedgerRow``s, oldest first, at the desk's local time; "Automatic" marks what the credit
    schedule did by itself (scheduled grants, expiries)."""

    COLUMNS = (
        ("When", lambda r: stored_moment_text(r.at)),
        ("Kind", lambda r: r.kind.capitalize()),
        ("Credits", lambda r: signed(r.amount)),
        ("Category", lambda r: r.category),
        ("Plan", lambda r: r.plan_name),
        ("Detail", lambda r: r.detail),
        ("Staff", lambda r: r.staff_name),
        ("Available after", lambda r: str(r.available_after)),
    )
    RIGHT_ALIGNED = frozenset({2, 7})

    def color(self, row: Any, column: int) -> QColor | None:
        if column != 2:
            return None
        return _CAN if row.amount > 0 else _CANNOT if row.amount < 0 else None


class PayerOptionsModel(_CreditsModel):
    """``PayerOption``s: each membership, whether it can pay for the session, and why not."""

    COLUMNS = (
        ("Membership", lambda r: r.label),
        ("Can pay?", lambda r: CAN_PAY if r.reason is None else CANNOT_PAY),
        ("Why", lambda r: "Meets every rule for this class" if r.reason is None else r.reason),
    )

    def color(self, row: Any, column: int) -> QColor | None:
        if column != 1:
            return None
        return _CAN if row.reason is None else _CANNOT
