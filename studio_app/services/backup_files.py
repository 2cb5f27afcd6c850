"""The backup folder on disk: making, listing and rotating backups of the SQLite file, and
restoring one. No privilege checks here; `services/backups.py` checks them for the desk, and
the command line (whoever runs it already holds the file) calls these directly."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine
from sqlalchemy.exc import DBAPIError

from studio_app.db.engine import READ_ONLY
from studio_app.db.migrate import current_revision, known_revisions, upgrade_to_head
from studio_app.db.sqlite_files import copy_database, overwrite_database, read_contents
from studio_app.domain.backups import (
    BackupKind,
    BackupName,
    RetentionPolicy,
    backups_to_remove,
)
from studio_app.domain.errors import BackupRefused, DatabaseDamaged
from studio_app.dto.backups import BackupRow, RestoreDone

RESTORE_HISTORY = "restore-history.txt"
DEFAULT_FOLDER = "backups"


def backup_folder(database: Path, custom_folder: str) -> Path:
    """The chosen folder, or ``backups`` beside the database file."""
    if custom_folder.strip():
        return Path(custom_folder.strip()).expanduser()
    return database.parent / DEFAULT_FOLDER


def folder_of(engine: Engine, database: Path) -> Path:
    """The backup folder the studio's settings choose for ``database``."""
    custom_folder, _policy = read_backup_settings(engine)
    return backup_folder(database, custom_folder)


def read_backup_settings(engine: Engine) -> tuple[str, RetentionPolicy]:
    """The folder and rotation stored in the database; the defaults when the database is new
    or older than the backup settings (a backup before an upgrade reads it that early)."""
    try:
        with engine.execution_options(**{READ_ONLY: True}).connect() as connection:
            row = connection.exec_driver_sql(
                "SELECT backup_folder, backup_keep_days, backup_keep_months "
                "FROM studio_settings WHERE id = 1"
            ).first()
    except DBAPIError:
        row = None
    if row is None:
        return "", RetentionPolicy()
    return row[0], RetentionPolicy(row[1], row[2])


def list_backups(database: Path, folder: Path) -> list[BackupRow]:
    """Backups of ``database`` in ``folder``, newest first (other files are ignored)."""
    if not folder.is_dir():
        return []
    rows = []
    for path in folder.iterdir():
        name = BackupName.parse(path.name, database.stem)
        if name is not None and path.is_file():
            rows.append(BackupRow(path, name.made_at, name.kind, path.stat().st_size))
    return sorted(rows, key=lambda row: row.made_at, reverse=True)


def name_of(row: BackupRow, database: Path) -> BackupName:
    return BackupName(row.made_at, row.kind, database.stem)


