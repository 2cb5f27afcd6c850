"""The desk on PostgreSQL (issue 15): the 20,000-member, one-year demo built on a PostgreSQL
server, and the desk's key actions measured as on SQLite (tests/benchmarks/test_desk_speed.py
and test_member_profile_speed.py, the same code) beside the raw driver, psycopg, doing the same
reads and writes in the same run: a week opened in the schedule view, a member-search keystroke,
the profiles of the busiest members opened, the front desk's due and expiring lists, a sign-up.
Printed with -s as a table (app ms, raw ms, ratio) under the server's version and durability
settings (a throwaway server of .ci/postgres runs with fsync off, which makes commits cheap on
both sides); the desk's targets are asserted as on SQLite, the profile on its wall time (on a
server, the waits for its answers are not the desk's CPU time).

It runs where the rest of the suite runs on PostgreSQL, when ``STUDIO_TEST_PG_URL`` names a
server on which the user may create databases (tests/databases.py, docs/postgresql.md), and is
skipped, saying so, without it:

    STUDIO_TEST_PG_URL=postgresql+psycopg://postgres@127.0.0.1:5432/postgres \\
        .venv/bin/pytest tests/benchmarks/test_postgresql_ratios.py -s -p no:cacheprovider
"""

from __future__ import annotations

import os
from collections.abc import Iterator

import pytest
from sqlalchemy import text

from studio_app.container import Services
from tests.benchmarks.conftest import demo_studio
from tests.benchmarks.raw_db import Ratio
from tests.benchmarks.test_desk_speed import (
    DUE_MS,
    EXPIRING_MS,
    KEYSTROKE_MS,
    SIGN_UP_MS,
    SIGN_UP_RATIO,
    WEEK_MS,
    desk_lists,
    search_keystroke,
    sign_ups,
    week_view,
)
from tests.benchmarks.test_member_profile_speed import TARGET_MS, open_profiles
from tests.databases import PG_ENV, Databases

pytestmark = pytest.mark.skipif(
    not os.environ.get(PG_ENV),
    reason=f"no PostgreSQL server: set {PG_ENV} to one's URL (docs/postgresql.md; "
    ".ci/postgres starts a throwaway one)",
)


@pytest.fixture(scope="module")
def pg_studio(databases: Databases, tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    """The 20,000-member, one-year demo in a new database on the server (dropped at the end of
    the run), the desk logged in. Settled as a server leaves it a minute later: its autovacuum
    vacuums and analyzes tables that have just been filled (else the planner has no statistics
    yet, and autovacuum would start while the desk is timed)."""
    with databases.fresh(tmp_path_factory.mktemp("pg"), migrated=False) as url:
        services = demo_studio(url, "20k members, 1 year, on PostgreSQL", members=20_000, weeks=52)
        try:
            with services.ctx.uow.engine.connect() as connection:
                connection.execution_options(isolation_level="AUTOCOMMIT").exec_driver_sql(
                    "VACUUM (ANALYZE)"
                )
            yield services
        finally:
            services.ctx.uow.engine.dispose()


def _server(svc: Services) -> str:
    with svc.ctx.uow.read() as uow:
        shown = [
            f"{name}={uow.session.scalar(text(f'SHOW {name}'))}"
            for name in ("fsync", "synchronous_commit")
        ]
        version = uow.session.scalar(text("SHOW server_version"))
    return f"PostgreSQL {version} ({', '.join(shown)})"


def test_desk_ratios_on_postgresql(qtbot, pg_studio: Services) -> None:  # noqa: ANN001
    svc = pg_studio
    week, classes = week_view(qtbot, svc)
    keystroke = search_keystroke(qtbot, svc)
    profiles = open_profiles(qtbot, svc)
    due, due_rows, expiring, expiring_rows = desk_lists(svc)
    sign_up, session, signed_up = sign_ups(svc)  # last: it writes, as the owner
    rows: dict[str, tuple[Ratio, float]] = {
        f"open a week in the schedule view ({classes} classes)": (week, WEEK_MS),
        f"member search keystroke ({svc.members.count():,} members)": (keystroke, KEYSTROKE_MS),
        f"open a profile ({profiles.members} busiest members)": (profiles.ratio, TARGET_MS),
        f"front desk due list ({due_rows:,} rows)": (due, DUE_MS),
        f"front desk expiring in 7 days ({expiring_rows:,} rows)": (expiring, EXPIRING_MS),
        "sign-up (10-class pass)": (sign_up, SIGN_UP_MS),
    }
    print(f"\ndesk on {_server(svc)}, medians:")
    print(f"  {'action':<48} {'app ms':>8} {'psycopg ms':>11} {'ratio':>7}  target")
    for action, (ratio, target) in rows.items():
        print(
            f"  {action:<48} {ratio.app:>8.2f} {ratio.raw:>11.2f} {ratio.times:>6.1f}×"
            f"  < {target:g} ms"
        )
    print(f"  (profile: {profiles.opened.cpu:.2f} ms of the desk's CPU)")
    missed = [
        f"{action}: {ratio.app:.2f} ms"
        for action, (ratio, target) in rows.items()
        if ratio.app >= target
    ]
    if sign_up.times > SIGN_UP_RATIO:
        missed.append(f"sign-up {sign_up.times:.1f}× raw psycopg")
    assert svc.schedule.session(session).booked == signed_up
    assert not missed, "; ".join(missed)
