"""The billing reports as PDFs and workbooks (SPEC §6, §7): memberships expiring in a range with
what happens at their end, and installments due and overdue, with their totals in the studio's
currency.

A month at a 20,000-member studio lists thousands of rows, so the table is a
:class:`~studio_app.reports.row_table.RowTable` (drawn straight onto the page, in the look of
``pdf_common.grid``) rather than a platypus Table, which takes seconds for that.
Architecture rule: reports import only DTOs, domain and other reports modules.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence
from functools import cache
from pathlib import Path

from reportlab.platypus import Flowable, Spacer

from studio_app.domain.formats import day_text, range_text
from studio_app.dto.report_billing import DuesReport, ExpiringReport, Outcome
from studio_app.dto.reports import ReportHeader
from studio_app.reports.pdf_common import (
    GREY,
    TITLE_STYLE,
    WHEN_STYLE,
    Progress,
    figures,
    masthead,
    para,
    style,
    text_width,
    write_pdf,
)
from studio_app.reports.row_table import RowTable
from studio_app.reports.sheet_writer import SheetTable
from studio_app.reports.sheet_writer import write_workbook as write_sheets
from studio_app.reports.workbook_common import DATE, amount, money_format

_NOTE = style("note", 9, color=GREY, spaceBefore=2)
_EMPTY = style("empty", 10, color=GREY, spaceBefore=14)
#: The figures' type size: smaller than pdf_common's, so that five of them share a line and a
#: month's total of prices ("15500,00 zł") still fits its column.
_FIGURE_SIZE = 14
#: The long tables' type size: a little smaller than pdf_common.grid's, so the front desk's
#: longest "what happens at the end" text takes two lines, not three.
_SIZE = 8.0


def _count(n: int, thing: str) -> str:
    """ "1 membership", "5,428 memberships"."""
    return f"{n:,} {thing}" if n == 1 else f"{n:,} {thing}s"


def _table(
    head: Sequence[str],
    rows: Sequence[Sequence[str]],
    widths: Sequence[float],
    numeric: Collection[int],
    width: float,
) -> RowTable:
    """The rows, the last a total, across ``width``: the column of width 0 takes what the
    others leave."""
    rest = width - sum(widths)
    return RowTable(head, rows, [w or rest for w in widths], numeric, total=True, size=_SIZE)


_EXPIRING_HEADER = ("Member", "Plan", "Installment", "Ends on", "What happens at the end", "Price")


def write_expiring_pdf(
    report: ExpiringReport, header: ReportHeader, out: Path, progress: Progress | None = None
) -> Path:
    """Memberships expiring as a PDF: how many expire, are extended automatically, end, or
    have no card on file, and the total of their prices; then one row per membership, soonest
    first, with a total row."""
    money, width = header.money, text_width(header.paper)
    when = range_text(report.first, report.last)
    story: list[Flowable] = [
        masthead(header.studio_name, "EXPIRING MEMBERSHIPS", width, 0.6),
        para("Memberships expiring", TITLE_STYLE),
        para(f"Last day {when}", WHEN_STYLE),
        Spacer(1, 10),
    ]
    if not report.rows:
        story.append(para("No membership ends in this range.", _EMPTY))
    else:
        story += [
            figures(
                (
                    ("EXPIRING", f"{len(report.rows):,}"),
                    ("EXTENDED", f"{report.count(Outcome.EXTENDED):,}"),
                    ("END", f"{report.count(Outcome.ENDS):,}"),
                    ("NO CARD ON FILE", f"{report.count(Outcome.NO_CARD):,}"),
                    ("TOTAL OF PRICES", money.text(report.total_cents)),
                ),
                width,
                size=_FIGURE_SIZE,
            ),
            para(
                "Extended: renewed automatically at its end. No card on file: it would be "
                "extended automatically with a card on file; extend it at the desk.",
                _NOTE,
            ),
            Spacer(1, 8),
        ]
        day, price = cache(day_text), cache(money.text)  # a month has few of each
        rows = [
            (
                r.member_name,
                r.plan_name,
                r.installment,
                day(r.ends_on),
                r.ending,
                price(r.price_cents),
            )
            for r in report.rows
        ]
        rows.append(
            ("Total", "", "", "", _count(len(rows), "membership"), money.text(report.total_cents))
        )
        story.append(_table(_EXPIRING_HEADER, rows, [100, 82, 54, 56, 0, 56], (5,), width))
    return write_pdf(
        story,
        header,
        out,
        title=f"Memberships expiring {when}",
        label=f"Expiring {when}",
        progress=progress,
    )


def write_expiring_workbook(report: ExpiringReport, header: ReportHeader, out: Path) -> Path:
    """The same rows as a workbook: the last day as a date, the price as money."""
    money = money_format(header.money)
    rows = [
        (r.member_name, r.plan_name, r.installment, r.ends_on, r.ending, amount(r.price_cents))
        for r in report.rows
    ]
    summary = (
        f"{_count(len(rows), 'membership')}: {report.count(Outcome.EXTENDED):,} extended "
        f"automatically, {report.count(Outcome.ENDS):,} end, "
        f"{report.count(Outcome.NO_CARD):,} no card on file"
    )
    return write_sheets(
        out,
        studio_name=header.studio_name,
        title="Memberships expiring",
        lines=[f"Last day {range_text(report.first, report.last)}", summary],
        sheets=[
            SheetTable(
                "Expiring",
                _EXPIRING_HEADER,
                rows,
                {3: DATE, 5: money},
                ("Total", "", "", "", _count(len(rows), "membership"), amount(report.total_cents)),
            )
        ],
    )


_DUES_HEADER = (
    "Member",
    "Plan",
    "Installment",
    "Due date",
    "Amount",
    "Days overdue",
    "Card on file",
)


def _lateness(days_overdue: int) -> str:
    """ "12" days overdue, "due today", "due in 3 days"."""
    if days_overdue > 0:
        return f"{days_overdue:,}"
    if days_overdue == 0:
        return "due today"
    return "due in 1 day" if days_overdue == -1 else f"due in {-days_overdue:,} days"


def _dues_subtitle(report: DuesReport) -> str:
    return (
        f"Due {range_text(report.first, report.last)}, and every older installment still "
        "unpaid (overdue)"
    )


def write_dues_pdf(
    report: DuesReport, header: ReportHeader, out: Path, progress: Progress | None = None
) -> Path:
    """Installments due and overdue as a PDF: the total due and how much of it is overdue,
    then one row per unpaid installment, oldest due first, with a total row."""
    money, width = header.money, text_width(header.paper)
    when, overdue = range_text(report.first, report.last), report.overdue
    story: list[Flowable] = [
        masthead(header.studio_name, "INSTALLMENTS DUE", width, 0.6),
        para("Installments due and overdue", TITLE_STYLE),
        para(_dues_subtitle(report), WHEN_STYLE),
        para(
            f"Overdue: due before {day_text(report.today)} and not paid; days overdue as of "
            f"{day_text(report.today)}.",
            _NOTE,
        ),
        Spacer(1, 10),
    ]
    if not report.rows:
        story.append(para("No installment is due.", _EMPTY))
    else:
        story += [
            figures(
                (
                    ("TOTAL DUE", money.text(report.total_cents)),
                    ("INSTALLMENTS", f"{len(report.rows):,}"),
                    ("OF WHICH OVERDUE", money.text(report.overdue_cents)),
                    ("OVERDUE INSTALLMENTS", f"{len(overdue):,}"),
                ),
                width,
                size=_FIGURE_SIZE,
            ),
            Spacer(1, 8),
        ]
        day, price, late = cache(day_text), cache(money.text), cache(_lateness)
        rows = [
            (
                r.member_name,
                r.plan_name,
                r.installment,
                day(r.due_on),
                price(r.amount_cents),
                late(r.days_overdue),
                "yes" if r.card_on_file else "no",
            )
            for r in report.rows
        ]
        rows.append(
            (
                "Total",
                _count(len(rows), "installment"),
                "",
                "",
                money.text(report.total_cents),
                f"{len(overdue):,} overdue",
                "",
            )
        )
        story.append(_table(_DUES_HEADER, rows, [0, 94, 54, 56, 58, 64, 54], (4, 5), width))
    return write_pdf(
        story,
        header,
        out,
        title=f"Installments due {when}",
        label=f"Due {when} and overdue",
        progress=progress,
    )


def write_dues_workbook(report: DuesReport, header: ReportHeader, out: Path) -> Path:
    """The same rows as a workbook: due dates as dates, amounts as money, days overdue as a
    number (blank when not overdue yet)."""
    money = money_format(header.money)
    overdue = report.overdue
    rows = [
        (
            r.member_name,
            r.plan_name,
            r.installment,
            r.due_on,
            amount(r.amount_cents),
            r.days_overdue if r.days_overdue > 0 else None,
            "Yes" if r.card_on_file else "No",
        )
        for r in report.rows
    ]
    totals = (
        f"Total due {header.money.text(report.total_cents)} in "
        f"{_count(len(rows), 'installment')}; of which overdue "
        f"{header.money.text(report.overdue_cents)} in "
        f"{_count(len(overdue), 'installment')} (as of {day_text(report.today)})"
    )
    return write_sheets(
        out,
        studio_name=header.studio_name,
        title="Installments due and overdue",
        lines=[_dues_subtitle(report), totals],
        sheets=[
            SheetTable(
                "Installments due",
                _DUES_HEADER,
                rows,
                {3: DATE, 4: money, 5: "0"},
                (
                    "Total",
                    _count(len(rows), "installment"),
                    "",
                    "",
                    amount(report.total_cents),
                    len(overdue),
                    "",
                ),
            )
        ],
    )
