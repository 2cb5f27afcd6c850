"""One unit of work per user action: commit explicitly, otherwise everything is rolled back."""

from __future__ import annotations

from types import TracebackType

from sqlalchemy import Engine
from sqlalchemy.orm import Session, sessionmaker

from studio_app.db.engine import READ_ONLY


class UnitOfWork:
    """A context manager around one database transaction.

    ``with uow_factory() as uow: ...; uow.commit()`` — leaving the block without commit (or with
    an exception) rolls back, so a refused or crashed action leaves the data as before.
    """

    def __init__(self, factory: sessionmaker[Session]) -> None:
        self._factory = factory
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
        self.session.rollback()
        self.session.close()

    def commit(self) -> None:
        self.session.commit()


class UnitOfWorkFactory:
    """Makes write units (one at a time: BEGIN IMMEDIATE on SQLite, the writer lock on
    PostgreSQL, see db/engine.py) and read units (which never wait for them)."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        self._write = sessionmaker(engine, expire_on_commit=False)
        self._read = sessionmaker(
            engine.execution_options(**{READ_ONLY: True}), expire_on_commit=False
        )

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._write)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._read)
