"""The report workbook writer (reports/sheet_writer.py): what Excel users see when they open a
report's workbook, read back with openpyxl."""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from openpyxl import load_workbook

from studio_app.reports.sheet_writer import SheetTable, column_letter, write_workbook
from studio_app.reports.workbook_common import DATE, DATE_TIME, PERCENT

EURO = '"€"#,##0.00'


def _dues(tmp_path: Path) -> Path:
    table = SheetTable(
        "Dues",
        ["Member", "Due", "Amount", "Share", "Noted"],
        [
            ["Łukasz Żółć", date(2026, 12, 1), 59.5, 0.25, datetime(2026, 11, 30, 18, 5)],
            ["=1+1", date(2026, 12, 3), 120.0, 0.75, None],
            ["Zoë Ångström", date(2026, 12, 4), Decimal("10.50"), float("nan"), "\x07x"],
        ],
        {2: EURO, 3: PERCENT},
        ["Total", "", 189.5, 1.0, ""],
    )
    return write_workbook(
        tmp_path / "dues.xlsx",
        studio_name="Þór's Studio",
        title="Installments due",
        lines=["1 Dec 2026 – 31 Dec 2026"],
        sheets=[table, SheetTable("Empty", ["Plan", "Count"], [])],
    )


def test_a_report_workbook_holds_the_title_block_the_table_and_the_total(tmp_path: Path) -> None:
    wb = load_workbook(_dues(tmp_path))
    assert wb.sheetnames == ["Dues", "Empty"]
    assert (wb.properties.title, wb.properties.creator) == ("Installments due", "Þór's Studio")
    ws = wb["Dues"]
    assert [ws.cell(r, 1).value for r in range(1, 5)] == [
        "Þór's Studio",
        "Installments due",
        "1 Dec 2026 – 31 Dec 2026",
        None,
    ]
    assert ws["A1"].font.b and ws["A1"].font.sz == 14 and ws["A2"].font.b
    assert [c.value for c in ws[5]] == ["Member", "Due", "Amount", "Share", "Noted"]
    assert all(c.font.b and c.fill.fgColor.rgb.endswith("E6E6E6") for c in ws[5])
    rows = [[c.value for c in row] for row in ws.iter_rows(min_row=6, max_row=9)]
    assert rows == [
        ["Łukasz Żółć", datetime(2026, 12, 1), 59.5, 0.25, datetime(2026, 11, 30, 18, 5)],
        ["=1+1", datetime(2026, 12, 3), 120, 0.75, None],
        ["Zoë Ångström", datetime(2026, 12, 4), "10.50", "nan", "x"],
        ["Total", None, 189.5, 1, None],
    ]
    # A name that looks like a formula stays text; a bell character is dropped.
    assert ws["A7"].data_type == "s"
    assert (ws["B6"].number_format, ws["C6"].number_format, ws["D6"].number_format) == (
        DATE,
        EURO,
        PERCENT,
    )
    assert ws["E6"].number_format == DATE_TIME
    assert all(c.font.b and c.border.top.style == "thin" for c in ws[9])
    assert ws["C9"].number_format == EURO
    # The header stays in view, the filter covers the table but not the total.
    assert ws.freeze_panes == "A6"
    assert ws.auto_filter.ref == "A5:E8"
    assert ws.column_dimensions["A"].width == len("Zoë Ångström") + 2
    assert ws.column_dimensions["B"].width == len(DATE) + 2
    empty = wb["Empty"]
    assert [c.value for c in empty[5]] == ["Plan", "Count"]
    assert empty.auto_filter.ref == "A5:B5"


def test_a_workbook_without_tables_still_opens_and_names_the_studio(tmp_path: Path) -> None:
    out = write_workbook(
        tmp_path / "none.xlsx", studio_name="Zoë Yoga", title="Revenue", lines=[], sheets=[]
    )
    wb = load_workbook(out)
    assert wb.sheetnames == ["Revenue"]
    assert wb["Revenue"]["A1"].value == "Zoë Yoga"


def test_column_letters_run_past_z() -> None:
    assert [column_letter(n) for n in (1, 26, 27, 52, 53, 702, 703)] == [
        "A",
        "Z",
        "AA",
        "AZ",
        "BA",
        "ZZ",
        "AAA",
    ]
