"""A full disk, a read-only file, another desk holding the lock, a data file deleted or
replaced while the app runs: each ends in a message that says what happened and that nothing
was saved, the data stays as it was, and the app keeps working once the fault is gone."""

from __future__ import annotations

import os
import sqlite3
import time
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.db import engine as engine_module
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import (
    DatabaseBusy,
    DatabaseMissing,
    DiskFull,
    ReadOnlyDatabase,
)
from studio_app.dto.members import MemberInput
from tests.factories import OWNER_PASSWORD, StudioFactory
from tests.faults.injection import disk_full, read_only

pytestmark = pytest.mark.sqlite_only("injects faults into the SQLite file")

ZOE = MemberInput("Zoë", "Żółć")


def _fill_until_full(svc: Services) -> DiskFull:
    """Add members until the capped file has no page left; the refusal that ends it."""
    for number in range(1, 2_000):
        try:
            svc.members.create(MemberInput("Zoë", f"Żółć {number}", notes="n" * 1_500))
        except DiskFull as full:
            return full
    raise AssertionError("the disk never filled up")


def _members(svc: Services) -> list[str]:
    return sorted(row.full_name for row in svc.members.search("", limit=1000))


def _file(svc: Services) -> Path:
    return Path(str(svc.ctx.uow.engine.url.database))


def test_a_full_disk_saves_nothing_says_so_and_the_app_goes_on(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.member("Łukasz", "Żółć")
    with disk_full(svc.ctx.uow.engine):
        refused = _fill_until_full(svc)
        saved = svc.members.count()
        with pytest.raises(DiskFull):
            svc.members.create(MemberInput("Zoë", "Żółć", notes="n" * 1_500))
        assert svc.members.count() == saved  # the refused member is not half there
    assert refused.message.startswith("The disk is full: nothing was saved.")
    # Space freed: the same action now works.
    svc.members.create(MemberInput("Zoë", "Żółć", notes="n" * 1_500))
    assert svc.members.count() == saved + 1


def test_a_read_only_file_saves_nothing_and_names_the_file(studio: StudioFactory) -> None:
    svc = studio.svc
    studio.member("Łukasz", "Żółć")
    before = svc.members.count()
    with read_only(svc.ctx.uow.engine), pytest.raises(ReadOnlyDatabase) as refused:
        svc.members.create(ZOE)
    message = refused.value.message
    assert message.startswith("The data file")
    assert str(_file(svc)) in message
    assert "is read-only: nothing was saved." in message
    assert svc.members.count() == before


def test_another_desk_holding_the_lock_is_a_try_again_not_a_crash(
    db_url: str, clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(engine_module, "BUSY_TIMEOUT_MS", 300)  # the app waits 10 s; tests less
    svc = open_services(db_url, clock, create=True)
    try:
        StudioFactory.set_up(svc)
        other_desk = sqlite3.connect(_file(svc), isolation_level=None)
        other_desk.execute("BEGIN IMMEDIATE")
        started = time.perf_counter()
        with pytest.raises(DatabaseBusy) as refused:
            svc.members.create(MemberInput("Zoë", "Żółć"))
        waited = time.perf_counter() - started
        other_desk.execute("ROLLBACK")
        other_desk.close()
        assert refused.value.message == (
            "Another desk is saving; tried for 0.3 s. Try again (nothing was saved)."
        )
        assert 0.25 < waited < 5
        assert svc.members.count() == 0
        svc.members.create(MemberInput("Zoë", "Żółć"))  # the other desk is done: it works
        assert _members(svc) == ["Zoë Żółć"]
    finally:
        svc.ctx.uow.engine.dispose()


def test_the_busy_message_names_the_real_wait() -> None:
    from studio_app.db.errors import explain

    message = explain(sqlite3.OperationalError("database is locked")).message
    assert message == "Another desk is saving; tried for 10 s. Try again (nothing was saved)."


def test_a_data_file_deleted_while_running_refuses_the_next_write(
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    studio.member("Łukasz", "Żółć")
    path = _file(svc)
    for suffix in ("", "-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)
    with pytest.raises(DatabaseMissing) as refused:
        svc.members.create(MemberInput("Zoë", "Żółć"))
    assert refused.value.message == (
        f"The studio's data file {path} was deleted or replaced while Studio App was running: "
        "nothing was saved. Close Studio App and start it again."
    )
    assert not path.exists()  # no new, empty studio was made in its place


def test_a_data_file_replaced_while_running_refuses_the_next_write(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc
    path = _file(svc)
    other = tmp_path / "other.sqlite3"
    sqlite3.connect(other).close()
    os.replace(other, path)
    with pytest.raises(DatabaseMissing):
        svc.members.create(MemberInput("Zoë", "Żółć"))
    assert path.stat().st_size == 0  # the stranger's file was not written into


def test_the_studio_reopened_after_a_fault_has_everything_saved_before_it(
    studio: StudioFactory, db_url: str, clock: FixedClock
) -> None:
    svc = studio.svc
    for first in ("Łukasz", "Zoë", "Ana"):
        studio.member(first, "Nowak")
    with disk_full(svc.ctx.uow.engine):
        _fill_until_full(svc)
        saved = _members(svc)
    svc.ctx.uow.engine.dispose()
    again = open_services(db_url, clock)
    try:
        again.staff.log_in("owner", OWNER_PASSWORD)
        assert _members(again) == saved
        assert {"Ana Nowak", "Zoë Nowak", "Łukasz Nowak"} <= set(saved)
        assert again.integrity.problems() == []
    finally:
        again.ctx.uow.engine.dispose()
