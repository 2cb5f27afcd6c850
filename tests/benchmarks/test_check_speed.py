"""`studio-app check` on the 20,000-member, one-year demo studio (issue 15): at most 1.5 times
as long as SQLite's own ``PRAGMA integrity_check`` run with raw sqlite3 on the same file in the
same run (baselines.py), although the check also runs SQLite's foreign-key check and compares
every class's booked count and every credit lot's balance with their sources. Medians of runs
alternating with the baseline, printed with -s:

    .venv/bin/pytest tests/benchmarks/test_check_speed.py -s
"""

from __future__ import annotations

from studio_app.container import Services
from tests.benchmarks.baselines import in_blocks, ratio_line, raw_read, raw_sqlite

RATIO = 1.5
RUNS = 5


def test_check_against_sqlites_integrity_check(big_studio: Services) -> None:
    database = big_studio.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    with raw_sqlite(database) as db:
        integrity = [("PRAGMA integrity_check", ())]
        ((verdict,),) = raw_read(db, integrity)[0]  # warms the page cache for both
        assert big_studio.integrity.problems() == []
        check, raw = in_blocks(
            big_studio.integrity.problems, lambda: raw_read(db, integrity), RUNS, block=1
        )
    print(
        "\n"
        + ratio_line(
            f"studio-app check (medians of {RUNS})", check, raw, "raw sqlite3 integrity_check"
        )
    )
    assert verdict == "ok"
    assert check / raw <= RATIO
