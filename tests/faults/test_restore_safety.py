"""A restore never destroys the studio's data: a backup that is damaged or not what Studio App
makes (in any of the ways tests/faults/damage.py damages a file, or with a table or column
missing for its schema version, rows pointing nowhere, a newer version's, a studio never set
up) is refused with the reason before the live file is touched, from the desk, the command
line and the damaged-start window; and a failure after the backup was written into the live
file puts the data from before back by itself, saying so."""

from __future__ import annotations

import shutil
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pytest
from alembic import command
from PySide6.QtCore import Qt

import studio_app.gui.launch
from studio_app.cli import main
from studio_app.container import Services, open_services
from studio_app.db.engine import make_engine
from studio_app.db.migrate import alembic_config, head_revision
from studio_app.db.sqlite_files import DatabaseContents
from studio_app.domain.backups import BackupKind
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import BackupRefused, DatabaseDamaged
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.backups import BackupsController
from studio_app.gui.views.settings.backups_page import BackupsPage
from studio_app.runtime import backup_files
from tests.factories import OWNER_PASSWORD, StudioFactory
from tests.faults.damage import DAMAGES, flip_header
from tests.gui.modal import press, when_modal

pytestmark = pytest.mark.sqlite_only("backs up and restores the SQLite file")


def _sql(*statements: str) -> Callable[[Path], None]:
    """A change made to a backup with foreign keys off, as another program could make it."""

    def change(path: Path) -> None:
        with sqlite3.connect(path) as db:
            db.execute("PRAGMA foreign_keys=OFF")
            for statement in statements:
                db.execute(statement)
        db.close()

    return change


def _older_without_notes(path: Path) -> None:
    """A backup of schema version 0004 whose members table lacks a column 0004 has."""
    engine = make_engine(f"sqlite:///{path}")
    command.downgrade(alembic_config(engine), "0004")
    engine.dispose()
    _sql("ALTER TABLE members DROP COLUMN notes")(path)


def _never_set_up(path: Path) -> None:
    """A database at the newest schema with no studio in it."""
    path.unlink()
    engine = make_engine(f"sqlite:///{path}")
    command.upgrade(alembic_config(engine), "head")
    engine.dispose()


#: Each bad backup, made from a good one, and what its refusal says after "cannot be restored:".
BAD_BACKUPS: dict[str, tuple[Callable[[Path], None], str]] = {
    "flipped header": (DAMAGES["flipped header"], "it cannot be read as a database (file is"),
    "flipped table list": (
        DAMAGES["flipped table list"],
        "it cannot be read as a database (SQLite's list of tables is damaged)",
    ),
    "flipped data page": (DAMAGES["flipped data page"], "SQLite's check finds: On tree page"),
    "truncated": (
        DAMAGES["truncated"],
        "it cannot be read as a database (database disk image is malformed)",
    ),
    "zero bytes": (DAMAGES["zero bytes"], "it holds no studio that has been set up"),
    "a text file": (DAMAGES["a text file"], "it cannot be read as a database (file is not"),
    "a PNG picture": (DAMAGES["a PNG picture"], "it cannot be read as a database (file is not"),
    "members table dropped": (
        DAMAGES["members table dropped"],
        "it is not as Studio App makes it: the table members is missing",
    ),
    "a column dropped": (
        _sql("ALTER TABLE members DROP COLUMN notes"),
        "it is not as Studio App makes it: the table members lacks the column notes",
    ),
    "an older version lacking a column": (
        _older_without_notes,
        "it is not as Studio App makes it: the table members lacks the column notes",
    ),
    "a table of another program": (
        _sql("CREATE TABLE holiday_photos (id INTEGER PRIMARY KEY)"),
        "it is not as Studio App makes it: it has the table holiday_photos, which Studio App "
        "does not make",
    ),
    "rows pointing nowhere": (
        _sql("DELETE FROM members"),
        "row(s) point at records that are not there (audit_entries → members)",
    ),
    "no studio set up": (_never_set_up, "it holds no studio that has been set up"),
}


@pytest.fixture
def live(studio: StudioFactory) -> Path:
    """The studio's file, with Ann and Bob; a good backup (of Ann alone) is in the folder."""
    studio.member("Ann", "Archer")
    studio.svc.backups.back_up()
    studio.member("Bob", "Baker")
    database = studio.svc.backups.status().database
    assert database is not None
    return database


@pytest.fixture(params=list(BAD_BACKUPS))
def bad_backup(request: pytest.FixtureRequest, studio: StudioFactory, live: Path) -> Path:
    """A copy of the good backup, spoilt one way, outside the backup folder."""
    [good] = studio.svc.backups.status().backups
    bad = live.parent / "elsewhere" / f"{request.param.replace(' ', '-')}.sqlite3"
    bad.parent.mkdir()
    shutil.copyfile(good.path, bad)
    spoil, _reason = BAD_BACKUPS[request.param]
    spoil(bad)
    return bad


def _reason(bad: Path) -> str:
    return BAD_BACKUPS[bad.stem.replace("-", " ")][1]


