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
    header.setResizeContentsPrecision(0)
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    if stretch is not None:
        header.setStretchLastSection(False)
        header.setSectionResizeMode(stretch, QHeaderView.ResizeMode.Stretch)


#: Air after a column's text, so neighbouring cells never touch.
COLUMN_PADDING = 24


def pad_columns(table: QTableView, minimum: int = 0) -> None:
    """Size every column but the last (which stretches) to its text now, plus some air, and at
    least ``minimum`` wide; unlike ``fit_columns`` the desk may still drag them wider."""
    for column in range(table.model().columnCount() - 1):
        table.resizeColumnToContents(column)
        table.setColumnWidth(column, max(table.columnWidth(column) + COLUMN_PADDING, minimum))


def selected_row(table: QTableView) -> object | None:
    """The row object of the selected line, or None."""
    rows = table.selectionModel().selectedRows() if table.selectionModel() else []
    return rows[0].data(ROW_ROLE) if rows else None


def select_row(table: QTableView, row: int) -> None:
    """Select line ``row`` as the only selection (nothing happens for -1: no such line)."""
    if row >= 0:
        table.selectionModel().select(
            table.model().index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows,
        )


def select_where(table: QTableView, rows: Sequence[object], key: str, wanted: object) -> None:
    """Select the first of ``rows`` (the table's) whose ``key`` attribute equals ``wanted``."""
    if wanted is None:
        return
    found = (number for number, row in enumerate(rows) if getattr(row, key) == wanted)
    select_row(table, next(found, -1))


def keep_selection(table: QTableView, model: RowsModel[T], rows: Sequence[T], key: str) -> None:
    """Reload the rows and select again the row whose ``key`` attribute (an id) was selected."""
    chosen = selected_row(table)
    model.set_rows(rows)
    select_where(table, rows, key, getattr(chosen, key, None))
