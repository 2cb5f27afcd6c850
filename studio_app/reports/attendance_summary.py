"""The attendance summary as a PDF (portrait, the house style) and as an Excel workbook
(SPEC §7).

The PDF: the masthead "ATTENDANCE SUMMARY", the range and the filters (class series,
instructor), four figures (classes held, places, visits attended, average fill rate), a
horizontal bar chart of the fill rate per class series (highest first; past
:data:`MOST_BARS` bars the rest are one "other" bar), a bar chart of the visits attended per
week, then the tables by class series and by instructor (classes held, places, booked,
attended, no-shows, late cancels, fill rate %, attended %), each closed by a Total row, and a
footnote stating the rules. The average fill rate is the total booked over the total places.

The workbook holds the same tables in the sheets "By class", "By instructor" and "By week";
the rates are numbers in a percent format.

Architecture rule: reports import only DTOs, the domain and other reports modules.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from reportlab.platypus import Flowable, Spacer, Table

from studio_app.domain.formats import MoneyFormat, day_text, moment_text, percent_text
from studio_app.domain.formats import range_text as days_text
from studio_app.dto.report_attendance import AttendanceCounts, AttendanceLine, AttendanceSummary
from studio_app.dto.reports import ReportHeader
from studio_app.reports.charts import percent_bars, week_bars
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
from studio_app.reports.workbook_common import DATE, PERCENT

TITLE = "Attendance summary"
#: The most bars of the fill-rate chart; the series past the first ``MOST_BARS - 1`` share one.
MOST_BARS = 20
COLUMNS = (
    "Classes held",
    "Places",
    "Booked",
    "Attended",
    "No-shows",
    "Late cancels",
    "Fill rate %",
    "Attended %",
)
_FILTERS = style("filters", 10, color=GREY, spaceBefore=2)
_CELL = style("cell", 8.5)
_NOTE = style("note", 8, color=GREY, spaceBefore=6)
_FOOTNOTE = style("footnote", 7.5, color=GREY, spaceBefore=14)
_EMPTY = style("empty", 9, color=GREY)
#: The widths of the number columns of the tables: the headers of the rates fit on one line.
_NUMBERS = (44, 44, 44, 45, 45, 44, 48, 53)


def range_text(summary: AttendanceSummary) -> str:
    """ "1–30 Nov 2026", or the one day."""
    return days_text(summary.date_from, summary.date_to)


def filters_text(summary: AttendanceSummary) -> str:
    """ "Class series: Vinyasa Flow · Instructor: Anna Kowalska", "All class series · all
    instructors"."""
    series = f"Class series: {summary.series_name}" if summary.series_name else "All class series"
    if summary.instructor:
        return f"{series} \u00b7 Instructor: {summary.instructor}"
    return f"{series} \u00b7 all instructors"


def rules_text(summary: AttendanceSummary) -> str:
    """The footnote: what each figure counts."""
    narrowed = ""
    if summary.series_name:
        narrowed += f" of the class series {summary.series_name}"
    if summary.instructor:
        narrowed += f" taught by {summary.instructor}"
    held_before = summary.held_before
    scheduled = (
        f" ({summary.scheduled} scheduled, not yet held, are not counted)"
        if summary.scheduled
        else ""
    )
    return (
        f"Classes starting from {day_text(summary.date_from)} to {day_text(summary.date_to)} "
        f"(both days included){narrowed}; appointments and cancelled classes are left out. "
        f"Classes held: those that started before {moment_text(held_before, weekday=True)}"
        f"{scheduled}. Places: the capacities of the classes held, summed. "
        "Booked: the bookings still booked at them; attended: those marked present; no-shows: "
        "those flagged no-show; late cancels: sign-outs after the cancellation cut-off. "
        "Fill rate % = booked / places; attended % = attended / places; the average fill rate "
        "is the total booked over the total places. Classes of no series are listed by their "
        "name. Visits per week: the attended bookings of the classes held in each week "
        "(Monday to Sunday, named by its Monday; only its days inside the range count)."
    )


def _figures(summary: AttendanceSummary, money: MoneyFormat, width: float) -> Table:
    """The four numbers the owner looks at first."""
    total = summary.total
    facts = (
        ("CLASSES HELD", str(total.held)),
        ("PLACES", str(total.places)),
        ("VISITS ATTENDED", str(total.attended)),
        ("AVERAGE FILL RATE", percent_text(total.fill_rate, money)),
    )
    return figures(facts, width)


def chart_bars(lines: Sequence[AttendanceLine]) -> list[tuple[str, AttendanceCounts]]:
    """The bars of the fill-rate chart: the series by fill rate (highest first, then by name),
    at most :data:`MOST_BARS`; the series past the first ``MOST_BARS - 1`` make one bar,
    "Other n series", of their booked over their places."""
    ranked = sorted(lines, key=lambda line: (-line.counts.fill_rate, line.label.casefold()))
    bars = [(line.label, line.counts) for line in ranked]
    if len(bars) <= MOST_BARS:
        return bars
    rest = bars[MOST_BARS - 1 :]
    other = sum((counts for _, counts in rest), AttendanceCounts())
    return [*bars[: MOST_BARS - 1], (f"Other {len(rest)} series", other)]


