"""Alembic migrations shipped inside the package, applied automatically at start."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


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


def current_revision(engine: Engine) -> str | None:
    """The schema revision the database is at (None for a new, empty database)."""
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


def alembic_config_without_engine() -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return config
