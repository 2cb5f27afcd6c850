"""A member's session credit report as an Excel workbook (SPEC §4: "export to Excel").

Three sheets: "Summary" (totals per credit category with a Total row), "Lots" (every credit
lot, active before expired) and "History" (the full ledger, oldest first). Dates, times and
credit amounts are stored as real Excel dates and integers, so the studio can sort, filter
and sum them. Ledger times are stored in UTC and shown in the desk's local time.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.styles import Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from studio_app.dto.credits import CreditReport

_DATE = "yyyy-mm-dd"
_DATE_TIME = "yyyy-mm-dd hh:mm"
_SIGNED = "+0;-0;0"  # a grant reads "+4", a charge "-1"
_BOLD = Font(bold=True)
_HEADER_FILL = PatternFill("solid", fgColor="E6E6E6")
_TOTAL_BORDER = Border(top=Side(style="thin"))
_WIDTH_MIN, _WIDTH_MAX = 8, 60

SUMMARY_HEADER = ("Category", "Issued", "Adjusted", "Used", "Expired", "Available")
LOTS_HEADER = (
    "Lot #",
    "Plan",
    "Category",
    "Source",
    "Valid from",
    "Issued on",
    "Expires on",
    "Issued",
    "Adjusted",
    "Used",
    "Expired",
    "Left",
    "State",
)
HISTORY_HEADER = (
    "Date/time",
    "Kind",
    "Amount",
    "Category",
    "Plan",
    "Detail",
    "Staff",
    "Available after",
)


def local_time(at: datetime) -> datetime:
    """A ledger time (naive UTC) as the desk's local wall-clock time, without a zone."""
    return at.replace(tzinfo=UTC).astimezone().replace(tzinfo=None)


def _put(ws: Worksheet, row: int, values: Sequence[Any]) -> None:
    """Write one row; text always stays text (a reason typed as "=1+1" is not a formula)."""
    for col, value in enumerate(values, 1):
        cell = ws.cell(row, col)
        if isinstance(value, str):
            cell.value = ILLEGAL_CHARACTERS_RE.sub("", value)
            cell.data_type = "s"
        else:
            cell.value = value
        if isinstance(value, datetime):
            cell.number_format = _DATE_TIME
        elif isinstance(value, date):
            cell.number_format = _DATE


def _table(ws: Worksheet, top: int, header: Sequence[str], rows: Sequence[Sequence[Any]]) -> int:
    """Write a bold, shaded header with the rows below it, frozen and filterable.

    Returns the number of the last row written.
    """
    _put(ws, top, header)
    for cell in ws[top]:
        cell.font, cell.fill = _BOLD, _HEADER_FILL
    for offset, values in enumerate(rows, 1):
        _put(ws, top + offset, values)
    bottom = top + len(rows)
    ws.auto_filter.ref = f"A{top}:{get_column_letter(len(header))}{bottom}"
    ws.freeze_panes = ws.cell(top + 1, 1)
    return bottom


def _fit_columns(ws: Worksheet) -> None:
    """Widen each column to its longest shown value (dates count as they are formatted)."""
    for column in ws.iter_cols():
        longest = 0
        for cell in column:
            if isinstance(cell.value, datetime):
                shown = len(_DATE_TIME)
            elif isinstance(cell.value, date):
                shown = len(_DATE)
            else:
                shown = len(str(cell.value)) if cell.value is not None else 0
            longest = max(longest, shown)
        width = min(max(longest + 2, _WIDTH_MIN), _WIDTH_MAX)
        ws.column_dimensions[get_column_letter(column[0].column)].width = width


def _summary(ws: Worksheet, studio_name: str, report: CreditReport) -> None:
    """Studio, member and day, then one row per credit category and a Total row."""
    _put(ws, 1, [studio_name])
    ws["A1"].font = Font(bold=True, size=14)
    _put(ws, 2, ["Session credit report"])
    _put(ws, 3, ["Member", report.member_name])
    _put(ws, 4, ["As of", report.as_of])
    for row in (3, 4):
        ws.cell(row, 1).font = _BOLD
    rows = [
        (t.category, t.issued, t.adjusted, t.used, t.expired, t.available) for t in report.totals
    ]
    # The filter covers the categories only, so sorting them never moves the Total row.
    last = _table(ws, 6, SUMMARY_HEADER, rows)
    total = [sum(r[i] for r in rows) for i in range(1, len(SUMMARY_HEADER))]
    _put(ws, last + 1, ["Total", *total])
    for cell in ws[last + 1]:
        cell.font, cell.border = _BOLD, _TOTAL_BORDER
    _fit_columns(ws)


def _lots(ws: Worksheet, report: CreditReport) -> None:
    rows = [
        (
            lot.id,
            lot.plan_name,
            lot.category,
            lot.source,
            lot.valid_from,
            lot.issued_on,
            lot.expires_on,
            lot.issued,
            lot.adjusted,
            lot.used,
            lot.expired,
            lot.left,
            lot.state,
        )
        for lot in report.lots
    ]
    _table(ws, 1, LOTS_HEADER, rows)
    _fit_columns(ws)


def _history(ws: Worksheet, report: CreditReport) -> None:
    rows = [
        (
            local_time(e.at),
            e.kind,
            e.amount,
            e.category,
            e.plan_name,
            e.detail,
            e.staff_name,
            e.available_after,
        )
        for e in report.ledger
    ]
    last = _table(ws, 1, HISTORY_HEADER, rows)
    for (cell,) in ws.iter_rows(min_row=2, max_row=last, min_col=3, max_col=3):
        cell.number_format = _SIGNED
    _fit_columns(ws)


def write_credit_workbook(studio_name: str, report: CreditReport, out: Path) -> Path:
    """Write the member's session credit report as an .xlsx workbook and return ``out``.

    Lots keep the report's order (active first, then expired) and the history is the full
    ledger; a member without credits still gets all three sheets, with headers and zero totals.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    wb = Workbook()
    _summary(wb.active, studio_name, report)
    wb.active.title = "Summary"
    _lots(wb.create_sheet("Lots"), report)
    _history(wb.create_sheet("History"), report)
    wb.properties.title = f"Session credit report \u2013 {report.member_name}"
    wb.properties.creator = studio_name
    wb.save(out)
    return out
