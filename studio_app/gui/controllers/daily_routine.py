"""The daily routine: when the window opens and again just after each midnight while the app
runs, make the day's automatic backup (then rotate the backup folder) and catch the credit
schedule up to today, so scheduled credits appear and old ones expire on their day.

The backup runs first, so it holds the data as the desk left it before the day's automatic
changes. Both run on a worker thread (as the export does, see data_export.py): a catch-up after
weeks offline writes for many seconds in short units, and the desk keeps working meanwhile.
Each unit of work opens its own session, and so its own connection, on the worker thread; the
catch-up writes everything as automatic, so it never reads or refreshes the logged-in actor.
Only the outcomes cross back to the GUI thread, where they are published like any action.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer, Signal, Slot

from studio_app.container import Services
from studio_app.domain.errors import DomainError
from studio_app.dto.changes import Result
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.base import Controller
from studio_app.gui.controllers.worker_thread import Worker, WorkerThread

#: Run a little after midnight, so the studio clock has surely turned to the new day.
AFTER_MIDNIGHT = timedelta(seconds=5)
#: A run still going after this long says so in the banner (a quick one says nothing).
STATUS_AFTER_MS = 1000
STATUS = "Bringing memberships up to date…"
UP_TO_DATE = "Memberships are up to date."


def msecs_to_next_run(now: datetime) -> int:
    """Milliseconds from ``now`` to 00:00:05 of the next day."""
    next_run = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((next_run + AFTER_MIDNIGHT - now).total_seconds() * 1000)


class _Worker(Worker):
    """Runs each step on the worker thread and reports each outcome (a result, a refusal or an
    unexpected failure), however they ended."""

    outcome = Signal(object)

    def __init__(self, steps: list[Callable[[], Result[object]]]) -> None:
        super().__init__()
        self.steps = steps

    def work(self) -> None:
        for step in self.steps:
            try:
                self.outcome.emit(step())
            except Exception as failure:  # DomainError or not: the GUI thread decides
                self.outcome.emit(failure)


class DailyRoutineController(Controller):
    """Owns the midnight timer; every run publishes what changed like any action (a backup
    that cannot be written shows its reason in the banner). One run at a time: a run asked for
    while one is going follows it."""

    USES = ("backups", "credit_schedule")

    #: Emitted on the GUI thread once a run has published all its outcomes.
    finished = Signal()

    def __init__(
        self, services: Services, signals: AppSignals, parent: QObject | None = None
    ) -> None:
        super().__init__(services, signals, parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)
        self._status_timer = QTimer(self, singleShot=True, interval=STATUS_AFTER_MS)
        self._status_timer.timeout.connect(self._show_status)
        self._status_shown = False  # the status is in the banner (or was, until replaced)
        self._said = False  # this run has put a message in the banner
        # Closing while a run goes waits for it: as the controller is destroyed, and as the
        # application quits.
        self._work = WorkerThread(self)
        self._work.ended.connect(self._ended)
        self._again = False

    @property
    def running(self) -> bool:
        return self._work.running

    def run(self) -> None:
        """Back up and catch up on a worker thread, then wait for the next midnight. While a
        run is going, another one follows it (once, however often asked)."""
        self.timer.start(msecs_to_next_run(self.now()))
        if self.running:
            self._again = True
            return
        self._again = False
        self._status_shown = self._said = False
        worker = _Worker([self.services.backups.automatic, self.services.credit_schedule.catch_up])
        worker.outcome.connect(self._publish)
        self._status_timer.start()
        self._work.start(worker)

    def wait(self) -> None:
        """Block until the running worker thread (if any) has ended."""
        self._work.wait()

    @Slot(object)
    def _publish(self, outcome: object) -> None:
        """On the GUI thread: publish a step's result or refusal as ``act`` does; an unexpected
        failure is raised here, for the error hook."""
        if isinstance(outcome, DomainError):
            self.last_error = outcome.message
            self._said = True
            self.signals.error.emit(outcome.message)
            return
        if isinstance(outcome, BaseException):
            raise outcome
        assert isinstance(outcome, Result)
        self.last_error = ""
        if outcome.message:
            self._said = True
            self.signals.info.emit(outcome.message)
        self.signals.changed.emit(outcome.changes)

    def _show_status(self) -> None:
        """Still running a while after the start, with nothing said yet: say what it does."""
        if self.running and not self._said:
            self._status_shown = True
            self.signals.info.emit(STATUS)

    @Slot()
    def _ended(self) -> None:
        """On the GUI thread, the worker thread over and released, every outcome published."""
        self._status_timer.stop()
        if self._status_shown and not self._said:  # nothing replaced the status
            self.signals.info.emit(UP_TO_DATE)
        self._status_shown = self._said = False
        self.finished.emit()
        if self._again:
            self.run()
