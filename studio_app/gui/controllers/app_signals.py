"""The one application-wide signal hub: views reload only when their part changed."""

from __future__ import annotations

from PySide6.QtCore import QObject, Signal


class AppSignals(QObject):
    """``changed`` carries the frozenset[Change] of an operation (Anki's OpChanges pattern).
    A message is one of three kinds: ``error`` (refused, nothing changed), ``warning`` (done,
    but with a problem the desk must see, e.g. a waiting member who could not be promoted) and
    ``info`` (done)."""

    changed = Signal(object)
    error = Signal(str)
    warning = Signal(str)
    info = Signal(str)
    open_member = Signal(int)
    logged_out = Signal()
