"""The front desk's lists (SPEC §6): installments due today and overdue, and memberships
expiring in the next days with what will happen when they end (the extension notices)."""

from __future__ import annotations

from datetime import timedelta
from functools import cache

from sqlalchemy import select

from studio_app.domain.bounds import MAX_LOOKAHEAD_DAYS, check_int
from studio_app.domain.installments import installment_state
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow
from studio_app.models import Member, Membership
from studio_app.services import installments
from studio_app.services.context import ServiceContext
from studio_app.services.studio import money_format


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
        with self.ctx.uow.read() as uow:
            s = uow.session
            rows = s.execute(
                select(Membership, Member)
                .join(Member, Membership.member_id == Member.id)
                .where(
                    Membership.ends_on >= today,
                    Membership.ends_on < today + timedelta(days=days),
                    Membership.cancelled.is_(False),
                    Membership.package_id.is_(None),
                )
                .order_by(Membership.ends_on, Member.last_name, Member.first_name)
            ).all()
            ids = [m.id for m, _ in rows]
            latest, rounds = installments.latest_of(s, ids), installments.newest_rounds(s, ids)
            result = []
            for m, member in rows:
                last = latest.get(m.id)
                ending = installments.extension(m, last, bool(member.card_on_file))
                result.append(
                    ExpiringRow(
                        m.id,
                        member.id,
                        member.full_name,
                        m.plan_name,
                        m.ends_on,
                        installments.number_text(m, last, rounds.get(m.id, 1)) if last else "",
                        ending.text,
                        ending.notice,
                    )
                )
            return result
