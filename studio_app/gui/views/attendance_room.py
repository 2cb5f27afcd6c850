"""The attendance panel's room: the attendee list takes every pixel the panel can spare, in rows
one line of text high (twelve fit beside the calendar of a 1366×768 window), and the waitlist is
exactly as tall as its rows, its notes wrapped — never cut off behind a scrollbar — up to
``WAITLIST_ROWS`` rows (more scroll)."""

from __future__ import annotations

from PySide6.QtWidgets import QHeaderView, QTableView

#: Room above and below a line of text in an attendee row.
ROW_PADDING = 8
#: Waitlist rows shown before the waitlist scrolls.
WAITLIST_ROWS = 4


def compact_rows(table: QTableView) -> None:
    """Every row one line of text high; a name too long for its column is elided ("…")."""
    header = table.verticalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    header.setDefaultSectionSize(table.fontMetrics().height() + ROW_PADDING)


def fit_waitlist(table: QTableView) -> None:
    """Names as wide as their text, notes wrapped in the rest of the width, and the table kept
    as tall as its first ``WAITLIST_ROWS`` rows whenever the rows or the width change."""
    columns = table.horizontalHeader()
    columns.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
    columns.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
    rows = table.verticalHeader()
    rows.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def fit() -> None:
        shown = range(min(table.model().rowCount(), WAITLIST_ROWS))
        height = sum(table.rowHeight(row) for row in shown) or rows.defaultSectionSize()
        table.setFixedHeight(columns.sizeHint().height() + height + 2 * table.frameWidth())

    rows.sectionResized.connect(lambda *_: fit())
    table.model().modelReset.connect(fit)
    fit()
