"""The printed schedule (SPEC §7): one day's classes as a list, or the Monday-to-Sunday week
as a grid. Classes only: one-to-one appointments (``ClassSession.appointment``) are not on the
schedule. Cancelled classes stay on it, struck through. Ordered by start time."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from studio_app.dto.report_schedule import ScheduledClass, ScheduleReport
from studio_app.dto.reports import ReportRequest
from studio_app.models import ClassSession
from studio_app.reports.schedule_report import write_schedule_pdf, write_schedule_workbook
from studio_app.steps.report_rows.builder import ReportBuilder


def _gather(s: Session, request: ReportRequest, _now: datetime) -> ScheduleReport:
    # services/reports.py sets both days: the day itself, or Monday and Sunday of its week.
    assert request.date_from is not None and request.date_to is not None
    first, last = request.date_from, request.date_to
    rows = s.execute(
        select(
            ClassSession.starts_at,
            ClassSession.duration_minutes,
            ClassSession.name,
            ClassSession.instructor,
            ClassSession.room,
            ClassSession.booked_count,
            ClassSession.capacity,
            ClassSession.cancelled,
        )
        .where(
            ClassSession.starts_at >= datetime.combine(first, time()),
            ClassSession.starts_at < datetime.combine(last + timedelta(days=1), time()),
            ClassSession.appointment.is_(False),
        )
        .order_by(ClassSession.starts_at, ClassSession.name, ClassSession.id)
    ).all()
    return ScheduleReport(
        first,
        last,
        request.week,
        tuple(
            ScheduledClass(
                starts_at,
                starts_at + timedelta(minutes=minutes),
                name,
                instructor,
                room,
                booked,
                capacity,
                cancelled,
            )
            for starts_at, minutes, name, instructor, room, booked, capacity, cancelled in rows
        ),
    )


SCHEDULE = ReportBuilder(_gather, write_schedule_pdf, write_schedule_workbook)
