"""A studio file damaged on disk, in every way a file gets damaged (bytes flipped in the header,
in SQLite's list of tables or in a data page; cut short; emptied; never a database; a table
gone): opening it says the file is damaged and names the newest backup, on the command line
(with the command that restores it) and in the app; nothing is written into the damaged file;
and the restore the message offers brings the studio back."""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest

import studio_app.gui.launch
from studio_app.cli import main
from studio_app.container import Services, open_services
from studio_app.db.migrate import head_revision
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DatabaseDamaged, DatabaseUnavailable, DomainError
from tests.factories import OWNER_PASSWORD, StudioFactory
from tests.faults.damage import DAMAGES, flip_data_page

pytestmark = pytest.mark.sqlite_only("damages the SQLite file on disk")

NEWEST = "studio-2026-12-01_090000-manual.sqlite3"
MADE = "made Tue 1 Dec 2026 09:00"


@pytest.fixture
def live(studio: StudioFactory) -> Path:
    """A studio with two members and a backup of them, closed (nothing open on the file)."""
    studio.member("Ann", "Archer")
    studio.member("Łukasz", "Żółć")
    backup = studio.svc.backups.back_up().value.path
    assert backup.name == NEWEST
    database = studio.svc.backups.status().database
    assert database is not None
    studio.svc.ctx.uow.engine.dispose()
    return database


#: Damages SQLite cannot read past at all: the copy kept before a restore is byte for byte.
UNREADABLE = {"flipped header", "flipped table list", "truncated", "a text file", "a PNG picture"}


@pytest.fixture(params=list(DAMAGES))
def damage(request: pytest.FixtureRequest) -> str:
    """The name of one way of damaging the file (tests/faults/damage.py)."""
    return str(request.param)


def _one_line(text: str) -> str:
    assert "Traceback" not in text
    lines = text.splitlines()
    assert len(lines) == 1, text
    return lines[0]


