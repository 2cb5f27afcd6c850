"""The attendance summary on the 20,000-member, one-year demo: a month's PDF in under 300 ms and
the whole year's in under 2 s (the workbooks are timed too). The baseline of the same run is
raw sqlite3 running the report's query (the classes of the range joined to their bookings,
grouped per class with a CASE sum per count, and the studio's settings) on the same file with
nothing written (baselines.py). Medians, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_attendance_summary_speed.py -s
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from studio_app.container import Services
from studio_app.dto.reports import ReportKind, ReportRequest
from tests.benchmarks.baselines import Statement, ratio_line, versus_raw_read

MONTH_MS, YEAR_MS = 300, 2000
QUERY = (
    "SELECT s.id, s.series_id, c.name, s.name, s.instructor, s.starts_at, s.capacity,"
    " sum(CASE WHEN b.status = 'booked' THEN 1 ELSE 0 END),"
    " sum(CASE WHEN b.status = 'booked' AND b.present THEN 1 ELSE 0 END),"
    " sum(CASE WHEN b.status = 'booked' AND b.no_show THEN 1 ELSE 0 END),"
    " sum(CASE WHEN b.status = 'late_cancelled' THEN 1 ELSE 0 END)"
    " FROM class_sessions s LEFT JOIN class_series c ON s.series_id = c.id"
    " LEFT JOIN bookings b ON b.session_id = s.id"
    " WHERE s.starts_at >= ? AND s.starts_at < ? AND s.cancelled = 0 AND s.appointment = 0"
    " GROUP BY s.id, s.series_id, c.name, s.name, s.instructor, s.starts_at, s.capacity"
)


def _raw_reads(first: date, last: date) -> list[Statement]:
    """The report's reads in raw sqlite3 (bounds as stored)."""
    bounds = (f"{first} 00:00:00.000000", f"{last + timedelta(days=1)} 00:00:00.000000")
    return [(QUERY, bounds), ("SELECT * FROM studio_settings WHERE id = 1", ())]


@pytest.mark.parametrize(
    ("first", "last", "target"),
    [
        (date(2026, 11, 1), date(2026, 11, 30), MONTH_MS),
        (date(2025, 12, 1), date(2026, 11, 30), YEAR_MS),
    ],
    ids=["month", "year"],
)
def test_the_attendance_summary_of_a_range(
    big_studio: Services, tmp_path: Path, first: date, last: date, target: int
) -> None:
    database = big_studio.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    request = ReportRequest(ReportKind.ATTENDANCE_SUMMARY, first, last)
    reads = _raw_reads(first, last)
    pdf, raw_pdf, (classes, _) = versus_raw_read(
        lambda: big_studio.reports.write(request, tmp_path / "attendance.pdf"), database, reads, 5
    )
    xlsx, raw_xlsx, _ = versus_raw_read(
        lambda: big_studio.reports.write(request, tmp_path / "attendance.xlsx"), database, reads, 5
    )
    booked = sum(row[7] for row in classes)
    print(
        f"\nattendance summary, {first} … {last} ({len(classes):,} classes, {booked:,} visits "
        f"booked; target {target} ms):"
        f"\n  {ratio_line('PDF', pdf, raw_pdf)}"
        f"\n  {ratio_line('xlsx', xlsx, raw_xlsx)}"
    )
    assert booked > 100  # the demo's range is a real one
    assert pdf < target and xlsx < target
