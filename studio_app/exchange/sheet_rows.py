"""The data rows of a workbook sheet as SpreadsheetML, streamed to a file and spliced into the
workbook that openpyxl saves.

Why not ``sheet.append``: openpyxl spends 7 to 13 µs on each cell it writes (measured on the
20,000-member demo: 3.6 million cells, 40 s and more, with or without lxml); these rows cost
about 1 µs a cell. openpyxl still writes everything else: the sheets, the bold header row, the
frozen pane, the column widths, the styles and the package. Cells are written as openpyxl's
write-only mode writes them: text as inline strings (never a formula), whole numbers, booleans,
and dates, times and money as numbers with the style of their format.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable, Mapping, Sequence
from datetime import date, datetime
from pathlib import Path
from typing import Any, TextIO
from zipfile import ZIP_DEFLATED, ZipFile

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.utils import get_column_letter

from studio_app.domain.formats import cents_text
from studio_app.exchange.columns import Column, ColumnKind

#: Rows of a table measured for its column widths (the header counts too).
MEASURED_ROWS = 200
#: The number format of each styled kind of column.
FORMATS = {
    ColumnKind.DATE: "yyyy-mm-dd",
    ColumnKind.DATETIME: "yyyy-mm-dd hh:mm",
    ColumnKind.MONEY: "0.00",
}
_WIDTH_MIN, _WIDTH_MAX = 8, 60
_EXCEL_DAY_ZERO = date(1899, 12, 30).toordinal()  # day 0 of Excel's (1900) date system

CellXml = Callable[[str, Any], str]  # (row number, value) -> the cell's XML


def _day_number(day: date) -> int:
    return day.toordinal() - _EXCEL_DAY_ZERO


def _day_and_time(at: datetime) -> float:
    return at.toordinal() - _EXCEL_DAY_ZERO + (at.hour * 3600 + at.minute * 60 + at.second) / 86400


_NUMBERS: dict[ColumnKind, Callable[[Any], float]] = {
    ColumnKind.DATE: _day_number,
    ColumnKind.DATETIME: _day_and_time,
    ColumnKind.MONEY: lambda cents: cents / 100,
}


def clean_text(value: Any) -> str:
    """Text without the control characters an .xlsx cannot hold."""
    return ILLEGAL_CHARACTERS_RE.sub("", str(value))


def _cell_xml(letter: str, kind: ColumnKind, style: int | None) -> CellXml:
    """How a value of one column becomes its cell (row number and value in, XML out)."""
    if kind is ColumnKind.TEXT:

        def text(row: str, value: Any) -> str:
            shown = clean_text(value)
            if not shown:
                return ""  # an empty text is an empty cell
            shown = shown.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
            space = ' xml:space="preserve"' if shown[0].isspace() or shown[-1].isspace() else ""
            return f'<c r="{letter}{row}" t="inlineStr"><is><t{space}>{shown}</t></is></c>'

        return text
    if kind is ColumnKind.INTEGER:
        return lambda row, value: f'<c r="{letter}{row}" t="n"><v>{int(value)}</v></c>'
    if kind is ColumnKind.BOOLEAN:
        return lambda row, value: f'<c r="{letter}{row}" t="b"><v>{1 if value else 0}</v></c>'
    number = _NUMBERS[kind]
    return lambda row, value: f'<c r="{letter}{row}" s="{style}" t="n"><v>{number(value)!r}</v></c>'


def _shown_length(value: Any, kind: ColumnKind) -> int:
    """How many characters a cell shows (a date or time as its format shows it)."""
    if kind is ColumnKind.MONEY:
        return len(cents_text(value))
    if kind in FORMATS:
        return len(FORMATS[kind])
    return len(clean_text(value)) if kind is ColumnKind.TEXT else len(str(value))


class SheetRows:
    """Writes one sheet's rows, from row 2 on (row 1 is openpyxl's header), to ``stream`` and
    measures the columns' widths from the header and the first rows. ``styles`` are the
    workbook's style ids of the FORMATS."""

    def __init__(
        self, stream: TextIO, columns: Sequence[Column], styles: Mapping[ColumnKind, int]
    ) -> None:
        self._stream, self._number = stream, 1
        self._kinds = [column.kind for column in columns]
        self._cells = [
            _cell_xml(get_column_letter(index), column.kind, styles.get(column.kind))
            for index, column in enumerate(columns, 1)
        ]
        self._longest = [len(column.name) for column in columns]

    def write(self, row: Sequence[Any]) -> None:
        self._number += 1
        number = str(self._number)
        cells = [cell(number, v) for cell, v in zip(self._cells, row, strict=True) if v is not None]
        self._stream.write(f'<row r="{number}">{"".join(cells)}</row>')
        if self._number <= MEASURED_ROWS:
            for index, value in enumerate(row):
                if value is not None:
                    shown = _shown_length(value, self._kinds[index])
                    self._longest[index] = max(self._longest[index], shown)

    def widths(self) -> list[int]:
        """Each column's width: its longest value or header, within 8 to 60 characters."""
        return [min(max(longest + 2, _WIDTH_MIN), _WIDTH_MAX) for longest in self._longest]


def splice_rows(book: Path, rows: Mapping[str, Path], out: Path) -> None:
    """Copy the workbook ``book`` to ``out``, with the rows in ``rows[part]`` after the header
    row of each sheet part named there (``xl/worksheets/sheet1.xml``). Streamed: the sheets of
    ``book`` hold their header row only, the rows are copied from their files in chunks."""
    with ZipFile(book) as source, ZipFile(out, "w", ZIP_DEFLATED) as target:
        for info in source.infolist():
            part = source.read(info)
            more = rows.get(info.filename)
            if more is None:
                target.writestr(info, part)
                continue
            head, end, tail = part.rpartition(b"</sheetData>")
            assert end, f"{info.filename} has no sheetData"
            with target.open(info.filename, "w") as entry, more.open("rb") as stream:
                entry.write(head)
                shutil.copyfileobj(stream, entry, 1 << 20)
                entry.write(end + tail)
