"""The attendance summary (SPEC §7): classes held, places, booked, attended, no-shows, late
cancels and fill rate per class series, per instructor and per week over a range of days.

Rules (stated in full in dto/report_attendance.py and as the PDF's footnote): the classes
starting from the first to the last day of the range (both included), optionally only one
class series and/or one instructor's; appointments and cancelled classes are left out. A class
is held once it has started (before the moment the report is made); one starting later is
"scheduled, not yet held". Places are the capacities of the classes held; booked, attended
(marked present), no-shows and late cancels are counted from their bookings.
Fill rate = booked / places, attended rate = attended / places.

The bookings are summed in SQL: one GROUP BY over the class sessions joined to their bookings,
with a CASE sum per count, one row of plain numbers per class session; those rows are folded
into the series, instructor and week breakdowns here.
"""

from __future__ import annotations

from collections.abc import Hashable, Iterable
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import ColumnElement, Row, and_, case, func, select
from sqlalchemy.orm import Session

from studio_app.dto.report_attendance import (
    AttendanceCounts,
    AttendanceLine,
    AttendanceSummary,
    WeekLine,
)
from studio_app.dto.reports import ReportRequest
from studio_app.models import Booking, BookingStatus, ClassSeries, ClassSession
from studio_app.reports.attendance_summary import write_attendance_pdf, write_attendance_workbook
from studio_app.steps.records import load
from studio_app.steps.report_rows.builder import ReportBuilder

#: How a class without an instructor is listed.
NO_INSTRUCTOR = "No instructor"

_BOOKED = Booking.status == BookingStatus.BOOKED.value


def _count(condition: ColumnElement[bool]) -> ColumnElement[int]:
    """How many of a class's bookings meet ``condition`` (0 for a class without bookings)."""
    return func.sum(case((condition, 1), else_=0))


#: One row per class session: what it is, and its bookings counted.
_CLASS = (
    ClassSession.id,
    ClassSession.series_id,
    ClassSeries.name.label("series_name"),
    ClassSession.name.label("class_name"),
    ClassSession.instructor,
    ClassSession.starts_at,
    ClassSession.capacity,
)
_SUMS = (
    _count(_BOOKED),
    _count(and_(_BOOKED, Booking.present.is_(True))),
    _count(and_(_BOOKED, Booking.no_show.is_(True))),
    _count(Booking.status == BookingStatus.LATE_CANCELLED.value),
)


def _monday(day: date) -> date:
    return day - timedelta(days=day.weekday())


def _lines(
    counted: Iterable[tuple[Hashable, str, AttendanceCounts]],
) -> tuple[AttendanceLine, ...]:
    """The counts added up per key, one line per key, by label (then in order of appearance)."""
    sums: dict[Hashable, tuple[str, AttendanceCounts]] = {}
    for key, label, counts in counted:
        had = sums.get(key, (label, AttendanceCounts()))[1]
        sums[key] = (label, had + counts)
    lines = (AttendanceLine(label, counts) for label, counts in sums.values())
    return tuple(sorted(lines, key=lambda line: line.label.casefold()))


def summarize(s: Session, request: ReportRequest, held_before: datetime) -> AttendanceSummary:
    """The attendance summary ``request`` asks for, classes starting before ``held_before``
    (studio time) counting as held."""
    first, last = request.date_from, request.date_to
    assert first is not None and last is not None  # a date report's request arrives checked
    where = [
        ClassSession.starts_at >= datetime.combine(first, time()),
        ClassSession.starts_at < datetime.combine(last + timedelta(days=1), time()),
        ClassSession.cancelled.is_(False),
        ClassSession.appointment.is_(False),
    ]
    series_name = ""
    if request.series_id is not None:
        series_name = load(s, ClassSeries, request.series_id, "Class series").name
        where.append(ClassSession.series_id == request.series_id)
    if request.instructor:
        where.append(ClassSession.instructor == request.instructor)
    rows = s.execute(
        select(*_CLASS, *_SUMS)
        .select_from(ClassSession)
        .outerjoin(ClassSeries, ClassSession.series_id == ClassSeries.id)
        .outerjoin(Booking, Booking.session_id == ClassSession.id)
        .where(*where)
        .group_by(*_CLASS)
    ).all()
    held = [row for row in rows if row.starts_at < held_before]
    counted = [(row, _counts(row)) for row in held]
    return AttendanceSummary(
        date_from=first,
        date_to=last,
        series_name=series_name,
        instructor=request.instructor,
        held_before=held_before,
        scheduled=len(rows) - len(held),
        total=sum((counts for _, counts in counted), AttendanceCounts()),
        by_series=_lines(
            # A one-off class (no series) is listed under its own name.
            (row.series_id or row.class_name, row.series_name or row.class_name, counts)
            for row, counts in counted
        ),
        by_instructor=_lines(
            (row.instructor, row.instructor.strip() or NO_INSTRUCTOR, counts)
            for row, counts in counted
        ),
        by_week=_by_week(
            _mondays(first, last), ((_monday(row.starts_at.date()), c) for row, c in counted)
        ),
    )


def _counts(row: Row[Any]) -> AttendanceCounts:
    """One class held: its places and its bookings counted."""
    booked, attended, no_shows, late = (int(n or 0) for n in row[len(_CLASS) :])
    return AttendanceCounts(1, row.capacity, booked, attended, no_shows, late)


def _by_week(
    mondays: Iterable[date], counted: Iterable[tuple[date, AttendanceCounts]]
) -> tuple[WeekLine, ...]:
    """A line for each of ``mondays`` with the counts of the classes held in its week."""
    weeks = dict.fromkeys(mondays, AttendanceCounts())
    for monday, counts in counted:
        weeks[monday] += counts
    return tuple(WeekLine(monday, counts) for monday, counts in weeks.items())


def _mondays(first: date, last: date) -> list[date]:
    """The Monday of each week (Monday to Sunday) the days from ``first`` to ``last`` touch."""
    weeks = (_monday(last) - _monday(first)).days // 7 + 1
    return [_monday(first) + timedelta(weeks=n) for n in range(weeks)]


def gather(s: Session, request: ReportRequest, now: datetime) -> AttendanceSummary:
    """The summary as of ``now``: a class that started before ``now`` was held."""
    return summarize(s, request, now)


ATTENDANCE_SUMMARY = ReportBuilder(gather, write_attendance_pdf, write_attendance_workbook)
