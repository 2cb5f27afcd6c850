"""A member's session credit statement as a printed PDF (SPEC §4 credit report, §7).

The statement shows, as of a day, the credits per category (issued, adjusted, used, expired,
available, with a total), the active lots, the expired lots and the full history of the
ledger with what was available after each entry. Ledger times are stored in UTC and printed
in the desk's local time. Architecture rule: reports import only DTOs and ReportLab.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from studio_app.domain.formats import day_text, moment_text, weekday_text
from studio_app.dto.credits import CreditReport, LotRow
from studio_app.dto.reports import Paper
from studio_app.reports.pdf_common import (
    GREY,
    SECTION_STYLE,
    TITLE_STYLE,
    WHEN_STYLE,
    PagedCanvas,
    Progress,
    document,
    figures,
    grid,
    masthead,
    para,
    printed_stamp,
    section,
    style,
    text_width,
)
from studio_app.reports.workbook_common import local_time

_WIDTH = text_width(Paper.A4)  # the narrower of A4 and Letter: fits both
_CELL = style("cell", 8.5)
_NOTE = style("note", 7, color=GREY)
_EMPTY = style("empty", 9, color=GREY)


def _figures(report: CreditReport) -> Table:
    """The three numbers the desk is asked about: available now, used and expired."""
    facts = (("AVAILABLE", report.available), ("USED", report.used), ("EXPIRED", report.expired))
    return figures([(k, str(v)) for k, v in facts], _WIDTH * 3 / 5)


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
    return grid(header, rows, [_WIDTH - 5 * 66, 66, 66, 66, 66, 66], range(1, 6), total=True)


def _lots(title: str, lots: Sequence[LotRow], *, with_state: bool) -> list[Flowable]:
    """A lot per row: plan (with its category and where the credits came from), validity and
    what became of the credits (``left = issued + adjusted - used - expired``)."""
    if not lots:
        return [para(title, SECTION_STYLE), para(f"No {title.lower()}.", _EMPTY)]
    header = ["Lot #", "Plan", "Valid from", "Expires", "Issued", "Adj.", "Used", "Expired"]
    header += ["Left", "State"] if with_state else ["Left"]
    rows = [
        [
            str(lot.id),
            [para(lot.plan_name, _CELL), para(f"{lot.category} \u00b7 {lot.source}", _NOTE)],
            day_text(lot.valid_from),
            day_text(lot.expires_on),
            str(lot.issued),
            _signed(lot.adjusted),
            str(lot.used),
            str(lot.expired),
            str(lot.left),
            *([para(lot.state, _CELL)] if with_state else []),
        ]
        for lot in lots
    ]
    # Lot #, Plan (takes what is left), Valid from, Expires, Issued, Adj., Used, Expired, Left
    widths = [28, 0, 58, 58, 36, 34, 32, 40, 30] + ([62] if with_state else [])
    widths[1] = _WIDTH - sum(widths)
    table = grid(header, rows, widths, range(4, 9))
    table.setStyle([("TEXTCOLOR", (0, 1), (0, -1), GREY)])
    return section(title, table)


def _history(report: CreditReport) -> list[Flowable]:
    """Every ledger entry, oldest first, with what the member had of that category after it."""
    rows = [
        [
            moment_text(local_time(e.at)),
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
    table = grid(header, rows, [80, 52, 36, 72, _WIDTH - 358, 68, 50], (2, 6))
    return section("History", table)


def _statement(studio_name: str, report: CreditReport) -> list[Flowable]:
    story: list[Flowable] = [
        masthead(studio_name, "SESSION CREDIT STATEMENT", _WIDTH, 0.65),
        para(report.member_name, TITLE_STYLE),
        para(f"Session credits as of {weekday_text(report.as_of, long=True)}", WHEN_STYLE),
        Spacer(1, 10),
    ]
    if not report.totals and not report.lots and not report.ledger:
        return story + [
            para("No session credits", SECTION_STYLE),
            para("No credits have been issued to this member.", _EMPTY),
        ]
    return story + [
        _figures(report),
        *section("Credits by category", _totals(report)),
        *_lots("Active lots", report.active_lots, with_state=True),
        *_lots("Expired lots", report.expired_lots, with_state=False),
        *_history(report),
    ]


def write_credit_statement(
    studio_name: str,
    report: CreditReport,
    out: Path,
    *,
    paper: Paper = Paper.A4,
    progress: Progress | None = None,
) -> Path:
    """Write the member's session credit statement as a PDF on ``paper`` and return ``out``.

    Lots keep the report's order within the active and expired tables; the history is the
    full ledger. A member who never had credits gets one page saying so.
    """
    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    title = f"Session credit statement \u2013 {report.member_name}"
    doc = document(out, title=title, author=studio_name, paper=paper)
    label = f"{report.member_name} \u00b7 credits as of {day_text(report.as_of)}"
    canvas = partial(
        PagedCanvas, printed=printed_stamp(datetime.now()), label=label, progress=progress
    )
    doc.build(_statement(studio_name, report), canvasmaker=canvas)
    return out
