"""The attendance summary on the 20,000-member, one-year demo: a month's PDF in under 300 ms and
the whole year's in under 2 s (the workbooks are timed too). The baseline of the same run is
raw sqlite3 running the report's query (the classes of the range joined to their bookings,
grouped per class with a CASE sum per count) with nothing written. Medians, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_attendance_summary_speed.py -s
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable
from contextlib import closing
from datetime import date, timedelta
from pathlib import Path

import pytest

from studio_app.dto.reports import ReportKind, ReportRequest
from studio_app.services.container import Services

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


def _median_ms(action: Callable[[], object], runs: int = 5) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _raw_query(database: str, first: date, last: date) -> int:
    """The report's query in raw sqlite3 (bounds as stored); how many visits were booked."""
    bounds = (f"{first} 00:00:00.000000", f"{last + timedelta(days=1)} 00:00:00.000000")
    with closing(sqlite3.connect(database)) as db:
        return sum(row[7] for row in db.execute(QUERY, bounds))


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
    booked = _raw_query(database, first, last)
    baseline = _median_ms(lambda: _raw_query(database, first, last))
    pdf = _median_ms(lambda: big_studio.reports.write(request, tmp_path / "attendance.pdf"))
    xlsx = _median_ms(lambda: big_studio.reports.write(request, tmp_path / "attendance.xlsx"))
    print(
        f"\nattendance summary, {first} … {last} ({booked:,} visits booked): "
        f"raw sqlite3 GROUP BY {baseline:.1f} ms"
        f"\n  PDF  {pdf:6.1f} ms ({pdf / baseline:.1f}x the baseline; target {target} ms)"
        f"\n  xlsx {xlsx:6.1f} ms ({xlsx / baseline:.1f}x the baseline; target {target} ms)"
    )
    assert booked > 100  # the demo's range is a real one
    assert pdf < target and xlsx < target
