"""The last line of defence in the window: a failure no controller caught is shown as a
message, never as a traceback on a console nobody reads, and the app keeps running.

Controllers already show every refusal in the banner (controllers/base.py); this catches what
slips past them (a slot that reads the database directly when the data file has just gone).
A database failure reads as what happened (db/errors.py); anything else says the action was
not completed, with the details written to a log file beside the data for whoever helps.
"""

from __future__ import annotations

import sys
import traceback
from datetime import datetime
from pathlib import Path
from types import TracebackType

from PySide6.QtWidgets import QApplication, QMessageBox

from studio_app.domain.errors import DomainError

#: Where unexpected failures are described for whoever looks after the installation.
LOG_NAME = "studio-app-errors.log"


def explain_failure(error: BaseException, log_folder: Path) -> str:
    """What the person at the desk reads about ``error``; an unexpected one is logged."""
    if isinstance(error, DomainError):
        return error.message
    log = log_folder / LOG_NAME
    try:
        with log.open("a", encoding="utf-8") as stream:
            stream.write(f"--- {datetime.now():%Y-%m-%d %H:%M:%S}\n")
            stream.writelines(traceback.format_exception(error))
        where = f" The details are in {log}."
    except OSError:
        where = ""
    return (
        f"Studio App could not finish that action ({type(error).__name__}: {error}). "
        f"Nothing was half-saved: try again, and if it happens again, ask for help.{where}"
    )


def install_error_hook(log_folder: Path) -> None:
    """Show every uncaught failure in a message box instead of ending or printing it."""

    def show(kind: type[BaseException], error: BaseException, tb: TracebackType | None) -> None:
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, error, tb)
            return
        text = explain_failure(error.with_traceback(tb), log_folder)
        parent = QApplication.activeWindow()
        QMessageBox.warning(parent, "Studio App", text)

    sys.excepthook = show
