"""Moving a studio to another database (e.g. from its SQLite file to a PostgreSQL server).

Rules: the target must be empty (a studio is never merged into another); the source must hold
a set-up studio; both are brought to the newest schema first. After the copy the target's row
counts must equal the source's and `check` must pass on it, or the copy is reported as faulty.
The source is only read, so the studio can go on using it until everyone switches.
"""

from __future__ import annotations

from studio_app.container import Services
from studio_app.db.database_copy import copy_rows, row_counts
from studio_app.domain.errors import ValidationError
from studio_app.dto.database_copy import CopyDone


def copy_studio(source: Services, target: Services) -> CopyDone:
    """Copy every row of ``source`` into the empty ``target``."""
    target_engine = target.ctx.uow.engine
    where = target_engine.url.render_as_string(hide_password=True)
    if source.studio.needs_setup():
        raise ValidationError("There is no studio to copy: this database has not been set up.")
    held = {table: n for table, n in row_counts(target_engine).items() if n}
    if held:
        name = target.studio.studio_name()
        what = f"the studio '{name}'" if name else f"{sum(held.values())} rows"
        raise ValidationError(
            f"The database at {where} already holds {what}; a studio is only copied into a "
            "new, empty database. Nothing was copied."
        )
    rows = copy_rows(source.ctx.uow.engine, target_engine)
    problems = [
        f"Table {table} has {count} rows in the copy but {rows[table]} in the studio."
        for table, count in row_counts(target_engine).items()
        if count != rows[table]
    ]
    problems += target.integrity.problems()
    return CopyDone(rows, tuple(problems))
