"""The revenue report as a PDF (portrait, the house style) and as an Excel workbook (SPEC §7).

The PDF: the masthead "REVENUE", the range, four figures (received, payments, discounts
given, unpaid visits open), then one ruled table per breakdown, each closed by a Total row:
what the money paid for (memberships, drop-in visits, products), by payment method with each
method's share, by plan, by product, the discounts given by kind, and the unpaid visits still
open (member, class, when). Money is written in the studio's format, shares with its decimal
separator.

The workbook holds the same figures in the sheets "Summary", "By method", "By plan",
"By product" and "Unpaid visits"; money cells are numbers in the studio's currency format,
shares are percentages, class times real date-times.

Architecture rule: reports import only DTOs, the domain and ReportLab/openpyxl.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from studio_app.domain.formats import MoneyFormat, day_text, moment_text, percent_text
from studio_app.domain.formats import range_text as days_text
from studio_app.dto.report_revenue import RevenueLine, RevenueReport
from studio_app.dto.reports import ReportHeader
from studio_app.reports.pdf_common import (
    GREY,
    TITLE_STYLE,
    WHEN_STYLE,
    Progress,
    figures,
    grid,
    masthead,
    para,
    section,
    style,
    text_width,
    write_pdf,
)
from studio_app.reports.sheet_writer import SheetTable, write_workbook
from studio_app.reports.workbook_common import PERCENT, amount, money_format

TITLE = "Revenue"
_CELL = style("cell", 8.5)
_NOTE = style("note", 8, color=GREY, spaceAfter=4)
_EMPTY = style("empty", 9, color=GREY)
#: The width of a number column.
_NUMBER = 78


def range_text(report: RevenueReport) -> str:
    """ "1–30 Nov 2026", or the one day."""
    return days_text(report.date_from, report.date_to)


def visits_text(count: int) -> str:
    """ "1 visit", "3 visits"."""
    return f"{count} visit" if count == 1 else f"{count} visits"


def _figures(report: RevenueReport, money: MoneyFormat, width: float) -> Table:
    """The four numbers the owner looks at first."""
    facts = (
        ("RECEIVED", money.text(report.total_cents)),
        ("PAYMENTS", str(report.payments)),
        ("DISCOUNTS GIVEN", money.text(report.discount_cents)),
        ("UNPAID VISITS OPEN", str(len(report.unpaid))),
    )
    return figures(facts, width)


def _widths(width: float, numbers: int) -> list[float]:
    """The first column takes what the ``numbers`` number columns leave."""
    return [width - numbers * _NUMBER] + [_NUMBER] * numbers


def _shares(
    title: str, lines: Sequence[RevenueLine], report: RevenueReport, money: MoneyFormat, w: float
) -> list[Flowable]:
    """Lines of payments with their count, amount and share of everything received."""
    rows: list[list[Any]] = [
        [
            para(line.label, _CELL),
            str(line.count),
            money.text(line.amount_cents),
            percent_text(report.share(line.amount_cents), money),
        ]
        for line in lines
    ]
    count, cents = sum(line.count for line in lines), sum(line.amount_cents for line in lines)
    rows.append(["Total", str(count), money.text(cents), percent_text(report.share(cents), money)])
    header = (title, "Payments", "Amount", "Share")
    return [grid(header, rows, _widths(w, 3), range(1, 4), total=True)]


def _plans(report: RevenueReport, money: MoneyFormat, w: float) -> list[Flowable]:
    lines = report.by_plan
    if not lines:
        return [para("No membership was paid in this range.", _EMPTY)]
    rows: list[list[Any]] = [
        [
            para(line.label, _CELL),
            str(line.count),
            money.text(line.discount_cents),
            money.text(line.amount_cents),
        ]
        for line in lines
    ]
    rows.append(
        [
            "Total",
            str(sum(line.count for line in lines)),
            money.text(sum(line.discount_cents for line in lines)),
            money.text(sum(line.amount_cents for line in lines)),
        ]
    )
    header = ("Plan", "Payments", "Discounts", "Amount")
    return [grid(header, rows, _widths(w, 3), range(1, 4), total=True)]


def _counted(
    header: tuple[str, str, str], lines: Sequence[RevenueLine], money: MoneyFormat, w: float
) -> list[Flowable]:
    """Lines with a count and an amount, and their Total."""
    rows: list[list[Any]] = [
        [para(line.label, _CELL), str(line.count), money.text(line.amount_cents)] for line in lines
    ]
    total = sum(line.amount_cents for line in lines)
    rows.append(["Total", str(sum(line.count for line in lines)), money.text(total)])
    return [grid(header, rows, _widths(w, 2), range(1, 3), total=True)]


def _unpaid(report: RevenueReport, w: float) -> list[Flowable]:
    note = para(
        f"Visits registered unpaid and not paid since, for classes up to "
        f"{day_text(report.date_to)}, as of {day_text(report.as_of)}. A visit has no set "
        "price: they are counted, not summed.",
        _NOTE,
    )
    if not report.unpaid:
        return [note, para("No unpaid visit is open.", _EMPTY)]
    rows: list[list[Any]] = [
        [
            para(visit.member_name, _CELL),
            para(visit.class_name, _CELL),
            moment_text(visit.starts_at, weekday=True),
        ]
        for visit in report.unpaid
    ]
    rows.append(["Total", visits_text(len(report.unpaid)), ""])
    widths = [w * 0.4, w * 0.35, w * 0.25]
    return [note, grid(("Member", "Class", "Class starts"), rows, widths, total=True)]


def _story(report: RevenueReport, header: ReportHeader) -> list[Flowable]:
    money, w = header.money, text_width(header.paper)
    if report.payments:
        methods = _shares("Method", report.by_method, report, money, w)
    else:
        methods = [para("No payment was taken in this range.", _EMPTY)]
    products: list[Flowable] = (
        _counted(("Product", "Quantity", "Amount"), report.by_product, money, w)
        if report.by_product
        else [para("No product was sold in this range.", _EMPTY)]
    )
    return [
        masthead(header.studio_name, "REVENUE", w, 0.65),
        para(TITLE, TITLE_STYLE),
        para(range_text(report), WHEN_STYLE),
        Spacer(1, 10),
        _figures(report, money, w),
        *section("Received for", *_shares("Paid for", report.received, report, money, w)),
        *section("By payment method", *methods),
        *section("By plan", *_plans(report, money, w)),
        *section("By product", *products),
        *section(
            "Discounts given",
            *_counted(("Discount", "Payments", "Amount"), report.discounts, money, w),
        ),
        *section("Unpaid visits still open", *_unpaid(report, w)),
    ]


def write_revenue_pdf(
    report: RevenueReport, header: ReportHeader, out: Path, progress: Progress | None = None
) -> Path:
    """Write the revenue report as a portrait PDF on the studio's paper; returns ``out``."""
    when = range_text(report)
    return write_pdf(
        _story(report, header),
        header,
        out,
        title=f"{TITLE} \u2013 {when}",
        label=f"{TITLE} \u00b7 {when}",
        progress=progress,
    )


