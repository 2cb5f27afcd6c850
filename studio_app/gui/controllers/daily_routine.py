"""The daily routine: when the window opens and again just after each midnight while the app
runs, make the day's automatic backup (then rotate the backup folder) and catch the credit
schedule up to today, so scheduled credits appear and old ones expire on their day.

The backup runs first, so it holds the data as the desk left it before the day's automatic
changes."""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QObject, QTimer

from studio_app.gui.controllers.base import Controller

#: Run a little after midnight, so the studio clock has surely turned to the new day.
AFTER_MIDNIGHT = timedelta(seconds=5)


def msecs_to_next_run(now: datetime) -> int:
    """Milliseconds from ``now`` to 00:00:05 of the next day."""
    next_run = datetime.combine(now.date() + timedelta(days=1), datetime.min.time())
    return int((next_run + AFTER_MIDNIGHT - now).total_seconds() * 1000)


class DailyRoutineController(Controller):
    """Owns the midnight timer; every run publishes what changed like any action (a backup
    that cannot be written shows its reason in the banner)."""

    def __init__(self, services, signals, parent: QObject | None = None) -> None:  # type: ignore[no-untyped-def]
        super().__init__(services, signals, parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.run)

    def run(self) -> None:
        """Back up and catch up now, then wait for the next midnight."""
        self.act(self.services.backups.automatic)
        self.act(self.services.credit_schedule.catch_up)
        self.timer.start(msecs_to_next_run(self.now()))
