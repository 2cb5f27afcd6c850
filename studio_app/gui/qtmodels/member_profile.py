"""Tables of the member profile: memberships, bookings (upcoming and history), user logs."""

from __future__ import annotations

from datetime import UTC, date, datetime
from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from studio_app.gui.qtmodels.rows import Index, RowsModel

_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_FADED = QColor("#7d8888")
_UNPAID = QColor("#b3261e")
_RIGHT = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter


def day_text(day: date | None) -> str:
    """A date as the desk reads it, independent of the machine's locale: "1 Dec 2026"."""
    return f"{day.day} {_MONTHS[day.month - 1]} {day.year}" if day else ""


def class_time_text(moment: datetime) -> str:
    """A class start (studio local time): "Tue 8 Dec 2026 18:00"."""
    return f"{_DAYS[moment.weekday()]} {day_text(moment.date())} {moment:%H:%M}"


def log_time_text(utc: datetime) -> str:
    """A user-log time, stored as naive UTC, shown in local time as "01 Dec 2026 09:00"."""
    local = utc.replace(tzinfo=UTC).astimezone()
    return f"{local.day:02d} {_MONTHS[local.month - 1]} {local.year} {local:%H:%M}"


class _ProfileModel(RowsModel[Any]):
    """Right-aligns the numeric columns named in ``RIGHT_ALIGNED``; a cell too narrow for its
    text shows it whole as a tooltip."""

    RIGHT_ALIGNED: frozenset[int] = frozenset()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if index.isValid() and index.column() in self.RIGHT_ALIGNED:
                return int(_RIGHT.value)
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if not index.isValid():
                return None
            if self.is_alert(self.row_at(index.row())):
                return _UNPAID
            return _FADED if self.is_faded(self.row_at(index.row())) else None
        if role == Qt.ItemDataRole.FontRole:
            if not index.isValid() or not self.is_alert(self.row_at(index.row())):
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
        ("Price", lambda r: r.price),
    )
    RIGHT_ALIGNED = frozenset({6})

    def is_faded(self, row: Any) -> bool:
        return row.state not in ("active", "future")


class BookingsModel(_ProfileModel):
    """``BookingRow``s of one member, upcoming (active signups) or past; an unpaid visit reads
    "Unpaid visit" and "booked · unpaid" in red until it is paid."""

    COLUMNS = (
        ("Class", lambda r: r.class_name),
        ("When", lambda r: class_time_text(r.starts_at)),
        ("Membership", lambda r: r.membership),
        ("Status", lambda r: r.status),
    )

    def is_faded(self, row: Any) -> bool:
        return row.status in ("signed out", "class cancelled")

    def is_alert(self, row: Any) -> bool:
        return bool(row.unpaid)


class LogsModel(_ProfileModel):
    """``AuditRow``s, oldest first: who did what, and the entries available after it."""

    COLUMNS = (
        ("When", lambda r: log_time_text(r.at)),
        ("Staff", lambda r: r.staff_name),
        ("What", lambda r: r.action),
        ("Entries after", lambda r: "" if r.entries_after is None else str(r.entries_after)),
    )
    RIGHT_ALIGNED = frozenset({3})
