"""Session credit report exports (SPEC §4): the Excel workbook and the PDF statement.

The workbook is read back with openpyxl; the statement's text as a PDF viewer's copy or search
sees it (tests/pdf_text.py): one line per printed line, a table row's cells side by side (a cell
that wraps continues on the next line). Ledger times are UTC in the report and local in the
exports, so the tests that check times run in Warsaw time.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from openpyxl import load_workbook
from openpyxl.worksheet.worksheet import Worksheet

from studio_app.dto.credits import CategoryTotals, CreditReport, LedgerRow, LotRow
from studio_app.reports.credit_statement import write_credit_statement
from studio_app.reports.credit_workbook import write_credit_workbook
from tests.pdf_text import pdf_fonts, pdf_lines, pdf_page_count

GROUP, PT = "Group class", "Personal training"
HOUSE_FONTS = {"DejaVuSansCondensed", "DejaVuSansCondensed-Bold", "DejaVuSansCondensed-Oblique"}


def _drawn(lines: list[str]) -> str:
    """The lines as one text, so a table row whose cells wrap reads as its cells in order."""
    return " ".join(lines)


@pytest.fixture
def warsaw_time(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The desk's clock in Central European time (UTC+1 in winter, UTC+2 in summer)."""
    if not hasattr(time, "tzset"):
        pytest.skip("the local time zone can only be switched on POSIX")
    monkeypatch.setenv("TZ", "CET-1CEST,M3.5.0,M10.5.0/3")  # POSIX rule: needs no tzdata
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


def _entry(
    n: int, at: datetime, kind: str, amount: int, lot: int, detail: str, after: int, staff: str
) -> LedgerRow:
    """Ledger entry ``n`` on lot 3 (the PT pack) or lot 7 (the group-class pass)."""
    category, plan = (PT, "PT 4-pack") if lot == 3 else (GROUP, "10-class pass")
    return LedgerRow(n, at, kind, amount, lot, category, plan, detail, staff, after)


def _report(ledger: tuple[LedgerRow, ...] | None = None) -> CreditReport:
    """A member with an active group-class pass (+1 adjusted) and an expired PT pack."""
    active = LotRow(
        id=7, membership_id=21, plan_name="10-class pass", category=GROUP, source="pass",
        valid_from=date(2026, 11, 20), issued_on=date(2026, 11, 20),
        expires_on=date(2027, 2, 18), issued=10, adjusted=1, used=3, expired=0, left=8,
        state="active",
    )  # fmt: skip
    expired = LotRow(
        id=3, membership_id=12, plan_name="PT 4-pack", category=PT, source="pass",
        valid_from=date(2026, 8, 1), issued_on=date(2026, 8, 1), expires_on=date(2026, 10, 30),
        issued=4, adjusted=0, used=3, expired=1, left=0, state="expired",
    )  # fmt: skip
    anna, ewa = "Anna Kowalska", "Ewa Nowak"
    history = (
        _entry(1, datetime(2026, 8, 1, 9, 15), "grant", 4, 3, "PT 4-pack bought", 4, anna),
        _entry(2, datetime(2026, 8, 10, 17), "charge", -1, 3, "PT with Tom on 10 Aug", 3, anna),
        _entry(3, datetime(2026, 9, 1, 17), "charge", -1, 3, "PT with Tom on 1 Sep", 2, anna),
        _entry(4, datetime(2026, 9, 15, 17), "charge", -1, 3, "PT with Tom on 15 Sep", 1, anna),
        _entry(5, datetime(2026, 10, 31, 0, 5), "expiry", -1, 3, "Lot expired", 0, "Automatic"),
        _entry(6, datetime(2026, 11, 20, 10), "grant", 10, 7, "10-class pass bought", 10, anna),
        _entry(7, datetime(2026, 11, 25, 18), "charge", -1, 7, "Yin Yoga on Wed 25 Nov", 9, anna),
        _entry(8, datetime(2026, 11, 28, 8, 30), "adjustment", 1, 7, "Studio closed", 10, ewa),
        _entry(9, datetime(2026, 12, 1, 17), "charge", -1, 7, "Vinyasa on Tue 1 Dec", 9, anna),
        _entry(
            10, datetime(2026, 12, 3, 18, 32), "charge", -1, 7, "Yin Yoga on Thu 3 Dec", 8, anna
        ),
    )
    return CreditReport(
        member_id=21,
        member_name="Maria Wiśniewska",
        as_of=date(2026, 12, 8),
        totals=(CategoryTotals(GROUP, 10, 1, 3, 0, 8), CategoryTotals(PT, 4, 0, 3, 1, 0)),
        lots=(active, expired),
        ledger=history if ledger is None else ledger,
    )


