"""A member's session credit report as an Excel workbook (SPEC §4: "export to Excel").

Three sheets: "Summary" (totals per credit category with a Total row), "Lots" (every credit
lot, active before expired) and "History" (the full ledger, oldest first). Dates, times and
credit amounts are stored as real Excel dates and integers, so the studio can sort, filter
and sum them. Ledger times are stored in UTC and shown in the desk's local time.
"""

from __future__ import annotations

from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Font
from openpyxl.worksheet.worksheet import Worksheet

from studio_app.dto.credits import CreditReport
from studio_app.reports.workbook_common import (
    BOLD,
    fit_columns,
    local_time,
    put_row,
    put_total,
    write_table,
)

_SIGNED = "+0;-0;0"  # a grant reads "+4", a charge "-1"

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


def _summary(ws: Worksheet, studio_name: str, report: CreditReport) -> None:
    """Studio, member and day, then one row per credit category and a Total row."""
    put_row(ws, 1, [studio_name])
    ws["A1"].font = Font(bold=True, size=14)
    put_row(ws, 2, ["Session credit report"])
    put_row(ws, 3, ["Member", report.member_name])
    put_row(ws, 4, ["As of", report.as_of])
    for row in (3, 4):
        ws.cell(row, 1).font = BOLD
    rows = [
        (t.category, t.issued, t.adjusted, t.used, t.expired, t.available) for t in report.totals
    ]
    # The filter covers the categories only, so sorting them never moves the Total row.
    last = write_table(ws, 6, SUMMARY_HEADER, rows)
    total = [sum(r[i] for r in rows) for i in range(1, len(SUMMARY_HEADER))]
    put_total(ws, last + 1, ["Total", *total], {})
    fit_columns(ws)


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
    write_table(ws, 1, LOTS_HEADER, rows)
    fit_columns(ws)


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
    write_table(ws, 1, HISTORY_HEADER, rows, {2: _SIGNED})
    fit_columns(ws)


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
