"""A desk killed at a random moment (power cut, task manager, crash) loses nothing it was told
was saved and leaves nothing half-written: sign-ups and an import are SIGKILLed at random
points, then the data is checked and the work finished. The number of kills is bounded so the
suite stays quick; the seeds are fixed so a failure can be replayed."""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import time
from datetime import date, timedelta
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.demo import DEMO_OWNER
from studio_app.domain.clock import FixedClock
from tests.factories import OWNER_PASSWORD, StudioFactory
from tests.faults.kill_worker import NOW

pytestmark = [
    pytest.mark.sqlite_only("kills a desk working on the SQLite file"),
    pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX"),
]

SIGN_UP_KILLS = 5
IMPORT_KILLS = 3
ROOT = Path(__file__).resolve().parents[2]


def _spawn(*args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "STUDIO_APP_PASSWORD": DEMO_OWNER[1], "PYTHONPATH": str(ROOT)}
    return subprocess.Popen(
        [sys.executable, *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        cwd=ROOT,
    )


def _studio_with_sign_ups_to_make(path: Path) -> list[tuple[int, int]]:
    services = open_services(f"sqlite:///{path}", FixedClock(NOW), create=True)
    try:
        studio = StudioFactory.set_up(services)
        series = studio.series(capacity=40)
        plan = studio.pass_plan(10, months=3)
        members = [studio.member("Zoë", f"Żółć {n}") for n in range(30)]
        for member in members:
            services.memberships.sell(member, plan, date(2026, 12, 1))
        days = [date(2026, 12, 1) + timedelta(weeks=k) for k in range(6)]
        sessions = [studio.session_on(day, series) for day in days]
        return [(s, m) for s in sessions for m in members]
    finally:
        services.ctx.uow.engine.dispose()


def _open(path: Path) -> Services:
    services = open_services(f"sqlite:///{path}", FixedClock(NOW))
    services.staff.log_in("owner", OWNER_PASSWORD)
    return services


def test_sign_ups_killed_at_random_lose_nothing_and_charge_once(tmp_path: Path) -> None:
    path = tmp_path / "studio.sqlite3"
    pairs = _studio_with_sign_ups_to_make(path)
    chance = random.Random(12)
    told_saved: set[tuple[int, int]] = set()
    kills = 0
    while kills < SIGN_UP_KILLS:
        worker = _spawn("-m", "tests.faults.kill_worker", str(path), json.dumps(pairs))
        wait_for = chance.randint(3, 25)
        assert worker.stdout is not None
        for _ in range(wait_for):
            line = worker.stdout.readline()
            if not line:
                break
            _, session_id, member_id = line.split()
            told_saved.add((int(session_id), int(member_id)))
        time.sleep(chance.random() / 200)  # land anywhere inside the next sign-up
        worker.send_signal(signal.SIGKILL)
        worker.communicate()
        kills += 1
        services = _open(path)
        try:
            assert services.integrity.problems() == []
            booked = {(s, m) for s, m in pairs if _is_booked(services, s, m)}
            assert told_saved <= booked, "a sign-up the desk was told was saved is gone"
        finally:
            services.ctx.uow.engine.dispose()
    # The desk comes back and finishes: every pair booked once, one credit each.
    finisher = _spawn("-m", "tests.faults.kill_worker", str(path), json.dumps(pairs))
    _, errors = finisher.communicate(timeout=300)
    assert finisher.returncode == 0, errors
    services = _open(path)
    try:
        assert services.integrity.problems() == []
        assert all(_is_booked(services, s, m) for s, m in pairs)
        sessions = {s for s, _ in pairs}
        assert {services.schedule.session(s).booked for s in sessions} == {30}
    finally:
        services.ctx.uow.engine.dispose()


def _is_booked(services: Services, session_id: int, member_id: int) -> bool:
    attendees = services.bookings.attendance(session_id).attendees
    return any(row.member_id == member_id for row in attendees)


def _members_file(path: Path, count: int) -> Path:
    lines = ["First Name,Last Name,Email,Membership,Classes Remaining,Expiration Date"]
    lines += [f"Zoë,Żółć {n},zoe{n}@example.com,10-class pass,5,2027-03-31" for n in range(count)]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_an_import_killed_at_random_is_all_or_nothing(tmp_path: Path) -> None:
    from studio_app.demo import build_demo

    path = tmp_path / "studio.sqlite3"
    services = open_services(f"sqlite:///{path}", FixedClock(NOW), create=True)
    build_demo(services.ctx, members=5, weeks=1)
    base = services.members.count()
    services.ctx.uow.engine.dispose()
    source = _members_file(tmp_path / "members.csv", 1_500)
    command = ["-m", "studio_app", "--db", str(path), "import", "members", str(source)]
    command += ["--yes", "--user", DEMO_OWNER[0]]
    started = time.perf_counter()
    timed = _spawn(*command[:-3], "--dry-run", "--user", DEMO_OWNER[0])
    timed.communicate(timeout=300)
    whole = time.perf_counter() - started
    chance = random.Random(3)
    outcomes = []
    for _ in range(IMPORT_KILLS):
        worker = _spawn(*command)
        time.sleep(chance.uniform(0.3, 1.2) * whole)
        worker.send_signal(signal.SIGKILL)
        worker.communicate()
        services = open_services(f"sqlite:///{path}", FixedClock(NOW))
        try:
            count = services.members.count()
            assert count in (base, base + 1_500), f"half an import: {count - base} members"
            services.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
            assert services.integrity.problems() == []
        finally:
            services.ctx.uow.engine.dispose()
        outcomes.append(count - base)
    print(f"\nimport killed {IMPORT_KILLS} times; members it left each time: {outcomes}")
    finisher = _spawn(*command)
    _, errors = finisher.communicate(timeout=300)
    assert finisher.returncode == 0, errors
    services = open_services(f"sqlite:///{path}", FixedClock(NOW))
    try:
        assert services.members.count() == base + 1_500  # matched by email: no duplicates
    finally:
        services.ctx.uow.engine.dispose()
