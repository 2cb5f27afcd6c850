"""A damaged data file at start-up: the app says so and offers the newest backup."""

from __future__ import annotations

from pathlib import Path

import pytest

from studio_app.container import open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DatabaseDamaged
from studio_app.gui.launch import offer_restore
from tests.factories import StudioFactory
from tests.gui.modal import press, when_modal

pytestmark = pytest.mark.sqlite_only("backs up and restores the SQLite file")


def _damage(database: Path) -> None:
    with database.open("r+b") as raw:
        raw.seek(4096)
        raw.write(b"\xff" * 40000)


def test_damaged_file_offers_its_newest_backup(
    studio: StudioFactory, db_url: str, clock: FixedClock, qtbot: object
) -> None:
    studio.member("Ann", "Archer")
    backup = studio.svc.backups.back_up().value.path
    database = studio.svc.backups.status().database
    assert database is not None
    studio.svc.ctx.uow.engine.dispose()
    _damage(database)

    with pytest.raises(DatabaseDamaged) as refused:
        open_services(db_url, clock)
    assert refused.value.backup == backup

    seen: list[str] = []
    when_modal(press("Quit", seen))
    assert offer_restore(refused.value) is False
    assert seen == [refused.value.summary]
    assert "Restore it with: studio-app" not in seen[0], "the button restores; no command here"
    assert f"The newest backup is {backup.name}, made Tue 1 Dec 2026 09:00" in seen[0]

    when_modal(press("Restore newest backup"))
    assert offer_restore(refused.value) is True


def test_damaged_file_without_backups_only_lets_you_quit(tmp_path: Path, qtbot: object) -> None:
    damaged = DatabaseDamaged("The studio's data file is damaged, and there is no backup of it.")
    buttons: list[str] = []
    when_modal(lambda box: buttons.extend(b.text() for b in box.buttons()))  # type: ignore[attr-defined]
    assert offer_restore(damaged) is False
    assert buttons == ["Quit"]
