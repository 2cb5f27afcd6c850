"""The baseline of start-up and memory: a PySide6 hello world started the same way as the app
(a new process, Qt offscreen). Prints, as JSON, the seconds from the process start to its first
paint and the memory in use then. Run as a script by tests/benchmarks/test_start_speed.py."""

from __future__ import annotations

import time

STARTED = time.perf_counter()

import json  # noqa: E402
import sys  # noqa: E402
from pathlib import Path  # noqa: E402

from PySide6.QtCore import QEvent, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QLabel  # noqa: E402


def resident_mib() -> float:
    """The process's resident memory (VmRSS), in MiB."""
    status = Path("/proc/self/status").read_text()
    return int(status.split("VmRSS:")[1].split()[0]) / 1024


class _FirstPaint(QObject):
    def __init__(self, app: QApplication) -> None:
        super().__init__()
        self.app = app
        self.marks: dict[str, float] = {}

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.marks:
            self.marks = {"painted": time.perf_counter() - STARTED, "rss_mib": resident_mib()}
            QTimer.singleShot(0, self.app.quit)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    label = QLabel("Hello, world")
    watcher = _FirstPaint(app)
    label.installEventFilter(watcher)
    label.show()
    app.exec()
    print(json.dumps(watcher.marks))
    return 0


if __name__ == "__main__":
    sys.exit(main())
