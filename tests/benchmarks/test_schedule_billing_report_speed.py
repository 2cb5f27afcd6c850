"""The schedule and billing reports on the 20,000-member demo (issues 13 and 15): each written as
a PDF and as a workbook in under 300 ms. December's memberships expiring are about 6,000 rows
(about 180 pages), the installments due and overdue about 5,000; the schedule's longest range is
a week. The baseline of the same run is raw sqlite3 reading the report's rows in one query on
the same file (baselines.py), taking turns with the app call by call; for the memberships
expiring it reads neither their latest installment nor what happens at their end, so its ratio
errs on the high side. Medians of five, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_schedule_billing_report_speed.py -s
"""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

from studio_app.container import Services
from studio_app.dto.reports import ReportKind, ReportRequest
from tests.benchmarks.baselines import Statement, ratio_line, versus_raw_read
from tests.benchmarks.conftest import BENCH_NOW

TARGET_MS = 300
RUNS = 5
MONTH = (date(2026, 12, 1), date(2026, 12, 31))
WEEK_START = BENCH_NOW.date() - timedelta(days=BENCH_NOW.weekday())

#: The rows each report lists, as plain SQL on the same file (issue 13's baselines).
BASELINES: dict[ReportKind, Statement] = {
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
    database = big_studio.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    slow = []
    for kind, request in REQUESTS.items():
        lines = []
        for suffix in (".pdf", ".xlsx"):
            out = tmp_path / f"{kind}{suffix}"
            ms, raw_ms, (rows,) = versus_raw_read(
                lambda r=request, o=out: big_studio.reports.write(r, o),
                database,
                [BASELINES[kind]],
                RUNS,
            )
            lines.append(ratio_line("PDF" if suffix == ".pdf" else "xlsx", ms, raw_ms))
            if ms >= TARGET_MS:
                slow.append(f"{kind} {suffix} {ms:.0f} ms")
        print(f"\n{kind} ({len(rows):,} rows; target {TARGET_MS} ms):", *lines, sep="\n  ")
    assert not slow, f"over {TARGET_MS} ms: {', '.join(slow)}"