def _empty_report() -> CreditReport:
    return CreditReport(21, "Peter Nowak", date(2026, 12, 8), (), (), ())


def _row(ws: Worksheet, row: int) -> list[object]:
    return [cell.value for cell in ws[row]]


def _sheet(tmp_path: Path, title: str) -> Worksheet:
    return load_workbook(write_credit_workbook("Lotus Yoga", _report(), tmp_path / "c.xlsx"))[title]


def test_workbook_has_summary_lots_and_history_sheets(tmp_path: Path) -> None:
    out = write_credit_workbook("Lotus Yoga", _report(), tmp_path / "credits.xlsx")

    wb = load_workbook(out)
    assert out == tmp_path / "credits.xlsx"
    assert wb.sheetnames == ["Summary", "Lots", "History"]
    summary, lots, history = wb["Summary"], wb["Lots"], wb["History"]
    assert [summary["A1"].value, summary["B3"].value] == ["Lotus Yoga", "Maria Wiśniewska"]
    assert summary["A4"].value == "As of"
    assert summary["B4"].value == datetime(2026, 12, 8) and summary["B4"].is_date
    assert _row(summary, 6) == ["Category", "Issued", "Adjusted", "Used", "Expired", "Available"]
    assert _row(lots, 1) == [
        "Lot #", "Plan", "Category", "Source", "Valid from", "Issued on", "Expires on",
        "Issued", "Adjusted", "Used", "Expired", "Left", "State",
    ]  # fmt: skip
    assert _row(history, 1) == [
        "Date/time", "Kind", "Amount", "Category", "Plan", "Detail", "Staff", "Available after",
    ]  # fmt: skip
    for ws, header_row in ((summary, 6), (lots, 1), (history, 1)):
        assert all(cell.font.bold for cell in ws[header_row])
        assert ws.freeze_panes == f"A{header_row + 1}"
        assert ws.auto_filter.ref.startswith(f"A{header_row}:")
        assert ws.column_dimensions["B"].width >= 8


def test_workbook_summary_has_typed_totals_per_category_and_a_total_row(tmp_path: Path) -> None:
    summary = _sheet(tmp_path, "Summary")

    assert _row(summary, 7) == [GROUP, 10, 1, 3, 0, 8]
    assert _row(summary, 8) == [PT, 4, 0, 3, 1, 0]
    assert _row(summary, 9) == ["Total", 14, 1, 6, 1, 8]
    assert all(type(v) is int for v in _row(summary, 9)[1:])
    assert summary["A9"].font.bold
    assert summary.auto_filter.ref == "A6:F8"  # sorting categories leaves the Total row last


def test_workbook_lots_keep_the_report_order_with_real_dates(tmp_path: Path) -> None:
    lots = _sheet(tmp_path, "Lots")

    assert _row(lots, 2) == [
        7, "10-class pass", GROUP, "pass", datetime(2026, 11, 20), datetime(2026, 11, 20),
        datetime(2027, 2, 18), 10, 1, 3, 0, 8, "active",
    ]  # fmt: skip
    assert _row(lots, 3)[0] == 3 and _row(lots, 3)[-3:] == [1, 0, "expired"]
    assert lots["G2"].is_date and lots["G2"].number_format == "yyyy-mm-dd"
    assert lots.max_row == 3


def test_workbook_history_is_in_local_time_with_signed_amounts(
    tmp_path: Path, warsaw_time: None
) -> None:
    history = _sheet(tmp_path, "History")

    assert history.max_row == 11
    assert history["A2"].value == datetime(2026, 8, 1, 11, 15)  # 09:15 UTC in summer time
    assert history["A11"].value == datetime(2026, 12, 3, 19, 32)  # 18:32 UTC in winter time
    assert history["A11"].number_format == "yyyy-mm-dd hh:mm"
    assert _row(history, 9) == [
        datetime(2026, 11, 28, 9, 30), "adjustment", 1, GROUP, "10-class pass", "Studio closed",
        "Ewa Nowak", 10,
    ]  # fmt: skip
    amounts = [history.cell(r, 3).value for r in range(2, 12)]
    assert amounts == [4, -1, -1, -1, -1, 10, -1, 1, -1, -1]
    assert history["C3"].number_format == "+0;-0;0"
    assert history["G6"].value == "Automatic"


