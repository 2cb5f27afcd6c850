"""The app reads its schema revisions from the migration files' names, without loading Alembic
at every start: each file must be named after its revision, in one line from the first."""

from __future__ import annotations

from alembic.script import ScriptDirectory

from studio_app.db.migrate import alembic_config_without_engine, head_revision, known_revisions


def test_the_file_names_give_alembics_own_revisions_oldest_first() -> None:
    script = ScriptDirectory.from_config(alembic_config_without_engine())
    chain = [revision.revision for revision in reversed(list(script.walk_revisions()))]

    assert known_revisions() == chain
    assert head_revision() == script.get_current_head()
