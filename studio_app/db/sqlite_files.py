"""Copying a live SQLite database file safely, and reading what a backup file holds.

Copies use SQLite's online backup API, so a backup taken while another desk writes is still a
consistent snapshot, and a restore writes the pages into the live file under its locks.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

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


def copy_as_is(source: Path, target: Path) -> None:
    """Keep ``source`` at ``target`` however damaged it is: through SQLite while SQLite can
    read it (so a -wal beside it is included), otherwise byte for byte."""
    try:
        copy_database(source, target, check=False)
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if not is_damage(error):
            raise  # a full disk or a held lock is no reason to copy bytes under SQLite
        partial = target.with_name(target.name + ".partial")
        try:
            shutil.copyfile(source, partial)
            os.replace(partial, target)
        finally:
            partial.unlink(missing_ok=True)


def overwrite_database(source: Path, live: Path) -> None:
    """Replace the contents of the live database ``live`` with those of ``source``, keeping
    the live file itself (the open engine refuses to write once its file was replaced).

    The backup API writes every page inside one write transaction on the live file, so another
    connection sees either the old data or the new, never a mix. When SQLite cannot read one
    of the two files (a live file that is not a database any more or was cut short; a damaged
    file put back as it was), the bytes of ``source`` are written over those of ``live``
    instead, and a -wal and -shm beside ``live``, which belong to its old contents, go.
    """
    try:
        with _connect(source, read_only=True) as src, _connect(live) as dst:
            src.backup(dst)
        return
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if not is_damage(error):
            raise
    with source.open("rb") as src_bytes, live.open("r+b") as dst_bytes:
        dst_bytes.truncate(0)
        shutil.copyfileobj(src_bytes, dst_bytes)
        dst_bytes.flush()
        os.fsync(dst_bytes.fileno())
    for stale in (live.with_name(live.name + "-wal"), live.with_name(live.name + "-shm")):
        stale.unlink(missing_ok=True)


def is_damage(error: sqlite3.Error | UnicodeDecodeError) -> bool:
    """Whether ``error`` says a file is damaged or no database at all: SQLite's CORRUPT or
    NOTADB, or text in the file that is not UTF-8 (Python's sqlite3 raises that one itself,
    without an SQLite error code). A busy, full, read-only, unopenable or failing disk is no
    verdict on the file."""
    if isinstance(error, UnicodeDecodeError):
        return True
    code = getattr(error, "sqlite_errorcode", None)
    if code is None:
        return isinstance(error, sqlite3.OperationalError)  # "Could not decode to UTF-8 ..."
    return code & 0xFF in (sqlite3.SQLITE_CORRUPT, sqlite3.SQLITE_NOTADB)


#: A database's tables (SQLite's own ``sqlite_*`` tables left out) and each one's columns.
Schema = dict[str, frozenset[str]]


@dataclass(frozen=True)
class DatabaseContents:
    """What a database file holds, as far as opening or restoring it needs to know.

    ``problem`` names what keeps SQLite from reading the file soundly, in words a studio owner
    understands ("" for a sound file); an empty ``schema`` is a database without any table."""

    revision: str | None
    studio_name: str
    staff_accounts: int
    schema: Schema
    problem: str = ""


def read_contents(path: Path, *, thorough: bool = False) -> DatabaseContents:
    """Open ``path`` read-only and read what a sound Studio App database would hold.

    The file must pass SQLite's quick check (which reads every page, so damage anywhere shows
    now rather than at some later query; about 0.1 s for the 50 MB file of 20,000 members);
    ``thorough`` runs the full integrity check instead (0.3 s), for a file about to replace the
    studio's data. Whether the tables are those of its revision is for the caller
    (``db/migrate.expected_schema``, ``schema_problem``). An error that is no verdict on the
    file (see ``is_damage``: busy, unopenable, a failing disk) is raised.
    """
    if path.stat().st_size == 0:
        return _unsound("the file is empty")
    try:
        with _connect(path, read_only=True) as db:
            check = db.execute(f"PRAGMA {'integrity_check' if thorough else 'quick_check'}")
            first = check.fetchone()[0]
            if first != "ok":
                return _unsound(f"SQLite's check finds: {_first_finding(first)}")
            schema = _read_schema(db)
            if not schema:
                return DatabaseContents(None, "", 0, schema)
            if "alembic_version" not in schema:
                return _unsound("it is not a Studio App database (it has no schema version)")
            revision = _first(db, "SELECT version_num FROM alembic_version")
            name = _first(db, "SELECT name FROM studio_settings ORDER BY id")
            staff = _first(db, "SELECT count(*) FROM staff")
    except (sqlite3.Error, UnicodeDecodeError) as error:
        if not is_damage(error):
            raise
        return _unsound(unreadable(error))
    return DatabaseContents(
        None if revision is None else str(revision),
        "" if name is None else str(name),
        int(staff or 0),
        schema,
    )


def broken_references(path: Path) -> str:
    """Rows of ``path`` that point at records that are not there, in words ("" for none)."""
    with _connect(path, read_only=True) as db:
        broken = db.execute("PRAGMA foreign_key_check").fetchall()
    if not broken:
        return ""
    pairs = sorted({f"{row[0]} → {row[2]}" for row in broken})
    return f"{len(broken)} row(s) point at records that are not there ({', '.join(pairs[:3])})"


def read_schema(path: Path) -> Schema:
    """The tables and columns of the database at ``path``."""
    with _connect(path, read_only=True) as db:
        return _read_schema(db)


def _read_schema(db: sqlite3.Connection) -> Schema:
    """Tables and virtual tables (the member search's index); not the tables in which SQLite
    keeps a virtual table's data ("shadow" tables, named after it), which come and go with it."""
    found = db.execute(
        "SELECT name, sql LIKE 'CREATE VIRTUAL TABLE%' FROM sqlite_master "
        "WHERE type = 'table' AND name NOT LIKE 'sqlite%'"
    ).fetchall()
    virtual = [f"{name}_" for name, is_virtual in found if is_virtual]
    tables = [name for name, _ in found if not name.startswith(tuple(virtual))]
    return {
        table: frozenset(
            row[0] for row in db.execute("SELECT name FROM pragma_table_info(?)", (table,))
        )
        for table in tables
    }


def schema_problem(found: Schema, expected: Schema) -> str:
    """What differs between the tables and columns ``found`` and those ``expected``, in words
    ("" when they are the same)."""
    problems = []
    if missing := sorted(expected.keys() - found.keys()):
        problems.append(f"{_the('table', missing)} {'is' if len(missing) == 1 else 'are'} missing")
    if unknown := sorted(found.keys() - expected.keys()):
        problems.append(f"it has {_the('table', unknown)}, which Studio App does not make")
    for table in sorted(expected.keys() & found.keys()):
        if lacks := sorted(expected[table] - found[table]):
            problems.append(f"the table {table} lacks {_the('column', lacks)}")
        if extra := sorted(found[table] - expected[table]):
            problems.append(
                f"the table {table} has {_the('column', extra)}, which Studio App does not make"
            )
    return "; ".join(problems)


def read_backup_settings(path: Path) -> tuple[str, int, int] | None:
    """The backup folder ("" for the default) and the days and months kept, as the studio's
    settings in ``path`` hold them, read without writing anything (a damaged file stays as it
    is); None when the file cannot tell (new, damaged, or older than these settings)."""
    try:
        with _connect(path, read_only=True) as db:
            row = db.execute(
                "SELECT backup_folder, backup_keep_days, backup_keep_months "
                "FROM studio_settings WHERE id = 1"
            ).fetchone()
    except (sqlite3.Error, UnicodeDecodeError):
        return None
    return None if row is None else (str(row[0]), int(row[1]), int(row[2]))


def unreadable(error: sqlite3.Error | UnicodeDecodeError) -> str:
    """Why SQLite cannot read a damaged file, in words (``is_damage`` holds for ``error``)."""
    if isinstance(error, UnicodeDecodeError):  # SQLite's message quoted damaged bytes
        return "SQLite cannot read its list of tables"
    return f"SQLite cannot read it: {_one_line(str(error))}"


def _first(db: sqlite3.Connection, sql: str) -> Any:
    """The first value of the first row of ``sql``; None for no row or a missing table or
    column (the caller compares the tables with those expected and names what is missing)."""
    try:
        row = db.execute(sql).fetchone()
    except sqlite3.OperationalError as error:
        if str(error).startswith("no such "):
            return None
        raise
    return None if row is None else row[0]


def _the(kind: str, names: list[str]) -> str:
    """ "the table a", "the tables a and b", "the tables a, b and c"."""
    if len(names) == 1:
        return f"the {kind} {names[0]}"
    return f"the {kind}s {', '.join(names[:-1])} and {names[-1]}"


def _unsound(problem: str) -> DatabaseContents:
    return DatabaseContents(None, "", 0, {}, problem)


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _first_finding(check: str) -> str:
    """The first thing SQLite's check found, without its "*** in database main ***"."""
    lines = [line for line in check.splitlines() if line.strip() and not line.startswith("***")]
    return _one_line(lines[0] if lines else check)
