"""What the Backups page and the command line show about backups."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from studio_app.domain.backups import BackupKind, RetentionPolicy, size_text
from studio_app.domain.formats import moment_text


@dataclass(frozen=True)
class BackupRow:
    """One backup file in the backup folder."""

    path: Path
    made_at: datetime
    kind: BackupKind
    size: int

    @property
    def made_text(self) -> str:
        return moment_text(self.made_at, weekday=True)

    @property
    def size_text(self) -> str:
        return size_text(self.size)


@dataclass(frozen=True)
class BackupStatus:
    """Where backups go, how long they are kept and which ones exist, newest first.

    ``unavailable`` says why this database cannot be backed up here (a PostgreSQL server);
    it is empty when backups work. ``folder`` is the chosen ``custom_folder``, or else the
    ``default_folder`` beside the data file."""

    unavailable: str
    database: Path | None
    folder: Path | None
    custom_folder: str
    policy: RetentionPolicy
    default_folder: Path | None = None
    backups: tuple[BackupRow, ...] = ()
    last_restore: str = ""

    @property
    def newest_automatic(self) -> BackupRow | None:
        return next((b for b in self.backups if b.kind is BackupKind.AUTOMATIC), None)


@dataclass(frozen=True)
class RestoreDone:
    """A finished restore: which file, which studio it holds, and where the data before went."""

    restored: Path
    studio_name: str
    saved_before: Path
