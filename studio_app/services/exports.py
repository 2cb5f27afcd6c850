"""Export everything (SPEC §8: the studio owns its data): members, plans, memberships and their
installments, payments and product sales, classes and bookings, the credit ledger with its
lots, staff (never a password hash) and the user log, to one .xlsx workbook or a folder of CSV
files, in one read transaction so the export is one consistent snapshot.

A date range (first and last day, inclusive; either end may be open) limits bookings (by
class date), ledger entries (by the day they were made), payments (by the day paid) and the
user log; the other tables are always whole. Exporting needs the ``reports`` privilege. Rows
are streamed table by table and never held in memory; ``progress`` hears about each table and
every few thousand rows and cancels the export by returning False, leaving nothing written.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from sqlalchemy.orm import Session

from studio_app.domain.bounds import check_date
from studio_app.domain.clock import local_time
from studio_app.domain.errors import ValidationError
from studio_app.domain.formats import day_text
from studio_app.domain.privileges import Privilege
from studio_app.dto.changes import Result
from studio_app.dto.exports import ExportProgress, ExportSummary
from studio_app.exchange.targets import ExportFormat, export_format
from studio_app.exchange.writers import (
    CsvFolderWriter,
    ExportCancelled,
    RowWriter,
    XlsxWriter,
)
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.output_files import check_target
from studio_app.steps.export_rows.activity_tables import ACTIVITY_TABLES
from studio_app.steps.export_rows.balances import balances_table
from studio_app.steps.export_rows.tables import MEMBERSHIP_TABLES, ExportTable, Period

#: Every table, in the order of the sheets.
TABLES: tuple[ExportTable, ...] = MEMBERSHIP_TABLES + ACTIVITY_TABLES
#: Rows fetched from the database at a time, and how often ``progress`` hears of them.
BATCH_ROWS = 2_000

ProgressCallback = Callable[[ExportProgress], bool]


class _Progress:
    """Counts the rows written and tells ``callback``; its False answer cancels the export."""

    def __init__(self, callback: ProgressCallback | None, total: int) -> None:
        self.callback, self.total, self.done = callback, total, 0

    def tell(self, table: str, rows: int = 0) -> None:
        self.done += rows
        if (
            self.callback is not None
            and self.callback(ExportProgress(table, self.done, self.total)) is False
        ):
            raise ExportCancelled()


class ExportService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def export(
        self,
        out: Path,
        date_from: date | None = None,
        date_to: date | None = None,
        progress: ProgressCallback | None = None,
    ) -> Result[ExportSummary]:
        """Write every table to ``out`` (the format follows from it, see ``export_format``).
        ``date_from`` and ``date_to`` (inclusive, either may be left open) limit the dated
        tables; the range cannot end before it starts."""
        self.ctx.acting(Privilege.REPORTS, "export the studio's data")
        out = Path(out)
        check_target(self.ctx.uow.engine, out, "the export")
        kind = export_format(out)
        period = _period(date_from, date_to)
        started = time.perf_counter()
        writer = XlsxWriter(out) if kind is ExportFormat.XLSX else CsvFolderWriter(out)
        with self.ctx.uow.read() as uow, writer:
            tables = (*TABLES, balances_table(self.ctx.clock.today()))
            rows = _write_tables(uow.session, tables, writer, period, progress)
        summary = ExportSummary(out, kind, rows, time.perf_counter() - started)
        return Result(summary, message=summary.text + ".")


def _period(date_from: date | None, date_to: date | None) -> Period:
    """The date range; either end may be open, but it cannot end before it starts, and each
    given end is a business date (2000-01-01 … 2100-12-31)."""
    for day, what in ((date_from, "The range's first day"), (date_to, "The range's last day")):
        if day is not None:
            check_date(day, what)
    if date_from is None and date_to is None:
        return None
    if date_from is not None and date_to is not None and date_from > date_to:
        raise ValidationError(
            f"The date range starts on {day_text(date_from)}, after it ends ({day_text(date_to)})."
        )
    return (date_from, date_to)


def _write_tables(
    s: Session,
    tables: Iterable[ExportTable],
    writer: XlsxWriter | CsvFolderWriter,
    period: Period,
    callback: ProgressCallback | None,
) -> dict[str, int]:
    """Stream each of ``tables`` into ``writer``; the rows written per table."""
    tables = tuple(tables)
    total = sum(s.scalar(table.count(period)) or 0 for table in tables)
    progress = _Progress(callback, total)
    written: dict[str, int] = {}
    for table in tables:
        progress.tell(table.name)
        with writer.table(table.name, table.columns) as sheet:
            written[table.name] = _write_rows(s, table, period, sheet, progress)
    return written


def _write_rows(
    s: Session, table: ExportTable, period: Period, sheet: RowWriter, progress: _Progress
) -> int:
    result = s.execute(table.statement(period), execution_options={"yield_per": BATCH_ROWS})
    count = 0
    for batch in result.partitions():
        for row in _local_times(batch, table.utc_indexes):
            sheet.write(row)
        count += len(batch)
        progress.tell(table.name, len(batch))
    return count


def _local_times(rows: Iterable[Any], indexes: list[int]) -> Iterable[Any]:
    """The rows with their UTC times (at ``indexes``) as the desk's local times."""
    if not indexes:
        return rows
    return (_localised(list(row), indexes) for row in rows)


def _localised(row: list[Any], indexes: list[int]) -> list[Any]:
    for i in indexes:
        if row[i] is not None:
            row[i] = local_time(row[i])
    return row
