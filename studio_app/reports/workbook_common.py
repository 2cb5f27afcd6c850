"""The house style of every Excel workbook a report writes (SPEC §7 "Excel export"): a title
block (studio, report, range), then tables with a bold shaded header that is frozen and
filterable, optional bold total rows, columns fitted to their values. The number formats and
money helpers here serve every workbook; the openpyxl helpers (put_row, write_table, put_total,
fit_columns) serve the credit statement's workbook, the other reports write theirs through
reports/sheet_writer.py.

Dates, times, counts and money are real Excel values (money in the studio's currency format),
so the studio can sort, filter and sum them; text always stays text (a name typed as "=1+1" is
not a formula).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from datetime import UTC, date, datetime
from typing import Any

from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from studio_app.domain.formats import MoneyFormat

DATE = "yyyy-mm-dd"
DATE_TIME = "yyyy-mm-dd hh:mm"
PERCENT = "0.0%"
BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_TOTAL_BORDER = Border(top=Side(style="thin"))
_WIDTH_MIN, _WIDTH_MAX = 8, 60


def local_time(at: datetime) -> datetime:
    """A stored time (naive UTC) as the desk's local wall-clock time, without a zone."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def money_format(money: MoneyFormat) -> str:
    """The Excel number format of the studio's money: '"€"#,##0.00' or '#,##0.00" zł"'.
    (Excel shows the decimal point or comma of the computer it opens on.)"""
    symbol = money.symbol.strip().replace('"', "")
    if not symbol:
        return "#,##0.00"
    return f'#,##0.00" {symbol}"' if money.symbol_after else f'"{symbol}"#,##0.00'


def amount(cents: int) -> float:
    """An amount in cents as the number an Excel money cell holds."""
    return cents / 100


def put_row(ws: Worksheet, row: int, values: Sequence[Any]) -> None:
    """Write one row; text always stays text; dates and times get their formats."""
    for col, value in enumerate(values, 1):
        cell = ws.cell(row, col)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"
        else:
            cell.value = value
        if isinstance(value, datetime):
            cell.number_format = DATE_TIME
        elif isinstance(value, date):
            cell.number_format = DATE


def write_table(
    ws: Worksheet,
    top: int,
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    formats: Mapping[int, str] | None = None,
) -> int:
    """Write a bold, shaded header with the rows below it, frozen and filterable; ``formats``
    gives a number format per column index (0-based). Returns the number of the last row."""
    put_row(ws, top, header)
    for cell in ws[top]:
        cell.font, cell.fill = BOLD, _HEADER_FILL
    for offset, values in enumerate(rows, 1):
        put_row(ws, top + offset, values)
    bottom = top + len(rows)
    for index, number_format in (formats or {}).items():
        for (cell,) in ws.iter_rows(
            min_row=top + 1, max_row=bottom, min_col=index + 1, max_col=index + 1
        ):
            cell.number_format = number_format
    ws.auto_filter.ref = f"A{top}:{get_column_letter(len(header))}{max(bottom, top)}"
    ws.freeze_panes = ws.cell(top + 1, 1)
    return bottom


def put_total(ws: Worksheet, row: int, values: Sequence[Any], formats: Mapping[int, str]) -> None:
    """A bold total row under a table (outside its filter, so sorting never moves it)."""
    put_row(ws, row, values)
    for index, cell in enumerate(ws[row]):
        cell.font, cell.border = BOLD, _TOTAL_BORDER
        if index in formats:
            cell.number_format = formats[index]


def fit_columns(ws: Worksheet, first_row: int = 1) -> None:
    """Widen each column to its longest shown value from ``first_row`` down (dates count as
    they are formatted)."""
    for column in ws.iter_cols(min_row=first_row):
        longest = 0
        for cell in column:
            if isinstance(cell.value, datetime):
                shown = len(DATE_TIME)
            elif isinstance(cell.value, date):
                shown = len(DATE)
            else:
                shown = len(str(cell.value)) if cell.value is not None else 0
            longest = max(longest, shown)
        width = min(max(longest + 2, _WIDTH_MIN), _WIDTH_MAX)
        ws.column_dimensions[get_column_letter(column[0].column)].width = width
