"""The revenue report for a month on the 20,000-member, one-year demo (about 5,000 payments a
month): the PDF and the workbook each in under 300 ms. The baseline of the same run is raw
sqlite3 running the report's queries (the month's payments grouped by what they paid for,
method, discount, plan and product; the open unpaid visits; the studio's settings) on the same
file with nothing written (baselines.py). Medians, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_revenue_report_speed.py -s
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from studio_app.container import Services
from studio_app.dto.reports import ReportKind, ReportRequest
from tests.benchmarks.baselines import ratio_line, versus_raw_read

TARGET_MS = 300
FIRST, LAST = date(2026, 11, 1), date(2026, 11, 30)
#: The bounds as stored (UTC; the demo's clock and the benchmark's desk are both in UTC).
BOUNDS = ("2026-11-01 00:00:00.000000", "2026-12-01 00:00:00.000000")
QUERIES = (
    (
        "SELECT p.membership_id IS NOT NULL OR p.installment_id IS NOT NULL,"
        " p.booking_id IS NOT NULL, p.product_id IS NOT NULL, p.method, p.discount_kind,"
        " m.plan_name, pr.id, pr.name, count(*), sum(p.amount_cents),"
        " sum(p.discount_cents > 0), sum(p.discount_cents), sum(p.quantity)"
        " FROM payments p LEFT JOIN memberships m ON p.membership_id = m.id"
        " LEFT JOIN products pr ON p.product_id = pr.id"
        " WHERE p.paid_at >= ? AND p.paid_at < ? GROUP BY 1, 2, 3, 4, 5, 6, 7, 8",
        BOUNDS,
    ),
    (
        "SELECT m.first_name, m.last_name, s.name, s.starts_at FROM bookings b"
        " JOIN class_sessions s ON b.session_id = s.id JOIN members m ON b.member_id = m.id"
        " WHERE b.status = 'booked' AND b.unpaid = 1 AND s.starts_at < ?"
        " AND NOT EXISTS (SELECT 1 FROM payments p WHERE p.booking_id = b.id)"
        " ORDER BY s.starts_at, m.last_name, m.first_name, b.id",
        (BOUNDS[1],),
    ),
    ("SELECT * FROM studio_settings WHERE id = 1", ()),
)


def test_a_month_of_revenue_as_pdf_and_workbook(big_studio: Services, tmp_path: Path) -> None:
    database = big_studio.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    request = ReportRequest(ReportKind.REVENUE, FIRST, LAST)
    pdf, raw_pdf, (groups, unpaid, _) = versus_raw_read(
        lambda: big_studio.reports.write(request, tmp_path / "revenue.pdf"), database, QUERIES, 7
    )
    xlsx, raw_xlsx, _ = versus_raw_read(
        lambda: big_studio.reports.write(request, tmp_path / "revenue.xlsx"), database, QUERIES, 7
    )
    payments = sum(row[8] for row in groups)
    print(
        f"\nrevenue, Nov 2026 ({payments:,} payments, {len(unpaid):,} unpaid visits; "
        f"target {TARGET_MS} ms):"
        f"\n  {ratio_line('PDF', pdf, raw_pdf)}"
        f"\n  {ratio_line('xlsx', xlsx, raw_xlsx)}"
    )
    assert payments > 1_000  # the demo's month is a real one
    assert pdf < TARGET_MS and xlsx < TARGET_MS
