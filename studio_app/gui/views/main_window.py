"""The main window: navigation (Schedule, Front desk, Members, Reports, Settings), a card-scan
check-in field, and a banner that shows every refusal or confirmation in words. Reports is listed
only for accounts holding the ``reports`` privilege (the services refuse the others anyway)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QDialog, QMainWindow, QWidget

from studio_app.domain.privileges import Privilege
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.forms.ui_main_window import Ui_MainWindow

SCHEDULE_PAGE, FRONT_DESK_PAGE, MEMBERS_PAGE, REPORTS_PAGE, SETTINGS_PAGE = 0, 1, 2, 3, 4
BANNER_SECONDS = 12


class MainWindow(QMainWindow):
    def __init__(
        self,
        session: SessionController,
        schedule_page: QWidget,
        front_desk_page: QWidget,
        members_page: QWidget,
        reports_page: QWidget,
        settings_page: QWidget,
        *,
        export_dialog_factory: Callable[[QWidget], QDialog] | None = None,
    ) -> None:
        super().__init__()
        self._export_dialog_factory = export_dialog_factory
        self.session = session
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.schedule_page, self.front_desk_page = schedule_page, front_desk_page
        self.members_page, self.settings_page = members_page, settings_page
        self.reports_page = reports_page
        # In the order of the navigation items (the *_PAGE constants).
        pages = (schedule_page, front_desk_page, members_page, reports_page, settings_page)
        for page in pages:
            self.ui.pages.addWidget(page)
        self.ui.navigation.currentRowChanged.connect(self.ui.pages.setCurrentIndex)
        self.ui.navigation.setCurrentRow(SCHEDULE_PAGE)
        self._banner_timer = QTimer(self, singleShot=True, interval=BANNER_SECONDS * 1000)
        self._banner_timer.timeout.connect(self.hide_banner)
        self.ui.bannerCloseButton.clicked.connect(self.hide_banner)
        self.hide_banner()
        signals = session.signals
        signals.error.connect(lambda text: self.show_banner(text, "error"))
        signals.info.connect(lambda text: self.show_banner(text, "info"))
        signals.open_member.connect(self.open_member)
        signals.changed.connect(self._on_changed)
        self.ui.cardScanEdit.returnPressed.connect(self._check_in)
        self.logged_out = False
        signals.logged_out.connect(self._on_logged_out)
        self.ui.logOutButton.clicked.connect(session.log_out)
        self._build_file_menu()
        self.refresh_header()

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
        the app provides its dialog)."""
        menu = self.menuBar().addMenu("&File")
        if getattr(self.members_page, "imports", None) is not None:
            menu.addAction("&Import members…", self.open_import_wizard)
        if self._export_dialog_factory is not None:
            menu.addAction("&Export data…", self.open_export_dialog)

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
        name = self.session.studio_name()
        self.ui.studioNameLabel.setText(name)
        self.setWindowTitle(f"{name} — Studio App" if name else "Studio App")
        actor = self.session.actor()
        self.ui.staffLabel.setText(f"{actor.name} ({actor.role.label})" if actor else "")
        self.refresh_navigation()

    def open_member(self, member_id: int) -> None:
        self.ui.navigation.setCurrentRow(MEMBERS_PAGE)
        self.members_page.show_member(member_id)  # type: ignore[attr-defined]

    def show_banner(self, text: str, kind: str) -> None:
        if not text:
            return
        label = self.ui.bannerLabel
        label.setProperty("kind", kind)
        label.style().unpolish(label)
        label.style().polish(label)
        label.setText(text)
        label.setVisible(True)
        self.ui.bannerCloseButton.setVisible(True)
        self.statusBar().showMessage(text, BANNER_SECONDS * 1000)
        self._banner_timer.start()

    def hide_banner(self) -> None:
        self.ui.bannerLabel.clear()
        self.ui.bannerLabel.setVisible(False)
        self.ui.bannerCloseButton.setVisible(False)

    def banner_text(self) -> str:
        return self.ui.bannerLabel.text() if self.ui.bannerLabel.isVisible() else ""

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
            self.show_banner(message, "info")
        self.ui.cardScanEdit.clear()

    def _on_changed(self, changes: frozenset[object]) -> None:
        if self.session.concerns(changes):  # type: ignore[arg-type]
            self.refresh_header()
