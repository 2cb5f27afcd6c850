"""Two desks never interleave a read-check-write: write units run one after another (SQLite's
IMMEDIATE transaction, PostgreSQL's writer lock), reads never wait for them and see one snapshot
(so `studio-app check` never compares counts read across another desk's change), and the rows a
unit locks for update cannot be changed by any other connection until it ends."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from datetime import date

import pytest
from sqlalchemy import Engine, create_engine, select, text
from sqlalchemy.exc import OperationalError

from studio_app.db.engine import make_engine
from studio_app.db.uow import UnitOfWorkFactory
from studio_app.models import Member, Membership
from studio_app.steps.booking_ops import lock_session
from studio_app.steps.records import load
from tests.factories import StudioFactory

HOLD_SECONDS = 0.3


@pytest.fixture
def other_desk(studio: StudioFactory, db_url: str) -> Iterator[UnitOfWorkFactory]:
    """Units of work of a second desk on the same database."""
    engine = make_engine(db_url)
    yield UnitOfWorkFactory(engine)
    engine.dispose()


@pytest.fixture
def plain_connection(studio: StudioFactory, db_url: str) -> Iterator[Engine]:
    """A connection that is not the app's (no IMMEDIATE, no writer lock), waiting 0.2 s for a
    lock before giving up."""
    if db_url.startswith("sqlite"):
        engine = create_engine(db_url, connect_args={"timeout": 0.2})
    else:
        engine = create_engine(db_url, connect_args={"options": "-c lock_timeout=200"})
    yield engine
    engine.dispose()


def test_write_units_run_one_after_another_and_reads_never_wait(
    studio: StudioFactory, other_desk: UnitOfWorkFactory
) -> None:
    first_desk = studio.svc.ctx.uow
    started = threading.Event()
    committed_at: list[float] = []

    def hold_a_write_unit() -> None:
        with first_desk() as uow:
            uow.session.execute(text("SELECT 1"))
            started.set()
            time.sleep(HOLD_SECONDS)
            committed_at.append(time.perf_counter())
            uow.commit()

    holder = threading.Thread(target=hold_a_write_unit)
    holder.start()
    started.wait()
    with other_desk.read() as uow:
        uow.session.execute(text("SELECT 1"))
        read_at = time.perf_counter()
    with other_desk() as uow:
        uow.session.execute(text("SELECT 1"))
        write_began_at = time.perf_counter()
    holder.join()
    assert read_at < committed_at[0] <= write_began_at


def test_a_read_unit_sees_one_snapshot(
    studio: StudioFactory, other_desk: UnitOfWorkFactory
) -> None:
    member = studio.member("Ann", "Archer")
    first_name = select(Member.first_name).where(Member.id == member)
    with studio.svc.ctx.uow.read() as reading:
        before = reading.session.scalar(first_name)
        with other_desk() as writing:
            writing.session.execute(
                text(f"UPDATE members SET first_name = 'Anna' WHERE id = {member}")
            )
            writing.commit()
        during = reading.session.scalar(first_name)
    with studio.svc.ctx.uow.read() as reading:
        after = reading.session.scalar(first_name)
    assert (before, during, after) == ("Ann", "Ann", "Anna")


def test_rows_locked_for_update_cannot_be_changed_elsewhere(
    studio: StudioFactory, plain_connection: Engine
) -> None:
    svc = studio.svc
    session = studio.session_on(date(2026, 12, 8), studio.series())
    membership = svc.memberships.sell(studio.member(), studio.pass_plan(10), date(2026, 12, 1))
    with svc.ctx.uow() as uow:
        lock_session(uow.session, session)
        load(uow.session, Membership, membership.value, "Membership", for_update=True)
        for sql in (
            f"UPDATE class_sessions SET capacity = 99 WHERE id = {session}",
            f"UPDATE memberships SET price_cents = 1 WHERE id = {membership.value}",
        ):
            with pytest.raises(OperationalError), plain_connection.begin() as other:
                other.execute(text(sql))
    with plain_connection.begin() as other:
        other.execute(text(f"UPDATE class_sessions SET capacity = 99 WHERE id = {session}"))
    assert svc.schedule.session(session).capacity == 99
