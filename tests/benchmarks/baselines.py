"""The baseline every benchmark prints its figure against (issue 15): the same work done with
Python's sqlite3 module on the same database file, in the same run, so that a figure says how
much the app adds whatever the machine's speed or load that day. Reads fetch the same rows the
service reads (plain SQL written from the statements the service emits); writes do the same
writes in a ``BEGIN IMMEDIATE … COMMIT``. Each figure is printed as

    front desk due list (5,214 rows): 53.2 ms, raw sqlite3 28.0 ms: 1.9×
"""

from __future__ import annotations

import sqlite3
import statistics
import time
from collections.abc import Callable, Iterator, Sequence
from contextlib import closing, contextmanager
from pathlib import Path
from typing import Any

from studio_app.db.engine import BUSY_TIMEOUT_MS, CACHE_KIB

#: The app's settings for each connection to a studio file (studio_app/db/engine.py).
APP_PRAGMAS = (
    "PRAGMA foreign_keys=ON",
    f"PRAGMA busy_timeout={BUSY_TIMEOUT_MS}",
    "PRAGMA journal_mode=WAL",
    "PRAGMA synchronous=FULL",
    f"PRAGMA cache_size=-{CACHE_KIB}",
)

#: A statement and its parameters.
Statement = tuple[str, Sequence[Any]]
Rows = list[tuple[Any, ...]]


def median_ms(action: Callable[[], object], runs: int) -> float:
    """The median wall time of ``runs`` calls of ``action``, in ms."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


@contextmanager
def raw_sqlite(database: str | Path) -> Iterator[sqlite3.Connection]:
    """A plain sqlite3 connection to ``database`` set up as the app sets up its own; in
    autocommit mode, so its transactions are the BEGIN … COMMIT its user writes."""
    with closing(sqlite3.connect(database, isolation_level=None)) as db:
        for pragma in APP_PRAGMAS:
            db.execute(pragma)
        yield db


def raw_read(db: sqlite3.Connection, statements: Sequence[Statement]) -> list[Rows]:
    """Every row of each of ``statements``, read in one read transaction (as the service reads
    in one unit of work)."""
    db.execute("BEGIN")
    try:
        return [db.execute(sql, params).fetchall() for sql, params in statements]
    finally:
        db.execute("COMMIT")


def raw_read_ms(
    database: str | Path, statements: Sequence[Statement], runs: int
) -> tuple[float, list[Rows]]:
    """The median ms of raw sqlite3 reading ``statements`` (``raw_read``) on one connection,
    opened and warmed up by a first read beforehand as the app's pooled connection is; and
    the rows of that first read, for the caller to check they are the rows the app shows."""
    with raw_sqlite(database) as db:
        rows = raw_read(db, statements)
        return median_ms(lambda: raw_read(db, statements), runs), rows


def versus_raw_read(
    app: Callable[[], object], database: str | Path, statements: Sequence[Statement], runs: int
) -> tuple[float, float, list[Rows]]:
    """Medians in ms of ``runs`` calls of ``app`` and of raw sqlite3 reading ``statements``
    (``raw_read``), taking turns call by call on a connection warmed up by a first read; and
    the rows of that first read, for the caller to check they are the rows the app shows."""
    with raw_sqlite(database) as db:
        rows = raw_read(db, statements)
        app_ms, raw_ms = in_blocks(app, lambda: raw_read(db, statements), runs, block=1)
        return app_ms, raw_ms, rows


def in_blocks(
    app: Callable[[], object], raw: Callable[[], object], runs: int, block: int = 10
) -> tuple[float, float]:
    """Medians in ms of ``runs`` calls of ``app`` and ``runs`` of ``raw`` on the same file,
    alternating in blocks of ``block``: neither side keeps finding the other's writes in its
    page cache, nor gets the quieter moments of a busy machine."""
    app_ms: list[float] = []
    raw_ms: list[float] = []
    for start in range(0, runs, block):
        count = min(block, runs - start)
        raw_ms += (median_ms(raw, 1) for _ in range(count))
        app_ms += (median_ms(app, 1) for _ in range(count))
    return statistics.median(app_ms), statistics.median(raw_ms)


def duration(ms: float) -> str:
    """``ms`` with the digits that mean something: 0.27 ms, 53.2 ms, 448 ms, 7.41 s."""
    if ms >= 1000:
        return f"{ms / 1000:.2f} s"
    if ms >= 100:
        return f"{ms:.0f} ms"
    return f"{ms:.1f} ms" if ms >= 10 else f"{ms:.2f} ms"


def ratio_line(label: str, ms: float, raw_ms: float, baseline: str = "raw sqlite3") -> str:
    """``label: 53.2 ms, raw sqlite3 28.0 ms: 1.9×`` — a figure beside its baseline."""
    ratio = ms / raw_ms
    times = f"{ratio:.1f}×" if ratio < 100 else f"{ratio:.0f}×"
    return f"{label}: {duration(ms)}, {baseline} {duration(raw_ms)}: {times}"
