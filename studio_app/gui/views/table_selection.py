"""Helpers for the row tables of RowsModel: size the columns, read the selected row, and reload
a table keeping the same record selected (a reload after every action must not lose the desk's
place)."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar

from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QHeaderView, QTableView

from studio_app.gui.qtmodels.rows import ROW_ROLE, RowsModel

T = TypeVar("T")


def fit_columns(table: QTableView, stretch: int | None = None) -> None:
    """Every column as wide as its text; column ``stretch`` (if any) takes the room left."""
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


def selected_row(table: QTableView) -> object | None:
    """The row object of the selected line, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


def keep_selection(table: QTableView, model: RowsModel[T], rows: Sequence[T], key: str) -> None:
    """Reload the rows and select again the row whose ``key`` attribute (an id) was selected."""
    chosen = selected_row(table)
    model.set_rows(rows)
    wanted = getattr(chosen, key, None)
    for number, row in enumerate(rows):
        if wanted is not None and getattr(row, key) == wanted:
            table.selectionModel().select(
                model.index(number, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )
