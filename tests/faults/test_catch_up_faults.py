"""A long catch-up (issue #12) never makes a desk wait, and a catch-up killed at any moment is
finished by the next run with exactly the ledger of an uninterrupted one.

The studio: members who bought a limited, continuous contract plan (2 credits every 7 days,
each batch expiring after 7 days) on 1 November and were not caught up since; on 1 December
each is due a renewal, 4 batches and 4 expiries."""

from __future__ import annotations

import os
import random
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine, event

from studio_app.container import open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.contracts import ContractTerms
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.dto.plans import PlanInput
from studio_app.services.credit_schedule import CatchUp
from tests.factories import OWNER_PASSWORD, StudioFactory
from tests.faults.kill_worker import NOW

SOLD = datetime(2026, 11, 1, 9, 0)
#: Members due a catch-up while a desk signs up: the catch-up writes 9 things for each.
DESK_RACE_MEMBERS = 200
KILL_MEMBERS = 50
CATCH_UP_KILLS = 5
#: A busy desk: a sign-up and a sign-out every 100 ms.
DESK_PACE_S = 0.1
#: The longest a desk may wait for the writer lock behind the catch-up ("well below 1 s"; one
#: write unit of the catch-up holds it about 50 ms).
LONGEST_WAIT_S = 0.5
ROOT = Path(__file__).resolve().parents[2]
#: What the catch-up writes, compared row by row (ids included) between two runs.
LEDGER_TABLES = ("memberships", "installments", "credit_lots", "ledger_entries", "audit_entries")


def _members_due_a_catch_up(studio: StudioFactory, clock: FixedClock, count: int) -> None:
    """``count`` members buy the plan on 1 November; the clock then stands on 1 December."""
    clock.advance_to(SOLD)
    plan = studio.svc.plans.create(
        PlanInput(
            "Weekly credits on contract",
            PlanKind.LIMITED,
            9900,
            1,
            DurationUnit.MONTHS,
            None,
            DEFAULT_CATEGORY,
            grants=(CreditGrantTerms(DEFAULT_CATEGORY, 2, every_days=7, expire_days=7),),
            contract=ContractTerms(continuous=True, installments=12),
        )
    ).value
    for n in range(count):
        studio.svc.memberships.sell(studio.member("Zoë", f"Żółć {n}"), plan, SOLD.date())
    clock.advance_to(NOW)


def _expected(members: int) -> CatchUp:
    """Each member: the batches of 8, 15, 22 and 29 November (2 credits each), the 4 batches
    of 1–22 November expired, the installment of December."""
    return CatchUp(
        lots_issued=4 * members,
        credits_issued=8 * members,
        credits_expired=8 * members,
        renewals=members,
    )