def test_workbook_keeps_a_reason_that_looks_like_a_formula_as_text(tmp_path: Path) -> None:
    odd = (_entry(1, datetime(2026, 12, 1, 9), "adjustment", 2, 7, "=HYPERLINK(1)", 2, "Ewa"),)

    out = write_credit_workbook("Lotus Yoga", _report(ledger=odd), tmp_path / "c.xlsx")

    cell = load_workbook(out)["History"]["F2"]
    assert (cell.value, cell.data_type) == ("=HYPERLINK(1)", "s")


def test_statement_shows_totals_lots_and_history(tmp_path: Path, warsaw_time: None) -> None:
    pdf = write_credit_statement("Lotus Yoga", _report(), tmp_path / "credits.pdf")

    text = pdf_lines(pdf)
    assert pdf == tmp_path / "credits.pdf"
    assert pdf_page_count(pdf) == 1
    assert text[:3] == [
        "Lotus Yoga SESSION CREDIT STATEMENT",
        "Maria Wiśniewska",  # as typed, in the embedded font
        "Session credits as of Tuesday 8 December 2026",
    ]
    for heading in ("Credits by category", "Active lots", "Expired lots", "History"):
        assert heading in text
    figures = text.index("AVAILABLE USED EXPIRED")
    assert text[figures + 1] == "8 6 1"
    totals = text[text.index("Credits by category") : text.index("Active lots")]
    assert f"{GROUP} 10 +1 3 0 8" in totals
    assert "Total 14 +1 6 1 8" in totals
    active = _drawn(text[text.index("Active lots") : text.index("Expired lots")])
    assert (
        "7 10-class pass Group class \u00b7 pass 20 Nov 2026 18 Feb 2027 10 +1 3 0 8 active"
        in active
    )
    expired = _drawn(text[text.index("Expired lots") : text.index("History")])
    assert "3 PT 4-pack Personal training \u00b7 pass 1 Aug 2026 30 Oct 2026 4 0 3 1 0" in expired
    history = text[text.index("History") :]
    # 18:32 UTC, printed in local time
    last = history.index(
        f"3 Dec 2026 19:32 charge -1 {GROUP} Yin Yoga on Thu 3 Dec Anna Kowalska 8"
    )
    assert history.index("1 Aug 2026 11:15 grant +4 Personal") < last
    assert (
        history.index(f"28 Nov 2026 09:30 adjustment +1 {GROUP} Studio closed Ewa Nowak 10") < last
    )
    assert "Lot expired Automatic 0" in history
    assert text[-1].endswith("Maria Wiśniewska \u00b7 credits as of 8 Dec 2026 Page 1 of 1")
    assert pdf_fonts(pdf) <= HOUSE_FONTS


def test_long_history_runs_over_pages_with_the_header_repeated(tmp_path: Path) -> None:
    start = datetime(2026, 1, 5, 17, 0)
    ledger = tuple(
        _entry(n, start + timedelta(days=n), "charge", -1, 7, f"Class number {n}", 99 - n, "Ewa")
        for n in range(1, 91)
    )

    pdf = write_credit_statement("Lotus Yoga", _report(ledger=ledger), tmp_path / "long.pdf")

    text = pdf_lines(pdf)
    pages = pdf_page_count(pdf)
    assert pages >= 2
    assert text[-1].endswith(f"Page {pages} of {pages}")
    drawn = _drawn(text)
    assert all(f" Class number {n} Ewa {99 - n} " in drawn for n in range(1, 91))
    # the history header repeats on every page
    assert sum(line.startswith("Date Kind Credits Category Detail") for line in text) == pages


def test_member_without_credits_gets_an_empty_workbook_and_a_no_credits_page(
    tmp_path: Path,
) -> None:
    xlsx = write_credit_workbook("Lotus Yoga", _empty_report(), tmp_path / "none.xlsx")
    pdf = write_credit_statement("Lotus Yoga", _empty_report(), tmp_path / "none.pdf")

    wb = load_workbook(xlsx)
    assert wb.sheetnames == ["Summary", "Lots", "History"]
    assert _row(wb["Summary"], 7) == ["Total", 0, 0, 0, 0, 0]
    assert wb["Lots"].max_row == 1 and wb["History"].max_row == 1
    text = pdf_lines(pdf)
    assert pdf_page_count(pdf) == 1
    assert text[1:5] == [
        "Peter Nowak",
        "Session credits as of Tuesday 8 December 2026",
        "No session credits",
        "No credits have been issued to this member.",
    ]
    assert text[-1].endswith("Page 1 of 1")
    assert "Active lots" not in text
    assert pdf_fonts(pdf) <= HOUSE_FONTS
