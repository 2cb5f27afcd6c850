"""A studio on a PostgreSQL server backs up on the server: the app says so and copies nothing."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_app.db.engine import make_engine
from studio_app.db.uow import UnitOfWorkFactory
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import BackupRefused
from studio_app.domain.privileges import Actor, Role
from studio_app.runtime.context import ServiceContext
from studio_app.services.backups import BackupService

SERVER_NOTE = (
    "This studio's data is on a database server "
    "(postgresql+psycopg://studio:***@db.example:5432/studio), not in a file on this computer: "
    "back it up on the server (for PostgreSQL, pg_dump)."
)


def test_backups_of_a_server_database_are_refused_with_the_reason(
    clock: FixedClock, tmp_path: Path
) -> None:
    # The engine never connects: every answer comes from the URL alone.
    engine = make_engine("postgresql+psycopg://studio:secret@db.example:5432/studio")
    owner = Actor(1, "Olivia Owner", Role.OWNER, frozenset())
    backups = BackupService(ServiceContext(UnitOfWorkFactory(engine), clock, actor=owner))

    status = backups.status()
    assert (status.unavailable, status.folder, status.backups) == (SERVER_NOTE, None, ())
    assert backups.automatic().value is None, "the daily routine makes no backup"
    for refused in (
        backups.back_up,
        lambda: backups.save_copy(tmp_path / "copy.sqlite3"),
        lambda: backups.restore(tmp_path / "backup.sqlite3"),
    ):
        with pytest.raises(BackupRefused) as why:
            refused()
        assert why.value.message == SERVER_NOTE
    assert list(tmp_path.iterdir()) == []
