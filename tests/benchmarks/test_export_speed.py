"""Export everything on the 20,000-member, one-year demo studio (about 300,000 rows in 13
tables): to .xlsx in at most 30 s, to CSV files in at most 10 s, in flat memory. The baseline of
the same run is the floor for the data: raw sqlite3 reading the same rows from the same file
(each table with the names the export writes beside the ids, and the members' balances) and
writing them with the csv module (baselines.py). Figures are printed with -s:

    .venv/bin/pytest tests/benchmarks/test_export_speed.py -s

``STUDIO_BENCH_DB=/path/big.sqlite3`` reuses a demo built before (``studio-app --db PATH demo
--members 20000 --weeks 52``) instead of building one for the run.
"""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import time
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.demo import DEMO_DESK
from studio_app.services.exports import TABLES
from studio_app.steps.export_rows.balances import BALANCES_NAME
from tests.benchmarks.baselines import ratio_line, raw_sqlite

NAME = "trim(p.first_name || ' ' || p.last_name)"
#: The rows of each sheet, in the same order, as plain SQL: each table with the names of the
#: member and staff its rows point at.
RAW_TABLES = {
    "members": "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.birth_date,"
    " p.card_code, p.card_on_file, p.status, p.notes, p.created_at, p.created_by_id, s.full_name"
    " FROM members p LEFT JOIN staff s ON s.id = p.created_by_id ORDER BY p.id",
    "plans": "SELECT * FROM plans ORDER BY id",
    "memberships": f"SELECT m.*, {NAME}, s.full_name FROM memberships m"
    " JOIN members p ON p.id = m.member_id JOIN staff s ON s.id = m.sold_by_id ORDER BY m.id",
    "installments": f"SELECT i.*, m.member_id, {NAME}, m.plan_name,"
    " coalesce(s.full_name, 'Automatic') FROM installments i"
    " JOIN memberships m ON m.id = i.membership_id JOIN members p ON p.id = m.member_id"
    " LEFT JOIN staff s ON s.id = i.created_by_id ORDER BY i.id",
    "payments": f"SELECT pay.*, coalesce({NAME}, 'Walk-in'), pr.name, s.full_name FROM payments pay"
    " LEFT JOIN members p ON p.id = pay.member_id LEFT JOIN products pr ON pr.id = pay.product_id"
    " JOIN staff s ON s.id = pay.staff_id ORDER BY pay.id",
    "products": "SELECT * FROM products ORDER BY id",
    "class_series": "SELECT * FROM class_series ORDER BY id",
    "class_sessions": "SELECT * FROM class_sessions ORDER BY id",
    "bookings": f"SELECT b.*, c.name, c.starts_at, {NAME}, s.full_name, e.full_name FROM bookings b"
    " JOIN class_sessions c ON c.id = b.session_id JOIN members p ON p.id = b.member_id"
    " JOIN staff s ON s.id = b.booked_by_id LEFT JOIN staff e ON e.id = b.ended_by_id"
    " ORDER BY b.id",
    "credit_lots": f"SELECT l.*, {NAME} FROM credit_lots l JOIN members p ON p.id = l.member_id"
    " ORDER BY l.id",
    "ledger_entries": f"SELECT e.*, {NAME}, coalesce(s.full_name, 'Automatic')"
    " FROM ledger_entries e JOIN members p ON p.id = e.member_id"
    " LEFT JOIN staff s ON s.id = e.staff_id ORDER BY e.id",
    "staff": "SELECT id, username, full_name, role, privileges, active, created_at FROM staff"
    " ORDER BY id",
    "audit_entries": f"SELECT a.*, coalesce(s.full_name, 'Automatic'), {NAME} FROM audit_entries a"
    " LEFT JOIN members p ON p.id = a.member_id LEFT JOIN staff s ON s.id = a.staff_id"
    " ORDER BY a.id",
}
#: "Members and balances": each member with each running membership and its credits left.
RAW_BALANCES = (
    "SELECT p.id, p.first_name, p.last_name, p.email, p.phone, p.birth_date, p.card_code, p.notes,"
    " r.plan_name, CASE WHEN left_over.category = r.credit_category THEN NULL"
    " ELSE left_over.category END, left_over.credits, coalesce(left_over.until, r.ends_on)"
    " FROM members p LEFT JOIN memberships r ON r.member_id = p.id AND r.ends_on >= :today"
    " AND r.kind != 'package' AND (r.kind = 'time_based' OR EXISTS (SELECT 1 FROM credit_lots l"
    " WHERE l.membership_id = r.id AND l.remaining > 0 AND l.expires_on >= :today))"
    " LEFT JOIN (SELECT membership_id, category, sum(remaining) AS credits,"
    " max(expires_on) AS until FROM credit_lots WHERE remaining > 0 AND expires_on >= :today"
    " GROUP BY membership_id, category) AS left_over ON left_over.membership_id = r.id"
    " ORDER BY p.id, r.id, left_over.category"
)
XLSX_TARGET_S, CSV_TARGET_S = 30.0, 10.0

