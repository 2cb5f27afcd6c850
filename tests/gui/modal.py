"""Answering a modal dialog from a test without blocking on its exec()."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QWidget


def when_modal(act: Callable[[QWidget], None]) -> None:
    """Run ``act`` on the modal dialog about to open; a dialog ``act`` leaves open (a failed
    check, a refusal) is closed, so the test never blocks on exec()."""

    def attempt() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(10, attempt)
            return
        try:
            act(widget)
        finally:
            if isinstance(widget, QDialog) and widget.isVisible():
                widget.reject()

    QTimer.singleShot(0, attempt)


def press(button_text: str, seen: list[str] | None = None) -> Callable[[QWidget], None]:
    """An ``act`` for ``when_modal``: note the message box's text in ``seen`` and press the
    button labelled ``button_text`` (e.g. "Remove hold")."""

    def click(box: QWidget) -> None:
        assert isinstance(box, QMessageBox), f"expected a message box, got {box!r}"
        if seen is not None:
            seen.append(box.text())
        [button] = [b for b in box.buttons() if b.text() == button_text]
        button.click()

    return click
