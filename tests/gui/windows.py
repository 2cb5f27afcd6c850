"""The real main window in a test: built as the app builds it, shown, active (so the keyboard
focus and window shortcuts behave as at a desk)."""

from __future__ import annotations

from PySide6.QtWidgets import QApplication

from studio_app.app import build_main_window
from studio_app.gui.views.main_window import MainWindow
from studio_app.services.container import Services


def open_window(qtbot, svc: Services, size: tuple[int, int] = (1280, 800)) -> MainWindow:  # noqa: ANN001
    window = build_main_window(svc)
    qtbot.addWidget(window)
    window.resize(*size)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window
