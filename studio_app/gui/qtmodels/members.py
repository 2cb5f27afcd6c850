"""The members search result as a table: Name, Email, Phone, Card; archived rows greyed."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from studio_app.gui.qtmodels.rows import Index, RowsModel

_ARCHIVED_COLOR = QColor("#8a9494")


class MembersModel(RowsModel[Any]):
    """Rows are ``MemberRow`` DTOs; the list is capped by the search, so no lazy cache is needed."""

    COLUMNS = (
        ("Name", lambda r: f"{r.full_name} (archived)" if r.archived else r.full_name),
        ("Email", lambda r: r.email),
        ("Phone", lambda r: r.phone),
        ("Card", lambda r: r.card_code),
    )

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cut-off email
            return super().data(index, Qt.ItemDataRole.DisplayRole) or None
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole):
            if not index.isValid() or not self.row_at(index.row()).archived:
                return None
            if role == Qt.ItemDataRole.ForegroundRole:
                return _ARCHIVED_COLOR
            font = QFont()
            font.setItalic(True)
            return font
        return super().data(index, role)

    def row_of(self, member_id: int) -> int:
        """The table row showing ``member_id``, or -1 when the search does not include it."""
        return next((i for i, r in enumerate(self._rows) if r.id == member_id), -1)