def _closed_bytes(svc: Services, live: Path) -> bytes:
    """The live file's bytes with every connection closed (so the -wal is folded in)."""
    svc.ctx.uow.engine.dispose()
    wal = live.with_name(live.name + "-wal")
    assert not wal.exists() or wal.stat().st_size == 0
    return live.read_bytes()


def _kinds(svc: Services) -> list[BackupKind]:
    return [row.kind for row in svc.backups.status().backups]


def _names(svc: Services) -> list[str]:
    return [member.full_name for member in svc.members.search("")]


def test_the_desk_is_refused_before_the_live_file_is_touched(
    studio: StudioFactory, live: Path, bad_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    svc = studio.svc
    before = _closed_bytes(svc, live)

    with pytest.raises(BackupRefused) as refused:
        svc.backups.restore(bad_backup)

    message = refused.value.message
    assert message.startswith(f"{bad_backup.name} cannot be restored: ")
    assert _reason(bad_backup) in message
    assert message.endswith(". Nothing was changed.")
    assert "\n" not in message
    assert _closed_bytes(svc, live) == before, "the live file is byte for byte as it was"
    assert _kinds(svc) == [BackupKind.MANUAL], "not even a before-restore copy was needed"
    assert svc.ctx.actor is not None, "nobody was logged out"
    assert _names(svc) == ["Ann Archer", "Bob Baker"]
    assert not list(live.parent.glob(".restore-*")), "the checked copy is gone"
    assert main(["--db", str(live), "check"]) == 0
    assert capsys.readouterr().out.startswith("OK: integrity")


def test_the_command_line_is_refused_in_one_line_and_the_studio_still_checks_ok(
    studio: StudioFactory, live: Path, bad_backup: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    before = _closed_bytes(studio.svc, live)

    assert main(["--db", str(live), "restore", str(bad_backup), "--yes"]) == 2

    out, err = capsys.readouterr()
    assert out == ""
    assert "Traceback" not in err
    [line] = err.splitlines()
    assert line.startswith(f"error: {bad_backup.name} cannot be restored: ")
    assert _reason(bad_backup) in line
    assert live.read_bytes() == before
    assert main(["--db", str(live), "check"]) == 0


def test_a_backup_of_a_newer_version_is_refused_as_such(studio: StudioFactory, live: Path) -> None:
    [good] = studio.svc.backups.status().backups
    newer = live.parent / "newer.sqlite3"
    shutil.copyfile(good.path, newer)
    _sql("UPDATE alembic_version SET version_num = '0099'")(newer)
    before = _closed_bytes(studio.svc, live)
    with pytest.raises(BackupRefused) as refused:
        studio.svc.backups.restore(newer)
    assert refused.value.message == (
        f"newer.sqlite3 was made by a newer version of Studio App (database version 0099; this "
        f"version knows up to {head_revision()}). Update the app first. Nothing was changed."
    )
    assert _closed_bytes(studio.svc, live) == before


def _failing_first_write(
    monkeypatch: pytest.MonkeyPatch, failure: Callable[[Path, Path], None]
) -> list[Path]:
    """Replace writing a file into the live one: the first write (the restore) is ``failure``,
    later ones (putting the data back) the real thing. The sources written, in order."""
    real = backup_files.overwrite_database
    written: list[Path] = []

    def overwrite(source: Path, target: Path) -> None:
        written.append(source)
        (failure if len(written) == 1 else real)(source, target)

    monkeypatch.setattr(backup_files, "overwrite_database", overwrite)
    return written


def _half_written_then_disk_full(source: Path, target: Path) -> None:
    """Half of the backup reaches the live file, then the disk is full."""
    data = source.read_bytes()
    with target.open("r+b") as raw:
        raw.truncate(0)
        raw.write(data[: len(data) // 2])
    raise OSError(28, "No space left on device")


def test_a_write_that_fails_half_way_puts_the_data_from_before_back(
    studio: StudioFactory, live: Path, monkeypatch: pytest.MonkeyPatch, clock: FixedClock
) -> None:
    svc = studio.svc
    [good] = svc.backups.status().backups
    written = _failing_first_write(monkeypatch, _half_written_then_disk_full)

    with pytest.raises(BackupRefused) as refused:
        svc.backups.restore(good.path)

    [kept] = [
        row.path for row in svc.backups.status().backups if row.kind is BackupKind.BEFORE_RESTORE
    ]
    assert refused.value.message == (
        f"Restoring {good.path.name} failed (no space left on device). The data from before the "
        f"restore was put back as it was (it is also kept as {kept.name})."
    )
    assert written[1] == kept
    svc.ctx.uow.engine.dispose()
    assert _names(svc) == ["Ann Archer", "Bob Baker"]
    assert main(["--db", str(live), "check"]) == 0


def test_a_restored_file_that_does_not_read_back_soundly_is_replaced_by_the_data_from_before(
    studio: StudioFactory, live: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The step after the swap (reading the live file back) fails: the data goes back."""
    svc = studio.svc
    [good] = svc.backups.status().backups
    real = backup_files.read_contents

    def read_back(path: Path, *, thorough: bool = False) -> DatabaseContents:
        if path == live:
            return DatabaseContents(None, "", 0, {}, "SQLite's check finds: page 7 is never used")
        return real(path, thorough=thorough)

    monkeypatch.setattr(backup_files, "read_contents", read_back)
    with pytest.raises(BackupRefused) as refused:
        svc.backups.restore(good.path)
    assert refused.value.message.startswith(
        f"Restoring {good.path.name} failed (the restored file does not read back soundly: "
        "SQLite's check finds: page 7 is never used). The data from before the restore was put "
        "back as it was"
    )
    monkeypatch.undo()
    svc.ctx.uow.engine.dispose()
    assert _names(svc) == ["Ann Archer", "Bob Baker"], "Bob, added after the backup, is back"
    studio.member("Cleo", "Cole")  # the app goes on writing into the same file
    assert main(["--db", str(live), "check"]) == 0


def test_when_even_putting_back_fails_the_message_says_where_the_data_is(
    studio: StudioFactory,
    live: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    svc = studio.svc
    [good] = svc.backups.status().backups

    def no_room(source: Path, target: Path) -> None:
        _half_written_then_disk_full(source, target)

    monkeypatch.setattr(backup_files, "overwrite_database", no_room)
    with pytest.raises(BackupRefused) as refused:
        svc.backups.restore(good.path)
    [kept] = [
        row.path for row in svc.backups.status().backups if row.kind is BackupKind.BEFORE_RESTORE
    ]
    assert refused.value.message == (
        f"Restoring {good.path.name} failed (no space left on device), and the data from before "
        f"could not be put back (no space left on device). It is kept in {kept}; restore it "
        f'with: studio-app --db "{live}" restore "{kept}" --yes'
    )
    monkeypatch.undo()
    svc.ctx.uow.engine.dispose()
    # The disk has room again: the command in the message brings the data from before back.
    assert main(["--db", str(live), "restore", str(kept), "--yes"]) == 0
    reopened = open_services(f"sqlite:///{live}", svc.ctx.clock)
    try:
        reopened.staff.log_in("owner", OWNER_PASSWORD)
        assert _names(reopened) == ["Ann Archer", "Bob Baker"]
    finally:
        reopened.ctx.uow.engine.dispose()
    capsys.readouterr()


def test_the_backups_page_shows_the_refusal_and_keeps_the_data(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    live: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    [good] = studio.svc.backups.status().backups
    bad = live.parent / "no-members.sqlite3"
    shutil.copyfile(good.path, bad)
    DAMAGES["members table dropped"](bad)
    page = BackupsPage(BackupsController(studio.svc, AppSignals()))
    qtbot.addWidget(page)
    page.show()
    monkeypatch.setattr(page, "choose_backup_file", lambda start: str(bad))

    when_modal(press("Restore"))
    qtbot.mouseClick(page.ui.restoreFileButton, Qt.MouseButton.LeftButton)

    assert page.ui.errorLabel.text() == (
        "no-members.sqlite3 cannot be restored: it is not as Studio App makes it: the table "
        "members is missing. Nothing was changed."
    )
    assert _names(studio.svc) == ["Ann Archer", "Bob Baker"]
    assert studio.svc.ctx.actor is not None


def test_the_damaged_start_window_says_why_the_newest_backup_was_refused(
    studio: StudioFactory,
    live: Path,
    monkeypatch: pytest.MonkeyPatch,
    clock: FixedClock,
) -> None:
    """The live file is damaged and so is its newest backup: the window offers the backup,
    then says why it was refused and offers nothing more; both files stay as they were."""
    clock.advance_to(clock.now().replace(hour=10))
    newest = studio.svc.backups.back_up().value.path
    studio.svc.ctx.uow.engine.dispose()
    DAMAGES["members table dropped"](newest)
    flip_header(live)
    damaged_live, damaged_backup = live.read_bytes(), newest.read_bytes()
    shown: list[DatabaseDamaged] = []

    def answer(damaged: DatabaseDamaged) -> bool:
        shown.append(damaged)
        return damaged.backup is not None

    monkeypatch.setattr(studio_app.gui.launch, "offer_restore", answer)
    assert main(["--db", str(live)]) == 2

    offer, refusal = shown
    assert offer.backup == newest
    assert refusal.backup is None, "only Quit is offered then"
    assert refusal.summary == (
        f"{offer.summary} Restoring it failed: {newest.name} cannot be restored: it is not as "
        "Studio App makes it: the table members is missing. Nothing was changed."
    )
    assert live.read_bytes() == damaged_live
    assert newest.read_bytes() == damaged_backup


def test_a_name_the_system_cannot_look_up_is_refused_in_words(
    studio: StudioFactory, live: Path
) -> None:
    too_long = live.parent / ("b" * 300 + ".sqlite3")
    with pytest.raises(BackupRefused) as refused:
        studio.svc.backups.restore(too_long)
    assert refused.value.message == f"There is no backup file at {too_long}: file name too long."
