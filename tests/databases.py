"""Where the tests keep their data: a new SQLite file per test, or, when ``STUDIO_TEST_PG_URL``
names a PostgreSQL server, a fresh database on it per test.

On SQLite the schema is migrated once per test session into a template file that each test
gets a copy of.

On PostgreSQL the schema is migrated once per test session into a template database. A test
gets a clone of it (``CREATE DATABASE … TEMPLATE``); when the test ends its rows are deleted and
its id sequences restarted, and the emptied clone serves the next test. Measured on a local
server: cloning costs about 200 ms, emptying about 25 ms (TRUNCATE of every table: 75 ms), so a
clone is made only when every clone is in use (a module's database held while a test runs).
"""

from __future__ import annotations

import itertools
import os
import shutil
import tempfile
from collections.abc import Iterator
from contextlib import AbstractContextManager, contextmanager
from pathlib import Path
from typing import Protocol

from sqlalchemy import Engine, create_engine, make_url, text

from studio_app.db.engine import make_engine
from studio_app.db.migrate import upgrade_to_head
from studio_app.models import Base

PG_ENV = "STUDIO_TEST_PG_URL"


class Databases(Protocol):
    def fresh(self, directory: Path, *, migrated: bool = True) -> AbstractContextManager[str]:
        """A context manager giving the URL of a new database without data: at the newest
        schema when the app opens it (``open_services`` migrates), or without any table when
        ``migrated`` is false, for a test that migrates it itself. SQLite keeps its file in
        ``directory``."""
        ...

    def close(self) -> None: ...


class SqliteDatabases:
    """One SQLite file per test, in the test's own temporary folder (the app's default).

    The schema is migrated once per test session into a template file, and each test gets a
    copy of it: running the Alembic chain costs about 0.45 s, copying the file about 5 ms. A
    test that migrates the file itself asks for one without tables (``migrated=False``)."""

    def __init__(self) -> None:
        self._folder = Path(tempfile.mkdtemp(prefix="studio_test_template_"))
        self._template = self._folder / "template.sqlite3"
        engine = make_engine(f"sqlite:///{self._template}")
        try:
            upgrade_to_head(engine)
        finally:
            engine.dispose()

    @contextmanager
    def fresh(self, directory: Path, *, migrated: bool = True) -> Iterator[str]:
        path = directory / "studio.sqlite3"
        if migrated:
            directory.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(self._template, path)
        yield f"sqlite:///{path}"

    def close(self) -> None:
        shutil.rmtree(self._folder, ignore_errors=True)


class PostgresDatabases:
    """Databases on the PostgreSQL server at ``server_url``, named after this process so that
    two test runs on one server never meet; every one of them is dropped by ``close``."""

    def __init__(self, server_url: str) -> None:
        self._server = make_url(server_url)
        self._admin = create_engine(self._server, isolation_level="AUTOCOMMIT")
        self._prefix = f"studio_test_{os.getpid()}"
        self._numbers = itertools.count(1)
        self._made: list[str] = []
        self._idle: list[str] = []
        self._cleaners: dict[str, Engine] = {}
        self._template = self._create("template")
        engine = make_engine(self._url(self._template))
        try:
            upgrade_to_head(engine)
        except BaseException:
            self.close()
            raise
        finally:
            engine.dispose()  # a template must have no connection when it is cloned

    def _url(self, database: str) -> str:
        return self._server.set(database=database).render_as_string(hide_password=False)

    def _execute(self, sql: str) -> None:
        with self._admin.connect() as connection:
            connection.execute(text(sql))

    def _create(self, suffix: str, template: str | None = None) -> str:
        name = f"{self._prefix}_{suffix}"
        self._execute(f'CREATE DATABASE "{name}"' + (f' TEMPLATE "{template}"' if template else ""))
        self._made.append(name)
        return name

    @contextmanager
    def fresh(self, directory: Path, *, migrated: bool = True) -> Iterator[str]:
        if not migrated:
            name = self._create(str(next(self._numbers)))
            try:
                yield self._url(name)
            finally:
                self._drop(name)
            return
        if self._idle:
            name = self._idle.pop()
        else:
            name = self._create(str(next(self._numbers)), template=self._template)
            self._cleaners[name] = create_engine(self._url(name))
        try:
            yield self._url(name)
        finally:
            self._empty(name)
            self._idle.append(name)

    def _empty(self, name: str) -> None:
        """Delete every row and restart every id sequence, as in a new clone of the template;
        connections the test left open (an engine it never disposed) are ended first."""
        with self._cleaners[name].begin() as connection:
            connection.execute(
                text(
                    "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                    "WHERE datname = current_database() AND pid <> pg_backend_pid()"
                )
            )
            for table in reversed(Base.metadata.sorted_tables):
                connection.execute(table.delete())
            sequences = connection.scalars(
                text("SELECT sequencename FROM pg_sequences WHERE schemaname = 'public'")
            ).all()
            for sequence in sequences:
                connection.execute(text(f'ALTER SEQUENCE "{sequence}" RESTART'))

    def _drop(self, name: str) -> None:
        self._execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        self._made.remove(name)

    def close(self) -> None:
        for cleaner in self._cleaners.values():
            cleaner.dispose()
        for name in list(self._made):
            self._drop(name)
        self._admin.dispose()


def open_databases() -> Databases:
    """PostgreSQL when ``STUDIO_TEST_PG_URL`` is set, otherwise SQLite files."""
    server_url = os.environ.get(PG_ENV)
    return PostgresDatabases(server_url) if server_url else SqliteDatabases()
