"""Credit work on the 20,000-member, one-year demo studio: the start-up "catch up to today"
(run when nothing is due, as on most starts, and on the following day, when batches come
due and lots expire) and opening a member's Credits tab report. Printed with -s beside the
baseline of the same run (baselines.py): raw sqlite3 reading what the catch-up reads to find
what is due, and on the next day also writing what it wrote (the same statements, in as many
write transactions, into a copy of the file made just before); raw sqlite3 reading the rows
of the report."""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from datetime import date, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, event, select

from studio_app.container import Services
from studio_app.domain.clock import FixedClock
from studio_app.models import CreditLot
from studio_app.services.credit_schedule import PAUSE_S
from tests.benchmarks.baselines import Statement, ratio_line, raw_read, raw_sqlite, versus_raw_read

#: What the catch-up reads to find what is due, as plain SQL: memberships that renew by
#: themselves, the scheduled grants of running memberships with the batches already issued,
#: and the lots with credits left after their last day.
DUE_RENEWALS = (
    "SELECT m.id FROM memberships m JOIN members p ON p.id = m.member_id"
    " WHERE m.continuous = 1 AND m.cancelled = 0 AND m.package_id IS NULL AND m.ends_on < ?"
    " AND (m.max_end_on IS NULL OR m.ends_on < m.max_end_on)"
    " AND (m.contract_installments IS NOT NULL OR p.card_on_file != '') ORDER BY m.id"
)
RUNNING_GRANTS = "m.cancelled = 0 AND m.starts_on <= ? AND g.credits > 0"
DUE_GRANTS = (
    "SELECT g.*, m.* FROM membership_credit_grants g JOIN memberships m ON m.id = g.membership_id"
    f" WHERE {RUNNING_GRANTS} ORDER BY m.id, g.position"
)
ISSUED_BATCHES = (
    "SELECT l.grant_id, l.issued_on FROM credit_lots l"
    " JOIN membership_credit_grants g ON g.id = l.grant_id"
    f" JOIN memberships m ON m.id = g.membership_id WHERE {RUNNING_GRANTS}"
    " AND l.source = 'scheduled'"
)
DUE_EXPIRIES = "SELECT id FROM credit_lots WHERE expires_on < ? AND remaining > 0 ORDER BY id"
#: What the member's credit report reads: the member, their lots and memberships, and the
#: whole ledger with who wrote each entry and the class each charge was for.
REPORT = (
    "SELECT * FROM members WHERE id = ?",
    "SELECT * FROM credit_lots WHERE member_id = ?",
    "SELECT id, plan_name FROM memberships WHERE member_id = ?",
    "SELECT e.*, s.full_name, c.* FROM ledger_entries e LEFT JOIN staff s ON s.id = e.staff_id"
    " LEFT JOIN bookings b ON b.id = e.booking_id LEFT JOIN class_sessions c ON c.id = b.session_id"
    " WHERE e.member_id = ? ORDER BY e.created_at, e.id",
)


def _due_reads(today: date) -> list[Statement]:
    day = (today.isoformat(),)
    return [(DUE_RENEWALS, day), (DUE_GRANTS, day), (ISSUED_BATCHES, day), (DUE_EXPIRIES, day)]


@contextmanager
def _write_units(engine: Engine) -> Iterator[list[list[tuple[str, Any]]]]:
    """The write statements ``engine`` runs inside the block, one list per write transaction."""
    units: list[list[tuple[str, Any]]] = []

    def seen(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        if statement.startswith("BEGIN IMMEDIATE"):
            units.append([])
        elif statement.startswith(("INSERT", "UPDATE", "DELETE")):
            units[-1].append((statement, parameters))

    event.listen(engine, "before_cursor_execute", seen)
    try:
        yield units
    finally:
        event.remove(engine, "before_cursor_execute", seen)


def _raw_catch_up(database: Path, today: date, units: list[list[tuple[str, Any]]]) -> float:
    """Raw sqlite3 finding what is due on ``today`` and writing ``units`` (each in its own
    BEGIN IMMEDIATE … COMMIT), in ms; on a connection warmed up by the same reads first."""
    with raw_sqlite(database) as db:
        raw_read(db, _due_reads(today))
        started = time.perf_counter()
        raw_read(db, _due_reads(today))
        for writes in units:
            db.execute("BEGIN IMMEDIATE")
            for statement, parameters in writes:
                run = db.executemany if isinstance(parameters, list) else db.execute
                run(statement, parameters)
            db.execute("COMMIT")
        return (time.perf_counter() - started) * 1000


def _rows(database: Path) -> list[int]:
    """How many lots, ledger entries and user-log lines ``database`` holds."""
    with raw_sqlite(database) as db:
        tables = ("credit_lots", "ledger_entries", "audit_entries")
        return [db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table in tables]


def test_catch_up_and_credit_report(big_studio: Services, tmp_path: Path) -> None:
    svc = big_studio
    database = svc.ctx.uow.engine.url.database
    assert database, "the baseline reads the demo's SQLite file directly"
    clock = svc.ctx.clock
    assert isinstance(clock, FixedClock)
    idle, raw_idle, _ = versus_raw_read(
        svc.credit_schedule.catch_up, database, _due_reads(clock.today()), runs=5
    )

    before = tmp_path / "before.sqlite3"
    with closing(sqlite3.connect(database)) as source, closing(sqlite3.connect(before)) as copy:
        source.backup(copy)
    clock.advance_to(clock.now() + timedelta(days=1))
    with _write_units(svc.ctx.uow.engine) as units:
        started = time.perf_counter()
        done = svc.credit_schedule.catch_up().value
        next_day = (time.perf_counter() - started) * 1000
    raw_next_day = _raw_catch_up(before, clock.today(), units)
    assert _rows(before) == _rows(Path(database))  # the copy now holds what the app wrote

    with svc.ctx.uow.read() as uow:
        member = uow.session.scalar(
            select(CreditLot.member_id).where(CreditLot.source == "scheduled").limit(1)
        )
    report, raw_report, (_, lots, _, ledger) = versus_raw_read(
        lambda: svc.credits.report(member), database, [(sql, (member,)) for sql in REPORT], 20
    )
    shown = svc.credits.report(member)
    pauses = (len(units) - 1) * PAUSE_S * 1000
    print(
        "\n"
        + ratio_line("catch-up with nothing due", idle, raw_idle)
        + "\n"
        + ratio_line(
            f"catch-up on the next day ({done.lots_issued} batches, {done.credits_expired} "
            f"credits expired; {len(units)} write units, with up to {pauses:.0f} ms of pauses "
            "between them letting desks in)",
            next_day,
            raw_next_day,
        )
        + "\n"
        + ratio_line(
            f"credit report ({len(lots)} lots, {len(ledger)} ledger entries)", report, raw_report
        )
    )
    assert (len(lots), len(ledger)) == (len(shown.lots), len(shown.ledger))
    assert idle < 2000 and report < 100
    assert svc.credit_schedule.catch_up().value.lots_issued == 0
