"""A hold's dates in refusals: a hold ending before it starts names both days, and a hold never
extends a membership past its maximum membership end date (SPEC §5, §6)."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.errors import ValidationError
from studio_app.domain.holds import HoldPolicy, check_hold, check_max_end


def test_a_hold_ending_before_it_starts_names_both_days() -> None:
    with pytest.raises(ValidationError) as refused:
        check_hold(
            (date(2026, 12, 20), date(2026, 12, 10)),
            HoldPolicy(),
            validity=(date(2026, 12, 1), date(2026, 12, 31)),
            earlier_holds=[],
            today=date(2026, 12, 1),
            plan_name="Monthly",
        )
    assert refused.value.message == (
        "A hold cannot end (10 December 2026) before it starts (20 December 2026)."
    )


def test_a_hold_cannot_extend_a_membership_past_its_maximum_end_date() -> None:
    with pytest.raises(ValidationError) as refused:
        check_max_end("Winter season", date(2026, 12, 31), 10, date(2027, 1, 5))
    assert refused.value.rule == "max-end-date"
    assert refused.value.message == (
        "A hold cannot extend 'Winter season' past its maximum membership end date "
        "5 January 2027: 10 held days would move its end from 31 December 2026 to "
        "10 January 2027; at most 5 held days fit."
    )
    with pytest.raises(ValidationError, match="to 1 January 2027; none fit"):
        check_max_end("Winter season", date(2026, 12, 31), 1, date(2026, 12, 31))


def test_a_hold_ending_on_the_maximum_end_date_or_without_one_is_allowed() -> None:
    check_max_end("Winter season", date(2026, 12, 31), 5, date(2027, 1, 5))
    check_max_end("Winter season", date(2026, 12, 31), 0, date(2026, 12, 31))
    check_max_end("Monthly", date(2026, 12, 31), 300, None)
