"""The import preview as a table: every row of the file with its verdict and what it becomes.

A file may hold 20,000 rows, so the model keeps the preview's row tuple (and, when filtered,
the positions of the rows shown) and computes each cell only when the view paints it.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtGui import QColor

from studio_app.domain.formats import day_text
from studio_app.exchange.fields import Field
from studio_app.exchange.preview import ImportPreview, PreviewRow, RowStatus
from studio_app.gui.qtmodels.rows import ROW_ROLE, Index

#: Status colours, as elsewhere in the app: green for fine, amber for a warning, red for an error.
_STATUS_COLOURS = {
    RowStatus.OK: (QColor("#1e5b2f"), QColor("#e6f4ea")),
    RowStatus.WARNING: (QColor("#7a4b00"), QColor("#fff4d6")),
    RowStatus.ERROR: (QColor("#8a1c1c"), QColor("#fde8e8")),
}
_REASON_COLOURS = {RowStatus.WARNING: QColor("#7a4b00"), RowStatus.ERROR: QColor("#8a1c1c")}
_RIGHT = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)

LINE, STATUS, ACTION, NAME, EMAIL, CARD, BIRTH_DATE, BALANCE, REASON = range(9)


class ImportPreviewModel(QAbstractTableModel):
    """Rows are the preview's ``PreviewRow``s. A rejected row has no member record, so its
    name, email and card are shown from the file's cells, for the desk to find it there."""

    HEADERS = (
        "Line",
        "Status",
        "Action",
        "Name",
        "Email",
        "Card",
        "Birth date",
        "Balance",
        "Reason",
    )

    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self._rows: tuple[PreviewRow, ...] = ()
        self._shown: Sequence[int] | None = None  # positions in _rows; None: every row
        self._status: RowStatus | None = None
        self._columns: dict[Field, list[int]] = {}
        self._plan_names: Mapping[int, str] = {}
        self._text: tuple[Callable[[PreviewRow], str], ...] = (
            lambda r: str(r.line),
            lambda r: r.status.label,
            lambda r: r.action.label,
            self._name,
            lambda r: r.member.email if r.member else self._cells(r, Field.EMAIL),
            lambda r: r.member.card_code if r.member else self._cells(r, Field.CARD_CODE),
            lambda r: day_text(r.member.birth_date) if r.member and r.member.birth_date else "",
            self._balance,
            lambda r: r.reason_text,
        )

    def set_preview(
        self,
        preview: ImportPreview | None,
        fields: Sequence[Field] = (),
        plan_names: Mapping[int, str] | None = None,
    ) -> None:
        """Show ``preview`` (made with ``fields``); ``plan_names`` names the balances' plans."""
        self.beginResetModel()
        self._rows = preview.rows if preview is not None else ()
        self._columns = {}
        for column, kind in enumerate(fields):
            self._columns.setdefault(kind, []).append(column)
        self._plan_names = plan_names or {}
        self._shown = self._filtered()
        self.endResetModel()

    def set_status_filter(self, status: RowStatus | None) -> None:
        """Show only the rows with ``status`` (None: every row)."""
        self.beginResetModel()
        self._status = status
        self._shown = self._filtered()
        self.endResetModel()

    def _filtered(self) -> Sequence[int] | None:
        if self._status is None:
            return None
        return [i for i, row in enumerate(self._rows) if row.status is self._status]

    def row_at(self, row: int) -> PreviewRow:
        return self._rows[row if self._shown is None else self._shown[row]]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid():
            return 0
        return len(self._rows) if self._shown is None else len(self._shown)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < self.rowCount():
            return None
        row = self.row_at(index.row())
        column = index.column()
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            text = self._text[column](row)
            return text if role == Qt.ItemDataRole.DisplayRole else text or None
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == STATUS:
                return _STATUS_COLOURS[row.status][0]
            return _REASON_COLOURS.get(row.status) if column == REASON else None
        if role == Qt.ItemDataRole.BackgroundRole and column == STATUS:
            return _STATUS_COLOURS[row.status][1]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == LINE:
            return _RIGHT
        if role == ROW_ROLE:
            return row
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.HEADERS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.HEADERS[section]
        if role == Qt.ItemDataRole.TextAlignmentRole and section == LINE:
            return _RIGHT
        return None

    # -- cell text -------------------------------------------------------------------------
    def _cells(self, row: PreviewRow, *kinds: Field) -> str:
        """The row's own cells of the columns mapped onto ``kinds``, joined by spaces."""
        columns = [c for kind in kinds for c in self._columns.get(kind, ())]
        return " ".join(row.cells[c] for c in columns if c < len(row.cells) and row.cells[c])

    def _name(self, row: PreviewRow) -> str:
        if row.member is not None:
            return row.member.full_name
        return self._cells(row, Field.FULL_NAME, Field.FIRST_NAME, Field.LAST_NAME)

    def _balance(self, row: PreviewRow) -> str:
        """E.g. "10 Class Pass · 7 left · until 2027-03-31"; a balance without its own end
        runs for the plan's usual length from the import day."""
        balance = row.balance
        if balance is None:
            return ""
        parts = [self._plan_names.get(balance.plan_id, f"Plan {balance.plan_id}")]
        if balance.remaining is not None:
            parts.append(f"{balance.remaining} left")
        if balance.valid_until is not None:
            parts.append(f"until {day_text(balance.valid_until)}")
        else:
            parts.append("plan's usual length")
        return " · ".join(parts)