def _summary(report: RevenueReport, money: str) -> SheetTable:
    """Every figure of the report's first page, one per row, grouped by the first column."""
    rows: list[tuple[Any, ...]] = [
        ("Received", "Total", report.payments, amount(report.total_cents)),
        *(("Received", ln.label, ln.count, amount(ln.amount_cents)) for ln in report.received),
        ("Discounts given", "Total", report.discounted, amount(report.discount_cents)),
        *(
            ("Discounts given", ln.label, ln.count, amount(ln.amount_cents))
            for ln in report.discounts
        ),
        ("Unpaid visits still open", "Total", len(report.unpaid), None),
    ]
    return SheetTable("Summary", ("Figure", "Detail", "Count", "Amount"), rows, {3: money})


def _methods(report: RevenueReport, money: str) -> SheetTable:
    rows = [
        (ln.label, ln.count, amount(ln.amount_cents), report.share(ln.amount_cents))
        for ln in report.by_method
    ]
    total = ("Total", report.payments, amount(report.total_cents), report.share(report.total_cents))
    header = ("Method", "Payments", "Amount", "Share")
    return SheetTable("By method", header, rows, {2: money, 3: PERCENT}, total)


def _plans_sheet(report: RevenueReport, money: str) -> SheetTable:
    lines = report.by_plan
    rows = [
        (ln.label, ln.count, amount(ln.discount_cents), amount(ln.amount_cents)) for ln in lines
    ]
    total = (
        "Total",
        sum(ln.count for ln in lines),
        amount(sum(ln.discount_cents for ln in lines)),
        amount(sum(ln.amount_cents for ln in lines)),
    )
    header = ("Plan", "Payments", "Discounts", "Amount")
    return SheetTable("By plan", header, rows, {2: money, 3: money}, total)


def _products_sheet(report: RevenueReport, money: str) -> SheetTable:
    lines = report.by_product
    rows = [(ln.label, ln.count, amount(ln.amount_cents)) for ln in lines]
    total = (
        "Total",
        sum(ln.count for ln in lines),
        amount(sum(ln.amount_cents for ln in lines)),
    )
    return SheetTable("By product", ("Product", "Quantity", "Amount"), rows, {2: money}, total)


def _unpaid_sheet(report: RevenueReport) -> SheetTable:
    rows = [(v.member_name, v.class_name, v.starts_at) for v in report.unpaid]
    total = ("Total", visits_text(len(report.unpaid)), None)
    return SheetTable("Unpaid visits", ("Member", "Class", "Class starts"), rows, {}, total)


def write_revenue_workbook(report: RevenueReport, header: ReportHeader, out: Path) -> Path:
    """Write the revenue report as an .xlsx workbook; returns ``out``."""
    money = money_format(header.money)
    return write_workbook(
        out,
        studio_name=header.studio_name,
        title=TITLE,
        lines=[
            range_text(report),
            f"Unpaid visits: classes up to {day_text(report.date_to)}, "
            f"as of {day_text(report.as_of)}",
        ],
        sheets=[
            _summary(report, money),
            _methods(report, money),
            _plans_sheet(report, money),
            _products_sheet(report, money),
            _unpaid_sheet(report),
        ],
    )
