"""One unit of work per user action: commit explicitly, otherwise everything is rolled back."""

from __future__ import annotations

import sqlite3
from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from studio_app.db.engine import READ_ONLY
from studio_app.db.errors import explain


class UnitOfWork:
    """A context manager around one database transaction.

    ``with uow_factory() as uow: ...; uow.commit()`` — leaving the block without commit (or with
    an exception) rolls back, so a refused or crashed action leaves the data as before.
    """

    def __init__(self, factory: sessionmaker[Session], where: str = "") -> None:
        self._factory = factory
        self._where = where
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        try:
            self.session.rollback()
            self.session.close()
        except (SQLAlchemyError, sqlite3.Error) as failure:
            if exc is None:
                raise explain(failure, self._where) from failure
        if isinstance(exc, SQLAlchemyError | sqlite3.Error):
            # A held lock, a full disk, a read-only or vanished file: the user reads what it
            # means; the transaction was rolled back, so nothing was half-written.
            raise explain(exc, self._where) from exc

    def commit(self) -> None:
        self.session.commit()


class UnitOfWorkFactory:
    """Makes write units (one at a time: BEGIN IMMEDIATE on SQLite, the writer lock on
    PostgreSQL, see db/engine.py) and read units (which never wait for them)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self.where = _where(engine)
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.where)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._read, self.where)


def _where(engine: Engine) -> str:
    """How a message names the data: the SQLite file, or the server and database."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"({url.database})" if url.database not in (None, "", ":memory:") else ""
    return f"({url.host or 'localhost'}:{url.port or 5432}/{url.database})"
