"""Tables of the front desk (SPEC §6): installments due today or overdue, and memberships
expiring soon with their extension notice."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from studio_app.domain.formats import day_text
from studio_app.domain.installments import InstallmentState
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow
from studio_app.gui.qtmodels.rows import AlignedRowsModel, Index

_OVERDUE = QColor("#b3261e")
_EXTENDS = QColor("#1e5b2f")
_EXTENDS_BACKGROUND = QColor("#e6f4ea")
CARD_ON_FILE_TEXT = "✓ card on file"


def _days(count: int) -> str:
    return f"{count} day{'s' if count != 1 else ''}"


def _bold() -> QFont:
    font = QFont()
    font.setBold(True)
    return font


def ends_in_text(ends_on: date, today: date) -> str:
    """How soon a membership's last day comes: "today", "tomorrow", "in 3 days"."""
    days = (ends_on - today).days
    if days <= 0:
        return "today"
    return "tomorrow" if days == 1 else f"in {days} days"


class _DeskModel(AlignedRowsModel[Any]):
    """Knows the studio's ``today`` (for "Overdue 5 days", "in 3 days")."""

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.min


class DueInstallmentsModel(_DeskModel):
    """``DueInstallmentRow``s, oldest due date first; overdue ones are red, their state bold."""

    COLUMNS = (
        ("Member", lambda r: r.member_name),
        ("Plan", lambda r: r.plan_name),
        ("Installment", lambda r: r.number_text),
        ("Due date", lambda r: day_text(r.due_on)),
        ("Amount", lambda r: r.amount),
        ("State", lambda r: ""),  # depends on today: see ``state_text``
        ("Card on file", lambda r: CARD_ON_FILE_TEXT if r.has_card_on_file else ""),
    )
    RIGHT_ALIGNED = frozenset({4})
    STATE = 5

    def state_text(self, row: DueInstallmentRow) -> str:
        """ "Due today", or "Overdue 5 days" since the due date."""
        if row.state is InstallmentState.OVERDUE:
            return f"Overdue {_days((self.today - row.due_on).days)}"
        return "Due today"

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.STATE:
            return self.state_text(row)
        overdue = row.state is InstallmentState.OVERDUE
        if role == Qt.ItemDataRole.ForegroundRole:
            return _OVERDUE if overdue else None
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if overdue and index.column() == self.STATE else None
        return super().data(index, role)


class ExpiringModel(_DeskModel):
    """``ExpiringRow``s, soonest last day first; a membership that will be extended
    automatically (seed 003's extension notice) has its extension cell green and bold."""

    COLUMNS = (
        ("Member", lambda r: r.member_name),
        ("Plan", lambda r: r.plan_name),
        ("Last day", lambda r: day_text(r.ends_on)),
        ("Ends", lambda r: ""),  # depends on today: see ``ends_in_text``
        ("Installment", lambda r: r.number_text),
        ("Extension", lambda r: r.extension),
    )
    ENDS, EXTENSION = 3, 5

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row: ExpiringRow = self.row_at(index.row())
        if role == Qt.ItemDataRole.DisplayRole and index.column() == self.ENDS:
            return ends_in_text(row.ends_on, self.today)
        marked = row.extends_automatically and index.column() == self.EXTENSION
        if role == Qt.ItemDataRole.ForegroundRole:
            return _EXTENDS if marked else None
        if role == Qt.ItemDataRole.BackgroundRole:
            return _EXTENDS_BACKGROUND if marked else None
        if role == Qt.ItemDataRole.FontRole:
            return _bold() if marked else None
        return super().data(index, role)
