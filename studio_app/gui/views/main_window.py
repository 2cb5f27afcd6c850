"""The main window: navigation (Schedule, Front desk, Members, Reports, Settings), a card-scan
check-in field, and messages floating over the page that say every refusal or confirmation in
words (they never move the page). Reports is listed only for accounts holding the ``reports``
privilege (the services refuse the others anyway).

The keyboard: the window shortcuts of ``shortcuts.SHORTCUTS`` (Ctrl+F, Ctrl+1…5, Ctrl+P, F1)
work on every page; the navigation never takes the focus on a click and ignores typed letters,
so a name typed after a click never switches pages.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QMainWindow, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_main_window import Ui_MainWindow
from studio_app.gui.views.message_overlay import MessageKind, MessageOverlay
from studio_app.gui.views.permissions import allow
from studio_app.gui.views.shortcuts import (
    SHORTCUTS,
    Command,
    ShortcutsDialog,
    shortcut_for,
    with_keys,
)

SCHEDULE_PAGE, FRONT_DESK_PAGE, MEMBERS_PAGE, REPORTS_PAGE, SETTINGS_PAGE = 0, 1, 2, 3, 4
BANNER_SECONDS = 12
#: Said when Ctrl+4 is pressed by an account without the reports privilege.
NO_REPORTS = "Reports needs the reports privilege, which this account does not hold."
#: Said when Ctrl+P is pressed with no class selected on the schedule.
NO_CLASS = "Select a class in the schedule first, then print its attendance sheet."
#: The most the header's names take (pixels): the window still fits a 1366×768 screen.
STUDIO_NAME_WIDTH, STAFF_NAME_WIDTH = 300, 220


@dataclass(frozen=True)
class Pages:
    """How to build each page of the navigation. A page is built when it is first shown (or
    first asked for), so the window paints at start with only the Schedule built: a page
    nobody opens costs nothing, and each reads its data fresh as it is built."""

    schedule: Callable[[], QWidget]
    front_desk: Callable[[], QWidget]
    members: Callable[[], QWidget]
    reports: Callable[[], QWidget]
    settings: Callable[[], QWidget]

    def in_navigation_order(self) -> tuple[Callable[[], QWidget], ...]:
        """In the order of the navigation items (the *_PAGE constants)."""
        return (self.schedule, self.front_desk, self.members, self.reports, self.settings)


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: SessionController,
        pages: Pages,
        *,
        export_dialog_factory: Callable[[QWidget], QDialog] | None = None,
        offers_import: bool = False,
    ) -> None:
        super().__init__()
        self._export_dialog_factory = export_dialog_factory
        self._offers_import = offers_import
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self._factories = pages.in_navigation_order()
        self._built: dict[int, QWidget] = {}
        for _factory in self._factories:
            self.ui.pages.addWidget(QWidget())  # stands in until the page is first shown
        self.ui.navigation.currentRowChanged.connect(self._open_page)
        self.ui.navigation.installEventFilter(_NoTypeAhead(self))
        self.ui.navigation.setCurrentRow(SCHEDULE_PAGE)
        # The window opens with the week calendar's arrows ready, not in the navigation.
        self.schedule_page.calendar.setFocus()  # type: ignore[attr-defined]
        self.messages = MessageOverlay(
            self.ui.messageOverlay,
            self.ui.messageLabel,
            self.ui.messageCloseButton,
            self.ui.pages,
            BANNER_SECONDS,
        )
        signals = session.signals
        signals.error.connect(lambda text: self.show_banner(text, MessageKind.ERROR))
        signals.warning.connect(lambda text: self.show_banner(text, MessageKind.WARNING))
        signals.info.connect(lambda text: self.show_banner(text, MessageKind.INFO))
        signals.open_member.connect(self.open_member)
        signals.changed.connect(self._on_changed)
        self.ui.cardScanEdit.returnPressed.connect(self._check_in)
        self.logged_out = False
        signals.logged_out.connect(self._on_logged_out)
        self.ui.logOutButton.clicked.connect(session.log_out)
        self._build_file_menu()
        self._bind_shortcuts()
        self.refresh_header()

    def page(self, index: int) -> QWidget:
        """The page at navigation row ``index``, built now if it has not been yet."""
        built = self._built.get(index)
        if built is None:
            built = self._built[index] = self._factories[index]()
            stand_in = self.ui.pages.widget(index)
            self.ui.pages.insertWidget(index, built)
            self.ui.pages.removeWidget(stand_in)
            stand_in.deleteLater()
        return built

    @property
    def schedule_page(self) -> QWidget:
        return self.page(SCHEDULE_PAGE)

    @property
    def front_desk_page(self) -> QWidget:
        return self.page(FRONT_DESK_PAGE)

    @property
    def members_page(self) -> QWidget:
        return self.page(MEMBERS_PAGE)

    @property
    def reports_page(self) -> QWidget:
        return self.page(REPORTS_PAGE)

    @property
    def settings_page(self) -> QWidget:
        return self.page(SETTINGS_PAGE)

    def built_pages(self) -> list[int]:
        """The navigation rows whose page has been built so far."""
        return sorted(self._built)

    def refresh_navigation(self) -> None:
        """Reports is listed only while the logged-in account holds the ``reports`` privilege
        (taken away at another desk, it goes at the next change seen here)."""
        actor = self.session.actor()
        allowed = actor is not None and actor.can(Privilege.REPORTS)
        navigation = self.ui.navigation
        navigation.item(REPORTS_PAGE).setHidden(not allowed)
        if not allowed and navigation.currentRow() == REPORTS_PAGE:
            navigation.setCurrentRow(SCHEDULE_PAGE)

    def _build_file_menu(self) -> None:
        """File: Import members… (on the Members page) and Export data… (each entry only when
        the app provides its dialog), greyed with the reason as the menu opens when the account
        lacks the privilege (``settings`` to import, ``reports`` to export)."""
        menu = self.menuBar().addMenu("&File")
        menu.setToolTipsVisible(True)
        needs: dict[QAction, Privilege] = {}
        if self._offers_import:
            action = menu.addAction("&Import members…", self.open_import_wizard)
            needs[action] = Privilege.SETTINGS
        if self._export_dialog_factory is not None:
            needs[menu.addAction("&Export data…", self.open_export_dialog)] = Privilege.REPORTS

        def grey() -> None:
            for action, privilege in needs.items():
                allow(action, privilege, self.session.can(privilege))

        menu.aboutToShow.connect(grey)
        grey()

    def _bind_shortcuts(self) -> None:
        """One action per window shortcut of the table (so the Help list is what works), the
        navigation's tooltips naming them, and Help → Keyboard shortcuts."""
        handlers: dict[Command, Callable[[int | None], object]] = {
            Command.FIND_MEMBER: lambda _page: self.find_member(),
            Command.OPEN_PAGE: self.go_to_page,
            Command.PRINT_SHEET: lambda _page: self.print_class_sheet(),
            Command.SHOW_SHORTCUTS: lambda _page: self.shortcuts_dialog().open(),
        }
        self.shortcut_actions: dict[str, QAction] = {}
        for shortcut in SHORTCUTS:
            if shortcut.command is None:
                continue  # a widget's own keys
            action = QAction(shortcut.what, self, shortcut=QKeySequence(shortcut.keys))
            run = handlers[shortcut.command]
            action.triggered.connect(lambda _=False, run=run, page=shortcut.page: run(page))
            self.addAction(action)
            self.shortcut_actions[shortcut.keys] = action
            if shortcut.page is not None:
                item = self.ui.navigation.item(shortcut.page)
                item.setToolTip(with_keys(item.text(), Command.OPEN_PAGE, shortcut.page))
        help_menu = self.menuBar().addMenu("&Help")
        shown = self.shortcut_actions[shortcut_for(Command.SHOW_SHORTCUTS).keys]
        shown.setText("&Keyboard shortcuts…")
        help_menu.addAction(shown)

    def shortcuts_dialog(self) -> ShortcutsDialog:
        """Help → Keyboard shortcuts (F1), not yet opened."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return dialog

    def go_to_page(self, page: int | None) -> None:
        """Ctrl+1…5: open a listed page; Reports, when not listed, says why instead."""
        assert page is not None
        if self.ui.navigation.item(page).isHidden():
            self.show_banner(NO_REPORTS, MessageKind.ERROR)
            return
        self.ui.navigation.setCurrentRow(page)

    def find_member(self) -> None:
        """Ctrl+F: the Members page with its search focused and selected, to type over."""
        self.ui.navigation.setCurrentRow(MEMBERS_PAGE)
        self.members_page.focus_search()  # type: ignore[attr-defined]

    def print_class_sheet(self) -> None:
        """Ctrl+P: print the attendance sheet of the class selected on the schedule."""
        if not self.schedule_page.print_selected_sheet():  # type: ignore[attr-defined]
            self.show_banner(NO_CLASS, MessageKind.ERROR)

    def _open_page(self, row: int) -> None:
        """Show the navigation's page (built as it first opens); the Members search takes the
        focus whenever it opens."""
        if row < 0:
            return
        self.page(row)
        self.ui.pages.setCurrentIndex(row)
        if row == MEMBERS_PAGE:
            self.members_page.focus_search()  # type: ignore[attr-defined]

    def open_import_wizard(self) -> None:
        """File → Import members…: the Members page opens, with the import wizard over it."""
        self.ui.navigation.setCurrentRow(MEMBERS_PAGE)
        self.members_page.import_members()  # type: ignore[attr-defined]

    def open_export_dialog(self) -> QDialog:
        """Open File → Export data… over the window, without blocking the event loop: the window
        keeps repainting while the export runs on its worker thread."""
        assert self._export_dialog_factory is not None
        dialog = self._export_dialog_factory(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def refresh_header(self) -> None:
        """The studio's and the staff member's names; a long one (up to 100 characters) ends
        in "…" and is whole in the tooltip, so the header never widens the window."""
        name = self.session.studio_name()
        _show_elided(self.ui.studioNameLabel, name, STUDIO_NAME_WIDTH)
        self.setWindowTitle(f"{name} — Studio App" if name else "Studio App")
        actor = self.session.actor()
        staff = f"{actor.name} ({actor.role.label})" if actor else ""
        _show_elided(self.ui.staffLabel, staff, STAFF_NAME_WIDTH)
        self.refresh_navigation()

    def open_member(self, member_id: int) -> None:
        self.ui.navigation.setCurrentRow(MEMBERS_PAGE)
        self.members_page.show_member(member_id)  # type: ignore[attr-defined]

    def show_banner(self, text: str, kind: MessageKind) -> None:
        """Float the message over the top of the page (and in the status bar) for
        ``BANNER_SECONDS``; the page under it does not move."""
        if not text:
            return
        self.messages.show(text, kind)
        self.statusBar().showMessage(text, BANNER_SECONDS * 1000)

    def hide_banner(self) -> None:
        self.messages.hide()

    def banner_text(self) -> str:
        return self.messages.text()

    def _on_logged_out(self) -> None:
        """Log out closes the window; the app then asks for the next login."""
        self.logged_out = True
        self.close()

    def _check_in(self) -> None:
        code = self.ui.cardScanEdit.text().strip()
        if not code:
            return
        message = self.session.check_in_card(code)
        if message:
            self.show_banner(message, MessageKind.INFO)
        self.ui.cardScanEdit.clear()

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.session.concerns(changes):  # type: ignore[arg-type]
            self.refresh_header()


def _show_elided(label: QLabel, text: str, width: int) -> None:
    label.ensurePolished()  # the style sheet's font (the studio's name is larger)
    shown = label.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, width)
    label.setText(shown)
    label.setToolTip(text if shown != text else "")


class _NoTypeAhead(QObject):
    """The navigation ignores typed characters: a list's type-ahead would open "Front desk"
    at an "F" typed for a member's name. Arrows, Tab and shortcuts keep working."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            chord = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
            text = event.text()
            typed = bool(text) and text.isprintable() and not text.isspace()
            return typed and not event.modifiers() & chord
        return False
