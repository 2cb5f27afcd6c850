"""The daily routine: the day's backup and the credit catch-up at start and after midnight."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

import pytest

from studio_app.domain.backups import BackupKind
from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.daily_routine import DailyRoutineController, msecs_to_next_run
from tests.factories import StudioFactory


@pytest.mark.sqlite_only("backs up the SQLite file")
def test_daily_backup_at_start_and_just_after_midnight(
    studio: StudioFactory, signals: AppSignals, clock: FixedClock
) -> None:
    messages: list[str] = []
    signals.info.connect(messages.append)
    routine = DailyRoutineController(studio.svc, signals)

    routine.run()

    [first] = studio.svc.backups.status().backups
    assert (first.kind, first.made_at) == (BackupKind.AUTOMATIC, datetime(2026, 12, 1, 9, 0))
    assert messages[0] == f"Daily backup saved: {first.path.name}."
    # Next run at 00:00:05 tomorrow: 15 h and 5 s from 09:00.
    assert routine.timer.isActive()
    assert routine.timer.remainingTime() > (15 * 3600 + 4) * 1000

    routine.run()  # the window opened again the same day: no second backup
    assert len(studio.svc.backups.status().backups) == 1

    clock.advance_to(datetime(2026, 12, 2, 0, 0, 5))
    routine.timer.timeout.emit()
    newest = studio.svc.backups.status().backups[0]
    assert newest.made_at == datetime(2026, 12, 2, 0, 0, 5)


@pytest.mark.sqlite_only("backs up the SQLite file")
def test_unwritable_backup_folder_shows_the_reason(
    studio: StudioFactory, signals: AppSignals, tmp_path: Path
) -> None:
    usb = tmp_path / "usb"
    studio.svc.backups.set_settings(str(usb), keep_days=14, keep_months=12)
    usb.rmdir()
    usb.write_text("the stick was replaced by a file")  # the folder can no longer be written
    errors: list[str] = []
    signals.error.connect(errors.append)

    DailyRoutineController(studio.svc, signals).run()

    assert errors and errors[0].startswith(f"Could not write a backup to {usb}: ")


def test_next_run_is_five_seconds_after_midnight() -> None:
    assert msecs_to_next_run(datetime(2026, 12, 1, 23, 59, 0)) == 65_000
