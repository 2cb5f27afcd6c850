"""Table models of one class's attendance list and waitlist.

The Present column is checkable; ticking it only asks for the change (``present_requested``) —
the model shows what the database says after the controller has acted, never a guess. An unpaid
visit reads in bold red ("Unpaid visit", "to pay") until it is paid. A member flagged as a no-show
after the class reads "No-show" in the Present column until ticked present.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QColor, QFont

from studio_app.gui.controllers.attendance import AttendeeRow, WaitlistRow
from studio_app.gui.qtmodels.rows import Index, RowsModel

PRESENT_COLUMN = 3
_PAYMENT_COLUMNS = frozenset({1, 2})  # Membership, Left
_UNPAID = QColor("#b3261e")
_NO_SHOW = QColor("#8a5a00")
NO_SHOW = "No-show"


def presence_text(row: AttendeeRow) -> str:
    return "Present" if row.present else NO_SHOW if row.no_show else ""


class AttendeesModel(RowsModel[AttendeeRow]):
    """Booked members: who, which membership paid and what is left on it, present or not."""

    COLUMNS = (
        ("Member", lambda r: r.member_name),
        ("Membership", lambda r: r.membership),
        ("Left", lambda r: r.left_after),
        ("Present", presence_text),
    )
    present_requested = Signal(int, bool)  # booking id, wanted presence

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.CheckStateRole
            and index.isValid()
            and index.column() == PRESENT_COLUMN
            and 0 <= index.row() < self.rowCount()
        ):
            present = self.row_at(index.row()).present
            return Qt.CheckState.Checked if present else Qt.CheckState.Unchecked
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return super().data(index, role)
        row = self.row_at(index.row())
        unpaid = row.unpaid
        if role == Qt.ItemDataRole.ToolTipRole:
            if unpaid:
                return "Unpaid visit: select it and press Pay visit…"
            if row.no_show and index.column() == PRESENT_COLUMN:
                return "Booked but not marked present after the class; tick Present if they came"
            return "Double-click to open the member's profile"
        if (
            row.no_show
            and index.column() == PRESENT_COLUMN
            and role == Qt.ItemDataRole.ForegroundRole
        ):
            return _NO_SHOW
        if unpaid and index.column() in _PAYMENT_COLUMNS:
            if role == Qt.ItemDataRole.ForegroundRole:
                return _UNPAID
            if role == Qt.ItemDataRole.FontRole:
                font = QFont()
                font.setBold(True)
                return font
        return super().data(index, role)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flags = super().flags(index)
        if index.isValid() and index.column() == PRESENT_COLUMN:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        return flags

    def setData(self, index: Index, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        """Ticking Present requests the change; the reload after it shows the stored state."""
        if (
            role != Qt.ItemDataRole.CheckStateRole
            or not index.isValid()
            or index.column() != PRESENT_COLUMN
            or not 0 <= index.row() < self.rowCount()
        ):
            return False
        wanted = Qt.CheckState(value) == Qt.CheckState.Checked
        self.present_requested.emit(self.row_at(index.row()).booking_id, wanted)
        return True


class WaitlistModel(RowsModel[WaitlistRow]):
    """Members waiting for a place, first come first served (the order shown)."""

    COLUMNS = (
        ("Member", lambda r: r.member_name),
        ("Note", lambda r: r.note),
    )
