"""The database part of `studio-app check` on a database server (PostgreSQL).

SQLite checks its file and its references itself (``PRAGMA integrity_check`` and
``foreign_key_check``). A server guards its own storage and enforces foreign keys, but rows
that got past them (a data-only restore with triggers disabled, ``session_replication_role =
replica``) are still found by looking up the row each reference names, as SQLite's pragma does.
"""

from __future__ import annotations

from sqlalchemy import ForeignKeyConstraint, and_, exists, select
from sqlalchemy.orm import Session

from studio_app.models import Base

STORAGE_CHECK_SKIPPED = (
    "Skipped the database file check: it is SQLite's (PRAGMA integrity_check); a PostgreSQL "
    "server guards its own storage (its administrator can run pg_amcheck)."
)


def broken_references(s: Session) -> list[str]:
    """Every row whose reference names no row, worded as for SQLite; empty when all is well."""
    return [
        problem
        for table in Base.metadata.sorted_tables
        for constraint in table.constraints
        if isinstance(constraint, ForeignKeyConstraint)
        for problem in _broken(s, constraint)
    ]


def _broken(s: Session, fk: ForeignKeyConstraint) -> list[str]:
    child, referred = fk.table, fk.referred_table
    parent = referred.alias()  # an alias, as a table may refer to itself
    names_a_row = and_(
        *(parent.c[element.column.name] == element.parent for element in fk.elements)
    )
    rows = s.execute(
        select(*child.primary_key.columns)
        .where(*(column.is_not(None) for column in fk.columns))
        .where(~exists().where(names_a_row))
        .order_by(*child.primary_key.columns)
    ).all()
    return [
        f"Broken reference in table {child.name} (row {', '.join(map(str, row))}) to "
        f"{referred.name}."
        for row in rows
    ]
