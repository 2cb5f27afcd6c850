"""The schedule and billing reports on the 20,000-member demo (issue 13): each written as a PDF
and as a workbook in under 300 ms. December's memberships expiring are about 6,000 rows (about
180 pages), the installments due and overdue about 5,200; the schedule's longest range is a
week. Each figure is the median of three runs, printed with -s beside a raw sqlite3 query
reading the same rows (the baseline) and the ratio to it."""

from __future__ import annotations

import sqlite3
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy.engine import make_url

from studio_app.dto.reports import ReportKind, ReportRequest
from studio_app.services.container import Services
from tests.benchmarks.conftest import BENCH_NOW
from tests.benchmarks.test_desk_speed import _median_ms

MONTH = (date(2026, 12, 1), date(2026, 12, 31))
WEEK_START = BENCH_NOW.date() - timedelta(days=BENCH_NOW.weekday())

#: The rows each report reads, as plain SQL on the same file.
BASELINES = {
    ReportKind.SCHEDULE: (
        "SELECT starts_at, duration_minutes, name, instructor, room, booked_count, capacity, "
        "cancelled FROM class_sessions WHERE starts_at >= ? AND starts_at < ? AND appointment = 0 "
        "ORDER BY starts_at",
        (f"{WEEK_START} 00:00:00", f"{WEEK_START + timedelta(days=7)} 00:00:00"),
    ),
    ReportKind.EXPIRING: (
        "SELECT m.id, p.first_name, p.last_name, p.card_on_file, m.plan_name, m.price_cents, "
        "m.ends_on FROM memberships m JOIN members p ON p.id = m.member_id "
        "WHERE m.ends_on BETWEEN ? AND ? AND m.cancelled = 0 AND m.package_id IS NULL "
        "ORDER BY m.ends_on, p.last_name, p.first_name",
        tuple(d.isoformat() for d in MONTH),
    ),
    ReportKind.DUES: (
        "SELECT i.id, i.number, i.due_on, i.amount_cents, m.plan_name, p.first_name, "
        "p.last_name, p.card_on_file FROM installments i "
        "JOIN memberships m ON m.id = i.membership_id JOIN members p ON p.id = m.member_id "
        "WHERE i.paid = 0 AND i.due_on <= ? AND m.cancelled = 0 "
        "ORDER BY i.due_on, p.last_name, p.first_name",
        (MONTH[1].isoformat(),),
    ),
}
REQUESTS = {
    ReportKind.SCHEDULE: ReportRequest(ReportKind.SCHEDULE, BENCH_NOW.date(), week=True),
    ReportKind.EXPIRING: ReportRequest(ReportKind.EXPIRING, *MONTH),
    ReportKind.DUES: ReportRequest(ReportKind.DUES, *MONTH),
}


def test_schedule_and_billing_reports_write_fast(big_studio: Services, tmp_path: Path) -> None:
    database = make_url(str(big_studio.ctx.uow.engine.url)).database
    assert database is not None
    raw = sqlite3.connect(database)
    slow = []
    try:
        for kind, request in REQUESTS.items():
            sql, params = BASELINES[kind]
            rows = len(raw.execute(sql, params).fetchall())
            baseline = _median_ms(lambda s=sql, p=params: raw.execute(s, p).fetchall(), runs=5)
            for suffix in (".pdf", ".xlsx"):
                out = tmp_path / f"{kind}{suffix}"
                ms = _median_ms(lambda r=request, o=out: big_studio.reports.write(r, o), runs=3)
                print(
                    f"\n{kind} {suffix}: {ms:.0f} ms for {rows:,} rows "
                    f"(raw sqlite3 {baseline:.2f} ms, {ms / baseline:.0f}×)"
                )
                if ms >= 300:
                    slow.append(f"{kind} {suffix} {ms:.0f} ms")
    finally:
        raw.close()
    assert not slow, f"over 300 ms: {', '.join(slow)}"
