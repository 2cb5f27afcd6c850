"""Selling a membership and taking its first installment in one step (issue 14, item 9): one
service call, one transaction — a refused payment sells nothing; a sale without payment says
how much is due and when."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import Discount, InstallmentState
from studio_app.domain.payments import PaymentMethod
from studio_app.domain.privileges import Privilege
from studio_app.dto.billing import PaymentInput
from studio_app.dto.changes import Change
from tests.factories import StudioFactory


@pytest.fixture
def zoe(studio: StudioFactory) -> int:
    studio.svc.studio.set_money_format(MoneyFormat("€"))
    return studio.member("Zoë", "Ångström")


def _nothing_sold(studio: StudioFactory, member: int) -> None:
    assert studio.svc.memberships.for_member(member) == []
    assert studio.svc.contracts.installments(member) == []
    assert studio.svc.payments.history(member) == []
    logs = studio.svc.profiles.profile(member).logs.rows
    assert not [log for log in logs if "Bought" in log.action or "Paid" in log.action]


def test_selling_with_payment_pays_the_first_installment_in_the_same_step(
    studio: StudioFactory, zoe: int
) -> None:
    plan = studio.contract_plan("Open monthly", price_cents=3100, loyalty_discount_cents=500)
    sold = studio.svc.memberships.sell(
        zoe, plan, date(2026, 12, 1), PaymentInput(PaymentMethod.CASH, Discount.LOYALTY)
    )

    assert sold.message == (
        "Sold Open monthly to Zoë Ångström and took the first installment: "
        "€26.00 (Cash, on-time discount €5.00)."
    )
    assert {Change.MEMBERSHIPS, Change.PAYMENTS} <= sold.changes
    (row,) = studio.svc.contracts.installments(zoe)
    assert (row.membership_id, row.state) == (sold.value, InstallmentState.PAID)
    (payment,) = studio.svc.payments.history(zoe)
    assert (payment.amount, payment.discount, payment.staff_name) == (
        "€26.00",
        "€5.00",
        "Olivia Owner",
    )
    logs = [(log.staff_name, log.action) for log in studio.svc.profiles.profile(zoe).logs.rows]
    assert logs[0] == (
        "Olivia Owner",
        "Paid installment 1 of Open monthly: €26.00 (Cash, on-time discount €5.00)",
    )
    assert logs[1][1].startswith("Bought Open monthly (€31.00)")


def test_a_declined_payment_sells_nothing(studio: StudioFactory, zoe: int) -> None:
    plan = studio.contract_plan("Open monthly")
    with pytest.raises(DomainError) as refused:
        studio.svc.memberships.sell(
            zoe, plan, date(2026, 12, 1), PaymentInput(PaymentMethod.CARD_ON_FILE)
        )
    assert refused.value.message == (
        "Zoë Ångström has no card on file: choose another payment method."
    )
    _nothing_sold(studio, zoe)


def test_a_discount_the_desk_may_not_give_sells_nothing(studio: StudioFactory, zoe: int) -> None:
    plan = studio.contract_plan("Open monthly")
    studio.front_desk(privileges=frozenset({Privilege.REPORTS}))
    studio.log_in("desk")
    with pytest.raises(DomainError) as refused:
        studio.svc.memberships.sell(
            zoe, plan, date(2026, 12, 1), PaymentInput(PaymentMethod.CASH, Discount.OTHER, 500)
        )
    assert "'billing' privilege" in refused.value.message
    _nothing_sold(studio, zoe)


def test_selling_without_payment_says_what_is_due_and_when(studio: StudioFactory, zoe: int) -> None:
    plan = studio.contract_plan("Monthly unlimited", price_cents=5900)
    sold = studio.svc.memberships.sell(zoe, plan, date(2026, 12, 1))
    assert sold.message == (
        "Sold Monthly unlimited to Zoë Ångström; the first installment (€59.00) is due on "
        "1 Dec 2026."
    )
    assert Change.PAYMENTS not in sold.changes
    assert studio.svc.contracts.installments(zoe)[0].state is InstallmentState.DUE

    late = studio.svc.memberships.sell(zoe, plan, date(2026, 11, 20))
    assert late.message.endswith("(€59.00) was due on 20 Nov 2026, so it is overdue.")


def test_the_quote_is_the_first_installment_the_sale_writes(
    studio: StudioFactory, zoe: int
) -> None:
    """20–31 December of 31.00 "from the 1st" with prorata: 12 of 31 days, 12.00."""
    plan = studio.contract_plan(
        "Monthly from the 1st", from_first=True, prorata=True, loyalty_discount_cents=200
    )
    quote = studio.svc.memberships.first_payment(zoe, plan, date(2026, 12, 20))
    assert quote.installment_id is None
    assert (quote.member_name, quote.plan_name, quote.number_text) == (
        "Zoë Ångström",
        "Monthly from the 1st",
        "1",
    )
    assert (quote.due_on, quote.amount_cents) == (date(2026, 12, 20), 1200)
    assert quote.loyalty_offered and quote.loyalty_cents == 200

    studio.svc.memberships.sell(zoe, plan, date(2026, 12, 20), PaymentInput(PaymentMethod.CARD))
    (row,) = studio.svc.contracts.installments(zoe)
    assert (row.amount, row.state) == ("€12.00", InstallmentState.PAID)


def test_nothing_to_pay_takes_no_payment(studio: StudioFactory, zoe: int) -> None:
    plan = studio.contract_plan("Free trial week", price_cents=0)
    sold = studio.svc.memberships.sell(
        zoe, plan, date(2026, 12, 1), PaymentInput(PaymentMethod.CASH)
    )
    assert sold.message == "Sold Free trial week to Zoë Ångström; there is nothing to pay."
    assert studio.svc.payments.history(zoe) == []
