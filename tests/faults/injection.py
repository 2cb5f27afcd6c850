"""Ways to make a studio's SQLite file fail under a running app, as a reception PC can.

Each injector acts on the connections the app opens from now on (the pool is emptied first),
so the app meets the fault on its next action, as it would in real life.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import Engine, event


@contextmanager
def on_every_new_connection(engine: Engine, *pragmas: str) -> Iterator[None]:
    """Run ``pragmas`` on each connection ``engine`` opens inside the block; afterwards the
    pool is emptied again, so the app continues on healthy connections."""

    def apply(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        for pragma in pragmas:
            cursor.execute(pragma)
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", apply)
    try:
        yield
    finally:
        event.remove(engine, "connect", apply)
        engine.dispose()


@contextmanager
def disk_full(engine: Engine) -> Iterator[None]:
    """The disk fills up: the file may not grow by a single page (SQLite's max_page_count
    gives the same SQLITE_FULL a full disk gives)."""

    def cap(dbapi_connection: Any, _record: Any) -> None:
        cursor = dbapi_connection.cursor()
        pages = cursor.execute("PRAGMA page_count").fetchone()[0]
        cursor.execute(f"PRAGMA max_page_count={pages}")
        cursor.close()

    engine.dispose()
    event.listen(engine, "connect", cap)
    try:
        yield
    finally:
        event.remove(engine, "connect", cap)
        engine.dispose()


def read_only(engine: Engine) -> Any:
    """The data file becomes read-only (the tests run as root, whom file modes do not stop,
    so SQLite's query_only gives the same 'attempt to write a readonly database')."""
    return on_every_new_connection(engine, "PRAGMA query_only=1")
