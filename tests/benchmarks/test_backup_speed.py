"""Backups on the 20,000-member, one-year demo studio. The daily backup runs on the desk's
screen at start-up and just after midnight, so it must be quick (target 2 s); a restore is
rare and may take longer (target 10 s). Figures are printed with -s beside the baselines of the
same run (baselines.py): a copy of the same file through SQLite's backup API with raw sqlite3,
and a plain copy of its bytes; for the restore, raw sqlite3 doing its two copies (the data as
it is into the backup folder, then the backup over the live data)."""

from __future__ import annotations

import shutil
import sqlite3
import time
from contextlib import closing
from datetime import timedelta
from pathlib import Path

from studio_app.container import Services
from studio_app.demo import DEMO_DESK, DEMO_OWNER
from studio_app.domain.backups import BackupKind, BackupName
from tests.benchmarks.baselines import duration, median_ms, ratio_line, raw_sqlite
from tests.benchmarks.conftest import BENCH_NOW


def _raw_backup(source: Path, target: Path) -> None:
    """A consistent copy of ``source`` into ``target`` through SQLite's backup API."""
    target.unlink(missing_ok=True)
    with raw_sqlite(source) as db, closing(sqlite3.connect(target)) as copy:
        db.backup(copy)


def _byte_copy(source: Path, target: Path) -> None:
    """The data file's bytes copied, with its -wal beside it (without, the copy would miss the
    newest commits)."""
    for suffix in ("", "-wal"):
        if (part := source.with_name(source.name + suffix)).exists():
            shutil.copyfile(part, target.with_name(target.name + suffix))


def test_daily_backup_rotation_and_restore(big_studio: Services, tmp_path: Path) -> None:
    status = big_studio.backups.status()
    assert status.database is not None and status.folder is not None
    # A year of daily backups already in the folder (empty files: only the names count).
    status.folder.mkdir(parents=True, exist_ok=True)
    for days in range(1, 366):
        made = BackupName(BENCH_NOW - timedelta(days=days), BackupKind.AUTOMATIC, "big")
        (status.folder / made.file_name).write_bytes(b"")
    database = status.database
    raw = median_ms(lambda: _raw_backup(database, tmp_path / "raw.sqlite3"), runs=3)
    plain = median_ms(lambda: _byte_copy(database, tmp_path / "bytes.sqlite3"), runs=3)

    started = time.perf_counter()
    made = big_studio.backups.automatic().value
    daily = (time.perf_counter() - started) * 1000
    assert made is not None
    kept = len(big_studio.backups.status().backups)
    print(
        "\n"
        + ratio_line(
            f"daily backup with rotation ({made.size_text} database, {366 - kept} of 366 old "
            f"backups removed, {kept} kept)",
            daily,
            raw,
            "raw sqlite3 backup API copy",
        )
        + f"; plain copy of the file {duration(plain)}: {daily / plain:.1f}×"
    )

    def raw_restore() -> None:
        _raw_backup(database, tmp_path / "saved.sqlite3")
        _raw_backup(made.path, tmp_path / "restored.sqlite3")

    raw_restore()
    raw = median_ms(raw_restore, runs=3)
    big_studio.staff.log_in(DEMO_OWNER[0], DEMO_OWNER[1])
    started = time.perf_counter()
    big_studio.backups.restore(made.path)
    restore = (time.perf_counter() - started) * 1000
    print(
        ratio_line(
            "restore (safety copy, checks, replace)", restore, raw, "raw sqlite3's two copies"
        )
    )
    big_studio.staff.log_in(DEMO_DESK[0], DEMO_DESK[1])
    assert daily < 2000 and restore < 10_000
    # The last 14 days, and the newest of January to November (December's are all recent).
    assert kept == 14 + 11
