"""The front desk's lists (SPEC §6): installments due today and overdue, and memberships
expiring in the next days with what will happen when they end (the extension notices)."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import select

from studio_app.domain.installments import installment_state
from studio_app.dto.billing import DueInstallmentRow, ExpiringRow
from studio_app.models import Installment, Member, Membership
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
            money = money_format(s)
            rows = s.execute(
                select(Installment, Membership, Member)
                .join(Membership, Installment.membership_id == Membership.id)
                .join(Member, Membership.member_id == Member.id)
                .where(
                    Installment.paid.is_(False),
                    Installment.due_on <= today,
                    Membership.cancelled.is_(False),
                )
                .order_by(Installment.due_on, Member.last_name, Member.first_name)
            ).all()
            return [
                DueInstallmentRow(
                    i.id,
                    member.id,
                    member.full_name,
                    m.plan_name,
                    installments.text_of(s, m, i),
                    i.due_on,
                    money.text(i.amount_cents),
                    installment_state(False, i.due_on, today),
                    bool(member.card_on_file),
                )
                for i, m, member in rows
            ]

    def expiring(self, days: int) -> list[ExpiringRow]:
        """Memberships whose last day falls within the next ``days`` days (today included),
        soonest first, with "Will be extended automatically" where seed 003 says so."""
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
            result = []
            for m, member in rows:
                last = installments.latest(s, m.id)
                text, _renews = installments.extension(m, last, bool(member.card_on_file))
                notice = text == installments.AUTOMATIC_TEXT
                result.append(
                    ExpiringRow(
                        m.id,
                        member.id,
                        member.full_name,
                        m.plan_name,
                        m.ends_on,
                        installments.text_of(s, m, last) if last else "",
                        text,
                        notice,
                    )
                )
            return result
