"""Moving a studio from its SQLite file into another database (a PostgreSQL server when the
suite runs there, `STUDIO_TEST_PG_URL`; else another SQLite file): every row, the same ids,
and the copy takes new work."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_app.container import open_services
from studio_app.db.database_copy import row_counts
from studio_app.demo import DEMO_DESK, build_demo
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import ValidationError
from studio_app.dto.members import MemberInput
from studio_app.studio_copy import copy_studio
from tests.databases import Databases


def test_copy_moves_every_row_and_the_copy_takes_new_work(
    databases: Databases, tmp_path: Path, clock: FixedClock
) -> None:
    source = open_services(f"sqlite:///{tmp_path / 'studio.sqlite3'}", clock, create=True)
    build_demo(source.ctx, members=25, weeks=1)
    (tmp_path / "target").mkdir()
    with databases.fresh(tmp_path / "target") as url:
        target = open_services(url, clock, create=True)
        try:
            done = copy_studio(source, target)

            assert done.problems == ()
            assert (
                done.rows == row_counts(source.ctx.uow.engine) == row_counts(target.ctx.uow.engine)
            )
            assert done.rows["members"] == 25 and done.rows["bookings"] > 100
            assert target.studio.studio_name() == source.studio.studio_name()
            names = [m.full_name for m in source.members.search("", limit=100)]
            assert [m.full_name for m in target.members.search("", limit=100)] == names
            # New rows continue after the copied ids, and the copied logins work.
            target.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
            member_id = target.members.create(MemberInput("Nina", "New")).value
            assert member_id > max(m.id for m in source.members.search("", limit=100))

            with pytest.raises(ValidationError, match="already holds the studio 'Lotus"):
                copy_studio(source, target)
        finally:
            target.ctx.uow.engine.dispose()
            source.ctx.uow.engine.dispose()


def test_an_empty_database_has_nothing_to_copy(
    databases: Databases, tmp_path: Path, clock: FixedClock
) -> None:
    source = open_services(f"sqlite:///{tmp_path / 'new.sqlite3'}", clock, create=True)
    target = open_services(f"sqlite:///{tmp_path / 'target.sqlite3'}", clock, create=True)
    try:
        with pytest.raises(ValidationError, match="There is no studio to copy"):
            copy_studio(source, target)
        assert sum(row_counts(target.ctx.uow.engine).values()) == 0
    finally:
        source.ctx.uow.engine.dispose()
        target.ctx.uow.engine.dispose()
