"""The front desk's lists (SPEC §6): installments due today and overdue, and memberships
expiring in the next days with what will happen when they end (the extension notices)."""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from studio_app.domain.bounds import MAX_LOOKAHEAD_DAYS, check_int
from studio_app.domain.installments import installment_state
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow
from studio_app.runtime.context import ServiceContext
from studio_app.steps import installments
from studio_app.steps.expiring import ending_between
from studio_app.steps.studio_settings import money_format


class FrontDeskService:
    def __init__(self, ctx: ServiceContext) -> None:
        self.ctx = ctx

    def due(self) -> list[DueInstallmentRow]:
        """Unpaid installments due today or earlier, oldest first."""
        today = self.ctx.clock.today()
        with self.ctx.uow.read() as uow:
            s = uow.session
            amount = cache(money_format(s).text)  # thousands of rows share a few amounts
            return [
                DueInstallmentRow(
                    row.installment_id,
                    row.member_id,
                    row.member_name,
                    row.plan_name,
                    row.numbered,
                    row.due_on,
                    amount(row.amount_cents),
                    installment_state(False, row.due_on, today),
                    row.card_on_file,
                )
                for row in installments.open_installments(s, today)
            ]

    def expiring(self, days: int) -> list[ExpiringRow]:
        """Memberships whose last day falls within the next ``days`` days (today included),
        soonest first, with "Will be extended automatically" where seed 003 says so. ``days``
        is 0 to 366."""
        check_int(days, "Days ahead", 0, MAX_LOOKAHEAD_DAYS)
        today = self.ctx.clock.today()
        if days == 0:
            return []
        with self.ctx.uow.read() as uow:
            return [
                ExpiringRow(
                    m.membership_id,
                    m.member_id,
                    m.member_name,
                    m.plan_name,
                    m.ends_on,
                    m.installment,
                    m.ending,
                    m.notice,
                )
                for m in ending_between(uow.session, today, today + timedelta(days=days - 1))
            ]
