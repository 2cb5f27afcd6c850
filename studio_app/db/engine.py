"""Database engine: two desks never interleave a read-check-write, on SQLite or PostgreSQL.

SQLite gets foreign keys, WAL, a busy timeout and IMMEDIATE write transactions. PostgreSQL gets
the same guarantee from a transaction-level advisory lock that every write transaction takes
first (so writers run one after another, as on SQLite, even when their checks span rows that
no single row lock covers: a member's credits, visit limits, a trainer's other appointments),
waiting at most as long as SQLite's busy timeout; read transactions see one snapshot, as on
SQLite in WAL mode.
"""

from __future__ import annotations

import os
from pathlib import Path
from typing import Any

from sqlalchemy import Engine, create_engine, event

from studio_app.domain.errors import DatabaseMissing

READ_ONLY = "studio_read_only"
BUSY_TIMEOUT_MS = 10_000
#: SQLite's page cache of each connection, in KiB (grown only as pages are read).
CACHE_KIB = 65_536
#: The advisory lock every PostgreSQL write transaction holds; any fixed number unique to this
#: app (these are the bytes of "Studio").
WRITER_LOCK_KEY = 0x53_74_75_64_69_6F


def make_engine(url: str) -> Engine:
    if url.startswith("sqlite"):
        engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_MS / 1000})
        # The busy timeout is read when the engine is made (tests shorten it).
        _configure_sqlite(engine)
        return engine
    engine = create_engine(url, pool_pre_ping=True)
    if engine.dialect.name == "postgresql":
        _configure_postgresql(engine)
    return engine


def _configure_sqlite(engine: Engine) -> None:
    path = _file_of(engine)
    busy_timeout_ms = BUSY_TIMEOUT_MS
    #: The (device, inode) of the data file as first opened: a write into a file that has
    #: since been deleted or replaced would vanish, so it is refused.
    identity: list[tuple[int, int]] = []

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection: Any, _record: Any) -> None:
        # Let SQLAlchemy's "begin" event issue BEGIN itself (the pysqlite recipe).
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute(f"PRAGMA busy_timeout={busy_timeout_ms}")
        if engine.url.database not in (None, "", ":memory:"):
            cursor.execute("PRAGMA journal_mode=WAL")
            # Every commit reaches the disk before the desk is told it is saved: a power cut
            # at reception loses nothing (README "Durability" gives the measured cost).
            cursor.execute("PRAGMA synchronous=FULL")
        # 64 MiB of pages kept per connection (SQLite's default is 2 MiB): the member search
        # of a 100,000-member studio reads members by id, scattered over 20 MB (issue 15).
        cursor.execute(f"PRAGMA cache_size=-{CACHE_KIB}")
        cursor.close()
        if path is not None and not identity and path.exists():
            identity.append(_identity(path))

    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("BEGIN")
            return
        if path is not None and identity and _identity(path) != identity[0]:
            raise DatabaseMissing(
                f"The studio's data file {path} was deleted or replaced while Studio App was "
                "running: nothing was saved. Close Studio App and start it again."
            )
        connection.exec_driver_sql("BEGIN IMMEDIATE")


def _file_of(engine: Engine) -> Path | None:
    database = engine.url.database
    if database in (None, "", ":memory:") or str(database).startswith("file:"):
        return None
    return Path(str(database)).resolve()


def _identity(path: Path) -> tuple[int, int]:
    """(device, inode) of ``path``; (-1, -1) once it is gone."""
    try:
        stat = os.stat(path)
    except OSError:
        return (-1, -1)
    return (stat.st_dev, stat.st_ino)


def _configure_postgresql(engine: Engine) -> None:
    @event.listens_for(engine, "begin")
    def _on_begin(connection: Any) -> None:
        # The driver has just opened the transaction; these are its first statements.
        if connection.get_execution_options().get(READ_ONLY):
            connection.exec_driver_sql("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
        else:
            connection.exec_driver_sql(f"SET LOCAL lock_timeout = {BUSY_TIMEOUT_MS}")
            connection.exec_driver_sql(f"SELECT pg_advisory_xact_lock({WRITER_LOCK_KEY})")
