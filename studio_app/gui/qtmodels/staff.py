"""The staff table of Settings → Staff & access: accounts, their role and privileges, and
their wrong passwords in a row and login lock (issue 12)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.domain.formats import time_text
from studio_app.domain.privileges import Privilege, Role
from studio_app.dto.staff import StaffRow
from studio_app.gui.qtmodels.rows import Index, RowsModel

NAME, USERNAME, ROLE, PRIVILEGES, ACTIVE, FAILED_LOGINS, LOCKED_UNTIL = range(7)
_INACTIVE = QColor("#8a9496")


def privileges_text(row: StaffRow) -> str:
    """Short names in a fixed order; the owner holds every privilege whatever is stored."""
    if row.role is Role.OWNER:
        return "all (owner)"
    names = [p.value.capitalize() for p in Privilege if p in row.privileges]
    return ", ".join(names) or "front desk only"


class StaffTableModel(RowsModel[StaffRow]):
    COLUMNS: ClassVar = (
        ("Name", lambda s: s.full_name),
        ("User name", lambda s: s.username),
        ("Role", lambda s: s.role.label),
        ("Privileges", privileges_text),
        ("Active", lambda s: "yes" if s.active else "no"),
        ("Failed logins", lambda s: str(s.failed_logins) if s.failed_logins else ""),
        ("Locked until", lambda s: time_text(s.locked_until) if s.locked_until else ""),
    )

    def row_of(self, staff_id: int) -> int:
        """The table row showing ``staff_id``, or -1."""
        return next((i for i, s in enumerate(self._rows) if s.id == staff_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[index.row()].active:
            return _INACTIVE
        return super().data(index, role)
