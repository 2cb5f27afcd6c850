"""The backup folder on disk: making, listing and rotating backups of the SQLite file, and
restoring one. No privilege checks here; `services/backups.py` checks them for the desk, and
the command line (whoever runs it already holds the file) calls these directly."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path
from tempfile import TemporaryDirectory

from sqlalchemy import Engine

from studio_app.db import sqlite_files
from studio_app.db.engine import make_engine
from studio_app.db.migrate import (
    current_revision,
    expected_schema,
    head_revision,
    known_revisions,
    upgrade_to_head,
)
from studio_app.db.sqlite_files import (
    DatabaseContents,
    broken_references,
    copy_as_is,
    copy_database,
    is_damage,
    overwrite_database,
    read_contents,
    schema_problem,
)
from studio_app.domain.backups import (
    BackupKind,
    BackupName,
    RetentionPolicy,
    backups_to_remove,
)
from studio_app.domain.errors import BackupRefused, DatabaseDamaged, DomainError
from studio_app.dto.backups import BackupRow, RestoreDone

RESTORE_HISTORY = "restore-history.txt"
DEFAULT_FOLDER = "backups"


def backup_folder(database: Path, custom_folder: str) -> Path:
    """The chosen folder, or ``backups`` beside the database file."""
    if custom_folder.strip():
        return Path(custom_folder.strip()).expanduser()
    return database.parent / DEFAULT_FOLDER


def folder_of(database: Path) -> Path:
    """The backup folder the studio's settings choose for ``database``."""
    custom_folder, _policy = read_backup_settings(database)
    return backup_folder(database, custom_folder)


def read_backup_settings(database: Path) -> tuple[str, RetentionPolicy]:
    """The folder and rotation stored in the database file; the defaults when the file is new,
    older than the backup settings (a backup before an upgrade reads it that early) or damaged
    (it is read without writing, so a damaged file stays as it is)."""
    stored = sqlite_files.read_backup_settings(database)
    if stored is None:
        return "", RetentionPolicy()
    custom_folder, keep_days, keep_months = stored
    return custom_folder, RetentionPolicy(keep_days, keep_months)


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
    backup is being restored), byte for byte if SQLite cannot read it at all; every other
    backup must pass SQLite's check."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        name = BackupName(now, kind, database.stem)
        while (folder / name.file_name).exists():  # two backups within one second
            name = BackupName(name.made_at + timedelta(seconds=1), kind, database.stem)
        target = folder / name.file_name
        if kind is BackupKind.BEFORE_RESTORE:
            copy_as_is(database, target)
        else:
            copy_database(database, target)
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


def check_before_opening(database: Path) -> None:
    """Refuse to open an existing studio file that is not sound: DatabaseDamaged, naming the
    newest backup, when SQLite's quick check fails, the file is empty or no SQLite database,
    or a table or column of its schema revision is missing; DomainError for a file written by
    a newer version of the app. A database without any table is a new studio."""
    contents = read_contents(database)
    if contents.revision is not None and contents.revision not in known_revisions():
        raise DomainError(
            f"The studio's data file {database} was written by a newer version of Studio App "
            f"(database version {contents.revision}; this version knows up to "
            f"{head_revision()}). Update Studio App to open it."
        )
    problem = contents.problem or _schema_problem(contents)
    if problem:
        raise damaged(database, problem)


def backup_before_upgrade(engine: Engine, database: Path | None, now: datetime) -> Path | None:
    """Before migrating an existing database to a newer schema, keep a copy of it as it was."""
    if database is None or not database.exists():
        return None
    revision = current_revision(engine)
    if revision is None or revision == head_revision():
        return None
    return make_backup(database, folder_of(database), BackupKind.BEFORE_UPGRADE, now).path


def damaged(database: Path, reason: str) -> DatabaseDamaged:
    """The refusal for a database file that cannot be worked on (``reason`` says what is
    wrong), naming the newest backup and the command that restores it (the app cannot start to
    show its Backups page)."""
    folder = folder_of(database)
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
    """Replace the studio's data with ``backup``; the live file is not touched before the
    backup has passed every check.

    A temporary copy of the backup must pass SQLite's integrity check, have exactly the tables
    and columns of its schema revision (a backup made by a newer version is refused), hold a
    studio that was set up, pass the foreign key check and upgrade to the current schema. Only
    then is the data as it is now saved in the backup folder ("before a restore") and the
    upgraded copy written into the live file. If anything fails after that, the saved data is
    put back at once and the refusal says so.
    """
    try:
        found = backup.is_file()
    except OSError as error:  # a name the system cannot even look up (too long)
        raise BackupRefused(f"There is no backup file at {backup}: {reason_of(error)}.") from error
    if not found:
        raise BackupRefused(f"There is no backup file at {backup}.")
    if backup.resolve() == database:
        raise BackupRefused("That file is the studio's database itself; choose a backup.")
    folder = folder_of(database)
    try:  # beside the live file: as private as the data, and on the same disk
        work = TemporaryDirectory(
            prefix=".restore-", dir=database.parent, ignore_cleanup_errors=True
        )
    except OSError as error:
        raise BackupRefused(
            f"Restoring needs room for a copy in {database.parent}: {reason_of(error)}. "
            "Nothing was changed."
        ) from error
    with work:
        candidate = Path(work.name) / database.name
        contents = _prepared(backup, candidate)
        saved = make_backup(database, folder, BackupKind.BEFORE_RESTORE, now)
        engine.dispose()  # no pooled connection keeps reading the old pages
        try:
            overwrite_database(candidate, database)
            engine.dispose()
            _check_restored(database)
        except Exception as error:  # whatever failed, the data from before goes back
            engine.dispose()
            raise _put_back(database, saved.path, backup, error) from error
    _record_restore(folder, now, by, backup, contents.studio_name, saved.path)
    return RestoreDone(backup, contents.studio_name, saved.path)


