"""Alembic migrations shipped inside the package, applied automatically at start."""

from __future__ import annotations

from pathlib import Path
from tempfile import TemporaryDirectory

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

from studio_app.db.engine import make_engine
from studio_app.db.sqlite_files import Schema, read_schema
from studio_app.models import Base

MIGRATIONS_DIR = Path(__file__).with_name("migrations")
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
    """Bring the database schema to the newest revision (creating it in a new file)."""
    command.upgrade(alembic_config(engine), "head")


def known_revisions() -> list[str]:
    """Every schema revision this version of the app knows, oldest first."""
    script = ScriptDirectory.from_config(alembic_config_without_engine())
    return [revision.revision for revision in reversed(list(script.walk_revisions()))]


def head_revision() -> str:
    """The newest schema revision, the one the app works on."""
    return known_revisions()[-1]


def expected_schema(revision: str) -> Schema:
    """The tables and columns the migrations give a database at ``revision`` (a known one).

    At the newest revision these are the models' (tests/db/test_migrations.py keeps models and
    migrations equal), which costs nothing at every start; for an older revision an empty
    database in a temporary folder is migrated to it (about 0.2 s, only for an older file).
    """
    if revision == head_revision():
        schema = {
            table.name: frozenset(column.name for column in table.columns)
            for table in Base.metadata.sorted_tables
        }
        return {**schema, VERSION_TABLE: frozenset({"version_num"})}
    with TemporaryDirectory() as folder:
        engine = make_engine(f"sqlite:///{Path(folder) / 'expected.sqlite3'}")
        try:
            command.upgrade(alembic_config(engine), revision)
        finally:
            engine.dispose()
        return read_schema(Path(folder) / "expected.sqlite3")


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for a new, empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def alembic_config_without_engine() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
