"""The real main window in a test: built as the app builds it, shown, active (so the keyboard
focus and window shortcuts behave as at a desk)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio_app.app import build_main_window
from studio_app.container import Services
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.gui.views.main_window import MainWindow


def open_window(qtbot, svc: Services, size: tuple[int, int] = (1280, 800)) -> MainWindow:  # noqa: ANN001
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def show_settled(qtbot, window: MainWindow, timeout_ms: int = 30_000) -> None:  # noqa: ANN001
    """Show ``window`` and wait until its daily routine, which starts once the window has
    painted, has published everything (its "Daily backup saved" would replace a banner)."""
    routine = window.findChild(DailyRoutineController)
    assert routine is not None
    with qtbot.waitSignal(routine.finished, timeout=timeout_ms):
        window.show()
