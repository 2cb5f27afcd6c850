"""Contracts and payments on the 20,000-member demo (SPEC §6): the front desk's lists, a
member's installments tab and paying an installment. The desk opens these all day, so they
should feel instant: under 100 ms, and under 200 ms for the expiring list, which reads each
membership's terms to say whether it renews by itself (about 1,300 memberships end within a week
at this size). Figures are medians, printed with -s."""

from __future__ import annotations

from sqlalchemy import select

from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput
from studio_app.models import Installment, Membership
from studio_app.services.container import Services
from tests.benchmarks.test_desk_speed import _median_ms


def test_front_desk_lists_and_installments(big_studio: Services) -> None:
    svc = big_studio
    due = _median_ms(svc.front_desk.due, runs=10)
    expiring = _median_ms(lambda: svc.front_desk.expiring(7), runs=10)
    with svc.ctx.uow.read() as uow:
        member = uow.session.scalar(
            select(Membership.member_id)
            .join(Installment, Installment.membership_id == Membership.id)
            .where(Membership.contract_installments.is_not(None))
            .limit(1)
        )
    tab = _median_ms(lambda: (svc.contracts.installments(member), svc.payments.history(member)), 20)
    print(
        f"\nfront desk due list: {due:.1f} ms ({len(svc.front_desk.due())} rows), "
        f"expiring list: {expiring:.1f} ms ({len(svc.front_desk.expiring(7))} rows), "
        f"installments tab: {tab:.1f} ms"
    )
    assert due < 100 and expiring < 200 and tab < 100


def test_pay_an_installment(big_studio: Services) -> None:
    svc = big_studio
    queue = iter(row.installment_id for row in svc.front_desk.due())
    median = _median_ms(
        lambda: svc.payments.pay_installment(next(queue), PaymentInput(PaymentMethod.CASH)), 20
    )
    print(f"\npay an installment: {median:.2f} ms median")
    assert median < 50