def _lock_waits(engine: Engine) -> list[float]:
    """Seconds each write unit on ``engine`` waited for the writer lock (BEGIN IMMEDIATE on
    SQLite, the advisory lock on PostgreSQL), appended as they happen."""
    waits: list[float] = []

    def lock_statement(statement: str) -> bool:
        return statement.startswith("BEGIN IMMEDIATE") or "pg_advisory_xact_lock" in statement

    @event.listens_for(engine, "before_cursor_execute")
    def _before(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        if lock_statement(statement):
            conn.info["lock_asked"] = time.perf_counter()

    @event.listens_for(engine, "after_cursor_execute")
    def _after(conn, cursor, statement, parameters, context, executemany) -> None:  # type: ignore[no-untyped-def]  # noqa: ANN001
        if lock_statement(statement):
            waits.append(time.perf_counter() - conn.info.pop("lock_asked"))

    return waits


def test_a_desk_signs_up_while_a_long_catch_up_runs_and_never_waits_long(
    studio: StudioFactory, clock: FixedClock, db_url: str
) -> None:
    _members_due_a_catch_up(studio, clock, DESK_RACE_MEMBERS)
    pass_holders = [studio.member("Dana", f"Walk-in {n}") for n in range(3)]
    for member in pass_holders:
        studio.svc.memberships.sell(member, studio.pass_plan(10), NOW.date())
    session = studio.session_on(date(2026, 12, 8), studio.series(capacity=20))

    desk = open_services(db_url, FixedClock(NOW))  # the second desk, its own connection
    desk.staff.log_in("owner", OWNER_PASSWORD)
    waits = _lock_waits(desk.ctx.uow.engine)
    outcome: list[CatchUp | BaseException] = []

    def catch_up() -> None:
        try:
            outcome.append(studio.svc.credit_schedule.catch_up().value)
        except BaseException as failed:  # reported by the test thread
            outcome.append(failed)

    worker = threading.Thread(target=catch_up)
    try:
        worker.start()
        sign_ups = 0
        while worker.is_alive():
            member = pass_holders[sign_ups % len(pass_holders)]
            booking = desk.bookings.sign_up(session, member).value  # raises if refused
            desk.bookings.sign_out(booking)
            sign_ups += 1
            time.sleep(DESK_PACE_S)
        worker.join()
    finally:
        desk.ctx.uow.engine.dispose()

    assert outcome == [_expected(DESK_RACE_MEMBERS)]
    longest = max(waits)
    assert longest < LONGEST_WAIT_S, (
        f"a desk waited {longest * 1000:.0f} ms for the catch-up ({sign_ups} sign-ups)"
    )
    assert sign_ups >= 5, f"only {sign_ups} sign-ups while the catch-up ran"
    assert studio.svc.integrity.problems() == []
    assert studio.svc.credit_schedule.catch_up().value == CatchUp()


def _spawn_catch_up(database: Path) -> subprocess.Popen[str]:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.faults.catch_up_worker", str(database)],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
        cwd=ROOT,
    )
    assert process.stdout is not None
    assert process.stdout.readline() == "ready\n", process.communicate()[1]
    return process


def _copy(source: Path, target: Path) -> Path:
    with sqlite3.connect(source) as a, sqlite3.connect(target) as b:
        a.backup(b)
    a.close()
    b.close()
    return target


def _rows(database: Path) -> dict[str, list[tuple[object, ...]]]:
    with sqlite3.connect(database) as db:
        rows = {t: db.execute(f"SELECT * FROM {t} ORDER BY id").fetchall() for t in LEDGER_TABLES}
    db.close()
    return rows


def _problems(database: Path) -> list[str]:
    services = open_services(f"sqlite:///{database}", FixedClock(NOW))
    try:
        return services.integrity.problems()
    finally:
        services.ctx.uow.engine.dispose()


@pytest.mark.sqlite_only("kills a desk working on the SQLite file")
@pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")
def test_a_catch_up_killed_at_random_is_finished_with_the_same_ledger(tmp_path: Path) -> None:
    built = tmp_path / "built.sqlite3"
    services = open_services(f"sqlite:///{built}", FixedClock(SOLD), create=True)
    try:
        clock = services.ctx.clock
        assert isinstance(clock, FixedClock)
        _members_due_a_catch_up(StudioFactory.set_up(services), clock, KILL_MEMBERS)
    finally:
        services.ctx.uow.engine.dispose()
    whole, killed = (
        _copy(built, tmp_path / "whole.sqlite3"),
        _copy(built, tmp_path / "killed.sqlite3"),
    )

    started = time.perf_counter()
    uninterrupted = _spawn_catch_up(whole)
    out, errors = uninterrupted.communicate(timeout=300)
    duration = time.perf_counter() - started
    assert uninterrupted.returncode == 0, errors
    assert out == f"done {_expected(KILL_MEMBERS)}\n"

    chance = random.Random(12)
    stopped_half_way = 0
    for _ in range(CATCH_UP_KILLS):
        worker = _spawn_catch_up(killed)
        # Early in the run (at most half its measured length): a busy machine may run the
        # next catch-up faster than the measured one.
        time.sleep(chance.uniform(0.0, 0.5) * duration)
        worker.send_signal(signal.SIGKILL)
        out, _ = worker.communicate()
        assert _problems(killed) == []
        if out:  # it had finished before the kill: nothing left to interrupt
            break
        stopped_half_way += 1
    assert stopped_half_way >= 1, "every kill came after the catch-up had finished"

    finisher = _spawn_catch_up(killed)
    _, errors = finisher.communicate(timeout=300)
    assert finisher.returncode == 0, errors
    assert _rows(killed) == _rows(whole)
    assert _problems(killed) == []