def make_backup(database: Path, folder: Path, kind: BackupKind, now: datetime) -> BackupRow:
    """Copy the live database into ``folder`` under a backup name for ``now``. The copy made
    before a restore keeps the data as it was even when it is damaged (that is often why a
    backup is being restored); every other backup must pass SQLite's check."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = BackupName(now, kind, database.stem)
        while (folder / name.file_name).exists():  # two backups within one second
            name = BackupName(name.made_at + timedelta(seconds=1), kind, database.stem)
        target = folder / name.file_name
        copy_database(database, target, check=kind is not BackupKind.BEFORE_RESTORE)
    except (OSError, sqlite3.Error) as error:
        raise BackupRefused(f"Could not write a backup to {folder}: {reason_of(error)}.") from error
    return BackupRow(target, name.made_at, kind, target.stat().st_size)


def save_copy(database: Path, target: Path) -> Path:
    """A copy of the live database at any path the user chose (a USB stick, a shared drive)."""
    if target.resolve() == database:
        raise BackupRefused("Choose another file: that is the studio's database itself.")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        copy_database(database, target)
    except (OSError, sqlite3.Error) as error:
        raise BackupRefused(f"Could not write a copy to {target}: {reason_of(error)}.") from error
    return target


def rotate(
    database: Path, backups: list[BackupRow], today: date, policy: RetentionPolicy
) -> list[Path]:
    """Remove those of ``backups`` the retention policy no longer keeps; the removed files."""
    by_name = {name_of(row, database): row.path for row in backups}
    removed = []
    for name in backups_to_remove(by_name, today, policy):
        by_name[name].unlink(missing_ok=True)
        removed.append(by_name[name])
    return removed


def backup_before_upgrade(engine: Engine, database: Path | None, now: datetime) -> Path | None:
    """Before migrating an existing database to a newer schema, keep a copy of it as it was."""
    if database is None or not database.exists():
        return None
    revision = current_revision(engine)
    if revision is None or revision == known_revisions()[-1]:
        return None
    return make_backup(database, folder_of(engine, database), BackupKind.BEFORE_UPGRADE, now).path


def damaged(database: Path, engine: Engine, error: Exception) -> DatabaseDamaged:
    """The refusal for a database file that no longer opens, naming the newest backup and the
    command that restores it (the app cannot start to show its Backups page)."""
    reason = str(getattr(error, "orig", error))
    folder = folder_of(engine, database)
    backups = list_backups(database, folder)
    if not backups:
        return DatabaseDamaged(
            f"The studio's data file {database} is damaged ({reason}), and there is no backup "
            f"of it in {folder}."
        )
    newest = backups[0]
    return DatabaseDamaged(
        f"The studio's data file {database} is damaged ({reason}). The newest backup is "
        f"{newest.path.name}, made {newest.made_text}.",
        newest.path,
        f'studio-app --db "{database}" restore "{newest.path}" --yes',
    )


def restore_database(
    engine: Engine, database: Path, backup: Path, now: datetime, by: str
) -> RestoreDone:
    """Replace the studio's data with ``backup``, after checking the file and saving the data
    as it is now in the backup folder ("before a restore"). Older backups are upgraded to the
    current schema; a backup made by a newer version of the app is refused."""
    if not backup.is_file():
        raise BackupRefused(f"There is no backup file at {backup}.")
    if backup.resolve() == database:
        raise BackupRefused("That file is the studio's database itself; choose a backup.")
    contents = read_contents(backup)
    if contents.problem:
        raise BackupRefused(
            f"{backup.name} cannot be restored: {contents.problem}. Nothing was changed."
        )
    known = known_revisions()
    if contents.revision not in known:
        raise BackupRefused(
            f"{backup.name} was made by a newer version of Studio App (database version "
            f"{contents.revision}; this version knows up to {known[-1]}). Update the app "
            "first. Nothing was changed."
        )
    folder = folder_of(engine, database)
    saved = make_backup(database, folder, BackupKind.BEFORE_RESTORE, now)
    engine.dispose()  # no pooled connection keeps reading the old pages
    try:
        overwrite_database(backup, database)
    except sqlite3.Error as error:
        raise BackupRefused(
            f"Restoring {backup.name} failed ({reason_of(error)}); the data is as it was."
        ) from error
    engine.dispose()
    upgrade_to_head(engine)
    _record_restore(folder, now, by, backup, contents.studio_name, saved.path)
    return RestoreDone(backup, contents.studio_name, saved.path)


def last_restore(folder: Path) -> str:
    """The newest line of the folder's restore history ("" when nothing was restored)."""
    history = folder / RESTORE_HISTORY
    if not history.is_file():
        return ""
    lines = [line for line in history.read_text(encoding="utf-8").splitlines() if line.strip()]
    return lines[-1] if lines else ""


def _record_restore(
    folder: Path, now: datetime, by: str, backup: Path, studio: str, saved: Path
) -> None:
    """Who restored what and when, kept beside the backups (the database itself was just
    replaced, so it cannot hold this line)."""
    line = (
        f"{now:%Y-%m-%d %H:%M} {by} restored {backup.name} ({studio}); "
        f"the data from before is in {saved.name}\n"
    )
    with (folder / RESTORE_HISTORY).open("a", encoding="utf-8") as history:
        history.write(line)


def reason_of(error: Exception) -> str:
    """An I/O or SQLite error in words for a refusal ("permission denied")."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    return str(error)
