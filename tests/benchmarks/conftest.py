"""Benchmarks run on demand on the demo studios:

    .venv/bin/pytest tests/benchmarks -s

``big_studio`` is the 20,000-member, one-year demo, built once per run (about 15 s) in a
temporary directory. ``large_studio`` is the five-year history (``demo --large-history``: 9,000
members, 200 classes a week, ~956k bookings), built once per run (about 2 minutes) and only
when a test asks for it. The desk's key measurements take ``studio`` and run on both.

With ``STUDIO_BENCH_DEMOS=<folder>`` each demo is built once into that folder and later runs
start from a copy of it (for working on one benchmark; delete the folder after changing the
demo or the schema).
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import shutil  # noqa: E402
import time  # noqa: E402
from collections.abc import Iterator  # noqa: E402
from dataclasses import dataclass  # noqa: E402
from datetime import datetime  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402

from studio_app.container import Services, open_services  # noqa: E402
from studio_app.demo import DEMO_DESK, build_demo  # noqa: E402
from studio_app.domain.clock import FixedClock  # noqa: E402

BENCH_NOW = datetime(2026, 12, 1, 9, 0)
BIG, LARGE = "20k members, 1 year", "9k members, 5 years"


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        item.add_marker(pytest.mark.benchmark)


@dataclass(frozen=True)
class Studio:
    """A demo studio a benchmark runs on, with the desk logged in, and its name for the
    printed lines."""

    name: str
    svc: Services


def demo_studio(
    url: str,
    name: str,
    *,
    members: int | None = None,
    weeks: int | None = None,
    large_history: bool = False,
) -> Services:
    """A demo studio built in the empty database at ``url`` (see ``build_demo``), the desk
    logged in; the time it took printed."""
    services = open_services(url, FixedClock(BENCH_NOW), create=True)
    started = time.perf_counter()
    summary = build_demo(services.ctx, members=members, weeks=weeks, large_history=large_history)
    print(
        f"\ndemo of {name}: {summary.members:,} members, {summary.bookings:,} bookings, "
        f"built in {time.perf_counter() - started:.0f} s"
    )
    services.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    return services


def kept_demo(
    path: Path,
    name: str,
    *,
    members: int | None = None,
    weeks: int | None = None,
    large_history: bool = False,
) -> Services:
    """The demo ``name`` opened at ``path``: built there, or copied from the folder
    ``STUDIO_BENCH_DEMOS`` names (built there first when it is not yet)."""
    size = {"members": members, "weeks": weeks, "large_history": large_history}
    kept = os.environ.get("STUDIO_BENCH_DEMOS")
    if not kept:
        return demo_studio(f"sqlite:///{path}", name, **size)
    saved = Path(kept) / path.name
    if not saved.exists():
        saved.parent.mkdir(parents=True, exist_ok=True)
        demo_studio(f"sqlite:///{saved}", name, **size).ctx.uow.engine.dispose()
    shutil.copyfile(saved, path)
    services = open_services(f"sqlite:///{path}", FixedClock(BENCH_NOW))
    services.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    return services


@pytest.fixture(scope="session")
def big_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("bench") / "big.sqlite3"
    services = kept_demo(path, BIG, members=20_000, weeks=52)
    yield services
    services.ctx.uow.engine.dispose()


@pytest.fixture(scope="session")
def large_studio(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Services]:
    path = tmp_path_factory.mktemp("bench") / "large.sqlite3"
    services = kept_demo(path, LARGE, large_history=True)
    yield services
    services.ctx.uow.engine.dispose()


@pytest.fixture(params=[BIG, LARGE])
def studio(request: pytest.FixtureRequest) -> Studio:
    """Each of the two demo studios in turn: many members over a year, and fewer members with
    five years of bookings behind them."""
    fixture = "big_studio" if request.param == BIG else "large_studio"
    return Studio(request.param, request.getfixturevalue(fixture))
