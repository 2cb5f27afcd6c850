"""The window's messages: a panel floating over the top of the page area.

A message never moves the page under it: a clerk who aims at one member's row while a message
appears or goes still clicks that row. It is raised over the page, follows the window's size,
closes with its ✕ or after a few seconds, and once hidden every click reaches the page below.
Each kind has its colour: a refusal red, a success with a problem amber, a success green — a
failure is never shown in green.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from PySide6.QtCore import QEvent, QObject, QRect, QTimer
from PySide6.QtWidgets import QFrame, QLabel, QToolButton, QWidget


class MessageKind(StrEnum):
    ERROR = "error"  # refused: nothing changed
    WARNING = "warning"  # done, with a problem to see (a waiting member not promoted)
    INFO = "info"  # done


@dataclass(frozen=True)
class Colours:
    background: str
    text: str
    border: str


COLOURS = {
    MessageKind.ERROR: Colours("#fde8e8", "#8a1c1c", "#d9534f"),
    MessageKind.WARNING: Colours("#fff3d6", "#6b4500", "#e0a526"),
    MessageKind.INFO: Colours("#e6f4ea", "#1e5b2f", "#5fae74"),
}

#: Room kept between the panel and the page area's edges; the panel is at most this wide.
EDGE, MAX_WIDTH = 8, 760


class MessageOverlay(QObject):
    """Shows one message at a time in ``frame`` (a child of the window's central widget, in no
    layout), placed over the top of ``area`` (the page stack)."""

    def __init__(
        self,
        frame: QFrame,
        label: QLabel,
        close_button: QToolButton,
        area: QWidget,
        seconds: float,
    ) -> None:
        super().__init__(frame)
        self.frame, self.label, self.area = frame, label, area
        self._timer = QTimer(self, singleShot=True, interval=round(seconds * 1000))
        self._timer.timeout.connect(self.hide)
        close_button.clicked.connect(self.hide)
        area.installEventFilter(self)  # follows the page area's size and place
        self.hide()

    def show(self, text: str, kind: MessageKind) -> None:
        """Show ``text`` in the colours of ``kind`` over the page; it goes after the timeout."""
        kind = MessageKind(kind)
        colours = COLOURS[kind]
        self.frame.setProperty("kind", kind.value)
        self.frame.setStyleSheet(
            f"QFrame#{self.frame.objectName()} {{ background: {colours.background}; "
            f"border: 2px solid {colours.border}; border-radius: 6px; }} "
            f"QLabel {{ color: {colours.text}; background: transparent; border: none; }}"
        )
        self.label.setText(text)
        self.frame.show()
        self._place()
        self.frame.raise_()
        self._timer.start()

    def hide(self) -> None:
        self.label.clear()
        self.frame.hide()
        self._timer.stop()

    def text(self) -> str:
        """The message shown, or "" when none is."""
        return self.label.text() if self.frame.isVisible() else ""

    def kind(self) -> MessageKind | None:
        return MessageKind(self.frame.property("kind")) if self.frame.isVisible() else None

    def _place(self) -> None:
        """Centred over the top of the page area, as tall as its wrapped text needs."""
        area = self.area.geometry()
        width = max(0, min(area.width() - 2 * EDGE, MAX_WIDTH))
        layout = self.frame.layout()
        height = max(layout.totalHeightForWidth(width), layout.totalMinimumSize().height())
        left = area.left() + (area.width() - width) // 2
        self.frame.setGeometry(QRect(left, area.top() + EDGE // 2, width, height))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Move) and self.frame.isVisible():
            self._place()
        return False
