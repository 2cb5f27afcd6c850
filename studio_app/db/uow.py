"""One unit of work per user action: commit explicitly, otherwise everything is rolled back."""

from __future__ import annotations

import re
import sqlite3
import threading
from collections.abc import Callable
from types import TracebackType
from typing import Any

from sqlalchemy import Engine, event
from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session, sessionmaker

from studio_app.db.engine import READ_ONLY
from studio_app.db.errors import explain

#: The table a data-changing statement writes: ``INSERT [OR …] INTO t``, ``UPDATE t``,
#: ``DELETE FROM t`` (as SQLAlchemy and the app's own SQL write them, quoted or not).
_WRITES_TO = re.compile(
    r'\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|UPDATE|DELETE\s+FROM)\s+"?(\w+)', re.IGNORECASE
)


class _OnThisThread(threading.local):
    """Per thread: the session of the open write unit of work, the tables it has written so
    far, the tables written by the write units committed since ``take_written``, and a check
    to run first in the next one (see ``UnitOfWorkFactory.check_first_in_next_write``)."""

    def __init__(self) -> None:
        self.writing: Session | None = None
        self.written: set[str] | None = None
        self.committed: set[str] = set()
        self.check: Callable[[Session], None] | None = None


class UnitOfWork:
    """A context manager around one database transaction.

    ``with uow_factory() as uow: ...; uow.commit()`` — leaving the block without commit (or with
    an exception) rolls back, so a refused or crashed action leaves the data as before.
    """

    def __init__(
        self,
        factory: sessionmaker[Session],
        where: str = "",
        thread: _OnThisThread | None = None,
        *,
        writes: bool = False,
    ) -> None:
        self._factory = factory
        self._where = where
        self._thread = thread or _OnThisThread()
        self._writes = writes
        self._outer: Session | None = None
        self._outer_written: set[str] | None = None
        self.session: Session

    def __enter__(self) -> UnitOfWork:
        self.session = self._factory()
        if self._writes:
            self._outer, self._thread.writing = self._thread.writing, self.session
            self._outer_written, self._thread.written = self._thread.written, set()
            check, self._thread.check = self._thread.check, None
            if check is not None:
                try:
                    check(self.session)  # its query takes the writer lock first
                except BaseException as refused:
                    self.__exit__(type(refused), refused, refused.__traceback__)
                    raise
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        if self._writes:
            self._thread.writing = self._outer
            self._thread.written = self._outer_written
        else:
            self._thread.check = None  # the action that armed it only read
        try:
            if self._writes:
                # What was not committed is forgotten by the objects the action loaded.
                self.session.rollback()
            # Ends the transaction (rolled back) and lets go of every object as it was read:
            # a read unit of work, which wrote nothing, need not mark them stale one by one.
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
        if self._writes and self._thread.written is not None:
            self._thread.committed |= self._thread.written
            self._thread.written.clear()


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
        self._thread = _OnThisThread()
        event.listen(engine, "before_cursor_execute", self._note_written)

    def _note_written(self, _conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        """Note the table each data-changing statement of this thread's write unit writes."""
        written = self._thread.written
        if written is not None:
            match = _WRITES_TO.match(statement)
            if match is not None:
                written.add(match.group(1).lower())

    def take_written(self) -> frozenset[str]:
        """The tables written by the write units committed on this thread since the last call
        (what an action really changed, whatever it announces), and forget them."""
        taken = frozenset(self._thread.committed)
        self._thread.committed.clear()
        return taken

    def __call__(self) -> UnitOfWork:
        return UnitOfWork(self._write, self.where, self._thread, writes=True)

    def read(self) -> UnitOfWork:
        return UnitOfWork(self._read, self.where, self._thread)

    def writing(self) -> Session | None:
        """The session of the write unit of work open on this thread, or None outside one."""
        return self._thread.writing

    def check_first_in_next_write(self, check: Callable[[Session], None]) -> None:
        """Run ``check`` first in the next write unit of work opened on this thread, inside its
        transaction once it holds the writer lock, so that nothing another desk commits comes
        between the check and the write (a refusal from it leaves the unit, changing nothing).
        A later call replaces it; a read unit of work ending first drops it (the action that
        made the check only read)."""
        self._thread.check = check


def _where(engine: Engine) -> str:
    """How a message names the data: the SQLite file, or the server and database."""
    url = engine.url
    if url.get_backend_name() == "sqlite":
        return f"({url.database})" if url.database not in (None, "", ":memory:") else ""
    return f"({url.host or 'localhost'}:{url.port or 5432}/{url.database})"
