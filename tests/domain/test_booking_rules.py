"""Which membership pays (and from which lot), and why the others cannot."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.booking_rules import (
    LotView,
    PayerCandidate,
    SessionTerms,
    check_capacity,
    choose_payer,
    refusal_reason,
)
from studio_app.domain.errors import ClassFull, NoPayingMembership
from studio_app.domain.plans import PlanKind

DAY = date(2026, 12, 8)
GROUP, PT = "Group class", "Personal training"
TERMS = SessionTerms(DAY, GROUP, "Yoga")


def _pass(mid: int, left: int, ends: date, category: str = GROUP) -> PayerCandidate:
    start = date(2026, 11, 1)
    return PayerCandidate(
        mid,
        f"Pass {mid}",
        PlanKind.SESSION_PASS,
        category,
        start,
        ends,
        10,
        (LotView(mid * 10, category, start, ends, left),),
        plan_id=mid,
        credit_categories=frozenset({category}),
    )


def _limited(mid: int, *lots: LotView, starts: date = date(2026, 11, 1)) -> PayerCandidate:
    return PayerCandidate(
        mid,
        f"Limited {mid}",
        PlanKind.LIMITED,
        GROUP,
        starts,
        date(2027, 10, 31),
        None,
        lots,
        plan_id=mid,
        credit_categories=frozenset({GROUP}),
    )


def _choose(*candidates: PayerCandidate, preferred: int | None = None, terms=TERMS):  # type: ignore[no-untyped-def]
    return choose_payer(candidates, terms, member_name="Peter", preferred_membership_id=preferred)


def test_the_membership_expiring_first_pays() -> None:
    payer = _choose(_pass(1, 5, date(2027, 1, 31)), _pass(2, 5, date(2026, 12, 20)))
    assert payer.candidate.membership_id == 2
    assert payer.lot is not None and payer.lot.lot_id == 20


def test_the_lot_expiring_first_pays_even_inside_one_membership() -> None:
    late = LotView(1, GROUP, date(2026, 12, 1), date(2026, 12, 30), 4)
    early = LotView(2, GROUP, date(2026, 11, 20), date(2026, 12, 19), 1)
    assert _choose(_limited(1, late, early)).lot == early


def test_a_limited_lot_beats_a_pass_that_expires_later() -> None:
    lot = LotView(5, GROUP, date(2026, 12, 1), date(2026, 12, 10), 1)
    assert _choose(_pass(1, 5, date(2027, 1, 31)), _limited(2, lot)).candidate.membership_id == 2


def test_used_up_wrong_category_and_expired_are_skipped_with_reasons() -> None:
    with pytest.raises(NoPayingMembership) as refused:
        _choose(
            _pass(1, 0, date(2027, 1, 31)),
            _pass(2, 5, date(2026, 12, 5)),
            _pass(3, 5, date(2027, 1, 31), PT),
        )
    message = refused.value.message
    assert "'Pass 1' has 0 of 10 sessions left" in message
    assert "'Pass 2' is valid 1 Nov – 5 Dec 2026, not on 8 Dec 2026" in message
    assert "'Pass 3' is for Personal training, not Group class" in message


def test_credits_must_be_valid_on_the_day_of_the_class() -> None:
    expired = LotView(1, GROUP, date(2026, 11, 1), date(2026, 11, 30), 3)
    not_yet = LotView(2, GROUP, date(2026, 12, 29), date(2027, 1, 27), 4)
    assert refusal_reason(_limited(1, expired, not_yet), TERMS) == (
        "'Limited 1' has no Group class credits valid on 8 Dec 2026"
    )
    spent = LotView(3, GROUP, date(2026, 12, 1), date(2026, 12, 30), 0)
    assert refusal_reason(_limited(1, spent), TERMS) == (
        "'Limited 1' has 0 Group class credits left for 8 Dec 2026"
    )


def test_initial_credits_pay_before_a_future_start() -> None:
    initial = LotView(1, GROUP, date(2026, 12, 1), date(2026, 12, 30), 2)
    future = _limited(1, initial, starts=date(2026, 12, 11))
    assert _choose(future).lot == initial


def test_session_rules_allow_only_the_listed_plans() -> None:
    terms = SessionTerms(DAY, GROUP, "Reformer", frozenset({2}), ("Reformer 8",))
    a, b = _pass(1, 5, date(2027, 1, 31)), _pass(2, 5, date(2027, 1, 31))
    assert refusal_reason(a, terms) == (
        "'Pass 1' is not allowed by the session rules of Reformer (Reformer 8)"
    )
    assert _choose(a, b, terms=terms).candidate.membership_id == 2


def test_time_based_covers_its_category_and_pays_pt_with_included_credits() -> None:
    monthly = PayerCandidate(
        7,
        "Unlimited + PT",
        PlanKind.TIME_BASED,
        GROUP,
        date(2026, 12, 1),
        date(2026, 12, 31),
        None,
        (LotView(70, PT, date(2026, 12, 1), date(2026, 12, 30), 2),),
        plan_id=7,
        credit_categories=frozenset({PT}),
    )
    assert _choose(monthly).lot is None
    assert _choose(monthly, terms=SessionTerms(DAY, PT, "PT")).lot.lot_id == 70  # type: ignore[union-attr]
    assert refusal_reason(monthly, SessionTerms(DAY, "Sauna", "Sauna")) == (
        "'Unlimited + PT' is for Group class and Personal training, not Sauna"
    )


def test_staff_override_must_be_able_to_pay() -> None:
    a, b = _pass(1, 5, date(2027, 1, 31)), _pass(2, 0, date(2026, 12, 20))
    assert _choose(a, b, preferred=1).candidate.membership_id == 1
    with pytest.raises(NoPayingMembership, match="0 of 10 sessions left"):
        _choose(a, b, preferred=2)


def test_no_membership_at_all() -> None:
    with pytest.raises(NoPayingMembership, match="Peter has no membership"):
        _choose()


def test_capacity_is_never_exceeded() -> None:
    check_capacity(booked=11, capacity=12, class_label="Yoga")
    with pytest.raises(ClassFull, match="Yoga is full: 12 of 12 places are booked"):
        check_capacity(booked=12, capacity=12, class_label="Yoga")
