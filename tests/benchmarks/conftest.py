"""Benchmarks run on demand on the 20,000-member, one-year demo studio:

    .venv/bin/pytest tests/benchmarks -s

The demo database is built once per run (about 15 s) in a temporary directory.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from datetime import datetime  # noqa: E402

import pytest  # noqa: E402

from studio_app.domain.clock import FixedClock  # noqa: E402
from studio_app.services.container import Services, open_services  # noqa: E402
from studio_app.services.demo import DEMO_DESK, build_demo  # noqa: E402

BENCH_NOW = datetime(2026, 12, 1, 9, 0)


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.benchmark)


@pytest.fixture(scope="session")
def big_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    url = f"sqlite:///{tmp_path_factory.mktemp('bench') / 'big.sqlite3'}"
    clock = FixedClock(BENCH_NOW)
    services = open_services(url, clock, create=True)
    build_demo(services.ctx, members=20_000, weeks=52)
    services.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    yield services
    services.ctx.uow.engine.dispose()
