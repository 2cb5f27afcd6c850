"""Backups and restore for the desk (Settings → Backups), SPEC §9.

- Anyone logged in may make a backup or save a copy: it changes no data.
- The daily automatic backup runs by itself (start of the day, just after midnight) and then
  rotates the folder by the studio's retention policy.
- Changing the folder or the rotation, and restoring, need the settings privilege. A restore
  first checks the backup completely on a copy (a bad one is refused, nothing changed), saves
  the data as it is now, then replaces it; everyone logs in again, because the staff accounts
  are those of the backup.
Backups copy the SQLite file; a studio on a PostgreSQL server backs up on the server.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine

from studio_app.db.sqlite_files import sqlite_file
from studio_app.domain.backups import (
    BackupKind,
    RetentionPolicy,
    automatic_due,
    validated_policy,
)
from studio_app.domain.bounds import FOLDER_MAX, check_text
from studio_app.domain.errors import BackupRefused
from studio_app.domain.privileges import Privilege
from studio_app.dto.backups import BackupRow, BackupStatus, RestoreDone
from studio_app.dto.changes import Change, Result
from studio_app.models import StudioSettings
from studio_app.runtime import backup_files
from studio_app.runtime.context import ServiceContext
from studio_app.runtime.output_files import check_target
from studio_app.steps.records import load

#: A backup adds a file to the Backups page's list (and may rotate old ones away).
BACKUPS = frozenset({Change.BACKUPS})
#: Everything may differ after a restore, so every view reloads.
EVERYTHING = frozenset(Change)


class BackupService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    @property
    def _engine(self) -> Engine:
        return self.ctx.uow.engine

    def status(self) -> BackupStatus:
        """The folder, the rotation and the backups in the folder, newest first."""
        database = sqlite_file(self._engine)
        if database is None:
            return BackupStatus(_server_note(self._engine), None, None, "", RetentionPolicy())
        custom_folder, policy = backup_files.read_backup_settings(database)
        folder = backup_files.backup_folder(database, custom_folder)
        return BackupStatus(
            "",
            database,
            folder,
            custom_folder,
            policy,
            default_folder=backup_files.backup_folder(database, ""),
            backups=tuple(backup_files.list_backups(database, folder)),
            last_restore=backup_files.last_restore(folder),
        )

    def back_up(self) -> Result[BackupRow]:
        """A backup now, into the backup folder ("made by hand")."""
        database = self._database()
        folder = backup_files.folder_of(database)
        row = backup_files.make_backup(database, folder, BackupKind.MANUAL, self.ctx.clock.now())
        return Result(row, BACKUPS, f"Backup saved: {row.path.name} ({row.size_text}).")

    def save_copy(self, target: Path) -> Result[Path]:
        """A copy of the data at a file the user chose, outside the rotation (never a path
        with a NUL character, nor the data file's own -wal, -shm or -journal)."""
        database = self._database()
        check_target(self._engine, target, "the copy", BackupRefused)
        saved = backup_files.save_copy(database, target)
        return Result(saved, frozenset(), f"A copy of the studio's data is saved as {saved}.")

    def automatic(self) -> Result[BackupRow | None]:
        """Today's automatic backup if none was made yet, then the rotation; nothing on a
        server database or when today's backup exists."""
        database = sqlite_file(self._engine)
        if database is None:
            return Result(None)
        custom_folder, policy = backup_files.read_backup_settings(database)
        folder = backup_files.backup_folder(database, custom_folder)
        now = self.ctx.clock.now()
        backups = backup_files.list_backups(database, folder)
        if not automatic_due([backup_files.name_of(b, database) for b in backups], now.date()):
            return Result(None)
        row = backup_files.make_backup(database, folder, BackupKind.AUTOMATIC, now)
        removed = backup_files.rotate(database, [row, *backups], now.date(), policy)
        gone = f"; {len(removed)} old backup(s) removed" if removed else ""
        return Result(row, BACKUPS, f"Daily backup saved: {row.path.name}{gone}.")

    def set_settings(self, custom_folder: str, keep_days: int, keep_months: int) -> Result[None]:
        """Where backups go ("" = beside the database) and how long they are kept."""
        self.ctx.acting(Privilege.SETTINGS, "change the backup settings")
        policy = validated_policy(keep_days, keep_months)
        custom_folder = check_text(custom_folder.strip(), "The backup folder", limit=FOLDER_MAX)
        if custom_folder:
            _check_writable(Path(custom_folder).expanduser())
        with self.ctx.uow() as uow:
            settings = load(uow.session, StudioSettings, 1, "Studio settings")
            settings.backup_folder = custom_folder
            settings.backup_keep_days = policy.keep_days
            settings.backup_keep_months = policy.keep_months
            uow.commit()
        where = custom_folder or "the backups folder beside the database"
        message = f"Backups go to {where}. {policy.describe()}"
        return Result(None, frozenset({Change.STUDIO, Change.BACKUPS}), message)

    def restore(self, backup: Path) -> Result[RestoreDone]:
        """Replace the studio's data with ``backup`` (settings privilege); logs everyone out.
        A backup that fails any check is refused before the data is touched, and a failure
        while writing it puts the data from before back (``backup_files.restore_database``)."""
        database = self._database()  # a server database is refused first, whoever asks
        actor = self.ctx.acting(Privilege.SETTINGS, "restore a backup")
        done = backup_files.restore_database(
            self._engine, database, backup, self.ctx.clock.now(), actor.name
        )
        self.ctx.actor = None
        return Result(
            done,
            EVERYTHING,
            f"Restored {done.restored.name} ({done.studio_name}). The data from before the "
            f"restore is saved as {done.saved_before.name}. Log in again.",
        )

    def _database(self) -> Path:
        """The studio's SQLite file; a server database is refused with the reason."""
        database = sqlite_file(self._engine)
        if database is None:
            raise BackupRefused(_server_note(self._engine))
        return database


def _server_note(engine: Engine) -> str:
    server = engine.url.render_as_string(hide_password=True)
    return (
        f"This studio's data is on a database server ({server}), not in a file on this "
        "computer: back it up on the server (for PostgreSQL, pg_dump)."
    )


def _check_writable(folder: Path) -> None:
    """Refuse a backup folder that is relative or cannot be written, naming it."""
    if not folder.is_absolute():
        raise BackupRefused(f"Choose a full folder path for backups, not '{folder}'.")
    probe = folder / ".studio-app-write-test"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as error:
        raise BackupRefused(
            f"Backups cannot be written to {folder}: {backup_files.reason_of(error)}."
        ) from error
