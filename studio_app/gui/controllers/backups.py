"""Settings → Backups (SPEC §9): the backup folder and its backups, backups by hand, copies
saved anywhere, the folder and rotation, and restore.

Anyone logged in may back up or save a copy (it changes no data); the folder, the rotation and
restoring need the ``settings`` privilege, which the service checks again. A restore replaces
every record and the staff accounts with those of the backup, so everyone logs in again.
"""

from __future__ import annotations

from pathlib import Path

from studio_app.domain.backups import BACKUP_SUFFIX, RetentionPolicy
from studio_app.dto.backups import BackupRow, BackupStatus, RestoreDone
from studio_app.dto.changes import Change, Result
from studio_app.gui.controllers.base import Controller

__all__ = ["BackupRow", "BackupStatus", "BackupsController", "RestoreDone"]


class BackupsController(Controller):
    USES = ("backups",)
    # A backup made anywhere (the daily one at midnight too) adds a row; STAFF may change what
    # the account may do.
    RELOAD_ON = frozenset({Change.BACKUPS, Change.STAFF})

    def status(self) -> BackupStatus:
        """The folder, the rotation and the backups, newest first. When the status cannot be
        read, the reason is given as why backups are unavailable."""
        status = self.ask(self.services.backups.status)
        if status is None:
            return BackupStatus(self.last_error, None, None, "", RetentionPolicy())
        return status

    def copy_name(self, status: BackupStatus) -> str:
        """The name offered for a copy: the data file's name and today, e.g.
        ``studio-2026-12-01.sqlite3``."""
        stem = status.database.stem if status.database is not None else "studio"
        return f"{stem}-{self.today():%Y-%m-%d}{BACKUP_SUFFIX}"

    def back_up(self) -> Result[BackupRow] | None:
        """A backup into the backup folder now; None when refused (see ``last_error``)."""
        return self.act(self.services.backups.back_up)

    def save_copy(self, target: Path) -> Result[Path] | None:
        """A copy of the data at ``target`` (kept by nobody's rotation)."""
        return self.act(self.services.backups.save_copy, target)

    def save_settings(self, custom_folder: str, keep_days: int, keep_months: int) -> bool:
        """Save the folder ("" for the default) and the rotation; False when refused."""
        result = self.act(self.services.backups.set_settings, custom_folder, keep_days, keep_months)
        return result is not None

    def restore(self, backup: Path) -> Result[RestoreDone] | None:
        """Replace the studio's data with ``backup``; the data as it was is saved first."""
        return self.act(self.services.backups.restore, backup)

    def log_in_again(self) -> None:
        """After a restore nobody is logged in (the staff accounts are the backup's): the main
        window closes and the app asks for a login."""
        self.signals.logged_out.emit()
