"""The desktop app's start: the first window is on the screen at once, the studio opens
behind it.

The login dialog (or, for a studio file that does not exist yet, the set-up dialog) needs only
Qt, so it paints within a fraction of a second of the start. Meanwhile a worker thread loads the
rest of the app and opens the studio's data (SQLite's check of every page, an upgrade when the
app is newer): the time the person at the desk spends typing. A login asked for before the
studio is open waits for it, saying "Opening the studio…". A studio that turns out not to be set
up yet (an empty server database) gets the set-up dialog instead of the login. If the data
cannot be opened, the dialog closes and the failure is raised to the caller, as if the studio
had been opened first (``cli_desktop`` offers a damaged file's newest backup).

Nothing here imports the database layer at module level: that is what keeps the first paint
fast (tests/test_start_imports.py holds it to that).
"""

from __future__ import annotations

import sys
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QFile, QObject, QTextStream, QTimer, Signal, Slot
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studio_app.desktop_entry import APP_ID, ICON_RESOURCE
from studio_app.domain.errors import DatabaseDamaged
from studio_app.gui import resources_rc  # noqa: F401  (registers :/icons and :/style.qss)
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.views.first_run_dialog import FirstRunDialog
from studio_app.gui.views.login_dialog import LoginDialog

if TYPE_CHECKING:
    from studio_app.container import Services


class StudioOpening(QObject):
    """Opens the studio on a worker thread; ``opened`` is emitted on the GUI thread when it is
    open (``services``) or could not be opened (``failure``)."""

    opened = Signal()

    def __init__(self, open_studio: Callable[[], Services]) -> None:
        super().__init__()
        self._open_studio = open_studio
        self.services: Services | None = None
        self.failure: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name="open-studio", daemon=True)
        self._ended = threading.Event()

    def start(self) -> None:
        self._thread.start()

    def _run(self) -> None:
        try:
            self.services = self._open_studio()
        except BaseException as failure:  # raised again on the GUI thread (``raise_failure``)
            self.failure = failure
        # Ended before the signal: whoever connects after the emit (and so misses it) finds
        # ``done`` true; whoever connects before it gets the signal (maybe both: act once).
        self._ended.set()
        self.opened.emit()  # queued to the GUI thread, where this object lives

    @property
    def done(self) -> bool:
        """Whether the opening has ended (``services`` or ``failure`` is set)."""
        return self._ended.is_set()

    def wait(self) -> None:
        """Block until the opening has ended, however it ended."""
        self._thread.join()

    def raise_failure(self) -> None:
        if self.failure is not None:
            raise self.failure


def apply_style(app: QApplication) -> None:
    """The app's name, its icon on every window and in the taskbar (which the desktop matches
    to the installed desktop entry by its name), and the house stylesheet."""
    app.setApplicationName("Studio App")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(ICON_RESOURCE))
    style = QFile(":/style.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        app.setStyleSheet(QTextStream(style).readAll())


def run_desktop(open_studio: Callable[[], Services], *, new_studio: bool) -> int:
    """Paint the first dialog, open the studio behind it, then run the desk until the last
    logout; the exit status. ``new_studio``: the studio's file does not exist yet (the set-up
    dialog comes first). A failure to open is raised once the dialog has closed."""
    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)  # type: ignore[arg-type]
    opening = StudioOpening(open_studio)
    opening.start()
    try:
        session = first_dialog(opening, new_studio)
        if session is None:
            return 0
        # A session means the studio is open: its services are there.
        return _desk(app, opening.services, session)  # type: ignore[arg-type]
    finally:
        opening.wait()
        if opening.services is not None:
            opening.services.ctx.uow.engine.dispose()


def first_dialog(opening: StudioOpening, new_studio: bool) -> SessionController | None:
    """The set-up or login dialog, shown at once; the logged-in session, or None when the
    dialog was closed."""
    holder = _Session(opening)
    first: FirstRunDialog | LoginDialog = FirstRunDialog() if new_studio else LoginDialog()
    holder.attach_when_open(first)
    accepted = first.exec() == QDialog.DialogCode.Accepted
    opening.wait()
    opening.raise_failure()
    if holder.session is None:
        return None
    if not accepted and holder.needs_setup and isinstance(first, LoginDialog):
        setup = FirstRunDialog(holder.session)  # not set up yet: there is no one to log in
        accepted = setup.exec() == QDialog.DialogCode.Accepted
    return holder.session if accepted else None


class _Session(QObject):
    """Gives the first dialog its session controller as soon as the studio is open; closes it
    when the studio cannot be opened, or when a login dialog meets a studio not set up yet."""

    def __init__(self, opening: StudioOpening) -> None:
        super().__init__(opening)
        self.opening = opening
        self.session: SessionController | None = None
        self.needs_setup = False
        self._dialog: FirstRunDialog | LoginDialog | None = None
        self._handled = False
        opening.opened.connect(self._opened)

    def attach_when_open(self, dialog: FirstRunDialog | LoginDialog) -> None:
        self._dialog = dialog
        if self.opening.done:  # opened already: act once the dialog's own loop runs
            QTimer.singleShot(0, self._opened)

    @Slot()
    def _opened(self) -> None:
        dialog, services = self._dialog, self.opening.services
        if dialog is None or self._handled:  # the signal and the check may both call
            return
        self._handled = True
        if services is None:
            dialog.reject()
            return
        self.session = SessionController(services, AppSignals())
        self.needs_setup = self.session.needs_setup()
        if self.needs_setup and isinstance(dialog, LoginDialog):
            dialog.reject()
            return
        dialog.attach(self.session)


def _desk(app: QApplication, services: Services, session: SessionController) -> int:
    """The main window over ``services``, again after each logout that is followed by a login
    (``session`` holds only the services it uses)."""
    from studio_app.app import build_main_window, error_log_folder
    from studio_app.gui.error_hook import install_error_hook
    from studio_app.gui.views.splitter_memory import desk_settings

    install_error_hook(error_log_folder(services))
    while True:
        window = build_main_window(services, desk_settings())
        window.show()
        app.exec()
        logged_out = window.logged_out
        # Gone now, while Qt is whole: its controllers wait for their running work (a backup
        # just started, an export) instead of meeting a half-closed app at the exit.
        shiboken6.delete(window)
        if not logged_out or LoginDialog(session).exec() != QDialog.DialogCode.Accepted:
            return 0


def offer_restore(damaged: DatabaseDamaged) -> bool:
    """The studio's file is damaged, so the app cannot open: say so, and offer to restore the
    newest backup (the damaged data is kept as a "before a restore" backup)."""
    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)  # type: ignore[arg-type]
    box = QMessageBox(QMessageBox.Icon.Critical, "Studio App", damaged.summary)
    box.setInformativeText(
        "Restoring replaces the damaged data with the backup; the damaged file is kept in the "
        "backup folder."
        if damaged.backup
        else "Ask for help before using the app again."
    )
    restore = None
    if damaged.backup:
        restore = box.addButton("Restore newest backup", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("Quit", QMessageBox.ButtonRole.RejectRole)
    box.exec()
    return restore is not None and box.clickedButton() is restore
