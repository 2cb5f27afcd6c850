"""One member's profile: memberships, bookings, user logs; selling a plan, signing out and paying
an unpaid visit."""

from __future__ import annotations

from datetime import date

from studio_app.domain.formats import validity_text
from studio_app.domain.plans import PlanKind
from studio_app.dto.billing import PaymentInput, PaymentQuote
from studio_app.dto.changes import Change
from studio_app.dto.members import AuditRow, BookingRow, MemberProfile, Page, PageCursor
from studio_app.dto.plans import PlanRow
from studio_app.gui.controllers.visit_payments import VisitPaymentController
from studio_app.services.profiles import PAGE_SIZE

__all__ = [
    "PAGE_SIZE",
    "AuditRow",
    "BookingRow",
    "MemberProfile",
    "MemberProfileController",
    "Page",
    "PageCursor",
    "PaymentInput",
    "PaymentQuote",
    "PlanRow",
    "describe_plan",
]


def describe_plan(plan: PlanRow) -> str:
    """How the desk sees a plan when selling: "10-session pass · 90.00 · 10 sessions / 3 months"
    (a time-based plan reads "unlimited / 1 month")."""
    what = (
        f"{plan.entries} sessions"
        if plan.kind is PlanKind.SESSION_PASS and plan.entries
        else "unlimited"
    )
    duration = validity_text(plan.duration_count, plan.duration_unit)
    return f"{plan.name} · {plan.price} · {what} / {duration}"


class MemberProfileController(VisitPaymentController):
    USES = ("bookings", "memberships", "plans", "profiles")
    RELOAD_ON = frozenset({Change.MEMBERS, Change.MEMBERSHIPS, Change.BOOKINGS})

    def profile(
        self, member_id: int, history_limit: int = PAGE_SIZE, logs_limit: int = PAGE_SIZE
    ) -> MemberProfile | None:
        """Details, memberships (newest end first) with their holds, upcoming bookings (active
        signups), the newest ``history_limit`` bookings of the history and the newest
        ``logs_limit`` lines of the user log."""
        return self.ask(
            self.services.profiles.profile,
            member_id,
            history_limit=history_limit,
            logs_limit=logs_limit,
        )

    def older_history(self, member_id: int, before: PageCursor) -> Page[BookingRow] | None:
        """The next page of the booking history, older than ``before``."""
        return self.ask(self.services.profiles.history, member_id, before=before)

    def older_logs(self, member_id: int, before: PageCursor) -> Page[AuditRow] | None:
        """The next page of the user log, older than ``before``."""
        return self.ask(self.services.profiles.logs, member_id, before=before)

    def plans(self) -> list[PlanRow]:
        """Only active plans are on sale; editing a plan never rewrites memberships sold."""
        return self.ask(self.services.plans.list_plans, include_inactive=False) or []

    def preview_end(self, plan_id: int, start: date) -> date | None:
        """The last valid day the membership would have: start + duration − 1 day."""
        return self.ask(self.services.memberships.preview_end, plan_id, start)

    def first_payment(self, member_id: int, plan_id: int, start: date) -> PaymentQuote | None:
        """What the sale's first installment will ask (amount, due date, discounts on offer)."""
        return self.ask(self.services.memberships.first_payment, member_id, plan_id, start)

    def sell(
        self, member_id: int, plan_id: int, start: date, payment: PaymentInput | None = None
    ) -> int | None:
        """Sell a plan from ``start``; a session pass grants its N entries at once. With
        ``payment`` the first installment is paid in the same step (a refused payment sells
        nothing). Returns the new membership id, or None with the refusal in ``last_error``;
        the banner says what was sold and what is due."""
        result = self.act(self.services.memberships.sell, member_id, plan_id, start, payment)
        return result.value if result else None

    def sign_out(self, booking_id: int) -> bool:
        """Sign out of an upcoming class: the session returns to the membership it came from."""
        return self.act(self.services.bookings.sign_out, booking_id) is not None
