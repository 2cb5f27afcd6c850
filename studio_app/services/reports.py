"""Printed reports: gathers the DTOs and hands them to the ReportLab documents."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from studio_app.domain.errors import ValidationError
from studio_app.reports.attendance_sheet import write_attendance_sheets
from studio_app.services.bookings import BookingService
from studio_app.services.context import ServiceContext
from studio_app.services.output_files import saving
from studio_app.services.schedule import ScheduleService
from studio_app.services.studio import StudioService


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._bookings = BookingService(ctx)
        self._schedule = ScheduleService(ctx)
        self._studio = StudioService(ctx)

    def attendance_sheet(self, session_id: int, out: Path) -> Path:
        """The attendance sheet of one class session as a PDF; a path that cannot be written
        is refused (ExportRefused)."""
        sheet = self._bookings.attendance(session_id)
        with saving(self.ctx.uow.engine, "the attendance sheet", out):
            return write_attendance_sheets(self._studio.studio_name(), [sheet], out)

    def day_sheets(self, day: date, out: Path) -> Path:
        """Every (not cancelled) class of ``day`` in one PDF, one sheet per class."""
        blocks = [b for b in self._schedule.day(day) if not b.cancelled]
        if not blocks:
            raise ValidationError(f"There are no classes on {day.isoformat()}.")
        lists = [self._bookings.attendance(b.id) for b in blocks]
        with saving(self.ctx.uow.engine, "the attendance sheets", out):
            return write_attendance_sheets(self._studio.studio_name(), lists, out)
