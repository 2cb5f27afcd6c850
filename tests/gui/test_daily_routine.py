"""The daily routine: the day's backup and the credit catch-up at start and after midnight, on
a worker thread while the window stays responsive."""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from datetime import date, datetime
from pathlib import Path

import pytest
import shiboken6
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from studio_app.app import build_main_window
from studio_app.domain.backups import BackupKind
from studio_app.domain.clock import FixedClock
from studio_app.domain.errors import DomainError
from studio_app.dto.changes import Change, Result
from studio_app.gui.controllers import daily_routine
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.daily_routine import DailyRoutineController, msecs_to_next_run
from tests.factories import StudioFactory

#: Longest a test waits for the worker thread (seconds); never reached when all is well.
PATIENCE_S = 10


class SlowCatchUp:
    """Stands in for ``catch_up``: blocks on the worker thread until released, counting how many
    run at once."""

    def __init__(self, result: Result[None] | None = None) -> None:
        self.result = result or Result(None, frozenset({Change.CREDITS}), "Caught up.")
        self.started = threading.Event()
        self.go_on = threading.Event()
        self.calls = 0
        self.at_once = self.most_at_once = 0
        self.ended = 0
        self._lock = threading.Lock()

    def __call__(self) -> Result[None]:
        with self._lock:
            self.calls += 1
            self.at_once += 1
            self.most_at_once = max(self.most_at_once, self.at_once)
        self.started.set()
        self.go_on.wait(PATIENCE_S)
        with self._lock:
            self.at_once -= 1
            self.ended += 1
        return self.result


@pytest.fixture
def slow(studio: StudioFactory, monkeypatch: pytest.MonkeyPatch) -> Iterator[SlowCatchUp]:
    """A slow catch-up and no backup (whose message would come first)."""
    catch_up = SlowCatchUp()
    monkeypatch.setattr(studio.svc.credit_schedule, "catch_up", catch_up)
    monkeypatch.setattr(studio.svc.backups, "automatic", lambda: Result(None))
    yield catch_up
    catch_up.go_on.set()  # a failed test leaves no thread waiting


def finish(qtbot, routine: DailyRoutineController) -> None:  # noqa: ANN001
    """Run the routine and wait until it has published everything."""
    with qtbot.waitSignal(routine.finished, timeout=PATIENCE_S * 1000):
        routine.run()


@pytest.mark.sqlite_only("backs up the SQLite file")
def test_daily_backup_at_start_and_just_after_midnight(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    clock: FixedClock,
) -> None:
    messages: list[str] = []
    signals.info.connect(messages.append)
    routine = DailyRoutineController(studio.svc, signals)

    finish(qtbot, routine)

    [first] = studio.svc.backups.status().backups
    assert (first.kind, first.made_at) == (BackupKind.AUTOMATIC, datetime(2026, 12, 1, 9, 0))
    assert messages[0] == f"Daily backup saved: {first.path.name}."
    # Next run at 00:00:05 tomorrow: 15 h and 5 s from 09:00.
    assert routine.timer.isActive()
    assert routine.timer.remainingTime() > (15 * 3600 + 4) * 1000

    finish(qtbot, routine)  # the window opened again the same day: no second backup
    assert len(studio.svc.backups.status().backups) == 1

    clock.advance_to(datetime(2026, 12, 2, 0, 0, 5))
    with qtbot.waitSignal(routine.finished, timeout=PATIENCE_S * 1000):
        routine.timer.timeout.emit()
    newest = studio.svc.backups.status().backups[0]
    assert newest.made_at == datetime(2026, 12, 2, 0, 0, 5)


@pytest.mark.sqlite_only("backs up the SQLite file")
def test_unwritable_backup_folder_shows_the_reason(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    tmp_path: Path,
) -> None:
    usb = tmp_path / "usb"
    studio.svc.backups.set_settings(str(usb), keep_days=14, keep_months=12)
    usb.rmdir()
    usb.write_text("the stick was replaced by a file")  # the folder can no longer be written
    errors: list[str] = []
    signals.error.connect(errors.append)

    finish(qtbot, DailyRoutineController(studio.svc, signals))

    assert errors and errors[0].startswith(f"Could not write a backup to {usb}: ")


def test_next_run_is_five_seconds_after_midnight() -> None:
    assert msecs_to_next_run(datetime(2026, 12, 1, 23, 59, 0)) == 65_000


