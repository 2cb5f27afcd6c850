"""Alembic migrations shipped inside the package, applied automatically at start.

Alembic itself is loaded only when a database is not at the newest revision (a new file, or
the first start after an update): the revisions are read from the migration files' names
(``0008_date_format.py`` is revision ``0008``; tests/db/test_migrations.py holds every file to
that), and the database's from its version table.
"""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text

from studio_app.db.engine import make_engine
from studio_app.db.member_search import SEARCH_COLUMNS, SEARCH_TABLE
from studio_app.db.sqlite_files import Schema, read_schema
from studio_app.models import Base

if TYPE_CHECKING:
    from alembic.config import Config

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
VERSIONS_DIR = MIGRATIONS_DIR / "versions"
VERSION_TABLE = "alembic_version"


class ForeignKeysBroken(RuntimeError):
    """After migrating, rows point at records that are not there (``PRAGMA
    foreign_key_check`` rows: table, rowid, parent table, constraint); the migration was rolled
    back. Either a migration is wrong or the file was damaged before it."""

    def __init__(self, broken: list[tuple[object, ...]]) -> None:
        pairs = sorted({f"{row[0]} → {row[2]}" for row in broken})
        super().__init__(
            f"{len(broken)} row(s) point at records that are not there ({', '.join(pairs[:3])})"
        )
        self.broken = broken


def alembic_config(engine: Engine) -> Config:
    config = alembic_config_without_engine()
    config.attributes["engine"] = engine
    return config


def upgrade_to_head(engine: Engine) -> None:
    """Bring the database schema to the newest revision (creating it in a new file); a
    database already there is only read."""
    if current_revision(engine) == head_revision():
        return
    from alembic import command

    command.upgrade(alembic_config(engine), "head")


def known_revisions() -> list[str]:
    """Every schema revision this version of the app knows, oldest first (from the names of
    the migration files)."""
    return sorted(path.name.split("_", 1)[0] for path in VERSIONS_DIR.glob("[0-9]*_*.py"))


def head_revision() -> str:
    """The newest schema revision, the one the app works on."""
    return known_revisions()[-1]


def expected_schema(revision: str) -> Schema:
    """The tables and columns the migrations give a database at ``revision`` (a known one).

    At the newest revision these are the models' (tests/db/test_migrations.py keeps models and
    migrations equal) and the member search's index, which costs nothing at every start; for
    an older revision an empty database in a temporary folder is migrated to it (about 0.2 s,
    only for an older file).
    """
    if revision == head_revision():
        schema = {
            table.name: frozenset(column.name for column in table.columns)
            for table in Base.metadata.sorted_tables
        }
        return {**schema, VERSION_TABLE: frozenset({"version_num"}), SEARCH_TABLE: SEARCH_COLUMNS}
    with TemporaryDirectory() as folder:
        from alembic import command

        engine = make_engine(f"sqlite:///{Path(folder) / 'expected.sqlite3'}")
        try:
            command.upgrade(alembic_config(engine), revision)
        finally:
            engine.dispose()
        return read_schema(Path(folder) / "expected.sqlite3")


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for a new, empty database)."""
    with engine.connect() as connection:
        if not inspect(connection).has_table(VERSION_TABLE):
            return None
        return connection.scalar(text(f"SELECT version_num FROM {VERSION_TABLE}"))


def alembic_config_without_engine() -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
