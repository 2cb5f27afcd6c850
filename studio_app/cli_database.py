"""The database option of `studio-app`, checked before anything is opened:
``checked_database_url`` refuses text that is not a URL SQLAlchemy can use (naming the option
it came from), and ``reach_server`` refuses a server that cannot be reached or refuses the
login, naming it."""

from __future__ import annotations

import os
import re
from pathlib import Path

from sqlalchemy import URL, create_engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, NoSuchModuleError
from sqlalchemy.pool import NullPool

from studio_app.cli_args import UsageError
from studio_app.config import DB_ENV, database_url
from studio_app.domain.errors import DatabaseUnavailable

#: Seconds the server check waits for a server that does not answer at all.
CONNECT_TIMEOUT_S = 10
_SERVER_NAMES = {"postgresql": "PostgreSQL", "mysql": "MySQL", "mariadb": "MariaDB"}
_DEFAULT_PORTS = {"postgresql": 5432, "mysql": 3306, "mariadb": 3306}


def checked_database_url(option: str | None, label: str = "--db") -> str:
    """The database URL of ``option`` (config.database_url: a path or URL, else
    STUDIO_DB_URL, else the default file), refused as a UsageError naming where it came from
    when SQLAlchemy cannot use it: unparsable, an unknown kind of database, a driver that is
    not installed, or a folder where the SQLite file should be."""
    given = option or os.environ.get(DB_ENV) or ""
    named = f"{label if option else DB_ENV} {_hide_password(given)!r}"
    url = database_url(option)
    try:
        parsed = make_url(url)
        parsed.get_dialect().import_dbapi()
    except NoSuchModuleError:
        raise UsageError(
            f"{named} is not a database URL or file path: no kind of database is called "
            f"{url.split('://', 1)[0]!r} (give a file path, or e.g. "
            "postgresql+psycopg://USER:PASSWORD@HOST/DATABASE)"
        ) from None
    except (ArgumentError, ValueError) as error:
        reason = "its port is not a number" if isinstance(error, ValueError) else str(error)
        raise UsageError(f"{named} is not a database URL or file path: {reason}") from None
    except ImportError as missing:
        raise UsageError(
            f"{named} needs the database driver {missing.name!r}, which is not installed"
        ) from None
    file = parsed.database if parsed.get_backend_name() == "sqlite" else None
    if file and Path(file).is_dir():
        raise UsageError(
            f"{named} is a folder; give the studio's database file (e.g. studio.sqlite3)"
        )
    return url


def reach_server(url: str) -> None:
    """Connect once to a server database (an SQLite file needs no server) and refuse with
    DatabaseUnavailable, naming the server and the reason, when that fails."""
    parsed = make_url(url)
    backend = parsed.get_backend_name()
    if backend == "sqlite":
        return
    options = {}
    if backend == "postgresql" and "connect_timeout" not in parsed.query:
        options["connect_timeout"] = CONNECT_TIMEOUT_S
    engine = create_engine(parsed, poolclass=NullPool, connect_args=options)
    try:
        with engine.connect():
            pass
    except DBAPIError as error:
        raise DatabaseUnavailable(_unreachable(parsed, error)) from error
    finally:
        engine.dispose()


def _unreachable(url: URL, error: DBAPIError) -> str:
    backend = url.get_backend_name()
    server = (
        f"the {_SERVER_NAMES.get(backend, backend)} server at {url.host or 'localhost'}:"
        f"{url.port or _DEFAULT_PORTS.get(backend, '(default port)')}"
    )
    first = (str(error.orig).strip().splitlines() or ["no answer"])[0]
    reason = first.rsplit(" failed: ", 1)[-1]
    answered = re.match(r"(FATAL|ERROR):\s*", reason)
    reason = reason[answered.end() :] if answered else reason
    reason = reason[:1].lower() + reason[1:] if reason[1:2].islower() else reason
    if answered:
        return f"{server} refused the connection: {reason}"
    return f"cannot reach {server}: {reason}"


def _hide_password(text: str) -> str:
    """``text`` with the password of a URL (between "user:" and "@") shown as ***."""
    return re.sub(r"(://[^:/@]*:)[^@]*@", r"\1***@", text)
