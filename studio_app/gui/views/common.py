"""Small helpers shared by views: error labels, money and date text."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget


def show_error(label: QLabel, message: str) -> None:
    """Show a refusal inline, in the dialog where it happened."""
    label.setText(message)
    label.setStyleSheet("color: #8a1c1c;" if message else "")
    label.setVisible(bool(message))


def set_primary(*widgets: QWidget) -> None:
    for widget in widgets:
        widget.setProperty("primary", True)
