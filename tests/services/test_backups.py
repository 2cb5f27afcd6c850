"""Automatic, rotating backups of the SQLite file, and restore (SPEC §9)."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from alembic import command

from studio_app.container import open_services
from studio_app.db.engine import make_engine
from studio_app.db.migrate import alembic_config, current_revision, known_revisions
from studio_app.domain.backups import BackupKind
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import (
    BackupRefused,
    DatabaseDamaged,
    DomainError,
    PermissionDenied,
    ValidationError,
)
from tests.factories import StudioFactory

pytestmark = pytest.mark.sqlite_only("backs up and restores the SQLite file")


def _member_names(database: Path) -> list[str]:
    with sqlite3.connect(database) as db:
        return [row[0] for row in db.execute("SELECT last_name FROM members ORDER BY id")]


def _live(studio: StudioFactory) -> Path:
    status = studio.svc.backups.status()
    assert status.database is not None
    return status.database


def test_backup_by_hand_copies_the_data_into_the_backups_folder(studio: StudioFactory) -> None:
    studio.member("Peter", "Parker")
    result = studio.svc.backups.back_up()
    row = result.value
    assert row.path == _live(studio).parent / "backups" / "studio-2026-12-01_090000-manual.sqlite3"
    assert result.message == f"Backup saved: {row.path.name} ({row.size_text})."
    assert _member_names(row.path) == ["Parker"]
    with sqlite3.connect(row.path) as db:
        assert db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    # A second one within the same second gets the next second's name, never overwriting.
    again = studio.svc.backups.back_up().value
    assert again.path.name == "studio-2026-12-01_090001-manual.sqlite3"
    listed = studio.svc.backups.status().backups
    assert [(b.path.name, b.kind) for b in listed] == [
        (again.path.name, BackupKind.MANUAL),
        (row.path.name, BackupKind.MANUAL),
    ]


def test_daily_backup_runs_once_a_day_and_rotates_the_folder(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc.backups
    svc.set_settings("", keep_days=2, keep_months=0)
    first = svc.automatic()
    assert first.value is not None and first.value.kind is BackupKind.AUTOMATIC
    assert svc.automatic().value is None, "one automatic backup a day"
    names = []
    for day in (2, 3, 4):
        clock.advance_to(datetime(2026, 12, day, 0, 0, 5))
        made = svc.automatic()
        assert made.value is not None
        names.append(made.value.path.name)
    # Keeping 2 days: 3 and 4 December remain, 1 and 2 December were removed.
    assert [b.path.name for b in svc.status().backups] == names[::-1][:2]
    assert made.message.endswith("; 1 old backup(s) removed.")
    # Files the app did not name are never touched.
    stray = _live(studio).parent / "backups" / "notes.txt"
    stray.write_text("keep me")
    clock.advance_to(datetime(2026, 12, 9, 8, 0))
    svc.automatic()
    assert stray.exists()
    assert len(svc.status().backups) == 1


def test_backup_settings_need_the_settings_privilege_and_a_writable_full_path(
    studio: StudioFactory, tmp_path: Path
) -> None:
    svc = studio.svc.backups
    with pytest.raises(ValidationError, match="1 to 365 days \\(asked for 0\\)"):
        svc.set_settings("", keep_days=0, keep_months=12)
    with pytest.raises(BackupRefused, match="full folder path"):
        svc.set_settings("relative/folder", keep_days=14, keep_months=12)
    blocker = tmp_path / "a-file"
    blocker.write_text("")
    with pytest.raises(BackupRefused, match=f"cannot be written to {blocker / 'sub'}"):
        svc.set_settings(str(blocker / "sub"), keep_days=14, keep_months=12)

    usb = tmp_path / "usb stick"
    result = svc.set_settings(str(usb), keep_days=7, keep_months=6)
    assert result.message == (
        f"Backups go to {usb}. Keeps every backup of the last 7 days and one a month for 6 months."
    )
    assert svc.back_up().value.path.parent == usb
    assert svc.status().folder == usb

    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(PermissionDenied):
        svc.set_settings("", keep_days=14, keep_months=12)
    assert svc.status().policy.keep_days == 7
    # Making a backup changes no data: the front desk may.
    assert svc.back_up().value.path.parent == usb


def test_restore_brings_back_the_data_and_keeps_what_was_there_before(
    studio: StudioFactory, clock: FixedClock
) -> None:
    studio.member("Ann", "Archer")
    backup = studio.svc.backups.back_up().value.path
    clock.advance_to(datetime(2026, 12, 1, 10, 0))
    studio.member("Bob", "Baker")

    result = studio.svc.backups.restore(backup)

    assert _member_names(_live(studio)) == ["Archer"]
    assert [m.full_name for m in studio.svc.members.search("")] == ["Ann Archer"]
    saved = result.value.saved_before
    assert saved.name == "studio-2026-12-01_100000-before-restore.sqlite3"
    assert _member_names(saved) == ["Archer", "Baker"]
    assert result.message == (
        f"Restored {backup.name} (Lotus Yoga). The data from before the restore is saved as "
        f"{saved.name}. Log in again."
    )
    assert studio.svc.ctx.actor is None, "staff accounts are those of the backup: log in again"
    assert studio.svc.backups.status().last_restore == (
        f"2026-12-01 10:00 Olivia Owner restored {backup.name} (Lotus Yoga); "
        f"the data from before is in {saved.name}"
    )
    studio.svc.staff.log_in("owner", "owner-secret")
    studio.member("Cleo", "Cole")  # the restored database takes new work


def test_restore_refusals_change_nothing(studio: StudioFactory, tmp_path: Path) -> None:
    studio.member("Ann", "Archer")
    svc = studio.svc.backups
    not_a_db = tmp_path / "holiday.sqlite3"
    not_a_db.write_text("photos")
    with pytest.raises(BackupRefused, match="holiday.sqlite3 cannot be restored: it cannot be"):
        svc.restore(not_a_db)
    other_app = tmp_path / "other.sqlite3"
    with sqlite3.connect(other_app) as db:
        db.execute("CREATE TABLE clients (id INTEGER)")
    with pytest.raises(BackupRefused, match="it is not a Studio App database"):
        svc.restore(other_app)
    with pytest.raises(BackupRefused, match="studio's database itself"):
        svc.restore(_live(studio))
    newer = svc.back_up().value.path
    with sqlite3.connect(newer) as db:
        db.execute("UPDATE alembic_version SET version_num = '0099'")
    head = known_revisions()[-1]
    with pytest.raises(
        BackupRefused, match=f"database version 0099; this version knows up to {head}"
    ):
        svc.restore(newer)
    studio.front_desk()
    studio.log_in("desk")
    good = svc.back_up().value.path
    with pytest.raises(PermissionDenied):
        svc.restore(good)
    assert [b.kind for b in svc.status().backups].count(BackupKind.BEFORE_RESTORE) == 0
    assert _member_names(_live(studio)) == ["Archer"]


def test_older_backup_is_upgraded_and_an_upgrade_keeps_a_backup_first(
    studio: StudioFactory, db_url: str, clock: FixedClock
) -> None:
    studio.member("Ann", "Archer")
    old = studio.svc.backups.back_up().value.path
    old_engine = make_engine(f"sqlite:///{old}")
    command.downgrade(alembic_config(old_engine), "0004")
    assert current_revision(old_engine) == "0004"
    old_engine.dispose()

    studio.svc.backups.restore(old)
    assert current_revision(studio.svc.ctx.uow.engine) == known_revisions()[-1]
    assert studio.svc.backups.status().policy.keep_days == 14

    # Opening a database of an older version backs it up before upgrading it.
    studio.svc.ctx.uow.engine.dispose()
    command.downgrade(alembic_config(studio.svc.ctx.uow.engine), "0004")
    clock.advance_to(datetime(2026, 12, 2, 7, 30))
    reopened = open_services(db_url, clock)
    try:
        kinds = {b.kind: b.path for b in reopened.backups.status().backups}
        before = kinds[BackupKind.BEFORE_UPGRADE]
        assert before.name == "studio-2026-12-02_073000-before-upgrade.sqlite3"
        assert current_revision(make_engine(f"sqlite:///{before}")) == "0004"
        assert _member_names(before) == ["Archer"]
    finally:
        reopened.ctx.uow.engine.dispose()


def test_a_missing_file_is_refused_not_called_damaged_and_not_created(tmp_path: Path) -> None:
    missing = tmp_path / "no such folder" / "studio.sqlite3"
    with pytest.raises(DomainError) as refused:
        open_services(f"sqlite:///{missing}")
    assert not isinstance(refused.value, DatabaseDamaged)
    assert refused.value.message == f"No studio database at {missing}."
    assert not missing.parent.exists()
