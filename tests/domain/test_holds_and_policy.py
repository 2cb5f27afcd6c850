"""Hold rules (policy limits, overlaps, extension) and the booking window / late-cancel cut-off."""

from __future__ import annotations

from datetime import date, datetime, timedelta

import pytest

from studio_app.domain.booking_policy import (
    BookingPolicy,
    class_over,
    late_cancel_left,
    late_cancel_text,
    window_refusal,
)
from studio_app.domain.errors import ValidationError
from studio_app.domain.holds import HoldPolicy, check_hold, extension_days, validated_policy

TODAY = date(2026, 6, 1)
VALID = (date(2026, 6, 1), date(2026, 6, 30))


NO_LIMITS = HoldPolicy()


def hold(span, policy=NO_LIMITS, earlier=()):  # type: ignore[no-untyped-def]
    check_hold(
        span, policy, validity=VALID, earlier_holds=list(earlier), today=TODAY, plan_name="Monthly"
    )


def test_hold_length_limits_name_the_numbers() -> None:
    policy = HoldPolicy(min_days=7, max_days=30)
    with pytest.raises(ValidationError, match="at least 7 days \\(this one: 3\\)"):
        hold((date(2026, 6, 10), date(2026, 6, 12)), policy)
    with pytest.raises(ValidationError, match="at most 30 days \\(this one: 45\\)"):
        hold((date(2026, 6, 10), date(2026, 7, 24)), policy)
    hold((date(2026, 6, 10), date(2026, 6, 16)), policy)


def test_holds_per_year_stop_a_member_pausing_again_and_again() -> None:
    earlier = [(date(2026, 6, 2), date(2026, 6, 5))]
    with pytest.raises(ValidationError, match="1 of 1 already used in 2026"):
        hold((date(2026, 6, 20), date(2026, 6, 25)), HoldPolicy(per_year=1), earlier)


def test_holds_cannot_overlap_start_in_the_past_or_outside_the_membership() -> None:
    with pytest.raises(ValidationError, match="already on hold"):
        hold((date(2026, 6, 4), date(2026, 6, 8)), earlier=[(date(2026, 6, 2), date(2026, 6, 5))])
    with pytest.raises(ValidationError, match="in the past"):
        check_hold(
            (date(2026, 6, 2), date(2026, 6, 8)),
            HoldPolicy(),
            validity=VALID,
            earlier_holds=[],
            today=date(2026, 6, 3),
            plan_name="Monthly",
        )
    with pytest.raises(ValidationError, match="must start within it"):
        hold((date(2026, 7, 2), date(2026, 7, 8)))
    with pytest.raises(ValidationError, match="cannot end \\(8 June 2026\\) before it starts"):
        hold((date(2026, 6, 9), date(2026, 6, 8)))


def test_a_policy_with_a_minimum_above_its_maximum_is_refused() -> None:
    with pytest.raises(ValidationError, match="minimum hold \\(20 days\\) is longer"):
        validated_policy(HoldPolicy(min_days=20, max_days=10))


def test_extension_counts_only_held_days_inside_the_membership() -> None:
    assert extension_days((date(2026, 6, 16), date(2026, 6, 30)), VALID) == 15
    assert extension_days((date(2026, 6, 26), date(2026, 7, 9)), VALID) == 5


def test_booking_window_opens_n_days_ahead() -> None:
    week = BookingPolicy(window_days=7)
    assert window_refusal(week, today=TODAY, session_day=date(2026, 6, 8)) is None
    refusal = window_refusal(week, today=TODAY, session_day=date(2026, 6, 11))
    assert refusal == (
        "bookings open 7 days ahead: the class is 10 days away (booking opens on 4 Jun 2026)"
    )
    assert window_refusal(BookingPolicy(), today=TODAY, session_day=date(2027, 6, 1)) is None


def test_late_cancel_after_the_cut_off_only() -> None:
    policy = BookingPolicy(cancel_cutoff_hours=12)
    start = datetime(2026, 6, 2, 18, 0)
    assert late_cancel_left(policy, now=datetime(2026, 6, 2, 6, 0), starts_at=start) is None
    left = late_cancel_left(policy, now=datetime(2026, 6, 2, 15, 0), starts_at=start)
    assert left == timedelta(hours=3)
    assert late_cancel_left(policy, now=datetime(2026, 6, 2, 18, 5), starts_at=start) == timedelta()
    assert (
        late_cancel_left(BookingPolicy(), now=datetime(2026, 6, 2, 17, 59), starts_at=start) is None
    )


def test_a_late_cancel_says_how_long_before_the_start_in_hours_and_minutes() -> None:
    policy = BookingPolicy(cancel_cutoff_hours=12)
    start = datetime(2026, 6, 2, 18, 0)
    texts = [
        late_cancel_text(policy, late_cancel_left(policy, now=now, starts_at=start))
        for now in (datetime(2026, 6, 2, 17, 6), datetime(2026, 6, 2, 16, 30), start)
    ]
    assert texts == [
        "Late cancel: signing out 54 min before the start, inside the 12 h cancellation cut-off",
        "Late cancel: signing out 1 h 30 min before the start, inside the 12 h cancellation "
        "cut-off",
        "Late cancel: signing out after the start, inside the 12 h cancellation cut-off",
    ]


def test_no_show_only_once_the_class_has_ended() -> None:
    start = datetime(2026, 6, 2, 18, 0)
    assert not class_over(now=datetime(2026, 6, 2, 18, 59), starts_at=start, duration_minutes=60)
    assert class_over(now=datetime(2026, 6, 2, 19, 0), starts_at=start, duration_minutes=60)
