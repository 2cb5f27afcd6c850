"""The printed schedule (SPEC §7) as a PDF and a workbook.

A day prints portrait as a list: time, class, instructor, room and "booked/capacity". A week
prints landscape as a grid: one column per day, one row per start time that occurs in the
week, each cell listing the classes starting then (name in bold, instructor, room, "8/10").
A cell holding many classes wraps and its row may run on to the next page. Cancelled classes
are struck through and say "cancelled". Architecture rule: reports import only DTOs, domain
and other reports modules.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date, timedelta
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab.platypus import Flowable, Paragraph, Spacer, Table

from studio_app.domain.formats import (
    day_text,
    range_text,
    time_range_text,
    time_text,
    weekday_name,
    weekday_text,
)
from studio_app.dto.report_schedule import ScheduledClass, ScheduleReport
from studio_app.dto.reports import ReportHeader
from studio_app.reports.pdf_common import (
    BOLD,
    FONT,
    GREY,
    GRID_RULES,
    RULE,
    TITLE_STYLE,
    WHEN_STYLE,
    Progress,
    grid,
    masthead,
    para,
    style,
    text_width,
    write_pdf,
)
from studio_app.reports.sheet_writer import SheetTable, write_workbook
from studio_app.reports.workbook_common import DATE

_EMPTY = style("empty", 10, color=GREY, spaceBefore=14)
_CELL = style("cell", 8.5)
_SLOT = style("slot", 7.5, spaceAfter=5)
_DAY_HEAD = style("day_head", 8, font=BOLD)
_TIME = style("time", 8, font=BOLD)
_CANCELLED = "cancelled"


def _struck(text: str, cancelled: bool) -> str:
    """Escaped text, struck through for a cancelled class."""
    safe = escape(text)
    return f"<strike>{safe}</strike>" if cancelled and safe else safe


def _week_label(first: date) -> str:
    return f"Week of {day_text(first)}"


def _day_label(day: date) -> str:
    return weekday_text(day, long=True)


def _short_day(day: date) -> str:
    """ "Mon 30 Nov", as a column of the week grid is headed."""
    return weekday_text(day, year=False)


def _day_list(report: ScheduleReport, width: float) -> Table:
    """One row per class of the day: time, class, instructor, room, booked of capacity."""
    rows: list[list[Any]] = []
    for c in report.classes:
        name = _struck(c.name, c.cancelled) + (f" {_CANCELLED}" if c.cancelled else "")
        rows.append(
            [
                Paragraph(
                    _struck(time_range_text(c.starts_at, c.ends_at), c.cancelled),
                    _CELL,
                ),
                Paragraph(name, _CELL),
                Paragraph(_struck(c.instructor, c.cancelled), _CELL),
                Paragraph(_struck(c.room, c.cancelled), _CELL),
                f"{c.booked}/{c.capacity}",
            ]
        )
    widths = [72, 0, 120, 96, 56]
    widths[1] = width - sum(widths)
    return grid(("Time", "Class", "Instructor", "Room", "Booked"), rows, widths, (4,))


def _slot(c: ScheduledClass) -> Paragraph:
    """One class in a cell of the week grid: its name in bold, instructor, room, booked of
    capacity; struck through and saying "cancelled" if it was cancelled."""
    lines = [
        f"<b>{_struck(c.name, c.cancelled)}</b>",
        _struck(c.instructor, c.cancelled),
        _struck(c.room, c.cancelled),
        _CANCELLED if c.cancelled else f"{c.booked}/{c.capacity}",
    ]
    return Paragraph("<br/>".join(line for line in lines if line), _SLOT)


def _week_grid(report: ScheduleReport, width: float) -> Table:
    """Days across, start times down; a cell lists the classes starting at that time."""
    days = [report.first + timedelta(days=i) for i in range((report.last - report.first).days + 1)]
    column = {day: i for i, day in enumerate(days, 1)}
    starts = sorted({c.starts_at.time() for c in report.classes})
    row_of = {t: i for i, t in enumerate(starts, 1)}
    cells: list[list[Any]] = [
        [para("", _DAY_HEAD), *(para(_short_day(d), _DAY_HEAD) for d in days)],
        *([para(time_text(t), _TIME), *([] for _ in days)] for t in starts),
    ]
    for c in report.classes:
        cells[row_of[c.starts_at.time()]][column[c.starts_at.date()]].append(_slot(c))
    time_width = 40
    day_width = (width - time_width) / len(days)
    return Table(
        cells,
        colWidths=[time_width, *[day_width] * len(days)],
        repeatRows=1,
        splitInRow=1,
        style=[
            *GRID_RULES,
            ("LINEBEFORE", (1, 0), (-1, -1), 0.5, RULE),
            ("VALIGN", (0, 0), (-1, -1), "TOP"),
            ("FONT", (0, 0), (-1, -1), FONT, 7.5),
            ("LEFTPADDING", (0, 0), (-1, -1), 4),
            ("RIGHTPADDING", (0, 0), (-1, -1), 4),
            ("TOPPADDING", (0, 0), (-1, -1), 4),
            ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
        ],
    )


def write_schedule_pdf(
    report: ScheduleReport, header: ReportHeader, out: Path, progress: Progress | None = None
) -> Path:
    """The schedule as a PDF on the studio's paper: a day portrait, a week landscape."""
    wide = report.week
    width = text_width(header.paper, wide=wide)
    label = _week_label(report.first) if wide else _day_label(report.first)
    when = range_text(report.first, report.last) if wide else _day_label(report.first)
    story: list[Flowable] = [
        masthead(header.studio_name, "SCHEDULE", width, 0.65),
        para(label if wide else "Schedule", TITLE_STYLE),
        para(when, WHEN_STYLE),
    ]
    if not report.classes:
        story.append(
            para(
                f"There are no classes in the week of {day_text(report.first)}."
                if wide
                else f"There are no classes on {_day_label(report.first)}.",
                _EMPTY,
            )
        )
    else:
        story += [Spacer(1, 10), _week_grid(report, width) if wide else _day_list(report, width)]
    return write_pdf(
        story,
        header,
        out,
        title=f"Schedule \u2013 {label}",
        label=label,
        wide=wide,
        progress=progress,
    )


_HEADER = (
    "Date",
    "Weekday",
    "Start",
    "End",
    "Class",
    "Instructor",
    "Room",
    "Booked",
    "Capacity",
    "Cancelled",
)
_TIME_FORMAT = "hh:mm"


def _rows(classes: Iterable[ScheduledClass]) -> Sequence[tuple[Any, ...]]:
    return [
        (
            c.starts_at.date(),
            weekday_name(c.starts_at),
            c.starts_at.time(),
            c.ends_at.time(),
            c.name,
            c.instructor,
            c.room,
            c.booked,
            c.capacity,
            "Yes" if c.cancelled else "No",
        )
        for c in classes
    ]


def write_schedule_workbook(report: ScheduleReport, header: ReportHeader, out: Path) -> Path:
    """One row per class: the date as a date, start and end as times, booked and capacity as
    numbers, cancelled Yes/No."""
    label = _week_label(report.first) if report.week else _day_label(report.first)
    return write_workbook(
        out,
        studio_name=header.studio_name,
        title="Schedule",
        lines=[label],
        sheets=[
            SheetTable(
                "Schedule",
                _HEADER,
                _rows(report.classes),
                {0: DATE, 2: _TIME_FORMAT, 3: _TIME_FORMAT},
            )
        ],
    )
