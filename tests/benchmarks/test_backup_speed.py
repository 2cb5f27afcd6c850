"""Backups on the 20,000-member, one-year demo studio. The daily backup runs on the desk's
screen at start-up and just after midnight, so it must be quick (target 2 s); a restore is
rare and may take longer (target 10 s). Figures are printed with -s."""

from __future__ import annotations

import time
from datetime import timedelta

from studio_app.domain.backups import BackupKind, BackupName
from studio_app.services.container import Services
from studio_app.services.demo import DEMO_DESK, DEMO_OWNER
from tests.benchmarks.conftest import BENCH_NOW


def test_daily_backup_rotation_and_restore(big_studio: Services) -> None:
    status = big_studio.backups.status()
    assert status.database is not None and status.folder is not None
    # A year of daily backups already in the folder (empty files: only the names count).
    status.folder.mkdir(parents=True, exist_ok=True)
    for days in range(1, 366):
        made = BackupName(BENCH_NOW - timedelta(days=days), BackupKind.AUTOMATIC, "big")
        (status.folder / made.file_name).write_bytes(b"")

    started = time.perf_counter()
    made = big_studio.backups.automatic().value
    daily = time.perf_counter() - started
    assert made is not None
    kept = len(big_studio.backups.status().backups)
    print(
        f"\ndaily backup with rotation: {daily * 1000:.0f} ms "
        f"({made.size_text} database, {366 - kept} of 366 old backups removed, {kept} kept)"
    )

    big_studio.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    started = time.perf_counter()
    big_studio.backups.restore(made.path)
    restore = time.perf_counter() - started
    print(f"restore (safety copy, replace, check): {restore * 1000:.0f} ms")
    big_studio.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    assert daily < 2 and restore < 10
    # The last 14 days, and the newest of January to November (December's are all recent).
    assert kept == 14 + 11
