"""A hold never extends a membership past its plan's maximum membership end date (SPEC §6:
no extension runs past it): the preview says why and placing it is refused, changing nothing;
a hold that fits ends the membership on that date at the latest."""

from __future__ import annotations

from datetime import date

import pytest

from studio_app.domain.contracts import ContractTerms
from studio_app.domain.errors import ValidationError
from studio_app.domain.plans import PlanKind
from tests.factories import StudioFactory

DEC = date(2026, 12, 1)  # the test clock's day
SEASON_END = date(2027, 1, 5)
REFUSAL = (
    "A hold cannot extend 'Winter season' past its maximum membership end date 5 January 2027: "
    "10 held days would move its end from 31 December 2026 to 10 January 2027; at most 5 held "
    "days fit."
)


def _season(studio: StudioFactory) -> int:
    """Monthly, time-based, sold until 5 January 2027 at the latest."""
    return studio.plan("Winter season", contract=ContractTerms(max_end=SEASON_END))


def test_a_hold_past_the_maximum_end_date_is_refused_and_changes_nothing(
    studio: StudioFactory,
) -> None:
    svc, member = studio.svc, studio.member()
    membership = svc.memberships.sell(member, _season(studio), DEC).value
    assert svc.memberships.for_member(member)[0].ends_on == date(2026, 12, 31)

    preview = svc.holds.preview(membership, date(2026, 12, 10), date(2026, 12, 19))
    assert (preview.refusal, preview.new_ends_on) == (REFUSAL, None)
    with pytest.raises(ValidationError) as refused:
        svc.holds.place(membership, date(2026, 12, 10), date(2026, 12, 19))
    assert refused.value.message == REFUSAL
    assert svc.memberships.for_member(member)[0].ends_on == date(2026, 12, 31)
    assert svc.holds.for_member(member) == []

    preview = svc.holds.preview(membership, date(2026, 12, 10), date(2026, 12, 14))
    assert preview.refusal is None
    assert (preview.new_ends_on, preview.max_ends_on) == (SEASON_END, SEASON_END)
    svc.holds.place(membership, date(2026, 12, 10), date(2026, 12, 14))
    assert svc.memberships.for_member(member)[0].ends_on == SEASON_END


def test_a_package_is_refused_when_a_plan_in_it_would_pass_its_maximum_end_date(
    studio: StudioFactory,
) -> None:
    svc, member = studio.svc, studio.member()
    bundle = studio.plan("Bundle", PlanKind.PACKAGE, items=(_season(studio),))
    package = svc.memberships.sell(member, bundle, DEC).value
    with pytest.raises(ValidationError) as refused:
        svc.holds.place(package, date(2026, 12, 10), date(2026, 12, 19))
    assert refused.value.message == REFUSAL
    assert {r.ends_on for r in svc.memberships.for_member(member)} == {date(2026, 12, 31)}
