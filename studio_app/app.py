"""The composition root: builds the engine and services, the controllers, views and windows."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QFile, QSettings, QTextStream
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox

from studio_app.config import default_db_path
from studio_app.db.sqlite_files import sqlite_file
from studio_app.desktop_entry import APP_ID, ICON_RESOURCE
from studio_app.domain.errors import DatabaseDamaged
from studio_app.gui import resources_rc  # noqa: F401  (registers :/icons and :/style.qss)
from studio_app.gui.controllers.activity_log import ActivityLogController
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.backups import BackupsController
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.gui.controllers.data_export import ExportController
from studio_app.gui.controllers.data_import import ImportController
from studio_app.gui.controllers.front_desk import FrontDeskController
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.controllers.policies import PolicyController
from studio_app.gui.controllers.reports import ReportsController
from studio_app.gui.controllers.sales_settings import SalesSettingsController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.controllers.settings import SettingsController
from studio_app.gui.error_hook import install_error_hook
from studio_app.gui.views.activity_log_page import ActivityLogPage
from studio_app.gui.views.appointments_tab import AppointmentsTab
from studio_app.gui.views.backups_page import BackupsPage
from studio_app.gui.views.billing_tab import BillingTab
from studio_app.gui.views.booking_policy_page import BookingPolicyPage
from studio_app.gui.views.credits_tab import CreditsTab
from studio_app.gui.views.export_dialog import ExportDialog
from studio_app.gui.views.first_run_dialog import FirstRunDialog
from studio_app.gui.views.front_desk import FrontDeskView
from studio_app.gui.views.login_dialog import LoginDialog
from studio_app.gui.views.main_window import MainWindow
from studio_app.gui.views.members import MembersView
from studio_app.gui.views.payer_check_tab import PayerCheckTab
from studio_app.gui.views.reports_page import ReportsPage
from studio_app.gui.views.sales_settings_page import SalesSettingsPage
from studio_app.gui.views.schedule import ScheduleView
from studio_app.gui.views.settings import SettingsView
from studio_app.gui.views.splitter_memory import desk_settings
from studio_app.services.container import Services


def build_main_window(services: Services, settings: QSettings | None = None) -> MainWindow:
    """Wire every controller and view of one studio database into a main window; the window's
    layout (the Schedule page's splitter) is kept in ``settings`` when given."""
    signals = AppSignals()
    session = SessionController(services, signals)
    appointments = AppointmentController(services, signals)
    credits = CreditsController(services, signals)
    billing = BillingController(services, signals)
    schedule = ScheduleView(
        ScheduleController(services, signals),
        AttendanceController(services, signals),
        appointments=appointments,
        settings=settings,
    )
    members = MembersView(
        MembersController(services, signals),
        MemberProfileController(services, signals),
        profile_tabs=(
            ("Credits", CreditsTab(credits)),
            ("Installments && payments", BillingTab(billing)),
            ("Appointments", AppointmentsTab(appointments)),
            ("Can pay?", PayerCheckTab(credits)),
        ),
        holds=HoldController(services, signals),
        billing=billing,
        imports=ImportController(services, signals),
    )
    settings = SettingsView(
        SettingsController(services, signals),
        policy_page=BookingPolicyPage(PolicyController(services, signals)),
        sales_page=SalesSettingsPage(SalesSettingsController(services, signals)),
        backups_page=BackupsPage(BackupsController(services, signals)),
        activity_page=ActivityLogPage(ActivityLogController(services, signals)),
    )
    front_desk = FrontDeskView(FrontDeskController(services, signals), billing)
    exports = ExportController(services, signals)
    reports = ReportsController(services, signals)
    window = MainWindow(
        session,
        schedule,
        front_desk,
        members,
        ReportsPage(reports),
        settings,
        export_dialog_factory=lambda parent: ExportDialog(exports, parent),
    )
    exports.setParent(window)
    reports.setParent(window)  # goes with the window: waits for a report, removes previews
    signals.setParent(window)
    # The daily backup, scheduled credits and expiries now, and again after every midnight.
    DailyRoutineController(services, signals, window).run()
    return window


def apply_style(app: QApplication) -> None:
    """The app's name, its icon on every window and in the taskbar (which the desktop matches
    to the installed desktop entry by its name), and the house stylesheet."""
    app.setApplicationName("Studio App")
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(ICON_RESOURCE))
    style = QFile(":/style.qss")
    if style.open(QFile.OpenModeFlag.ReadOnly | QFile.OpenModeFlag.Text):
        app.setStyleSheet(QTextStream(style).readAll())


def error_log_folder(services: Services) -> Path:
    """Beside the SQLite file, or the user data folder for a server database."""
    database = sqlite_file(services.ctx.uow.engine)
    return database.parent if database is not None else default_db_path().parent


def run_gui(services: Services) -> int:
    """First start asks for the studio and owner; later starts ask for a login."""
    app = QApplication.instance() or QApplication(sys.argv)
    apply_style(app)  # type: ignore[arg-type]
    install_error_hook(error_log_folder(services))
    session = SessionController(services, AppSignals())
    first = FirstRunDialog(session) if session.needs_setup() else LoginDialog(session)
    if first.exec() != QDialog.DialogCode.Accepted:
        return 0
    while True:
        window = build_main_window(services, desk_settings())
        window.show()
        app.exec()
        if not window.logged_out or LoginDialog(session).exec() != QDialog.DialogCode.Accepted:
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
