"""Printed reports (SPEC §7): the Reports page's and `studio-app report`'s one use case,
writing a report as a PDF or an Excel workbook, plus the attendance sheets and what the member
cards need (card codes for members without one, which cards were printed).

Every report needs the ``reports`` privilege, reads its data in one read unit of work and
writes the file the desk chose: the file's extension decides the format, and one the report
does not offer is refused before anything is read."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import func, select

from studio_app.domain.bounds import MAX_COUNT, check_date, check_id, check_text
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text, range_text, weekday_text
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Change, Result
from studio_app.dto.reports import (
    REPORTS,
    Param,
    ReportChoices,
    ReportHeader,
    ReportKind,
    ReportRequest,
)
from studio_app.exchange.columns import ExportRefused
from studio_app.models import ClassSeries, ClassSession, Member, MemberStatus, StudioSettings
from studio_app.reports.attendance_sheet import write_attendance_sheets
from studio_app.reports.pdf_common import Progress
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.output_files import saving
from studio_app.services.bookings import BookingService
from studio_app.services.schedule import ScheduleService
from studio_app.steps.report_rows import cards as report_cards
from studio_app.steps.report_rows.attendance import ATTENDANCE_SUMMARY
from studio_app.steps.report_rows.billing import DUES, EXPIRING
from studio_app.steps.report_rows.builder import AnyBuilder
from studio_app.steps.report_rows.cards import CARDS
from studio_app.steps.report_rows.credits import CREDITS
from studio_app.steps.report_rows.revenue import REVENUE
from studio_app.steps.report_rows.schedule import SCHEDULE
from studio_app.steps.studio_settings import money_format, paper

#: The longest date range a report covers: five years.
MAX_RANGE_DAYS = 5 * 366

BUILDERS: dict[ReportKind, AnyBuilder] = {
    ReportKind.SCHEDULE: SCHEDULE,
    ReportKind.EXPIRING: EXPIRING,
    ReportKind.DUES: DUES,
    ReportKind.ATTENDANCE_SUMMARY: ATTENDANCE_SUMMARY,
    ReportKind.CREDITS: CREDITS,
    ReportKind.CARDS: CARDS,
    ReportKind.REVENUE: REVENUE,
}


def _quiet(_: str) -> None:
    """Progress nobody listens to."""


class ReportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx
        self._bookings = BookingService(ctx)
        self._schedule = ScheduleService(ctx)

    def write(
        self, request: ReportRequest, out: Path, progress: Progress | None = None
    ) -> Result[Path]:
        """Write the report ``request`` asks for to ``out``: a PDF for .pdf, a workbook for
        .xlsx where the report offers one. ``progress`` hears "Reading the data" and then each
        page as it is laid out. Refused without the reports privilege, for a format the report
        does not offer, for a request outside the bounds, and for a file that cannot be written
        (ExportRefused, nothing written)."""
        spec = REPORTS[request.kind]
        suffix = Path(out).suffix.lower()
        if suffix not in spec.formats:
            offered = " or ".join(spec.formats)
            raise ExportRefused(
                f"{spec.title} is saved as {offered}, not as "
                f"{suffix or 'a file without an extension'}: choose a file ending in "
                f"{spec.formats[0]}."
            )
        self.ctx.acting(Privilege.REPORTS, f"print {spec.what}")
        request = self._checked(request)
        tell = progress or _quiet
        tell("Reading the data")
        builder = BUILDERS[request.kind]
        with self.ctx.uow.read() as uow:
            s = uow.session
            data = builder.gather(s, request, self.ctx.clock.now())
            header = self._header(s)
        tell("Laying out the pages")
        with saving(self.ctx.uow.engine, spec.what, out):
            if suffix == ".xlsx" and builder.xlsx is not None:
                written = builder.xlsx(data, header, Path(out))
            else:
                written = builder.pdf(data, header, Path(out), progress)
        return Result(written, message=f"Saved {spec.what} to {written}.")

    def choices(self) -> ReportChoices:
        """The class series and instructors to pick from, and how many cards are to print."""
        self.ctx.acting(Privilege.REPORTS, "open the reports")
        with self.ctx.uow.read() as uow:
            s = uow.session
            series = s.execute(
                select(ClassSeries.id, ClassSeries.name).order_by(ClassSeries.name, ClassSeries.id)
            ).all()
            instructors = s.scalars(
                select(ClassSession.instructor)
                .distinct()
                .where(ClassSession.instructor != "")
                .order_by(ClassSession.instructor)
            ).all()
            active = Member.status == MemberStatus.ACTIVE.value
            not_printed = s.scalar(
                select(func.count()).where(active, Member.card_printed_at.is_(None))
            )
        return ReportChoices(
            tuple((i, n) for i, n in series),
            tuple(instructors),
            not_printed or 0,
        )

    def cards_missing_codes(self, member_ids: tuple[int, ...] = ()) -> int:
        """How many of the members whose cards would print (``member_ids``, or every active
        member without a printed card) have no card code yet."""
        self.ctx.acting(Privilege.REPORTS, "print member cards")
        ids = self._member_ids(member_ids)
        with self.ctx.uow.read() as uow:
            return report_cards.missing_codes(uow.session, ids)

    def assign_card_codes(self, member_ids: tuple[int, ...] = ()) -> Result[int]:
        """Give each of those members without a card code a new unique one (logged in each
        member's user log with who did it); how many were given."""
        self.ctx.acting(Privilege.REPORTS, "give members card codes")
        ids = self._member_ids(member_ids)
        with self.ctx.uow() as uow:
            given = report_cards.assign_codes(uow.session, self.ctx, ids)
            uow.commit()
        return Result(
            given,
            frozenset({Change.MEMBERS}) if given else frozenset(),
            f"Gave {given} member(s) a new card code." if given else "Every member has a code.",
        )

    def mark_cards_printed(self, member_ids: tuple[int, ...] = ()) -> Result[int]:
        """Record that the cards of those members (with a card code) were printed now, so
        "members without a printed card" leaves them out next time; logged per member."""
        self.ctx.acting(Privilege.REPORTS, "mark member cards printed")
        ids = self._member_ids(member_ids)
        with self.ctx.uow() as uow:
            marked = report_cards.mark_printed(uow.session, self.ctx, ids)
            uow.commit()
        return Result(
            marked,
            frozenset({Change.MEMBERS}) if marked else frozenset(),
            f"Marked {marked} card(s) as printed.",
        )

    def attendance_sheet(self, session_id: int, out: Path) -> Path:
        """The attendance sheet of one class session as a PDF; a path that cannot be written
        is refused (ExportRefused)."""
        sheet = self._bookings.attendance(session_id)
        with self.ctx.uow.read() as uow:
            header = self._header(uow.session)
        with saving(self.ctx.uow.engine, "the attendance sheet", out):
            return write_attendance_sheets(header.studio_name, [sheet], out, paper=header.paper)

    def day_sheets(self, day: date, out: Path) -> Path:
        """Every (not cancelled) class of ``day`` in one PDF, one sheet per class."""
        blocks = [b for b in self._schedule.day(day) if not b.cancelled]
        if not blocks:
            raise ValidationError(f"There are no classes on {weekday_text(day)}.")
        lists = [self._bookings.attendance(b.id) for b in blocks]
        with self.ctx.uow.read() as uow:
            header = self._header(uow.session)
        with saving(self.ctx.uow.engine, "the attendance sheets", out):
            return write_attendance_sheets(header.studio_name, lists, out, paper=header.paper)

    def _header(self, s) -> ReportHeader:  # type: ignore[no-untyped-def]
        settings = s.get(StudioSettings, 1)
        return ReportHeader(
            settings.name if settings else "", self.ctx.clock.now(), paper(s), money_format(s)
        )

    def _checked(self, request: ReportRequest) -> ReportRequest:
        """The request within bounds, with ``date_from``/``date_to`` both set for a dated
        report (a day or the Monday-to-Sunday week holding it for the schedule)."""
        params = REPORTS[request.kind].params
        if Param.DAY_OR_WEEK in params:
            day = check_date(request.date_from, "The day")
            start = day - timedelta(days=day.weekday()) if request.week else day
            end = start + timedelta(days=6 if request.week else 0)
            request = replace(request, date_from=start, date_to=end)
        if Param.DATE_RANGE in params:
            start = check_date(request.date_from, "The first day")
            end = check_date(request.date_to, "The last day")
            if end < start:
                raise ValidationError(
                    f"The range ends ({day_text(end)}) before it starts ({day_text(start)})."
                )
            if (end - start).days + 1 > MAX_RANGE_DAYS:
                raise ValidationError(
                    f"A report covers at most {MAX_RANGE_DAYS:,} days (five years); "
                    f"{range_text(start, end)} is {(end - start).days + 1:,}."
                )
        if Param.SERIES in params and request.series_id is not None:
            check_id(request.series_id, "class series")
        if Param.INSTRUCTOR in params:
            check_text(request.instructor, "The instructor")
        if Param.MEMBER in params:
            if len(request.member_ids) != 1:
                raise ValidationError("Choose the member whose credit statement to print.")
            check_id(request.member_ids[0], "member")
        if Param.MEMBERS in params:
            self._member_ids(request.member_ids)
        return request

    @staticmethod
    def _member_ids(member_ids: tuple[int, ...]) -> tuple[int, ...]:
        if len(member_ids) > MAX_COUNT:
            raise ValidationError(
                f"Choose at most {MAX_COUNT:,} members at a time (got {len(member_ids):,})."
            )
        for member_id in member_ids:
            check_id(member_id, "member")
        return tuple(dict.fromkeys(member_ids))
