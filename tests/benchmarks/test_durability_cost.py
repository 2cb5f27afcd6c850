"""What synchronous=FULL costs (issue 12, item 6): every commit is on the disk before the desk
is told it is saved, so a power cut at reception loses nothing; NORMAL in WAL mode may lose the
last commits. Measured on a small studio (the cost is per commit, not per member):

    .venv/bin/pytest tests/benchmarks/test_durability_cost.py -s

Baseline in the same run: raw sqlite3 INSERT+COMMIT in WAL mode, with FULL and with NORMAL.
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import event

from studio_app.domain.clock import FixedClock
from studio_app.dto.members import MemberInput
from studio_app.services.container import Services, open_services
from tests.factories import StudioFactory

COMMITS = 300


def _median_ms(action: Callable[[int], object]) -> float:
    timings = []
    for number in range(COMMITS):
        started = time.perf_counter()
        action(number)
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def _raw_commit_ms(path: Path, synchronous: str) -> float:
    db = sqlite3.connect(path, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.execute(f"PRAGMA synchronous={synchronous}")
    db.execute("CREATE TABLE IF NOT EXISTS t (id INTEGER PRIMARY KEY, name TEXT)")

    def insert(number: int) -> None:
        db.execute("BEGIN IMMEDIATE")
        db.execute("INSERT INTO t (name) VALUES (?)", (f"Zoë {number}",))
        db.execute("COMMIT")

    try:
        return _median_ms(insert)
    finally:
        db.close()


@contextmanager
def _studio(path: Path, synchronous: str) -> Iterator[Services]:
    services = open_services(f"sqlite:///{path}", FixedClock(datetime(2026, 12, 1, 9)), create=True)

    def override(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute(f"PRAGMA synchronous={synchronous}")

    services.ctx.uow.engine.dispose()
    event.listen(services.ctx.uow.engine, "connect", override)
    try:
        yield services
    finally:
        services.ctx.uow.engine.dispose()


def _app_commit_ms(path: Path, synchronous: str) -> float:
    with _studio(path, synchronous) as services:
        StudioFactory.set_up(services)
        return _median_ms(lambda n: services.members.create(MemberInput("Zoë", f"Żółć {n}")))


def test_synchronous_full_costs_little_per_saved_action(tmp_path: Path) -> None:
    raw_normal = _raw_commit_ms(tmp_path / "raw-normal.sqlite3", "NORMAL")
    raw_full = _raw_commit_ms(tmp_path / "raw-full.sqlite3", "FULL")
    app_normal = _app_commit_ms(tmp_path / "app-normal.sqlite3", "NORMAL")
    app_full = _app_commit_ms(tmp_path / "app-full.sqlite3", "FULL")
    print(
        f"\nOne saved action (add a member), median of {COMMITS}: "
        f"app NORMAL {app_normal:.2f} ms, app FULL {app_full:.2f} ms "
        f"(+{app_full - app_normal:.2f} ms); raw sqlite3 commit NORMAL {raw_normal:.2f} ms, "
        f"FULL {raw_full:.2f} ms; app FULL / raw FULL = {app_full / raw_full:.1f}x"
    )
    assert app_full < 50, "a saved action must stay instant at the desk"
