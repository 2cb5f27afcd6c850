"""Shared fixtures: Qt runs offscreen; each test gets a fresh migrated SQLite file and a clock."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from studio_app.domain.clock import FixedClock  # noqa: E402
from studio_app.services.container import Services, open_services  # noqa: E402
from tests.factories import StudioFactory  # noqa: E402


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    """Every test under tests/gui is marked `gui`, so `-m "not gui"` is the fast loop."""
    for item in items:
        if "tests/gui" in str(item.fspath).replace(os.sep, "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def clock() -> FixedClock:
    # Tuesday 1 December 2026, 09:00 at the studio.
    return FixedClock(datetime(2026, 12, 1, 9, 0))


@pytest.fixture
def db_url(tmp_path: Path) -> str:
    return f"sqlite:///{tmp_path / 'studio.sqlite3'}"


@pytest.fixture
def services(db_url: str, clock: FixedClock) -> Iterator[Services]:
    svc = open_services(db_url, clock)
    yield svc
    svc.ctx.uow.engine.dispose()


@pytest.fixture
def studio(services: Services) -> StudioFactory:
    """A studio set up with its owner logged in, ready for plans, members and classes."""
    return StudioFactory.set_up(services)
