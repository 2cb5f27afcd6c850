"""The baselines of the desk benchmarks: the studio's database read and written through its own
driver (sqlite3 or psycopg) without SQLAlchemy or the app, in the same run and on the same data.

A read is compared with the same statements the app sent for it, captured as they reached the
driver and replayed (the data statements only: the app's transaction control, such as BEGIN,
PostgreSQL's read-only snapshot or its writer lock, is left out, as a plain script would leave
it). A write is compared with hand-written statements writing the same rows. On SQLite this is
the baseline of tests/benchmarks/baselines.py (its connection settings and its alternation),
which this module extends to PostgreSQL."""

from __future__ import annotations

import itertools
import sqlite3
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from unittest.mock import patch

from sqlalchemy import event

from studio_app.container import Services
from studio_app.steps import member_search
from tests.benchmarks.baselines import APP_PRAGMAS, duration, in_blocks

#: Statements that only open, close or lock the app's transactions.
TRANSACTION_CONTROL = ("BEGIN", "COMMIT", "ROLLBACK", "SAVEPOINT", "RELEASE", "SET ", "PRAGMA")
WRITER_LOCK = "SELECT pg_advisory_xact_lock"
#: A statement with its parameters, as the app handed them to the driver.
Sent = tuple[str, Any]


@dataclass(frozen=True)
class Ratio:
    """An app's median time beside the raw driver's doing the same work, in ms."""

    app: float
    raw: float
    driver: str

    @property
    def times(self) -> float:
        return self.app / self.raw

    def __str__(self) -> str:
        return (
            f"{duration(self.app)}, raw {self.driver} {duration(self.raw)}: ratio {self.times:.1f}×"
        )


class RawDb:
    """A connection of the studio's own driver to its database, in autocommit mode: each
    statement is its own transaction unless ``begin`` opens one. Statements are written with
    ``?`` placeholders and ``sql`` turns them into the driver's."""

    def __init__(self, svc: Services) -> None:
        url = svc.ctx.uow.engine.url
        self.dialect = url.get_backend_name()
        self.connection: Any
        if self.dialect == "sqlite":
            self.driver, self.begin = "sqlite3", "BEGIN IMMEDIATE"
            assert url.database is not None
            self.connection = sqlite3.connect(url.database, isolation_level=None)
            for pragma in APP_PRAGMAS:
                self.connection.execute(pragma)
        else:
            import psycopg  # only installed with the app's "postgres" extra

            self.driver, self.begin = "psycopg", "BEGIN"
            conninfo = url.set(drivername="postgresql").render_as_string(hide_password=False)
            self.connection = psycopg.connect(conninfo, autocommit=True)

    def sql(self, statement: str) -> str:
        return statement if self.dialect == "sqlite" else statement.replace("?", "%s")

    def timestamp(self, at: datetime) -> object:
        """``at`` as a parameter: SQLite keeps timestamps as text, as SQLAlchemy writes them."""
        return f"{at:%Y-%m-%d %H:%M:%S.%f}" if self.dialect == "sqlite" else at

    def execute(self, statement: str, params: Sequence[object] = ()) -> Any:
        return self.connection.execute(self.sql(statement), params)

    def replay(self, statements: list[Sent]) -> None:
        """Run statements captured from the app (already in the driver's own placeholders),
        fetching every row as the app did."""
        for sql, params in statements:
            cursor = self.connection.execute(sql, params)
            if cursor.description is not None:
                cursor.fetchall()

    def close(self) -> None:
        self.connection.close()


@contextmanager
def raw_db(svc: Services) -> Iterator[RawDb]:
    raw = RawDb(svc)
    try:
        yield raw
    finally:
        raw.close()


def captured(svc: Services, action: Callable[[], object]) -> list[Sent]:
    """The data statements ``action`` sent to the database, with their parameters as the
    driver received them."""
    sent: list[Sent] = []

    def seen(_conn: Any, _cursor: Any, sql: str, params: Any, _context: Any, many: bool) -> None:
        control = sql.lstrip().upper().startswith(TRANSACTION_CONTROL)
        if not (control or many or sql.startswith(WRITER_LOCK)):
            sent.append((sql, params.copy() if isinstance(params, dict) else tuple(params)))

    search_execute = member_search._Search._execute

    def searched(search: member_search._Search, sql: str, **params: Any) -> list[Any]:
        # On SQLite the member search runs its statements on the driver's own connection, past
        # SQLAlchemy's events (steps/member_search.py): they are taken as it sends them.
        if search.sqlite:
            sent.append((sql, {**search.params, **params}))
        return search_execute(search, sql, **params)

    engine = svc.ctx.uow.engine
    event.listen(engine, "before_cursor_execute", seen)
    try:
        with patch.object(member_search._Search, "_execute", searched):
            action()
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    return sent


def raw_read(
    svc: Services,
    action: Callable[[int], object],
    inputs: int,
    turns: int,
) -> Ratio:
    """``action(i % inputs)`` (i = 0, 1, …), the app's work, beside raw replays of the
    statements it sent for each input, taking turns call by call; each input's statements are
    captured once first, after a warm-up call of each side (so caches are as warm on both)."""
    for index in range(inputs):
        action(index)
    work = [captured(svc, lambda i=index: action(i)) for index in range(inputs)]
    assert all(work), "the action read nothing from the database"
    with raw_db(svc) as raw:
        for statements in work:
            raw.replay(statements)
        app_turn, raw_turn = itertools.count(), itertools.count()
        app, baseline = in_blocks(
            lambda: action(next(app_turn) % inputs),
            lambda: raw.replay(work[next(raw_turn) % inputs]),
            turns,
            block=1,
        )
        return Ratio(app, baseline, raw.driver)


#: The rows a sign-up paid with a pass writes, as the service writes them (seen with echo).
RAW_SIGN_UP = (
    "INSERT INTO bookings (session_id, member_id, membership_id, lot_id, status, present,"
    " unpaid, no_show, booked_at, booked_by_id) VALUES (?, ?, ?, ?, 'booked', ?, ?, ?, ?, ?)"
    " RETURNING id",
    "UPDATE credit_lots SET remaining = remaining - 1 WHERE id = ?",
    "INSERT INTO ledger_entries (lot_id, member_id, kind, amount, booking_id, reason, staff_id,"
    " created_at) VALUES (?, ?, 'charge', -1, ?, '', ?, ?)",
    "INSERT INTO audit_entries (at, staff_id, member_id, membership_id, action, entries_after)"
    " VALUES (?, ?, ?, ?, ?, ?)",
    "UPDATE class_sessions SET booked_count = booked_count + 1 WHERE id = ?",
)


def raw_sign_up(
    raw: RawDb, session_id: int, member_id: int, pass_: tuple[int, int], staff_id: int, at: datetime
) -> None:
    """The writes of one sign-up (booking, credit off the pass's lot, ledger entry, user-log
    line, booked count) in one transaction through the raw driver."""
    membership_id, lot_id = pass_
    when = raw.timestamp(at)
    booking, lot, ledger, log, count = RAW_SIGN_UP
    raw.execute(raw.begin)
    booking_id = raw.execute(
        booking, (session_id, member_id, membership_id, lot_id, False, False, False, when, staff_id)
    ).fetchone()[0]
    raw.execute(lot, (lot_id,))
    raw.execute(ledger, (lot_id, member_id, booking_id, staff_id, when))
    raw.execute(log, (when, staff_id, member_id, membership_id, f"Signed up (raw {raw.driver})", 8))
    raw.execute(count, (session_id,))
    raw.execute("COMMIT")