def test_the_catch_up_message_reaches_the_banner(qtbot, studio: StudioFactory) -> None:  # noqa: ANN001
    plan = studio.contract_plan("Open 12 months", installments=12)
    studio.svc.memberships.sell(studio.member(), plan, date(2026, 10, 1))
    changes: list[frozenset[Change]] = []

    window = build_main_window(studio.svc)  # starts the routine
    qtbot.addWidget(window)
    window.show()
    routine = window.findChild(DailyRoutineController)
    assert routine is not None
    routine.signals.changed.connect(changes.append)

    qtbot.waitUntil(lambda: "installments issued automatically" in window.banner_text())
    assert window.banner_text() == "Renewals: 2 installments issued automatically."
    assert any(Change.MEMBERSHIPS in change for change in changes)
    qtbot.waitUntil(lambda: not routine.running)
    finish(qtbot, routine)  # a second run the same day changes nothing
    assert routine.last_error == ""


def test_a_refused_catch_up_shows_in_the_banner(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def refuse() -> Result[None]:
        raise DomainError("The studio's data is being restored.")

    monkeypatch.setattr(studio.svc.credit_schedule, "catch_up", refuse)
    errors: list[str] = []
    signals.error.connect(errors.append)
    routine = DailyRoutineController(studio.svc, signals)

    finish(qtbot, routine)

    assert errors == ["The studio's data is being restored."]
    assert routine.last_error == "The studio's data is being restored."


def test_the_window_keeps_running_while_catching_up(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    slow: SlowCatchUp,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(daily_routine, "STATUS_AFTER_MS", 50)
    slow.result = Result(None)  # nothing to say when done
    window = build_main_window(studio.svc)
    qtbot.addWidget(window)
    routine = window.findChild(DailyRoutineController)
    assert routine is not None
    QApplication.processEvents()
    assert not slow.started.is_set(), "nothing runs before the window is on the screen"
    window.show()
    qtbot.waitUntil(slow.started.is_set, timeout=PATIENCE_S * 1000)  # once it has painted

    fired: list[bool] = []
    QTimer.singleShot(20, lambda: fired.append(True))
    qtbot.waitUntil(lambda: bool(fired))  # the GUI thread's event loop runs meanwhile
    qtbot.waitUntil(lambda: window.banner_text() == daily_routine.STATUS)
    assert routine.running and slow.ended == 0

    with qtbot.waitSignal(routine.finished, timeout=PATIENCE_S * 1000):
        slow.go_on.set()
    assert window.banner_text() == daily_routine.UP_TO_DATE  # the status does not stay


def test_a_run_while_one_runs_does_not_start_another(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    signals: AppSignals,
    slow: SlowCatchUp,
) -> None:
    messages: list[str] = []
    signals.info.connect(messages.append)
    routine = DailyRoutineController(studio.svc, signals)
    routine.run()
    assert slow.started.wait(PATIENCE_S)

    routine.run()  # e.g. the window opened again
    routine.timer.timeout.emit()  # midnight while catching up
    qtbot.wait(50)
    assert slow.calls == 1 and routine.running

    # The runs asked for meanwhile make one more, after the first.
    with qtbot.waitSignal(routine.finished, timeout=PATIENCE_S * 1000):
        slow.go_on.set()
    qtbot.waitUntil(lambda: slow.ended == 2 and not routine.running)
    assert (slow.calls, slow.most_at_once) == (2, 1)
    assert messages == ["Caught up.", "Caught up."]
    assert routine.timer.isActive()  # and the next midnight is still planned


def test_closing_the_window_while_catching_up_waits_for_it(
    qtbot,  # noqa: ANN001
    studio: StudioFactory,
    slow: SlowCatchUp,
) -> None:
    window = build_main_window(studio.svc)
    window.show()
    qtbot.waitUntil(slow.started.is_set, timeout=PATIENCE_S * 1000)  # once it has painted

    release = threading.Timer(0.2, slow.go_on.set)  # the GUI thread is about to block
    release.start()
    window.close()
    shiboken6.delete(window)  # as the app drops it; its child the controller waits first

    assert slow.ended == 1
    release.join()


def test_a_routine_dropped_while_catching_up_waits_for_it(
    studio: StudioFactory, signals: AppSignals, slow: SlowCatchUp
) -> None:
    routine = DailyRoutineController(studio.svc, signals)
    routine.run()
    assert slow.started.wait(PATIENCE_S)

    release = threading.Timer(0.2, slow.go_on.set)
    release.start()
    del routine
    gc.collect()

    assert slow.ended == 1
    release.join()
