"""The one application-wide signal hub: views reload only when their part changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """``changed`` carries the frozenset[Change] of an operation (Anki's OpChanges pattern)."""

    changed = Signal(object)
    error = Signal(str)
    info = Signal(str)
    open_member = Signal(int)
    logged_out = Signal()
