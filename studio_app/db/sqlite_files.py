"""Copying a live SQLite database file safely, and reading what a backup file holds.

Copies use SQLite's online backup API, so a backup taken while another desk writes is still a
consistent snapshot, and a restore writes the pages into the live file under its locks.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import Engine

from studio_app.db.engine import BUSY_TIMEOUT_MS

#: As long as the app's own connections wait for another desk (db/engine.py).
BUSY_TIMEOUT_SECONDS = BUSY_TIMEOUT_MS / 1000


def sqlite_file(engine: Engine) -> Path | None:
    """The database file behind ``engine``, or None for a server database or memory."""
    if engine.dialect.name != "sqlite" or engine.url.database in (None, "", ":memory:"):
        return None
    return Path(str(engine.url.database)).resolve()


@contextlib.contextmanager
def _connect(path: Path, *, read_only: bool = False) -> Iterator[sqlite3.Connection]:
    if read_only:
        connection = sqlite3.connect(
            f"{path.resolve().as_uri()}?mode=ro", uri=True, timeout=BUSY_TIMEOUT_SECONDS
        )
    else:
        connection = sqlite3.connect(path, timeout=BUSY_TIMEOUT_SECONDS)
    try:
        yield connection
    finally:
        connection.close()


def copy_database(source: Path, target: Path, *, check: bool = True) -> None:
    """Write a consistent, self-contained copy of ``source`` to ``target``.

    The copy is made next to the target and renamed into place only once it is complete and
    (with ``check``) passes SQLite's quick check, so a crash never leaves a half-written backup
    under a backup's name. Without ``check`` a damaged database is copied as it is.
    """
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        with _connect(source, read_only=True) as src, _connect(partial) as dst:
            src.backup(dst)
            # One file, no -wal beside it: a backup must be movable on its own.
            dst.execute("PRAGMA journal_mode=DELETE")
            problem = dst.execute("PRAGMA quick_check").fetchone()[0] if check else "ok"
        if problem != "ok":
            raise sqlite3.DatabaseError(f"the copy failed SQLite's check: {problem}")
        os.replace(partial, target)
    finally:
        partial.unlink(missing_ok=True)


def overwrite_database(backup: Path, live: Path) -> None:
    """Replace the contents of the live database ``live`` with those of ``backup``.

    The backup API writes every page inside one write transaction on the live file, so another
    connection sees either the old data or the restored data, never a mix.
    """
    with _connect(backup, read_only=True) as src, _connect(live) as dst:
        src.backup(dst)


@dataclass(frozen=True)
class DatabaseContents:
    """What a database file holds, as far as a restore needs to know."""

    revision: str | None
    studio_name: str
    staff_accounts: int
    problem: str = ""


def read_contents(path: Path) -> DatabaseContents:
    """Open ``path`` read-only and say whether it is a sound Studio App database.

    ``problem`` names what is wrong (not a database, damaged, not Studio App's) in words a
    studio owner understands; it is empty for a sound file.
    """
    try:
        with _connect(path, read_only=True) as db:
            check = db.execute("PRAGMA quick_check").fetchone()[0]
            if check != "ok":
                return DatabaseContents(None, "", 0, f"the file is damaged ({check})")
            tables = {row[0] for row in db.execute("SELECT name FROM sqlite_master")}
            if not {"alembic_version", "studio_settings", "staff"} <= tables:
                return DatabaseContents(None, "", 0, "it is not a Studio App database")
            revision = db.execute("SELECT version_num FROM alembic_version").fetchone()
            name = db.execute("SELECT name FROM studio_settings ORDER BY id").fetchone()
            staff = db.execute("SELECT count(*) FROM staff").fetchone()[0]
    except sqlite3.DatabaseError as error:
        return DatabaseContents(None, "", 0, f"it cannot be read as a database ({error})")
    if revision is None or name is None or not staff:
        return DatabaseContents(None, "", 0, "it holds no studio that has been set up")
    return DatabaseContents(revision[0], name[0], staff)
