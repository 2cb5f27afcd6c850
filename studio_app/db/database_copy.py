"""Copy every row of a studio database into another, empty one (SQLite file → PostgreSQL server,
or any other pair), table by table in the order the references need.

Both databases must be at the same, newest schema. The target is written in one transaction,
so a failed copy leaves it empty. Ids are copied as they are, so every reference stays right;
on PostgreSQL the id sequences then continue after the highest copied id.
"""

from __future__ import annotations

from sqlalchemy import Connection, Engine, Integer, Table, func, select, text

from studio_app.db.engine import READ_ONLY
from studio_app.models import Base

BATCH_ROWS = 5_000


def copy_rows(source: Engine, target: Engine) -> dict[str, int]:
    """Copy every table's rows from ``source`` into ``target``; the rows copied per table."""
    copied: dict[str, int] = {}
    reader = source.execution_options(**{READ_ONLY: True})
    with reader.connect() as src, target.begin() as dst:
        for table in Base.metadata.sorted_tables:
            # By primary key, so a row that refers to another row of its own table (a package's
            # memberships) comes after it.
            query = select(table).order_by(*table.primary_key.columns)
            # Streamed per statement: the transaction's own first statements (db/engine.py)
            # must not go through a server-side cursor.
            result = src.execute(query.execution_options(stream_results=True))
            count = 0
            for batch in result.mappings().partitions(BATCH_ROWS):
                dst.execute(table.insert(), [dict(row) for row in batch])
                count += len(batch)
            copied[table.name] = count
        if target.dialect.name == "postgresql":
            for table in Base.metadata.sorted_tables:
                _continue_ids(dst, table)
    return copied


def row_counts(engine: Engine) -> dict[str, int]:
    """Every table's number of rows, to compare a copy with its source."""
    reader = engine.execution_options(**{READ_ONLY: True})
    with reader.connect() as connection:
        return {
            table.name: connection.scalar(select(func.count()).select_from(table)) or 0
            for table in Base.metadata.sorted_tables
        }


def _continue_ids(connection: Connection, table: Table) -> None:
    """Let a table's id sequence (a single integer key) continue after the highest copied id."""
    keys = list(table.primary_key.columns)
    if len(keys) != 1 or not isinstance(keys[0].type, Integer):
        return
    name, column = table.name, keys[0].name
    connection.execute(
        text(
            f"SELECT setval(pg_get_serial_sequence('{name}', '{column}'), "
            f'COALESCE(MAX("{column}"), 1), MAX("{column}") IS NOT NULL) FROM "{name}"'
        )
    )