def test_check_and_report_say_damaged_and_name_the_newest_backup(
    live: Path,
    damage: str,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    DAMAGES[damage](live)
    damaged_bytes = live.read_bytes()
    restore = (
        f'Restore it with: studio-app --db "{live}" restore "{live.parent / "backups" / NEWEST}"'
    )

    assert main(["--db", str(live), "check"]) == 1
    out, err = capsys.readouterr()
    problem = _one_line(out)
    assert err == ""
    assert problem.startswith(f"PROBLEM: The studio's data file {live} is damaged (")
    assert f"The newest backup is {NEWEST}, {MADE}. {restore} --yes" in problem

    pdf = tmp_path / "day.pdf"
    assert (
        main(["--db", str(live), "report", "day", "--date", "2026-12-01", "--out", str(pdf)]) == 2
    )
    out, err = capsys.readouterr()
    refusal = _one_line(err)
    assert out == ""
    assert refusal.startswith(f"error: The studio's data file {live} is damaged (")
    assert refusal.endswith(f"The newest backup is {NEWEST}, {MADE}. {restore} --yes")
    assert not pdf.exists()

    assert live.read_bytes() == damaged_bytes, "nothing was written into the damaged file"
    wal = live.with_name(live.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0


def test_open_services_refuses_it_as_damaged_even_when_it_would_make_a_studio(
    live: Path, damage: str, clock: FixedClock
) -> None:
    DAMAGES[damage](live)
    damaged_bytes = live.read_bytes()
    for create in (False, True):  # the GUI's start may create a studio, but not over this
        with pytest.raises(DatabaseDamaged) as refused:
            open_services(f"sqlite:///{live}", clock, create=create)
        assert refused.value.backup == live.parent / "backups" / NEWEST
        assert refused.value.summary.startswith(f"The studio's data file {live} is damaged (")
    assert live.read_bytes() == damaged_bytes


def test_the_restore_the_message_offers_brings_the_studio_back(
    live: Path, damage: str, capsys: pytest.CaptureFixture[str]
) -> None:
    DAMAGES[damage](live)
    damaged_bytes = live.read_bytes()
    backup = live.parent / "backups" / NEWEST

    assert main(["--db", str(live), "restore", str(backup), "--yes"]) == 0
    assert f"Restored {NEWEST} (Lotus Yoga) into {live}." in capsys.readouterr().out
    assert main(["--db", str(live), "check"]) == 0
    with sqlite3.connect(live) as db:
        names = [row[0] for row in db.execute("SELECT last_name FROM members ORDER BY id")]
    db.close()
    assert names == ["Archer", "Żółć"]
    [kept] = (live.parent / "backups").glob("*-before-restore.sqlite3")
    if damage in UNREADABLE:
        assert kept.read_bytes() == damaged_bytes


def test_the_app_offers_the_newest_backup_and_opens_on_it(
    live: Path,
    damage: str,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    DAMAGES[damage](live)
    offered: list[DatabaseDamaged] = []
    opened: list[list[str]] = []

    def accept(damaged: DatabaseDamaged) -> bool:
        offered.append(damaged)
        return True

    def run_desktop(open_studio: Callable[[], Services], new_studio: bool) -> int:
        services = open_studio()
        services.staff.log_in("owner", OWNER_PASSWORD)
        opened.append([m.full_name for m in services.members.search("")])
        return 0

    monkeypatch.setattr(studio_app.gui.launch, "offer_restore", accept)
    monkeypatch.setattr(studio_app.gui.launch, "run_desktop", run_desktop)
    assert main(["--db", str(live)]) == 0
    [offer] = offered
    assert offer.backup == live.parent / "backups" / NEWEST
    assert f"The newest backup is {NEWEST}, {MADE}." in offer.summary
    assert opened == [["Ann Archer", "Łukasz Żółć"]]
    assert f"Restored {NEWEST}" in capsys.readouterr().out


def test_damage_met_by_a_later_query_says_damaged_and_the_next_start_offers_the_backup(
    live: Path, clock: FixedClock
) -> None:
    services = open_services(f"sqlite:///{live}", clock)
    services.staff.log_in("owner", OWNER_PASSWORD)
    assert len(services.members.search("")) == 2
    services.ctx.uow.engine.dispose()  # the app's next connection reads the disk again
    flip_data_page(live)  # the disk fails under the running app

    with pytest.raises(DatabaseUnavailable) as refused:
        services.members.search("")
    assert refused.value.message == (
        f"The data file ({live}) is damaged: nothing was saved. Restart Studio App to restore "
        "the newest backup."
    )
    services.ctx.uow.engine.dispose()
    with pytest.raises(DatabaseDamaged) as at_start:
        open_services(f"sqlite:///{live}", clock)
    assert at_start.value.backup == live.parent / "backups" / NEWEST


def test_a_file_from_a_newer_version_is_not_called_damaged(live: Path, clock: FixedClock) -> None:
    with sqlite3.connect(live) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    db.close()
    with pytest.raises(DomainError) as refused:
        open_services(f"sqlite:///{live}", clock)
    assert not isinstance(refused.value, DatabaseDamaged)
    assert refused.value.message.startswith(
        f"The studio's data file {live} was written by a newer version of Studio App "
        f"(database version 0099; this version knows up to {head_revision()})."
    )


def test_a_file_that_cannot_be_opened_is_not_called_damaged(
    tmp_path: Path, clock: FixedClock
) -> None:
    """SQLite cannot open it (here a folder stands where the file should be): that says
    nothing about the data, so no restore is offered."""
    folder = tmp_path / "studio.sqlite3"
    folder.mkdir(mode=0o755)
    folder.chmod(0o755)
    for create in (False, True):
        with pytest.raises(DomainError) as refused:
            open_services(f"sqlite:///{folder}", clock, create=create)
        assert not isinstance(refused.value, DatabaseDamaged)
        assert refused.value.message == f"No studio database at {folder}: it is a folder."
    assert folder.stat().st_mode & 0o777 == 0o755  # its rights are left as they were
