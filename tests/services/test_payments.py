"""Payments (SPEC §6): installments paid with a method and at most one discount, the card on
file through the payment provider, products sold at the desk, the front desk's lists and the
studio's money format."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studio_app.domain.errors import DomainError
from studio_app.domain.formats import MoneyFormat
from studio_app.domain.installments import Discount, InstallmentState
from studio_app.domain.payments import PaymentMethod
from studio_app.dto.billing import PaymentInput, ProductInput, ProductSale
from studio_app.dto.members import MemberInput
from studio_app.runtime.payment_provider import CardCharge, ChargeReceipt, PaymentDeclined
from tests.factories import StudioFactory


def _with_card(studio: StudioFactory, member: int, card: str = "Visa ending 4242") -> None:
    d = studio.svc.members.get(member)
    studio.svc.members.update(member, MemberInput(d.first_name, d.last_name, card_on_file=card))


def _installment(studio: StudioFactory, member: int) -> int:
    return studio.svc.contracts.installments(member)[0].id


@pytest.fixture
def loyal(studio: StudioFactory) -> tuple[int, int]:
    """Matt with a continuous monthly 31.00 membership (on-time discount 5.00) from 5 Dec."""
    plan = studio.contract_plan("Open monthly", loyalty_discount_cents=500)
    member = studio.member("Matt", "Murdock")
    studio.svc.memberships.sell(member, plan, date(2026, 12, 5))
    return member, _installment(studio, member)


def test_the_on_time_discount_is_offered_up_to_the_due_date(
    studio: StudioFactory, loyal: tuple[int, int], clock
) -> None:  # type: ignore[no-untyped-def]
    member, installment = loyal
    quote = studio.svc.payments.quote(installment)
    assert quote.loyalty_offered and quote.loyalty_cents == 500
    clock.advance_to(datetime(2026, 12, 5, 20, 0))  # the due date itself
    assert studio.svc.payments.quote(installment).loyalty_offered

    studio.svc.payments.pay_installment(
        installment, PaymentInput(PaymentMethod.CASH, Discount.LOYALTY)
    )

    row = studio.svc.contracts.installments(member)[0]
    assert row.state is InstallmentState.PAID
    assert row.paid_text == "Cash, 5 Dec 2026, on-time discount 5.00"
    (payment,) = studio.svc.payments.history(member)
    assert (payment.amount, payment.discount, payment.method) == ("26.00", "5.00", "Cash")
    assert payment.staff_name == "Olivia Owner"


def test_after_the_due_date_the_on_time_discount_is_refused_and_nothing_is_paid(
    studio: StudioFactory, loyal: tuple[int, int], clock
) -> None:  # type: ignore[no-untyped-def]
    member, installment = loyal
    clock.advance_to(datetime(2026, 12, 6, 9, 0))
    assert not studio.svc.payments.quote(installment).loyalty_offered
    with pytest.raises(DomainError) as refused:
        studio.svc.payments.pay_installment(
            installment, PaymentInput(PaymentMethod.CASH, Discount.LOYALTY)
        )
    assert refused.value.message == (
        "The on-time discount needs payment on or before the due date 5 Dec 2026; "
        "today is 6 Dec 2026."
    )
    assert studio.svc.payments.history(member) == []
    assert studio.svc.contracts.installments(member)[0].state is InstallmentState.OVERDUE


def test_another_discount_instead_of_the_on_time_one_needs_the_billing_privilege(
    studio: StudioFactory, loyal: tuple[int, int]
) -> None:
    member, installment = loyal
    studio.front_desk()
    studio.log_in("desk")
    other = PaymentInput(PaymentMethod.CARD, Discount.OTHER, other_discount_cents=1000)
    with pytest.raises(DomainError) as refused:
        studio.svc.payments.pay_installment(installment, other)
    assert "billing" in refused.value.message
    studio.log_in("owner", "owner-secret")
    studio.svc.payments.pay_installment(installment, other)
    (payment,) = studio.svc.payments.history(member)
    # One discount only: 10.00 off, not 10.00 + the 5.00 on-time discount.
    assert (payment.amount, payment.discount, payment.method) == ("21.00", "10.00", "Card terminal")


def test_an_installment_is_paid_once(studio: StudioFactory, loyal: tuple[int, int]) -> None:
    _, installment = loyal
    studio.svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.TRANSFER))
    with pytest.raises(DomainError) as refused:
        studio.svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.CASH))
    assert refused.value.rule == "already-paid"


def test_card_on_file_goes_through_the_provider_and_records_its_reference(
    studio: StudioFactory, loyal: tuple[int, int]
) -> None:
    member, installment = loyal
    with pytest.raises(DomainError) as refused:
        studio.svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.CARD_ON_FILE))
    assert refused.value.rule == "card-on-file"
    _with_card(studio, member)
    studio.svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.CARD_ON_FILE))
    (payment,) = studio.svc.payments.history(member)
    assert payment.method == "Card on file" and payment.reference.startswith("MANUAL-")


class _DecliningProvider:
    name = "Test bank"

    def __init__(self) -> None:
        self.charges: list[CardCharge] = []

    def charge(self, charge: CardCharge) -> ChargeReceipt:
        self.charges.append(charge)
        raise PaymentDeclined(f"Card declined: insufficient funds for {charge.amount_cents}.")


def test_a_declined_card_records_nothing(studio: StudioFactory, loyal: tuple[int, int]) -> None:
    member, installment = loyal
    _with_card(studio, member)
    provider = _DecliningProvider()
    studio.svc.ctx.provider = provider
    with pytest.raises(DomainError) as refused:
        studio.svc.payments.pay_installment(installment, PaymentInput(PaymentMethod.CARD_ON_FILE))
    assert "insufficient funds for 3100" in refused.value.message
    assert provider.charges[0].card_label == "Visa ending 4242"
    assert studio.svc.payments.history(member) == []
    assert studio.svc.contracts.installments(member)[0].state is not InstallmentState.PAID


def test_products_sold_to_a_walk_in_and_to_a_member_by_card_on_file(
    studio: StudioFactory,
) -> None:
    water = studio.svc.products.create(ProductInput("Water 0.5 l", 150)).value
    member = studio.member("Carla", "Card")
    _with_card(studio, member)
    studio.svc.payments.sell_product(ProductSale(water, 2, PaymentMethod.CASH))
    with pytest.raises(DomainError):
        studio.svc.payments.sell_product(ProductSale(water, 1, PaymentMethod.CARD_ON_FILE))
    studio.svc.payments.sell_product(ProductSale(water, 3, PaymentMethod.CARD_ON_FILE, member))

    (row,) = studio.svc.payments.history(member)
    assert (row.what, row.amount, row.method) == ("3 × Water 0.5 l", "4.50", "Card on file")


def test_products_need_the_settings_privilege_and_a_price(studio: StudioFactory) -> None:
    with pytest.raises(DomainError):
        studio.svc.products.create(ProductInput("T-shirt", -100))
    studio.front_desk()
    studio.log_in("desk")
    with pytest.raises(DomainError) as refused:
        studio.svc.products.create(ProductInput("T-shirt", 2000))
    assert "settings" in refused.value.message


def test_money_is_written_in_the_studio_format(
    studio: StudioFactory, loyal: tuple[int, int]
) -> None:
    member, _ = loyal
    studio.svc.studio.set_money_format(MoneyFormat("zł", symbol_after=True, decimal_comma=True))
    assert studio.svc.contracts.installments(member)[0].amount == "31,00 zł"
    studio.svc.studio.set_money_format(MoneyFormat("€"))
    assert studio.svc.contracts.installments(member)[0].amount == "€31.00"


def test_front_desk_lists_due_today_overdue_and_expiring(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open monthly")
    contract = studio.contract_plan("Open 3 months", installments=3)
    overdue = studio.member("Olga", "Overdue")
    today = studio.member("Tom", "Today")
    carded = studio.member("Carla", "Card")
    last = studio.member("Lena", "Last")
    studio.svc.memberships.sell(overdue, plan, date(2026, 11, 20))
    studio.svc.memberships.sell(today, plan, date(2026, 12, 1))
    studio.svc.memberships.sell(carded, plan, date(2026, 11, 5))  # ends 4 Dec
    _with_card(studio, carded)
    studio.svc.memberships.sell(last, contract, date(2026, 9, 6))  # 3/3 ends 5 Dec
    studio.svc.credit_schedule.catch_up()

    due = [(r.member_name, r.number_text, r.due_on, r.state) for r in studio.svc.front_desk.due()]
    late, on_time = InstallmentState.OVERDUE, InstallmentState.DUE
    assert due == [  # oldest due date first
        ("Lena Last", "1/3", date(2026, 9, 6), late),
        ("Lena Last", "2/3", date(2026, 10, 6), late),
        ("Carla Card", "1", date(2026, 11, 5), late),
        ("Lena Last", "3/3", date(2026, 11, 6), late),
        ("Olga Overdue", "1", date(2026, 11, 20), late),
        ("Tom Today", "1", date(2026, 12, 1), on_time),
    ]

    expiring = {r.member_name: r for r in studio.svc.front_desk.expiring(7)}
    assert expiring["Carla Card"].extension == "Will be extended automatically"
    assert expiring["Carla Card"].extends_automatically
    assert expiring["Lena Last"].number_text == "3/3"
    assert expiring["Lena Last"].extension == "Last installment: it ends"
    assert "Tom Today" not in expiring  # ends 31 Dec


def test_plan_prices_follow_the_money_format(studio: StudioFactory) -> None:
    studio.contract_plan("Open monthly")
    studio.svc.studio.set_money_format(MoneyFormat("€"))
    (plan,) = studio.svc.plans.list_plans()
    assert plan.price == "€31.00"
