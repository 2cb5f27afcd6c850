"""A member's session credits (SPEC §4): the credit report, manual adjustments, the Excel and PDF
exports, and the "Can pay?" check of which membership may pay for a class session and why not.

Adjusting needs the billing privilege and a reason; the service refuses otherwise and the
refusal is kept in ``last_error`` (see Controller).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from studio_app.domain.plans import DEFAULT_CATEGORY
from studio_app.dto.attendance import PayerOption
from studio_app.dto.changes import Change
from studio_app.dto.credits import CreditReport, LedgerRow, LotRow
from studio_app.dto.members import MembershipRow
from studio_app.dto.schedule import SessionBlock
from studio_app.gui.controllers.base import Controller

__all__ = [
    "CreditReport",
    "CreditsController",
    "LedgerRow",
    "LotRow",
    "MembershipRow",
    "PayerOption",
    "SessionBlock",
]


class CreditsController(Controller):
    USES = ("bookings", "credits", "memberships", "schedule", "studio")
    RELOAD_ON = frozenset({Change.CREDITS, Change.MEMBERSHIPS, Change.BOOKINGS})

    # -- the credit report -----------------------------------------------------------------
    def report(self, member_id: int) -> CreditReport | None:
        """Available / used / expired per category, lots (active first) and the full ledger."""
        return self.ask(self.services.credits.report, member_id)

    def memberships(self, member_id: int) -> list[MembershipRow]:
        """The member's memberships, newest end first: credits are adjusted on one of them."""
        return self.ask(self.services.memberships.for_member, member_id) or []

    @staticmethod
    def categories(report: CreditReport | None, membership_id: int) -> list[str]:
        """The credit categories a membership holds lots of, in the order they were issued;
        a membership without lots offers the default category ("Group class")."""
        found: list[str] = []
        for lot in sorted(report.lots if report else (), key=lambda lot: lot.id):
            if lot.membership_id == membership_id and lot.category not in found:
                found.append(lot.category)
        return found or [DEFAULT_CATEGORY]

    @staticmethod
    def available(report: CreditReport | None, membership_id: int, category: str) -> int:
        """Credits of ``category`` still usable on the membership (lots not expired)."""
        return sum(
            lot.left
            for lot in (report.lots if report else ())
            if lot.membership_id == membership_id
            and lot.category == category
            and lot.state != "expired"
        )

    def adjust(
        self,
        member_id: int,
        membership_id: int,
        category: str,
        amount: int,
        reason: str,
        expires_on: date | None = None,
    ) -> bool:
        """Add (+) or remove (−) credits by hand with a mandatory reason (billing privilege);
        added credits are valid until ``expires_on``. False with the refusal in ``last_error``."""
        result = self.act(
            self.services.credits.adjust,
            member_id,
            membership_id,
            category,
            amount,
            reason,
            expires_on,
        )
        return result is not None

    # -- exports ---------------------------------------------------------------------------
    def export_workbook(self, member_id: int, path: Path) -> Path | None:
        """The session credit report as an Excel workbook (Summary, Lots, History sheets)."""
        return self._export(self.services.credits.export_workbook, member_id, path, "report")

    def export_statement(self, member_id: int, path: Path) -> Path | None:
        """The session credit statement as a printable PDF."""
        return self._export(self.services.credits.export_statement, member_id, path, "statement")

    def _export(
        self, writer: Callable[[int, Path, str], Path], member_id: int, path: Path, what: str
    ) -> Path | None:
        """Write the file, then say where it went; a file that cannot be written (a folder
        without permission, a file open in Excel) is refused by the service like any rule."""
        studio_name = self.ask(self.services.studio.studio_name)
        if studio_name is None:
            return None
        written = self.ask(writer, member_id, path, studio_name)
        if written is not None:
            self.signals.info.emit(f"Saved the credit {what} to {written}")
        return written

    # -- "Can pay?" ------------------------------------------------------------------------
    def sessions_on(self, day: date) -> list[SessionBlock]:
        """The class sessions of one day, earliest first."""
        return self.ask(self.services.schedule.day, day) or []

    def payer_check(self, session_id: int, member_id: int) -> list[PayerOption]:
        """Each membership of the member and the exact rule that stops it paying (None = it can)."""
        return self.ask(self.services.bookings.payer_options, session_id, member_id) or []