#: Run in a fresh interpreter: the export's peak of traced Python memory and its growth of the
#: process's peak resident memory (ru_maxrss, kB on Linux).
MEMORY_PROBE = """
import json, resource, sys, tracemalloc
from pathlib import Path
from studio_app.container import open_services
services = open_services(sys.argv[1], create=True)
services.staff.log_in(sys.argv[3], sys.argv[4])
rss_before = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
tracemalloc.start()
rows = services.exports.export(Path(sys.argv[2])).value.total_rows
peak = tracemalloc.get_traced_memory()[1]
rss_after = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"rows": rows, "peak": peak, "rss_growth_kb": rss_after - rss_before}))
"""


@pytest.fixture(scope="module")
def studio(request: pytest.FixtureRequest) -> Iterator[Services]:
    """The demo studio with the front desk (who holds the reports privilege) logged in."""
    reuse = os.environ.get("STUDIO_BENCH_DB")
    if not reuse:
        yield request.getfixturevalue("big_studio")
        return
    services = open_services(f"sqlite:///{reuse}")
    services.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    yield services
    services.ctx.uow.engine.dispose()


def _database_file(services: Services) -> str:
    database = services.ctx.uow.engine.url.database
    assert database, "the export benchmark reads the demo's SQLite file directly"
    return database


def _raw_csv(database: str, folder: Path, today: date) -> tuple[float, int, int]:
    """The baseline: the same rows as the export (``RAW_TABLES`` and ``RAW_BALANCES``) into
    CSV files; ms, the tables' rows and the balances' rows."""
    folder.mkdir()
    rows = {}
    started = time.perf_counter()
    with raw_sqlite(database) as db:
        db.execute("BEGIN")
        statements = [*RAW_TABLES.items(), (BALANCES_NAME, RAW_BALANCES)]
        for name, sql in statements:
            cursor = db.execute(sql, {"today": today.isoformat()})
            rows[name] = 0
            with (folder / f"{name}.csv").open("w", encoding="utf-8", newline="") as stream:
                out = csv.writer(stream)
                out.writerow([column[0] for column in cursor.description])
                for batch in iter(lambda c=cursor: c.fetchmany(2_000), []):
                    out.writerows(batch)
                    rows[name] += len(batch)
        db.execute("COMMIT")
    ms = (time.perf_counter() - started) * 1000
    return ms, sum(rows.values()) - rows[BALANCES_NAME], rows[BALANCES_NAME]


def _exported(services: Services, out: Path) -> tuple[float, int, int]:
    """The export: ms, the tables' rows and the balances' rows."""
    started = time.perf_counter()
    summary = services.exports.export(out).value
    ms = (time.perf_counter() - started) * 1000
    # Every database table's rows; "Members and balances" is a view of them on top.
    balances = summary.rows[BALANCES_NAME]
    return ms, summary.total_rows - balances, balances


def test_export_speed_against_raw_sqlite_to_csv(studio: Services, tmp_path: Path) -> None:
    assert len(RAW_TABLES) == len(TABLES)
    today = studio.ctx.clock.today()
    baseline, raw_rows, raw_balances = _raw_csv(_database_file(studio), tmp_path / "raw", today)
    csv_ms, rows, balances = _exported(studio, tmp_path / "csv")
    xlsx_ms, xlsx_rows, _ = _exported(studio, tmp_path / "studio.xlsx")
    size = (tmp_path / "studio.xlsx").stat().st_size / 2**20
    to_csv = f"to CSV files (target {CSV_TARGET_S:.0f} s)"
    to_xlsx = f"to .xlsx, {size:.1f} MiB (target {XLSX_TARGET_S:.0f} s)"
    raw = "raw sqlite3 to csv"
    print(
        f"\nexport of {rows:,} rows and {balances:,} rows of members' balances:"
        f"\n  {ratio_line(to_csv, csv_ms, baseline, raw)}"
        f"\n  {ratio_line(to_xlsx, xlsx_ms, baseline, raw)}"
    )
    assert rows == xlsx_rows == raw_rows  # no date range: every row of every table
    assert balances == raw_balances
    assert csv_ms <= CSV_TARGET_S * 1000 and xlsx_ms <= XLSX_TARGET_S * 1000


def test_export_memory_stays_flat(studio: Services, tmp_path: Path) -> None:
    """Rows are streamed: the memory an export needs does not grow with the data it writes."""
    url = f"sqlite:///{_database_file(studio)}"
    probe = subprocess.run(
        [sys.executable, "-c", MEMORY_PROBE, url, str(tmp_path / "studio.xlsx"), *DEMO_DESK[:2]],
        capture_output=True,
        text=True,
        check=True,
    )
    seen = json.loads(probe.stdout.strip().splitlines()[-1])
    written = (tmp_path / "studio.xlsx").stat().st_size / 2**20
    peak, growth = seen["peak"] / 2**20, seen["rss_growth_kb"] / 1024
    print(
        f"\nmemory: {peak:.1f} MiB peak of traced Python memory, {growth:.1f} MiB above the "
        f"process's peak resident size before it, exporting {seen['rows']:,} rows "
        f"({written:.1f} MiB .xlsx)"
    )
    assert peak < 30 and growth < 60
