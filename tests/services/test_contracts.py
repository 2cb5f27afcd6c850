"""SPEC §6 continuous memberships and contracts through the services: E10–E14, month ends,
leap years, cancellation on the last installment, auto renewal and the maximum end date."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from studio_app.domain.errors import DomainError
from studio_app.domain.installments import InstallmentState
from studio_app.dto.members import MemberInput
from tests.factories import StudioFactory


def _sell(studio: StudioFactory, plan_id: int, day: date, name: str = "Matt") -> tuple[int, int]:
    member = studio.member(name, "Murdock")
    return member, studio.svc.memberships.sell(member, plan_id, day).value


def _periods(studio: StudioFactory, member: int) -> list[tuple[str, date, date]]:
    """(k/N, first day, last day) of every installment, oldest first."""
    rows = studio.svc.contracts.installments(member)
    return [(r.number_text, r.starts_on, r.ends_on) for r in reversed(rows)]


def _catch_up_on(studio: StudioFactory, clock, day: date) -> int:  # type: ignore[no-untyped-def]
    clock.advance_to(datetime.combine(day, datetime.min.time()).replace(hour=6))
    return studio.svc.credit_schedule.catch_up().value.renewals


def test_e10_continuous_renewal_keeps_the_cycle_not_continuous_starts_on_purchase(
    studio: StudioFactory, clock
) -> None:  # type: ignore[no-untyped-def]
    continuous = studio.contract_plan("Monthly continuous", continuous=True)
    plain = studio.contract_plan("Monthly", continuous=False)
    a, a_membership = _sell(studio, continuous, date(2027, 3, 11), "Ann")
    b, b_membership = _sell(studio, plain, date(2027, 3, 11), "Ben")
    assert _periods(studio, a)[0][2] == date(2027, 4, 10)  # valid until 10 April
    clock.advance_to(datetime(2027, 4, 16, 10, 0))  # they come back on 16 April

    studio.svc.contracts.renew(a_membership)
    studio.svc.contracts.renew(b_membership)

    assert _periods(studio, a)[1][1:] == (date(2027, 4, 11), date(2027, 5, 10))
    assert _periods(studio, b)[1][1:] == (date(2027, 4, 16), date(2027, 5, 15))
    # Renewals add a period; the first one is kept as it was.
    assert _periods(studio, a)[0][1:] == (date(2027, 3, 11), date(2027, 4, 10))


def test_e11_from_the_first_with_prorata_charges_the_days_left(studio: StudioFactory) -> None:
    plan = studio.contract_plan("Monthly from the 1st", from_first=True, prorata=True)
    member, membership = _sell(studio, plan, date(2027, 10, 20))

    first = studio.svc.contracts.installments(member)[0]
    assert (first.starts_on, first.ends_on) == (date(2027, 10, 20), date(2027, 10, 31))
    assert first.amount == "12.00"  # 31.00 × 12 / 31
    assert first.due_on == date(2027, 10, 20)
    studio.svc.contracts.renew(membership)
    second = studio.svc.contracts.installments(member)[0]
    assert (second.starts_on, second.ends_on, second.amount) == (
        date(2027, 11, 1),
        date(2027, 11, 30),
        "31.00",
    )


def test_prorata_rounds_half_up_to_cents(studio: StudioFactory) -> None:
    # 10.00 × 1 / 30 = 0.3333… → 0.33; 0.50 × 15 / 30 = 0.25 exactly; 0.05 × 1/2 → 0.03.
    plan = studio.contract_plan("Tiny", price_cents=5, from_first=True, prorata=True)
    member, _ = _sell(studio, plan, date(2027, 4, 16))  # 15 of 30 days: 2.5 cents → 3
    assert studio.svc.contracts.installments(member)[0].amount == "0.03"


def test_e12_contract_of_7_with_auto_renewal_renews_to_1_of_7(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 7 months", installments=7, auto_renew=True)
    member, _ = _sell(studio, plan, date(2026, 12, 1))

    renewed = _catch_up_on(studio, clock, date(2027, 7, 1))

    numbers = [k for k, _, _ in _periods(studio, member)]
    assert numbers == ["1/7", "2/7", "3/7", "4/7", "5/7", "6/7", "7/7", "1/7"]
    assert renewed == 7
    assert _periods(studio, member)[-1][1:] == (date(2027, 7, 1), date(2027, 7, 31))
    # The same catch-up again, and again later the same day: no double renewal.
    assert studio.svc.credit_schedule.catch_up().value.renewals == 0
    assert len(_periods(studio, member)) == 8


def test_a_contract_without_auto_renewal_ends_after_n_of_n(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 3 months", installments=3)
    member, membership = _sell(studio, plan, date(2026, 12, 1))
    _catch_up_on(studio, clock, date(2027, 6, 1))
    assert [k for k, _, _ in _periods(studio, member)] == ["1/3", "2/3", "3/3"]
    # At the desk a new contract can be started: 1/3 of the next round.
    preview = studio.svc.contracts.renewal_preview(membership)
    assert preview.refusal is None and preview.number_text == "1/3"


def test_e13_the_maximum_end_date_caps_the_extension(studio: StudioFactory) -> None:
    plan = studio.contract_plan("Until summer", max_end=date(2027, 6, 30))
    member, membership = _sell(studio, plan, date(2027, 5, 16))
    assert _periods(studio, member)[0][2] == date(2027, 6, 15)

    preview = studio.svc.contracts.renewal_preview(membership)
    assert preview.ends_on == date(2027, 6, 30)
    assert "not 15 Jul 2027" in preview.capped_note
    studio.svc.contracts.renew(membership)

    assert _periods(studio, member)[1][1:] == (date(2027, 6, 16), date(2027, 6, 30))
    refusal = studio.svc.contracts.renewal_preview(membership).refusal
    assert refusal and "30 Jun 2027" in refusal
    with pytest.raises(DomainError) as refused:
        studio.svc.contracts.renew(membership)
    assert refused.value.rule == "max-end-date"


def test_auto_renewal_stops_at_the_maximum_end_date(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan(
        "Season", installments=12, auto_renew=True, max_end=date(2027, 3, 15)
    )
    member, _ = _sell(studio, plan, date(2026, 12, 1))
    _catch_up_on(studio, clock, date(2027, 6, 1))
    assert _periods(studio, member) == [
        ("1/12", date(2026, 12, 1), date(2026, 12, 31)),
        ("2/12", date(2027, 1, 1), date(2027, 1, 31)),
        ("3/12", date(2027, 2, 1), date(2027, 2, 28)),
        ("4/12", date(2027, 3, 1), date(2027, 3, 15)),
    ]
    assert studio.svc.credit_schedule.catch_up().value.renewals == 0


def test_e14_pay_2_more_without_contract_at_installment_1_gives_1_of_3(
    studio: StudioFactory,
) -> None:
    plan = studio.contract_plan("Open monthly")
    member, membership = _sell(studio, plan, date(2026, 12, 1))

    preview = studio.svc.contracts.cancellation_preview(membership, 2)
    assert (preview.current_text, preview.new_text) == ("1", "1/3")
    studio.svc.contracts.cancel(membership, 2)
    assert _periods(studio, member)[0][0] == "1/3"

    studio.svc.contracts.remove_cancellation(membership)
    assert _periods(studio, member)[0][0] == "1"  # the number of installments disappears


def test_e14_pay_2_more_on_contract_11_of_24_gives_11_of_13_and_removal_restores_it(
    studio: StudioFactory, clock
) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 24 months", installments=24, auto_renew=True)
    member, membership = _sell(studio, plan, date(2026, 1, 1))
    _catch_up_on(studio, clock, date(2026, 11, 15))
    assert _periods(studio, member)[-1][0] == "11/24"

    assert studio.svc.contracts.cancellation_preview(membership, 2).new_text == "11/13"
    studio.svc.contracts.cancel(membership, 2)
    assert _periods(studio, member)[-1][0] == "11/13"
    assert _periods(studio, member)[0][0] == "1/13"

    studio.svc.contracts.remove_cancellation(membership)
    assert [k for k, _, _ in _periods(studio, member)][-1] == "11/24"
    logs = [row.action for row in studio.svc.profiles.profile(member).logs.rows]
    assert any("pay 2 more installments, 11/24 → 11/13" in a for a in logs)
    assert any("Removed the cancellation" in a and "11/24" in a for a in logs)


def test_a_cancellation_stops_renewals_after_its_last_installment(
    studio: StudioFactory, clock
) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 24 months", installments=24, auto_renew=True)
    member, membership = _sell(studio, plan, date(2026, 12, 1))
    studio.svc.contracts.cancel(membership, 2)
    _catch_up_on(studio, clock, date(2027, 6, 1))
    assert [k for k, _, _ in _periods(studio, member)] == ["1/3", "2/3", "3/3"]
    with pytest.raises(DomainError) as refused:
        studio.svc.contracts.renew(membership)
    assert refused.value.rule == "last-installment"


def test_cancellation_on_the_last_installment(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 3 months", installments=3, auto_renew=True)
    member, membership = _sell(studio, plan, date(2026, 12, 1))
    _catch_up_on(studio, clock, date(2027, 2, 10))
    assert _periods(studio, member)[-1][0] == "3/3"

    # Pay 0 more: installment 3/3 is the last; auto renewal no longer makes 1/3.
    assert studio.svc.contracts.cancellation_preview(membership, 0).new_text == "3/3"
    studio.svc.contracts.cancel(membership, 0)
    _catch_up_on(studio, clock, date(2027, 4, 1))
    assert [k for k, _, _ in _periods(studio, member)] == ["1/3", "2/3", "3/3"]
    # Removing the cancellation restores auto renewal: the missed 1/3 and 2/3 follow.
    studio.svc.contracts.remove_cancellation(membership)
    studio.svc.credit_schedule.catch_up()
    assert [k for k, _, _ in _periods(studio, member)][-2:] == ["1/3", "2/3"]


def test_a_cancellation_cannot_take_back_an_installment_already_issued(
    studio: StudioFactory,
) -> None:
    plan = studio.contract_plan("Open monthly")
    _, membership = _sell(studio, plan, date(2026, 12, 1))
    studio.svc.contracts.renew(membership)  # paid ahead: installment 2 exists
    refusal = studio.svc.contracts.cancellation_preview(membership, 0).refusal
    assert refusal == "Installment 2 is already issued: pay at least 1 more (got 0)."


def test_monthly_from_31_january_renews_on_28_february_then_31_march(
    studio: StudioFactory,
) -> None:
    plan = studio.contract_plan("Monthly")
    member, membership = _sell(studio, plan, date(2027, 1, 31))
    for _ in range(3):
        studio.svc.contracts.renew(membership)
    assert [(a, b) for _, a, b in _periods(studio, member)] == [
        (date(2027, 1, 31), date(2027, 2, 27)),
        (date(2027, 2, 28), date(2027, 3, 30)),
        (date(2027, 3, 31), date(2027, 4, 29)),
        (date(2027, 4, 30), date(2027, 5, 30)),
    ]


def test_leap_year_monthly_from_31_january_renews_on_29_february(studio: StudioFactory) -> None:
    plan = studio.contract_plan("Monthly")
    member, membership = _sell(studio, plan, date(2028, 1, 31))
    studio.svc.contracts.renew(membership)
    studio.svc.contracts.renew(membership)
    assert [(a, b) for _, a, b in _periods(studio, member)] == [
        (date(2028, 1, 31), date(2028, 2, 28)),
        (date(2028, 2, 29), date(2028, 3, 30)),
        (date(2028, 3, 31), date(2028, 4, 29)),
    ]


def test_from_the_first_in_a_leap_february(studio: StudioFactory) -> None:
    plan = studio.contract_plan("From the 1st", price_cents=2900, from_first=True, prorata=True)
    member, _ = _sell(studio, plan, date(2028, 2, 15))
    first = studio.svc.contracts.installments(member)[0]
    # 15–29 February 2028: 15 of 29 days of 29.00 → 15.00.
    assert (first.ends_on, first.amount) == (date(2028, 2, 29), "15.00")


def test_open_ended_continuous_renews_by_itself_only_with_a_card_on_file(
    studio: StudioFactory, clock
) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open monthly")
    with_card, _ = _sell(studio, plan, date(2026, 12, 1), "Carla")
    without, _ = _sell(studio, plan, date(2026, 12, 1), "Nina")
    detail = studio.svc.members.get(with_card)
    studio.svc.members.update(
        with_card, MemberInput(detail.first_name, detail.last_name, card_on_file="Visa ending 4242")
    )
    _catch_up_on(studio, clock, date(2027, 1, 1))
    assert [k for k, _, _ in _periods(studio, with_card)] == ["1", "2"]
    assert [k for k, _, _ in _periods(studio, without)] == ["1"]


def test_installment_states_paid_due_overdue(studio: StudioFactory, clock) -> None:  # type: ignore[no-untyped-def]
    plan = studio.contract_plan("Open 3 months", installments=3)
    member, _ = _sell(studio, plan, date(2026, 11, 1))  # 1/3 due 1 Nov, 2/3 due 1 Dec
    studio.svc.credit_schedule.catch_up()
    rows = {r.number_text: r.state for r in studio.svc.contracts.installments(member)}
    assert rows == {"1/3": InstallmentState.OVERDUE, "2/3": InstallmentState.DUE}


def test_renewing_a_session_pass_is_refused(studio: StudioFactory) -> None:
    _, membership = _sell(studio, studio.pass_plan(), date(2026, 12, 1))
    refusal = studio.svc.contracts.renewal_preview(membership).refusal
    assert refusal and "sell a new one" in refusal
