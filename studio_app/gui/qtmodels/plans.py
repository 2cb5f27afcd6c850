"""The plans table of Settings → Memberships: one row per plan, inactive ones greyed."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.domain.durations import describe_duration
from studio_app.domain.money import format_cents
from studio_app.dto.plans import PlanRow
from studio_app.gui.qtmodels.rows import Index, RowsModel

NAME, KIND, PRICE, DURATION, SESSIONS, CATEGORY, ACTIVE = range(7)
_INACTIVE = QColor("#8a9496")


def sessions_text(entries: int | None) -> str:
    """A session pass shows its number of sessions; a time-based plan is unlimited."""
    return "unlimited" if entries is None else str(entries)


class PlanTableModel(RowsModel[PlanRow]):
    COLUMNS: ClassVar = (
        ("Name", lambda p: p.name),
        ("Kind", lambda p: p.kind.label),
        ("Price", lambda p: format_cents(p.price_cents)),
        ("Duration", lambda p: describe_duration(p.duration_count, p.duration_unit)),
        ("Sessions", lambda p: sessions_text(p.entries)),
        ("Category", lambda p: p.credit_category),
        ("Active", lambda p: "yes" if p.active else "no"),
    )

    def row_of(self, plan_id: int) -> int:
        """The table row showing ``plan_id``, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == plan_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in (PRICE, SESSIONS):
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[index.row()].active:
            return _INACTIVE
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        numeric = orientation == Qt.Orientation.Horizontal and section in (PRICE, SESSIONS)
        if role == Qt.ItemDataRole.TextAlignmentRole and numeric:
            return Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        return super().headerData(section, orientation, role)
