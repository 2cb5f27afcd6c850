"""A member's session credit statement as a printed PDF (SPEC §4 credit report, §7).

The statement shows, as of a day, the credits per category (issued, adjusted, used, expired,
available, with a total), the active lots, the expired lots and the full history of the
ledger with what was available after each entry. Ledger times are stored in UTC and printed
in the desk's local time. Architecture rule: reports import only DTOs and ReportLab.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date, datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.platypus import Flowable, KeepTogether, Spacer, Table

from studio_app.dto.credits import CreditReport, LotRow
from studio_app.reports.credit_workbook import local_time
from studio_app.reports.pdf_common import (
    GREY,
    INK,
    LEFT,
    RULE,
    SHADE,
    PagedCanvas,
    a4_document,
    para,
    printable,
    printed_stamp,
    style,
)

_WIDTH = A4[0] - 2 * LEFT  # the frame's text width
_STUDIO = style("studio", 10, font="Helvetica-Bold", color=GREY)
_KIND = style("kind", 8, color=GREY, alignment=TA_RIGHT)
_TITLE = style("title", 22, font="Helvetica-Bold", spaceBefore=6, spaceAfter=2)
_WHEN = style("when", 12.5)
_LABEL = style("label", 7.5, color=GREY)
_FIGURE = style("figure", 16, font="Helvetica-Bold")
_SECTION = style("section", 12, font="Helvetica-Bold", spaceBefore=16, spaceAfter=5)
_HEAD = style("head", 7.5, font="Helvetica-Bold")
_HEAD_R = style("head_r", 7.5, font="Helvetica-Bold", alignment=TA_RIGHT)
_CELL = style("cell", 8.5)
_NOTE = style("note", 7, color=GREY)
_EMPTY = style("empty", 9, color=GREY)


def _day(d: date) -> str:
    # Built by hand: "%-d" (day without zero padding) is not portable to Windows.
    return f"{d.day} {d:%b %Y}"


def _masthead(studio_name: str) -> Table:
    return Table(
        [[para(studio_name, _STUDIO), para("SESSION CREDIT STATEMENT", _KIND)]],
        colWidths=[_WIDTH * 0.65, _WIDTH * 0.35],
        style=[
            ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
            ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("RIGHTPADDING", (0, 0), (-1, -1), 0),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ],
    )


def _figures(report: CreditReport) -> Table:
    """The three numbers the desk is asked about: available now, used and expired."""
    facts = (("AVAILABLE", report.available), ("USED", report.used), ("EXPIRED", report.expired))
    return Table(
        [[para(k, _LABEL) for k, _ in facts], [para(str(v), _FIGURE) for _, v in facts]],
        colWidths=[_WIDTH / 5] * len(facts),
        hAlign="LEFT",
        style=[
            ("LEFTPADDING", (0, 0), (-1, -1), 0),
            ("TOPPADDING", (0, 0), (-1, -1), 1),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def _grid(
    header: Sequence[str],
    rows: Sequence[Sequence[Any]],
    widths: Sequence[float],
    first_number: int,
    *,
    total: bool = False,
) -> Table:
    """A ruled table; columns from ``first_number`` on hold numbers and align right."""
    head = [para(t, _HEAD_R if i >= first_number else _HEAD) for i, t in enumerate(header)]
    body = [[printable(c) if isinstance(c, str) else c for c in row] for row in rows]
    commands: list[tuple[Any, ...]] = [
        ("BACKGROUND", (0, 0), (-1, 0), SHADE),
        ("LINEABOVE", (0, 0), (-1, 0), 1, INK),
        ("LINEBELOW", (0, 0), (-1, 0), 1, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE),
        ("LINEBELOW", (0, -1), (-1, -1), 1, INK),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("ALIGN", (first_number, 0), (-1, -1), "RIGHT"),
        ("FONT", (0, 1), (-1, -1), "Helvetica", 8.5),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
    ]
    if total:
        commands += [
            ("LINEABOVE", (0, -1), (-1, -1), 1, INK),
            ("FONT", (0, -1), (-1, -1), "Helvetica-Bold", 8.5),
        ]
    return Table([head, *body], colWidths=list(widths), repeatRows=1, style=commands)


def _signed(n: int) -> str:
    return f"{n:+d}" if n else "0"


def _totals(report: CreditReport) -> Table:
    """One row per credit category and a Total row summing them."""
    counts = [(t.issued, t.adjusted, t.used, t.expired, t.available) for t in report.totals]
    total = [sum(c[i] for c in counts) for i in range(5)]

    def shown(c: Sequence[int]) -> list[str]:
        return [str(c[0]), _signed(c[1]), str(c[2]), str(c[3]), str(c[4])]

    rows: list[list[Any]] = [
        [para(t.category, _CELL), *shown(c)] for t, c in zip(report.totals, counts, strict=True)
    ]
    rows.append(["Total", *shown(total)])
    header = ("Category", "Issued", "Adjusted", "Used", "Expired", "Available")
    return _grid(header, rows, [_WIDTH - 5 * 66, 66, 66, 66, 66, 66], 1, total=True)


def _lots(title: str, lots: Sequence[LotRow], *, with_state: bool) -> list[Flowable]:
    """A lot per row: plan (and where its credits came from), validity and what became of them."""
    if not lots:
        return [para(title, _SECTION), para(f"No {title.lower()}.", _EMPTY)]
    header = ["Lot #", "Plan", "Category", "Valid from", "Expires", "Issued", "Adj.", "Used"]
    header += ["Expired", "Left"] + (["State"] if with_state else [])
    rows = [
        [
            str(lot.id),
            [para(lot.plan_name, _CELL), para(lot.source, _NOTE)],
            para(lot.category, _CELL),
            _day(lot.valid_from),
            _day(lot.expires_on),
            str(lot.issued),
            _signed(lot.adjusted),
            str(lot.used),
            str(lot.expired),
            str(lot.left),
            *([para(lot.state, _CELL)] if with_state else []),
        ]
        for lot in lots
    ]
    plan = 96 if with_state else 150
    widths = [30, plan, 78, 56, 56, 34, 30, 30, 38, 30] + ([_WIDTH - 388 - plan] * with_state)
    table = _grid(header, rows, widths, 5)
    table.setStyle([("ALIGN", (0, 1), (0, -1), "RIGHT"), ("TEXTCOLOR", (0, 1), (0, -1), GREY)])
    if with_state:  # the state is a word, not a number
        table.setStyle([("ALIGN", (-1, 0), (-1, -1), "LEFT")])
    return [KeepTogether([para(title, _SECTION), table])]


def _history(report: CreditReport) -> list[Flowable]:
    """Every ledger entry, oldest first, with what the member had of that category after it."""
    rows = [
        [
            f"{_day(local_time(e.at))} {local_time(e.at):%H:%M}",
            para(e.kind, _CELL),
            _signed(e.amount),
            para(e.category, _CELL),
            para(e.detail, _CELL),
            para(e.staff_name, _CELL),
            str(e.available_after),
        ]
        for e in report.ledger
    ]
    header = ("Date", "Kind", "Credits", "Category", "Detail", "Staff", "Available after")
    table = _grid(header, rows, [80, 58, 40, 72, _WIDTH - 364, 70, 44], 6)
    table.setStyle([("ALIGN", (2, 0), (2, -1), "RIGHT")])
    # The header sticks to the first entries; a long history runs on over the next pages.
    return [para("History", _SECTION), table]


def _statement(studio_name: str, report: CreditReport) -> list[Flowable]:
    story: list[Flowable] = [
        _masthead(studio_name),
        para(report.member_name, _TITLE),
        para(f"Session credits as of {report.as_of:%A} {_day(report.as_of)}", _WHEN),
        Spacer(1, 10),
    ]
    if not report.totals and not report.lots and not report.ledger:
        return story + [
            para("No session credits", _SECTION),
            para("No credits have been issued to this member.", _EMPTY),
        ]
    return story + [
        _figures(report),
        para("Credits by category", _SECTION),
        _totals(report),
        *_lots("Active lots", report.active_lots, with_state=True),
        *_lots("Expired lots", report.expired_lots, with_state=False),
        *_history(report),
    ]


def write_credit_statement(studio_name: str, report: CreditReport, out: Path) -> Path:
    """Write the member's session credit statement as an A4 PDF and return ``out``.

    Lots keep the report's order within the active and expired tables; the history is the
    full ledger. A member who never had credits gets one page saying so.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = f"Session credit statement \u2013 {report.member_name}"
    doc = a4_document(out, title=title, author=studio_name)
    label = printable(f"{report.member_name} \u00b7 credits as of {_day(report.as_of)}")
    canvas = partial(PagedCanvas, printed=printed_stamp(datetime.now()), label=label)
    doc.build(_statement(studio_name, report), canvasmaker=canvas)
    return out
