"""The database objects of the member search that are not models (migration 0009): SQLite's
trigram index of the members' search text with its triggers and name-order index, and
PostgreSQL's trigram index. Comparing the models with a database, and checking a backup's
tables, take them into account here."""

from __future__ import annotations

#: SQLite's FTS5 index (a virtual table; SQLite keeps its data in tables named after it).
SEARCH_TABLE = "member_search"
#: Its columns: the search text, and the starts of the name (both ways round) and card code.
SEARCH_COLUMNS = frozenset({"body", "heads"})
#: The name-order index holding what the search reads (SQLite).
WALK_INDEX = "ix_members_search_walk"
#: The trigram index on PostgreSQL (absent when the pg_trgm extension could not be created).
TRIGRAM_INDEX = "ix_members_search_trgm"


def in_models(name: str | None, type_: str, parent_names: object) -> bool:
    """Alembic's ``include_name``: whether a database object is one the models describe (the
    search index and its tables are not)."""
    if type_ == "table":
        return name != SEARCH_TABLE and not (name or "").startswith(f"{SEARCH_TABLE}_")
    if type_ == "index":
        return name not in (WALK_INDEX, TRIGRAM_INDEX)
    return True
