"""Which membership pays, and why the others cannot."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.booking_rules import PayerCandidate, check_capacity, choose_payer
from studio_app.domain.errors import ClassFull, NoPayingMembership
from studio_app.domain.plans import PlanKind

DAY = date(2026, 12, 8)


def _pass(mid: int, left: int, ends: date, category: str = "Group class") -> PayerCandidate:
    return PayerCandidate(
        mid, f"Pass {mid}", PlanKind.SESSION_PASS, category, date(2026, 11, 1), ends, 10, left
    )


def _choose(*candidates: PayerCandidate, preferred: int | None = None) -> PayerCandidate:
    return choose_payer(
        candidates,
        session_day=DAY,
        category="Group class",
        member_name="Peter",
        class_label="Yoga",
        preferred_membership_id=preferred,
    )


def test_the_membership_expiring_first_pays() -> None:
    assert (
        _choose(_pass(1, 5, date(2027, 1, 31)), _pass(2, 5, date(2026, 12, 20))).membership_id == 2
    )


def test_used_up_wrong_category_and_expired_are_skipped_with_reasons() -> None:
    with pytest.raises(NoPayingMembership) as refused:
        _choose(
            _pass(1, 0, date(2027, 1, 31)),
            _pass(2, 5, date(2026, 12, 5)),
            _pass(3, 5, date(2027, 1, 31), "Personal training"),
        )
    message = refused.value.message
    assert "'Pass 1' has 0 of 10 sessions left" in message
    assert "'Pass 2' is valid 1 Nov 2026–5 Dec 2026, not on 8 Dec 2026" in message
    assert "'Pass 3' is for Personal training, not Group class" in message


def test_staff_override_must_be_able_to_pay() -> None:
    a, b = _pass(1, 5, date(2027, 1, 31)), _pass(2, 0, date(2026, 12, 20))
    assert _choose(a, b, preferred=1).membership_id == 1
    with pytest.raises(NoPayingMembership, match="0 of 10 sessions left"):
        _choose(a, b, preferred=2)


def test_no_membership_at_all() -> None:
    with pytest.raises(NoPayingMembership, match="Peter has no membership"):
        _choose()


def test_capacity_is_never_exceeded() -> None:
    check_capacity(booked=11, capacity=12, class_label="Yoga")
    with pytest.raises(ClassFull, match="Yoga is full: 12 of 12 places are booked"):
        check_capacity(booked=12, capacity=12, class_label="Yoga")
