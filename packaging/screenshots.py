"""Retake the README's screenshots of the main window (docs/*.png) from a fresh demo studio.

    QT_QPA_PLATFORM=offscreen .venv/bin/python packaging/screenshots.py

Builds the demo in a temporary folder with the clock at Tue 1 Dec 2026 09:00, opens the real
main window at 1440×900 with the app's style, and saves the schedule (a class selected), the
front desk and a member's profile.
"""

from __future__ import annotations

import sys
import tempfile
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from studio_app.app import build_main_window
from studio_app.container import open_services
from studio_app.demo import build_demo
from studio_app.domain.clock import FixedClock
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.gui.launch import apply_style
from studio_app.gui.views.main_window import FRONT_DESK_PAGE, MEMBERS_PAGE, SCHEDULE_PAGE

DOCS = Path(__file__).resolve().parent.parent / "docs"
SIZE = (1440, 900)


def _settle(app: QApplication) -> None:
    for _ in range(5):
        app.processEvents()


def main() -> int:
    app = QApplication(sys.argv)
    apply_style(app)
    folder = Path(tempfile.mkdtemp(prefix="studio_screens_"))
    services = open_services(
        f"sqlite:///{folder / 'demo.sqlite3'}", FixedClock(datetime(2026, 12, 1, 9)), create=True
    )
    build_demo(services.ctx)
    services.staff.log_in("owner", "owner123")
    settings = QSettings(str(folder / "settings.ini"), QSettings.Format.IniFormat)
    window = build_main_window(services, settings)
    window.resize(*SIZE)
    window.show()
    _settle(app)
    routine = window.findChild(DailyRoutineController)
    while routine is not None and routine.running:  # it starts once the window has painted
        routine.wait()
        _settle(app)
    navigation = window.ui.navigation
    navigation.setCurrentRow(SCHEDULE_PAGE)
    schedule = window.schedule_page
    busiest = max(schedule.schedule.week(schedule.week_start), key=lambda b: b.booked)
    schedule.select_session(busiest.id)
    window.hide_banner()  # the daily routine's "Daily backup saved" would cover the page
    window.statusBar().clearMessage()
    _settle(app)
    window.grab().save(str(DOCS / "schedule.png"))
    navigation.setCurrentRow(FRONT_DESK_PAGE)
    _settle(app)
    window.grab().save(str(DOCS / "front_desk.png"))
    navigation.setCurrentRow(MEMBERS_PAGE)
    window.members_page.show_member(1)  # type: ignore[attr-defined]
    _settle(app)
    window.grab().save(str(DOCS / "member_profile.png"))
    window.close()
    services.ctx.uow.engine.dispose()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
