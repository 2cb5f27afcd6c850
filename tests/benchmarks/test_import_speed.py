"""Importing a 20,000-member export from another system into a new studio (SPEC §8). Targets:
the preview (read, detect, validate every row) in at most 5 s, the import (one transaction) in
at most 15 s. The baseline, measured in the same run, is raw sqlite3 inserting 20,000 member rows
in one transaction (then rolled back); the import writes 90,000 rows (members, user-log lines,
memberships, installments, lots, ledger grants). Figures are printed with -s."""

from __future__ import annotations

import csv
import random
import sqlite3
import time
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest

from studio_app.container import Services, open_services
from studio_app.domain.clock import FixedClock
from studio_app.domain.durations import DurationUnit
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.dto.plans import PlanInput
from studio_app.exchange.mapping import guess_fields, guess_plan_ids, plan_names
from studio_app.exchange.preview import ColumnMapping
from tests.benchmarks.baselines import ratio_line, raw_read_ms
from tests.benchmarks.conftest import BENCH_NOW

MEMBERS = 20_000
FIRST = ["Łukasz", "Zoë", "Anna", "Þór", "Grzegorz", "Zofia", "Émile", "Jürgen", "Maria", "Li"]
LAST = ["Żółć", "Ångström", "Kowalska", "Brzęczyszczykiewicz", "Świątek", "Dvořák", "Nowak"]


@pytest.fixture
def new_studio(tmp_path: Path) -> Iterator[Services]:
    services = open_services(
        f"sqlite:///{tmp_path / 'new.sqlite3'}", FixedClock(BENCH_NOW), create=True
    )
    services.studio.set_up(
        studio_name="New Studio", owner_name="Olivia Owner", username="owner", password="secret1"
    )
    services.staff.log_in("owner", "secret1")
    services.plans.create(
        PlanInput(
            "10 Class Pass",
            PlanKind.SESSION_PASS,
            9000,
            3,
            DurationUnit.MONTHS,
            10,
            DEFAULT_CATEGORY,
        )
    )
    yield services
    services.ctx.uow.engine.dispose()


def _export_file(path: Path) -> Path:
    """A believable export of another system: comma-separated, MM/DD/YYYY, half with a pass."""
    pick = random.Random(11)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(
            [
                "First Name",
                "Last Name",
                "Email",
                "Mobile",
                "Birthday",
                "Barcode",
                "Notes",
                "Membership",
                "Classes Remaining",
                "Expiration Date",
            ]  # fmt: skip
        )
        for n in range(MEMBERS):
            born = date(1960 + n % 45, 1 + n % 12, 1 + n % 28)
            has_pass = n % 2 == 0
            writer.writerow(
                [
                    pick.choice(FIRST),
                    pick.choice(LAST),
                    f"member{n}@example.com",
                    f"+1 555 {n:07d}",
                    born.strftime("%m/%d/%Y"),
                    f"B{n:06d}",
                    "Prefers mornings" if n % 7 == 0 else "",
                    "10 Class Pass" if has_pass else "",
                    str(1 + n % 9) if has_pass else "",
                    "03/31/2027" if has_pass else "",
                ]
            )
    return path


def _raw_baseline(database: Path) -> float:
    """The same rows inserted by raw sqlite3 in one transaction, rolled back afterwards."""
    now = datetime(2026, 12, 1, 9, 0).isoformat(sep=" ")
    db = sqlite3.connect(database, isolation_level=None)
    try:
        db.execute("PRAGMA foreign_keys=ON")
        started = time.perf_counter()
        db.execute("BEGIN IMMEDIATE")
        db.executemany(
            "INSERT INTO members (first_name, last_name, email, phone, birth_date, notes, "
            "card_code, card_on_file, status, search_text, created_at) "
            "VALUES (?, ?, ?, ?, ?, '', ?, '', 'active', ?, ?)",
            (
                (
                    "Anna",
                    "Nowak",
                    f"raw{n}@example.com",
                    "555",
                    "1990-01-01",
                    f"R{n:06d}",
                    f"anna nowak raw{n}",
                    now,
                )  # fmt: skip
                for n in range(MEMBERS)
            ),
        )
        db.execute("ROLLBACK")
        return time.perf_counter() - started
    finally:
        db.close()


def test_import_of_20000_members(new_studio: Services, tmp_path: Path) -> None:
    svc = new_studio
    path = _export_file(tmp_path / "clients.csv")

    started = time.perf_counter()
    table = svc.imports.read(path)
    fields = guess_fields(table.headers)
    plans = guess_plan_ids(plan_names(table, fields), svc.imports.plans())
    mapping = ColumnMapping(fields, plans=plans)
    preview = svc.imports.preview(table, mapping)
    preview_seconds = time.perf_counter() - started
    assert (preview.new, preview.rejected) == (MEMBERS, 0), preview.summary()

    started = time.perf_counter()
    done = svc.imports.run(table, mapping).value
    import_seconds = time.perf_counter() - started
    assert (done.created, done.memberships) == (MEMBERS, MEMBERS // 2)

    database = Path(str(svc.ctx.uow.engine.url.database))
    raw = _raw_baseline(database)
    started = time.perf_counter()
    problems = svc.integrity.problems()
    check_seconds = time.perf_counter() - started
    assert problems == []
    raw_check, _ = raw_read_ms(database, [("PRAGMA integrity_check", ())], runs=3)
    check = ratio_line(
        "check afterwards", check_seconds * 1000, raw_check, "raw sqlite3 integrity_check"
    )
    print(
        f"\nimport of {MEMBERS:,} members ({MEMBERS // 2:,} with a pass): "
        f"preview {preview_seconds:.2f} s, import {import_seconds:.2f} s "
        f"(raw sqlite3 insert of the members alone {raw * 1000:.0f} ms, "
        f"ratio {import_seconds / raw:.0f}x); {check}"
    )
    assert preview_seconds <= 5 and import_seconds <= 15