def _charts(summary: AttendanceSummary, money: MoneyFormat, width: float) -> list[Flowable]:
    bars = chart_bars(summary.by_series)
    fill = percent_bars(
        [label for label, _ in bars],
        [counts.fill_rate for _, counts in bars],
        [percent_text(counts.fill_rate, money) for _, counts in bars],
        width=width,
    )
    weeks = week_bars(
        [week.monday for week in summary.by_week],
        [week.counts.attended for week in summary.by_week],
        width=width,
    )
    return [
        *section("Fill rate per class series", fill),
        *section("Visits attended per week", weeks),
    ]


def _cells(counts: AttendanceCounts, money: MoneyFormat) -> list[str]:
    return [
        str(counts.held),
        str(counts.places),
        str(counts.booked),
        str(counts.attended),
        str(counts.no_shows),
        str(counts.late_cancels),
        percent_text(counts.fill_rate, money),
        percent_text(counts.attended_rate, money),
    ]


def _table(
    first: str,
    lines: Sequence[AttendanceLine],
    total: AttendanceCounts,
    money: MoneyFormat,
    w: float,
) -> Table:
    rows: list[list[Any]] = [[para(ln.label, _CELL), *_cells(ln.counts, money)] for ln in lines]
    rows.append(["Total", *_cells(total, money)])
    widths = [w - sum(_NUMBERS), *_NUMBERS]
    return grid((first, *COLUMNS), rows, widths, range(1, len(COLUMNS) + 1), total=True)


def _story(summary: AttendanceSummary, header: ReportHeader) -> list[Flowable]:
    money, w = header.money, text_width(header.paper)
    story: list[Flowable] = [
        masthead(header.studio_name, "ATTENDANCE SUMMARY", w, 0.6),
        para(TITLE, TITLE_STYLE),
        para(range_text(summary), WHEN_STYLE),
        para(filters_text(summary), _FILTERS),
        Spacer(1, 10),
        _figures(summary, money, w),
    ]
    if summary.scheduled:
        classes = "class is" if summary.scheduled == 1 else "classes are"
        story.append(para(f"{summary.scheduled} more {classes} scheduled, not yet held.", _NOTE))
    if summary.total.held:
        story += [
            *_charts(summary, money, w),
            *section(
                "By class series",
                _table("Class", summary.by_series, summary.total, money, w),
            ),
            *section(
                "By instructor",
                _table("Instructor", summary.by_instructor, summary.total, money, w),
            ),
        ]
    else:
        story += section("No classes held", para("No class was held in this range.", _EMPTY))
    return [*story, para(rules_text(summary), _FOOTNOTE)]


def write_attendance_pdf(
    summary: AttendanceSummary, header: ReportHeader, out: Path, progress: Progress | None = None
) -> Path:
    """Write the attendance summary as a portrait PDF on the studio's paper; returns ``out``."""
    when = range_text(summary)
    return write_pdf(
        _story(summary, header),
        header,
        out,
        title=f"{TITLE} \u2013 {when}",
        label=f"{TITLE} \u00b7 {when}",
        progress=progress,
    )


def _values(counts: AttendanceCounts) -> tuple[Any, ...]:
    return (
        counts.held,
        counts.places,
        counts.booked,
        counts.attended,
        counts.no_shows,
        counts.late_cancels,
        counts.fill_rate,
        counts.attended_rate,
    )


#: The two rate columns of a sheet (after its first column) as percentages.
_RATES = {7: PERCENT, 8: PERCENT}


def _sheet(
    name: str, first: str, lines: Sequence[AttendanceLine], total: AttendanceCounts
) -> SheetTable:
    rows = [(line.label, *_values(line.counts)) for line in lines]
    return SheetTable(name, (first, *COLUMNS), rows, _RATES, ("Total", *_values(total)))


def write_attendance_workbook(summary: AttendanceSummary, header: ReportHeader, out: Path) -> Path:
    """Write the attendance summary as an .xlsx workbook; returns ``out``."""
    weeks = [(week.monday, *_values(week.counts)) for week in summary.by_week]
    return write_workbook(
        out,
        studio_name=header.studio_name,
        title=TITLE,
        lines=[range_text(summary), filters_text(summary), rules_text(summary)],
        sheets=[
            _sheet("By class", "Class", summary.by_series, summary.total),
            _sheet("By instructor", "Instructor", summary.by_instructor, summary.total),
            SheetTable(
                "By week",
                ("Week of", *COLUMNS),
                weeks,
                {0: DATE, **_RATES},
                ("Total", *_values(summary.total)),
            ),
        ],
    )
