"""Small helpers shared by views: error labels, money and date text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def show_error(label: QLabel, message: str) -> None:
    """Show a refusal inline, in the dialog where it happened."""
    label.setText(message)
    label.setStyleSheet("color: #8a1c1c;" if message else "")
    label.setVisible(bool(message))


#: Explanations beside a form: grey, so the fields stand out; indented under a check box.
HINT_STYLE = "color: #5b6668;"
INDENTED_HINT_STYLE = f"{HINT_STYLE} margin-left: 22px;"


def set_hint(*labels: QLabel) -> None:
    """Show ``labels`` as hints (grey text)."""
    for label in labels:
        label.setStyleSheet(HINT_STYLE)


def set_primary(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setProperty("primary", True)
