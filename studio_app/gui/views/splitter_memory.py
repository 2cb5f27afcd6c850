"""Where the desk left a splitter: its sizes are saved in this computer's settings of the app at
every move and restored by the next window, across restarts (per user, by Qt's QSettings: the
window layout is the desk's, not the studio's, so it is not kept in the database)."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings
from PySide6.QtWidgets import QSplitter


def desk_settings() -> QSettings:
    """The app's settings on this computer for the user logged in to it."""
    return QSettings("Studio App", "Studio App")


def remember_sizes(splitter: QSplitter, settings: QSettings, key: str) -> None:
    """Restore ``splitter``'s sizes saved under ``key`` (if any) and save them at every move."""
    state = settings.value(key)
    if isinstance(state, QByteArray):
        splitter.restoreState(state)

    def save(_pos: int, _index: int) -> None:
        settings.setValue(key, splitter.saveState())

    splitter.splitterMoved.connect(save)
