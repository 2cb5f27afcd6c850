"""Declarative base with a naming convention so that migrations name constraints stably.

Text columns keep what the desk typed on every database: SQLite never enforces a VARCHAR's
declared length, so on PostgreSQL a ``String(n)`` is created as an unbounded VARCHAR too, rather
than refusing a 100-character name (or a long waitlist note) in the middle of an action. The
declared lengths remain the intended sizes of the fields.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import MetaData, String
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import DeclarativeBase

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


@compiles(String, "postgresql")
def _unbounded_on_postgresql(_type: String, _compiler: Any, **_kw: Any) -> str:
    return "VARCHAR"


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
