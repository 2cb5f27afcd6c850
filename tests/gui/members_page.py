"""The Members page with every profile tab, holds and sale payments, wired as ``app.py`` wires
it, for tests and benchmarks that need the whole profile without the main window."""

from __future__ import annotations

from studio_app.container import Services
from studio_app.gui.controllers.app_signals import AppSignals
from studio_app.gui.controllers.appointments import AppointmentController
from studio_app.gui.controllers.billing import BillingController
from studio_app.gui.controllers.credits import CreditsController
from studio_app.gui.controllers.holds import HoldController
from studio_app.gui.controllers.member_profile import MemberProfileController
from studio_app.gui.controllers.members import MembersController
from studio_app.gui.views.appointments_tab import AppointmentsTab
from studio_app.gui.views.billing_tab import BillingTab
from studio_app.gui.views.credits_tab import CreditsTab
from studio_app.gui.views.members import MembersView
from studio_app.gui.views.payer_check_tab import PayerCheckTab


def members_page(svc: Services, signals: AppSignals | None = None) -> MembersView:
    signals = signals or AppSignals()
    credits = CreditsController(svc, signals)
    billing = BillingController(svc, signals)
    return MembersView(
        MembersController(svc, signals),
        MemberProfileController(svc, signals),
        profile_tabs=(
            ("Credits", CreditsTab(credits)),
            ("Installments && payments", BillingTab(billing)),
            ("Appointments", AppointmentsTab(AppointmentController(svc, signals))),
            ("Can pay?", PayerCheckTab(credits)),
        ),
        holds=HoldController(svc, signals),
        billing=billing,
    )
