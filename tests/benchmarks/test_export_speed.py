"""Export everything on the 20,000-member, one-year demo studio (about 300,000 rows in 13
tables): to .xlsx in at most 30 s, to CSV files in at most 10 s, in flat memory. The baseline of
the same run is the floor for the data: a raw sqlite3 ``SELECT *`` of the same tables written
with the csv module. Figures are printed with -s:

    .venv/bin/pytest tests/benchmarks/test_export_speed.py -s

``STUDIO_BENCH_DB=/path/big.sqlite3`` reuses a demo built before (``studio-app --db PATH demo
--members 20000 --weeks 52``) instead of building one for the run.
"""

from __future__ import annotations

import csv
import json
import os
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from studio_app.services.container import Services, open_services
from studio_app.services.data_export import TABLES
from studio_app.services.demo import DEMO_DESK
from studio_app.services.export_balances import BALANCES_NAME

#: The database tables behind the sheets, in the same order.
DB_TABLES = (
    "members",
    "plans",
    "memberships",
    "installments",
    "payments",
    "products",
    "class_series",
    "class_sessions",
    "bookings",
    "credit_lots",
    "ledger_entries",
    "staff",
    "audit_entries",
)
XLSX_TARGET_S, CSV_TARGET_S = 30.0, 10.0

#: Run in a fresh interpreter: the export's peak of traced Python memory and its growth of the
#: process's peak resident memory (ru_maxrss, kB on Linux).
MEMORY_PROBE = """
import json, resource, sys, tracemalloc
from pathlib import Path
from studio_app.services.container import open_services
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


def _raw_csv(database: str, folder: Path) -> tuple[float, int]:
    """The baseline: every table as stored, ``SELECT *`` into a CSV file; seconds and rows."""
    folder.mkdir()
    started, rows = time.perf_counter(), 0
    with sqlite3.connect(database) as db:
        for table in DB_TABLES:
            cursor = db.execute(f"SELECT * FROM {table}")
            with (folder / f"{table}.csv").open("w", encoding="utf-8", newline="") as stream:
                out = csv.writer(stream)
                out.writerow([column[0] for column in cursor.description])
                for batch in iter(lambda c=cursor: c.fetchmany(2_000), []):
                    out.writerows(batch)
                    rows += len(batch)
    return time.perf_counter() - started, rows


def _exported(services: Services, out: Path) -> tuple[float, int]:
    started = time.perf_counter()
    summary = services.exports.export(out).value
    seconds = time.perf_counter() - started
    # Every database table's rows; "Members and balances" is a view of them on top.
    return seconds, summary.total_rows - summary.rows[BALANCES_NAME]


def test_export_speed_against_raw_sqlite_to_csv(studio: Services, tmp_path: Path) -> None:
    assert len(DB_TABLES) == len(TABLES)
    baseline, raw_rows = _raw_csv(_database_file(studio), tmp_path / "raw")
    csv_s, rows = _exported(studio, tmp_path / "csv")
    xlsx_s, xlsx_rows = _exported(studio, tmp_path / "studio.xlsx")
    size = (tmp_path / "studio.xlsx").stat().st_size / 2**20
    print(
        f"\nraw sqlite3 SELECT * -> csv: {baseline:.2f} s ({raw_rows:,} rows)"
        f"\nexport to CSV files:        {csv_s:.2f} s ({rows:,} rows, "
        f"{csv_s / baseline:.1f}x the baseline; target {CSV_TARGET_S:.0f} s)"
        f"\nexport to .xlsx:            {xlsx_s:.2f} s ({size:.1f} MiB, "
        f"{xlsx_s / baseline:.1f}x the baseline; target {XLSX_TARGET_S:.0f} s)"
    )
    assert rows == xlsx_rows == raw_rows  # no date range: every row of every table
    assert csv_s <= CSV_TARGET_S and xlsx_s <= XLSX_TARGET_S


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
