"""What a database failure means to the person at the desk.

The driver reports a held lock, a full disk, a read-only file or a lost server as an exception
of its own; ``explain`` turns each into the app's DatabaseUnavailable family with a message
that says what happened and what to do. Every unit of work (db/uow.py) passes its failures
through it, so no raw SQLAlchemy or sqlite error reaches a window or the command line.
"""

from __future__ import annotations

import sqlite3

from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from studio_app.db import engine
from studio_app.domain.errors import (
    DatabaseBusy,
    DatabaseMissing,
    DatabaseUnavailable,
    DiskFull,
    DomainError,
    ReadOnlyDatabase,
)

NOTHING_SAVED = "nothing was saved"

#: PostgreSQL SQLSTATE codes (https://www.postgresql.org/docs/current/errcodes-appendix.html).
_PG_LOCK_NOT_AVAILABLE = "55P03"
_PG_DISK_FULL = "53100"
_PG_READ_ONLY = "25006"


def explain(error: SQLAlchemyError | sqlite3.Error, where: str = "") -> DomainError:
    """The domain error a database failure means; ``where`` names the file or server."""
    original = error.orig if isinstance(error, DBAPIError) else error
    text = str(original).lower()
    code = getattr(original, "sqlstate", None) or getattr(original, "pgcode", None)
    place = f" {where}" if where else ""
    if "database is locked" in text or "database is busy" in text or code == _PG_LOCK_NOT_AVAILABLE:
        return DatabaseBusy(
            f"Another desk is saving; tried for {engine.BUSY_TIMEOUT_MS / 1000:g} s. "
            f"Try again ({NOTHING_SAVED})."
        )
    if "disk is full" in text or "disk full" in text or code == _PG_DISK_FULL:
        return DiskFull(
            f"The disk is full: {NOTHING_SAVED}. Free some space on the disk of the data "
            f"file{place} and try again."
        )
    if "readonly database" in text or "read-only" in text or code == _PG_READ_ONLY:
        return ReadOnlyDatabase(
            f"The data file{place} is read-only: {NOTHING_SAVED}. Ask whoever looks after this "
            "computer to let your user account write to it."
        )
    if "unable to open database" in text or "no such table" in text:
        return DatabaseMissing(
            f"The studio's data{place} cannot be found or is incomplete: {NOTHING_SAVED}. "
            "Restart Studio App; if it says the file is damaged, restore the newest backup."
        )
    if "disk i/o error" in text:
        return DatabaseUnavailable(
            f"The disk holding the data file{place} failed to read or write: {NOTHING_SAVED}. "
            "Check the disk (or the network drive) and try again."
        )
    if isinstance(original, sqlite3.DatabaseError) and "malformed" in text:
        return DatabaseUnavailable(
            f"The data file{place} is damaged: {NOTHING_SAVED}. Restart Studio App to restore "
            "the newest backup."
        )
    if _connection_lost(original, text):
        return DatabaseUnavailable(
            f"The database server{place} cannot be reached: {NOTHING_SAVED}. Check the network "
            "and that the server is running, then try again."
        )
    return DatabaseUnavailable(
        f"The studio's data could not be saved or read{place} ({_first_line(original)}); "
        f"{NOTHING_SAVED}."
    )


def _connection_lost(original: object, text: str) -> bool:
    return (
        (
            "connection" in text
            and ("refused" in text or "closed" in text or "terminated" in text or "lost" in text)
        )
        or type(original).__name__ in {"OperationalError", "InterfaceError"}
        and ("server" in text)
    )


def _first_line(original: object) -> str:
    return str(original).strip().splitlines()[0] if str(original).strip() else "no detail"
