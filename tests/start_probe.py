"""Start the real app (studio_app.cli.main) on a studio in this new process, log in the moment
the login dialog is painted, close the main window the moment it is painted, and print, as
JSON, the seconds from the process start to each window's first paint, when the studio finished
opening, the password check, and the memory in use once the main window is painted. Run by
tests/benchmarks/test_start_speed.py and tests/test_start_and_close.py.

Usage: python start_probe.py DATABASE USERNAME PASSWORD"""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

from tests.hello_window import resident_mib  # noqa: E402

marks: dict[str, float] = {}


def since_start() -> float:
    return time.perf_counter() - STARTED


class FirstPaints(QObject):
    """Notes each window's first paint; types the login in, and closes the main window."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.Paint or not isinstance(watched, QWidget):
            return False
        name = type(watched).__name__
        if not watched.isWindow() or name in marks:
            return False
        marks[name] = since_start()
        if name == "LoginDialog":
            watched.ui.usernameEdit.setText(sys.argv[2])  # type: ignore[attr-defined]
            watched.ui.passwordEdit.setText(sys.argv[3])  # type: ignore[attr-defined]
            QTimer.singleShot(0, watched.ui.logInButton.click)  # type: ignore[attr-defined]
        elif name == "MainWindow":
            marks["rss_mib"] = resident_mib()
            QTimer.singleShot(0, watched.close)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    watcher = FirstPaints()
    app.installEventFilter(watcher)
    import studio_app.cli_desktop as desktop
    from studio_app.gui.controllers.session import SessionController

    opening, logging_in = desktop.open_studio, SessionController.log_in

    def open_studio(*args: object) -> object:
        try:
            return opening(*args)  # type: ignore[arg-type]
        finally:
            marks["opened"] = since_start()

    def log_in(self: SessionController, *args: str) -> object:
        begun = time.perf_counter()
        marks["log_in_pressed"] = since_start()
        try:
            return logging_in(self, *args)
        finally:
            marks["password_check"] = time.perf_counter() - begun

    desktop.open_studio = open_studio  # type: ignore[assignment]
    SessionController.log_in = log_in  # type: ignore[method-assign]
    from studio_app.cli import main as studio_app

    status = studio_app(["--db", sys.argv[1]])
    print(json.dumps(marks))
    return status


if __name__ == "__main__":
    sys.exit(main())
