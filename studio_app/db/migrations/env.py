"""Alembic environment: runs on the engine handed over by studio_app.db.migrate.

SQLite alters tables by copying them ("batch" mode), which drops tables that other rows point
at; foreign keys are therefore switched off while migrating (outside any transaction, where
SQLite honours the pragma), checked with ``PRAGMA foreign_key_check`` and switched on again.
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import Connection

from studio_app.db.member_search import in_models
from studio_app.db.migrate import ForeignKeysBroken
from studio_app.models import Base

config = context.config
target_metadata = Base.metadata


def _set_sqlite_foreign_keys(connection: Connection, on: bool) -> None:
    raw = connection.connection.driver_connection
    raw.execute(f"PRAGMA foreign_keys={'ON' if on else 'OFF'}")  # type: ignore[union-attr]


def run_migrations_online() -> None:
    engine = config.attributes["engine"]
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            _set_sqlite_foreign_keys(connection, on=False)
        try:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=True,
                compare_type=True,
                include_name=in_models,
            )
            with context.begin_transaction():
                context.run_migrations()
                if sqlite:
                    broken = connection.exec_driver_sql("PRAGMA foreign_key_check").all()
                    if broken:
                        raise ForeignKeysBroken(broken)
            connection.commit()
        finally:
            if sqlite:
                _set_sqlite_foreign_keys(connection, on=True)


run_migrations_online()
