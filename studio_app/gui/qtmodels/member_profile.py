"""Tables of the member profile: memberships, holds, bookings (upcoming and history), user logs."""

from __future__ import annotations

from datetime import date
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from studio_app.domain.formats import day_text, moment_text, range_text, stored_moment_text
from studio_app.gui.qtmodels.rows import AlignedRowsModel, Index

_FADED = QColor("#7d8888")
_UNPAID = QColor("#b3261e")


class _ProfileModel(AlignedRowsModel[Any]):
    """Red and bold rows that need the desk's action, grey rows that no longer count."""

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        if role == Qt.ItemDataRole.ForegroundRole:
            if self.is_alert(self.row_at(index.row())):
                return _UNPAID
            return _FADED if self.is_faded(self.row_at(index.row())) else None
        if role == Qt.ItemDataRole.FontRole:
            if not self.is_alert(self.row_at(index.row())):
                return None
            font = QFont()
            font.setBold(True)
            return font
        return super().data(index, role)

    def is_faded(self, row: Any) -> bool:
        """Rows that no longer count (expired, used up, signed out…) are greyed."""
        return False

    def is_alert(self, row: Any) -> bool:
        """Rows that need the desk's action (an unpaid visit) are red."""
        return False


class MembershipsModel(_ProfileModel):
    """``MembershipRow``s: sessions left read "5 of 6", or "unlimited" for time-based plans."""

    COLUMNS = (
        ("Plan", lambda r: r.plan_name),
        ("Kind", lambda r: r.kind_label),
        ("From", lambda r: day_text(r.starts_on)),
        ("Until", lambda r: day_text(r.ends_on)),
        ("Status", lambda r: r.state),
        ("Sessions left", lambda r: r.sessions_text),
        ("Installment", lambda r: r.installment + (" · cancelled" if r.cancellation else "")),
        ("Price", lambda r: r.price),
    )
    RIGHT_ALIGNED = frozenset({7})

    def is_faded(self, row: Any) -> bool:
        return row.state not in ("active", "future")


class BookingsModel(_ProfileModel):
    """``BookingRow``s of one member, upcoming (active signups) or past; an unpaid visit reads
    "Unpaid visit" and "booked · unpaid" in red until it is paid."""

    COLUMNS = (
        ("Class", lambda r: r.class_name),
        ("When", lambda r: moment_text(r.starts_at, weekday=True)),
        ("Membership", lambda r: r.membership),
        ("Status", lambda r: r.status),
    )

    def is_faded(self, row: Any) -> bool:
        return row.status in ("signed out", "class cancelled")

    def is_alert(self, row: Any) -> bool:
        return bool(row.unpaid)


class LogsModel(_ProfileModel):
    """``AuditRow``s, newest first: who did what, and the entries available after it."""

    COLUMNS = (
        ("When", lambda r: stored_moment_text(r.at)),
        ("Staff", lambda r: r.staff_name),
        ("What", lambda r: r.action),
        ("Entries after", lambda r: "" if r.entries_after is None else str(r.entries_after)),
    )
    RIGHT_ALIGNED = frozenset({3})


def hold_days(row: Any) -> int:
    """The days a hold lasts, both ends included."""
    return (row.ends_on - row.starts_on).days + 1


def _days_added(row: Any) -> str:
    """ "+15"; "none" when the membership keeps its expiry; a removed hold took them back."""
    if not row.extended_days:
        return "none"
    return f"+{row.extended_days}, taken back" if row.removed else f"+{row.extended_days}"


class HoldsModel(_ProfileModel):
    """``HoldRow``s, newest first: the plan, the held days, the days the hold added to the
    membership (passes and credits keep their expiry: "none"), who placed it and its state on
    ``today``; a removed hold stays listed, greyed, as "removed" (its days taken back)."""

    COLUMNS = (
        ("Plan", lambda r: r.plan_name),
        ("On hold", lambda r: range_text(r.starts_on, r.ends_on)),
        ("Days", lambda r: str(hold_days(r))),
        ("Days added", _days_added),
        ("Placed by", lambda r: r.placed_by),
        ("State", lambda r: "removed" if r.removed else ""),
        ("Note", lambda r: r.note),
    )
    RIGHT_ALIGNED = frozenset({2, 3})
    _STATE = 5

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.today = date.min

    def set_holds(self, rows: Any, today: date) -> None:
        self.today = today
        self.set_rows(rows)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        texts = (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole)
        if index.isValid() and index.column() == self._STATE and role in texts:
            row = self.row_at(index.row())
            if not row.removed:
                if self.today < row.starts_on:
                    return "upcoming"
                return "on hold now" if self.today <= row.ends_on else "ended"
        return super().data(index, role)

    def is_faded(self, row: Any) -> bool:
        return bool(row.removed)
