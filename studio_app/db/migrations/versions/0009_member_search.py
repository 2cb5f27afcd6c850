"""Issue 15: the member search stays instant at 100,000 members.

SQLite: ``member_search``, an FTS5 index of trigrams (three characters in a row) over each
member's lower-cased search text (``body``) and over the starts of the member's name, both ways
round, and card code, each behind two U+0002 marks (``heads``: "\\x02\\x02anna nowak\\x02\\x02nowak
anna\\x02\\x02100012"), so that a typed word of three or more characters finds its members without
reading every row, and "names starting with what was typed" is found the same way. The index is
contentless (it keeps only the trigrams; the text stays in ``members``) and is kept in step by
triggers on ``members``. An index on the name order holding what the search reads
(``ix_members_search_walk``) lets a search matching many members read them in name order from
the index alone and stop after one page.

A later migration that copies ``members`` (an Alembic batch operation) drops these triggers with
the old table; it must create them again (tests/db checks they are there at head).

PostgreSQL: a GIN trigram index (``pg_trgm``) on ``members.search_text``, which serves
``LIKE '%word%'`` for words of three or more characters. Creating the extension needs a privilege
the studio's user may lack (on PostgreSQL 13 and later a database owner may create this trusted
extension); without it the migration still succeeds and the search reads every row, as before.

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-06
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0009"
down_revision = "0008"
branch_labels = None
depends_on = None

_TRIGGERS = ("member_search_insert", "member_search_update", "member_search_delete")


def _heads(row: str) -> str:
    """The ``heads`` text of ``row`` (new or old) in SQL, from its search text ("first last |
    last first | email | phone | digits | card"): the first part, the second part and, when the
    member has a card code, the last part, each after two U+0002 marks."""
    text, card = f"{row}.search_text", f"{row}.card_code"
    cut = f"instr({text} || ' | ', ' | ')"
    rest = f"substr({text}, {cut} + 3)"
    return (
        f"char(2, 2) || substr({text}, 1, {cut} - 1)"
        f" || char(2, 2) || substr({rest}, 1, instr({rest} || ' | ', ' | ') - 1)"
        f" || char(2, 2) || CASE WHEN coalesce({card}, '') = ''"
        f" OR length({card}) >= length({text}) THEN ''"
        f" ELSE substr({text}, length({text}) - length({card}) + 1) END"
    )


def _insert(row: str) -> str:
    return (
        "INSERT INTO member_search(rowid, body, heads) "
        f"VALUES ({row}.id, {row}.search_text, {_heads(row)});"
    )


def _delete(row: str) -> str:
    # A contentless index forgets a row when told the values it indexed.
    return (
        "INSERT INTO member_search(member_search, rowid, body, heads) "
        f"VALUES ('delete', {row}.id, {row}.search_text, {_heads(row)});"
    )


def _upgrade_sqlite() -> None:
    op.execute(
        "CREATE VIRTUAL TABLE member_search USING fts5(body, heads, content='', "
        "columnsize=0, tokenize='trigram case_sensitive 1')"
    )
    op.execute(
        "INSERT INTO member_search(rowid, body, heads) "
        f"SELECT id, search_text, {_heads('members')} FROM members"
    )
    op.execute(
        f"CREATE TRIGGER member_search_insert AFTER INSERT ON members BEGIN {_insert('new')} END"
    )
    op.execute(
        "CREATE TRIGGER member_search_update AFTER UPDATE OF id, search_text, card_code "
        f"ON members BEGIN {_delete('old')} {_insert('new')} END"
    )
    op.execute(
        f"CREATE TRIGGER member_search_delete AFTER DELETE ON members BEGIN {_delete('old')} END"
    )
    op.create_index(
        "ix_members_search_walk",
        "members",
        ["last_name", "first_name", "id", "status", "search_text", "card_code"],
    )


def _upgrade_postgresql() -> None:
    connection = op.get_bind()
    try:
        with connection.begin_nested():  # a refusal rolls back to here, not the migration
            connection.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
    except sa.exc.DBAPIError:
        # No privilege to create the extension: no trigram index; the search reads every row
        # (as before this revision) and finds the same members.
        return
    op.create_index(
        "ix_members_search_trgm",
        "members",
        ["search_text"],
        postgresql_using="gin",
        postgresql_ops={"search_text": "gin_trgm_ops"},
    )


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        _upgrade_sqlite()
    else:
        _upgrade_postgresql()


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.drop_index("ix_members_search_walk", table_name="members")
        for trigger in _TRIGGERS:
            op.execute(f"DROP TRIGGER IF EXISTS {trigger}")
        op.execute("DROP TABLE IF EXISTS member_search")
    else:
        # The extension stays: it may have been there before, and other objects may use it.
        op.execute("DROP INDEX IF EXISTS ix_members_search_trgm")