def _prepared(backup: Path, candidate: Path) -> DatabaseContents:
    """Copy ``backup`` to ``candidate``, check it and upgrade it to the current schema; what it
    holds. Every refusal says that nothing was changed (the live file was not touched)."""

    def refuse(problem: str) -> BackupRefused:
        return BackupRefused(f"{backup.name} cannot be restored: {problem}. Nothing was changed.")

    try:
        copy_database(backup, candidate, check=False)
        contents = read_contents(candidate, thorough=True)
        problem = contents.problem or _restorable_problem(contents, backup)
        problem = problem or broken_references(candidate)
    except (sqlite3.Error, UnicodeDecodeError, OSError) as error:
        if isinstance(error, OSError) or not is_damage(error):  # unreadable, or no room
            raise refuse(f"it could not be copied for checking ({reason_of(error)})") from error
        raise refuse(f"it cannot be read as a database ({reason_of(error)})") from error
    if problem:
        raise refuse(problem)
    engine = make_engine(f"sqlite:///{candidate}")
    try:
        upgrade_to_head(engine)
    except Exception as error:  # a migration meeting data it cannot take, whatever it raises
        raise refuse(
            f"it could not be brought up to this version's schema ({reason_of(error)})"
        ) from error
    finally:
        engine.dispose()
    upgraded = read_contents(candidate)
    if problem := upgraded.problem or _schema_problem(upgraded):
        raise refuse(f"after bringing it up to this version's schema, {problem}")
    return contents


def _restorable_problem(contents: DatabaseContents, backup: Path) -> str:
    """What keeps a readable backup from being restored: not Studio App's schema for its
    revision, or no studio set up ("" for none). One made by a newer version is refused."""
    if contents.revision is not None and contents.revision not in known_revisions():
        raise BackupRefused(
            f"{backup.name} was made by a newer version of Studio App (database version "
            f"{contents.revision}; this version knows up to {head_revision()}). Update the app "
            "first. Nothing was changed."
        )
    if contents.schema and (problem := _schema_problem(contents)):
        return f"it is not as Studio App makes it: {problem}"
    if not contents.studio_name or not contents.staff_accounts:
        return "it holds no studio that has been set up"
    return ""


def _check_restored(database: Path) -> None:
    """The live file, as written, reads back soundly at the newest schema."""
    contents = read_contents(database)
    problem = contents.problem or _schema_problem(contents)
    if not problem and contents.revision != head_revision():
        problem = f"it is at database version {contents.revision}, not {head_revision()}"
    if problem:
        raise BackupRefused(f"the restored file does not read back soundly: {problem}")


def _put_back(database: Path, saved: Path, backup: Path, error: Exception) -> BackupRefused:
    """Write the data saved before the restore back into the live file; the refusal that says
    what failed and where the data from before is."""
    reason = reason_of(error)
    try:
        overwrite_database(saved, database)
    except (OSError, sqlite3.Error, UnicodeDecodeError) as second:
        return BackupRefused(
            f"Restoring {backup.name} failed ({reason}), and the data from before could not be "
            f"put back ({reason_of(second)}). It is kept in {saved}; restore it with: "
            f'studio-app --db "{database}" restore "{saved}" --yes'
        )
    return BackupRefused(
        f"Restoring {backup.name} failed ({reason}). The data from before the restore was put "
        f"back as it was (it is also kept as {saved.name})."
    )


def _schema_problem(contents: DatabaseContents) -> str:
    """What is missing from, or foreign to, the tables and columns of the file's schema
    revision (a known one); "" for a database without any table, which is a new one."""
    if contents.revision is None:
        return "it has no schema version" if contents.schema else ""
    return schema_problem(contents.schema, expected_schema(contents.revision))


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
    """An error in words for a refusal, on one line ("permission denied")."""
    if isinstance(error, OSError) and error.strerror:
        return error.strerror.lower()
    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, UnicodeDecodeError):
        return "SQLite's list of tables is damaged"
    return " ".join(str(error).split()) or type(error).__name__
