"""The products table of Settings → Products & money: name, price in the studio's money format
("€2.50", "2,50 zł", written by the service) and whether the desk still sells it. Products no
longer sold stay listed, greyed, so they can be sold again (past sales keep their product)."""

from __future__ import annotations

from typing import Any, ClassVar

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor

from studio_app.dto.billing import ProductRow
from studio_app.gui.qtmodels.rows import AlignedRowsModel, Index

NAME, PRICE, ON_SALE = range(3)
_NOT_SOLD = QColor("#8a9496")


class ProductTableModel(AlignedRowsModel[ProductRow]):
    COLUMNS: ClassVar = (
        ("Name", lambda p: p.name),
        ("Price", lambda p: p.price),
        ("On sale", lambda p: "yes" if p.active else "no"),
    )
    RIGHT_ALIGNED: ClassVar = frozenset({PRICE})

    def row_of(self, product_id: int) -> int:
        """The table row showing ``product_id``, or -1."""
        return next((i for i, p in enumerate(self._rows) if p.id == product_id), -1)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        if role == Qt.ItemDataRole.ForegroundRole and not self._rows[index.row()].active:
            return _NOT_SOLD
        return super().data(index, role)
