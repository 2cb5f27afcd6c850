"""The composition root of the main window: its controllers and views, wired to the services
(the start before it, the first dialog and opening the studio, is gui/launch.py)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QSettings

from studio_app.config import default_db_path
from studio_app.container import Services
from studio_app.db.sqlite_files import sqlite_file
from studio_app.gui import resources_rc  # noqa: F401  (registers :/icons and :/style.qss)
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.attendance import AttendanceController
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.controllers.daily_routine import DailyRoutineController
from studio_app.gui.controllers.schedule import ScheduleController
from studio_app.gui.controllers.session import SessionController
from studio_app.gui.views.first_paint import after_first_paint
from studio_app.gui.views.main_window import MainWindow, Pages
from studio_app.gui.views.schedule import ScheduleView

if TYPE_CHECKING:
    from PySide6.QtWidgets import QDialog, QWidget

    from studio_app.gui.controllers.data_export import ExportController


def build_main_window(services: Services, settings: QSettings | None = None) -> MainWindow:
    """Wire every controller and view of one studio database into a main window; the window's
    layout (the Schedule page's splitter) is kept in ``settings`` when given.

    Only the Schedule is built and loaded before the window paints: every other page (and the
    modules it needs) is loaded when it is first shown, so a start costs what the first screen
    needs; the daily routine starts once the window is on the screen."""
    signals = AppSignals()
    session = SessionController(services, signals)
    appointments = AppointmentController(services, signals)
    credits = CreditsController(services, signals)
    billing = BillingController(services, signals)
    exports: list[ExportController] = []  # made with the first export dialog, then kept

    def schedule() -> ScheduleView:
        return ScheduleView(
            ScheduleController(services, signals),
            AttendanceController(services, signals),
            appointments=appointments,
            settings=settings,
        )

    def front_desk() -> QWidget:
        from studio_app.gui.controllers.front_desk import FrontDeskController
        from studio_app.gui.views.front_desk import FrontDeskView

        return FrontDeskView(FrontDeskController(services, signals), billing)

    def members() -> QWidget:
        from studio_app.gui.controllers.data_import import ImportController
        from studio_app.gui.controllers.holds import HoldController
        from studio_app.gui.controllers.member_profile import MemberProfileController
        from studio_app.gui.controllers.members import MembersController
        from studio_app.gui.views.appointments_tab import AppointmentsTab
        from studio_app.gui.views.billing_tab import BillingTab
        from studio_app.gui.views.credits_tab import CreditsTab
        from studio_app.gui.views.members import MembersView
        from studio_app.gui.views.payer_check_tab import PayerCheckTab

        return MembersView(
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

    def reports() -> QWidget:
        from studio_app.gui.controllers.reports import ReportsController
        from studio_app.gui.views.reports_page import ReportsPage

        controller = ReportsController(services, signals)
        # It goes with the window, not the page: it waits for a report, removes previews.
        controller.setParent(window)
        return ReportsPage(controller)

    def studio_settings() -> QWidget:
        from studio_app.gui.controllers.activity_log import ActivityLogController
        from studio_app.gui.controllers.backups import BackupsController
        from studio_app.gui.controllers.policies import PolicyController
        from studio_app.gui.controllers.sales_settings import SalesSettingsController
        from studio_app.gui.controllers.settings import SettingsController
        from studio_app.gui.views.settings.activity_log_page import ActivityLogPage
        from studio_app.gui.views.settings.backups_page import BackupsPage
        from studio_app.gui.views.settings.booking_policy_page import BookingPolicyPage
        from studio_app.gui.views.settings.sales_settings_page import SalesSettingsPage
        from studio_app.gui.views.settings.screen import SettingsView

        return SettingsView(
            SettingsController(services, signals),
            policy_page=BookingPolicyPage(PolicyController(services, signals)),
            sales_page=SalesSettingsPage(SalesSettingsController(services, signals)),
            backups_page=BackupsPage(BackupsController(services, signals)),
            activity_page=ActivityLogPage(ActivityLogController(services, signals)),
        )

    def export_dialog(parent: QWidget) -> QDialog:
        from studio_app.gui.controllers.data_export import ExportController
        from studio_app.gui.views.export_dialog import ExportDialog

        if not exports:  # one for the window: it waits for an export at closing
            exports.append(ExportController(services, signals, window))
        return ExportDialog(exports[0], parent)

    window = MainWindow(
        session,
        Pages(
            schedule=schedule,
            front_desk=front_desk,
            members=members,
            reports=reports,
            settings=studio_settings,
        ),
        export_dialog_factory=export_dialog,
        offers_import=True,
    )
    signals.setParent(window)
    # The daily backup, scheduled credits and expiries as soon as the window is on the screen,
    # and again after every midnight.
    after_first_paint(window, DailyRoutineController(services, signals, window).run)
    return window


def error_log_folder(services: Services) -> Path:
    """Beside the SQLite file, or the user data folder for a server database."""
    database = sqlite_file(services.ctx.uow.engine)
    return database.parent if database is not None else default_db_path().parent
