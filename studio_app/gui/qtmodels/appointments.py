"""Tables of the member's Appointments tab: credits per category (sold, booked, attended, left)
and the member's appointments, newest first; cancelled ones are greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.domain.formats import moment_range_text
from studio_app.gui.controllers.appointments import (
    AppointmentRow,
    AppointmentStatus,
    CategoryOverview,
)
from studio_app.gui.qtmodels.rows import Index, RowsModel

_FADED = QColor("#7d8888")
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)


class CategoryOverviewModel(RowsModel[CategoryOverview]):
    """Sold = credits issued and adjusted; Booked = appointments still to come; Attended =
    present or taken place; Left = credits available now."""

    COLUMNS = (
        ("Category", lambda r: r.category),
        ("Sold", lambda r: str(r.sold)),
        ("Booked", lambda r: str(r.booked)),
        ("Attended", lambda r: str(r.attended)),
        ("Left", lambda r: str(r.left)),
    )
    TOOLTIPS = (
        "",
        "Credits issued to the member (plans and manual adjustments)",
        "Appointments still to come",
        "Appointments marked present or already over",
        "Credits available to book with now",
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.TextAlignmentRole and index.isValid() and index.column():
            return _RIGHT
        return super().data(index, role)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal:
            return self.TOOLTIPS[section] or None
        return super().headerData(section, orientation, role)


def when_text(row: AppointmentRow) -> str:
    """'Thu 3 Dec 2026 10:00–11:00'."""
    return moment_range_text(row.starts_at, row.ends_at)


class AppointmentsModel(RowsModel[AppointmentRow]):
    COLUMNS = (
        ("When", when_text),
        ("Trainer", lambda r: r.trainer),
        ("Category", lambda r: r.category),
        ("Room", lambda r: r.room),
        ("Status", lambda r: r.status.value.capitalize()),
        ("Paid by", lambda r: r.paid_by),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (
            role == Qt.ItemDataRole.ForegroundRole
            and index.isValid()
            and 0 <= index.row() < self.rowCount()
        ):
            cancelled = self.row_at(index.row()).status is AppointmentStatus.CANCELLED
            return _FADED if cancelled else None
        return super().data(index, role)
