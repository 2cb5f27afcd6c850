"""Shared fixtures: Qt runs offscreen; each test gets a fresh migrated database and a clock.

The database is a temporary SQLite file, or a new PostgreSQL database when the environment
variable ``STUDIO_TEST_PG_URL`` names a server (see tests/databases.py and docs/postgresql.md).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from studio_app.container import Services, open_services  # noqa: E402
from studio_app.domain import formats, passwords  # noqa: E402
from studio_app.domain.clock import FixedClock  # noqa: E402
from tests import announced_changes  # noqa: E402
from tests.databases import PG_ENV, Databases, open_databases  # noqa: E402
from tests.factories import StudioFactory  # noqa: E402


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "sqlite_only(reason): inspects SQLite itself (pragmas, files); skipped with the reason "
        f"when {PG_ENV} runs the suite on PostgreSQL",
    )


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui is marked `gui`, so `-m "not gui"` is the fast loop; on
    PostgreSQL a `sqlite_only` test is skipped, saying why."""
    on_postgres = bool(os.environ.get(PG_ENV))
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)
        marker = item.get_closest_marker("sqlite_only")
        if on_postgres and marker is not None:
            item.add_marker(pytest.mark.skip(reason=f"SQLite only: {marker.args[0]}"))


#: The scrypt cost of every password hashed in the tests: 2^10 instead of production's 2^17
#: (about 3 ms instead of 350 ms). tests/services/test_login_security.py checks the real one.
TEST_PASSWORD_COST = passwords.ScryptCost(2**10, 8, 1)


@pytest.fixture(autouse=True)
def cheap_password_hashes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Every test hashes passwords at ``TEST_PASSWORD_COST``; the app keeps its own."""
    monkeypatch.setattr(passwords, "cost", TEST_PASSWORD_COST)


@pytest.fixture(autouse=True)
def day_first_dates() -> Iterator[None]:
    """Every test starts and ends writing dates day first ("1 Dec 2026"), whatever a test
    before it chose for its studio."""
    formats.use_date_style(formats.DateStyle.DAY_FIRST)
    yield
    formats.use_date_style(formats.DateStyle.DAY_FIRST)


@pytest.fixture(scope="session", autouse=True)
def watched_services() -> Iterator[None]:
    """Every service method is watched for writes it does not announce (announced_changes)."""
    yield from announced_changes.watch_services()


@pytest.fixture(autouse=True)
def unannounced_writes() -> Iterator[None]:
    """A test fails if an action it ran wrote a kind of data its Result did not announce."""
    announced_changes.unannounced.clear()
    yield
    found, announced_changes.unannounced[:] = list(announced_changes.unannounced), []
    assert not found, "Writes not announced in Result.changes:\n" + "\n".join(found)


@pytest.fixture(scope="session")
def databases() -> Iterator[Databases]:
    """Where this test session makes its databases: SQLite files, or PostgreSQL."""
    made = open_databases()
    yield made
    made.close()


@pytest.fixture
def clock() -> FixedClock:
    # Tuesday 1 December 2026, 09:00 at the studio.
    return FixedClock(datetime(2026, 12, 1, 9, 0))


@pytest.fixture
def db_url(databases: Databases, tmp_path: Path) -> Iterator[str]:
    with databases.fresh(tmp_path) as url:
        yield url


@pytest.fixture
def services(db_url: str, clock: FixedClock) -> Iterator[Services]:
    svc = open_services(db_url, clock, create=True)
    yield svc
    svc.ctx.uow.engine.dispose()


@pytest.fixture
def studio(services: Services) -> StudioFactory:
    """A studio set up with its owner logged in, ready for plans, members and classes."""
    return StudioFactory.set_up(services)
