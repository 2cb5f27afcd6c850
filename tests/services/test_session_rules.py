"""Session rules per class series (SPEC §4): the plans allowed to book a class.

No rules = any membership of the class's credit category; with rules only the listed plans pay,
which lets one class take both limited and unlimited members.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from studio_app.container import Services
from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.durations import DurationUnit
from studio_app.domain.errors import NoPayingMembership, ValidationError
from studio_app.domain.plans import DEFAULT_CATEGORY, PlanKind
from studio_app.dto.plans import PlanInput
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)


def _allow(svc: Services, series_id: int, *plan_ids: int) -> None:
    row = next(r for r in svc.schedule.list_series() if r.id == series_id)
    svc.schedule.update_series(
        series_id, replace(row.as_input(), allowed_plan_ids=frozenset(plan_ids))
    )


def _member_with(studio: StudioFactory, plan_id: int, first: str) -> int:
    member = studio.member(first, "Lopez")
    studio.svc.memberships.sell(member, plan_id, TUE)
    return member


def test_rules_refuse_an_unlisted_plan_naming_the_rule_and_the_allowed_plans(
    studio: StudioFactory,
) -> None:
    unlimited = studio.time_plan(name="Monthly unlimited")
    limited = studio.limited_plan(name="Limited 4 / 28 days")
    pass_plan = studio.pass_plan(10, name="10-class pass")
    series = studio.series()
    _allow(studio.svc, series, unlimited, limited)
    maria = _member_with(studio, pass_plan, "Maria")

    with pytest.raises(NoPayingMembership) as refused:
        studio.svc.bookings.sign_up(studio.session_on(TUE, series), maria)
    message = refused.value.message
    assert "'10-class pass' is not allowed by the session rules" in message
    assert "Limited 4 / 28 days" in message and "Monthly unlimited" in message
    assert studio.svc.profiles.profile(maria).memberships[0].entries_left == 10


def test_a_listed_plan_books(studio: StudioFactory) -> None:
    pass_plan = studio.pass_plan(10, name="10-class pass")
    series = studio.series()
    _allow(studio.svc, series, pass_plan)
    maria = _member_with(studio, pass_plan, "Maria")
    studio.svc.bookings.sign_up(studio.session_on(TUE, series), maria)
    assert studio.svc.profiles.profile(maria).memberships[0].entries_left == 9


def test_removing_the_rules_lets_every_plan_of_the_category_book_again(
    studio: StudioFactory,
) -> None:
    unlimited = studio.time_plan(name="Monthly unlimited")
    pass_plan = studio.pass_plan(10, name="10-class pass")
    series = studio.series()
    _allow(studio.svc, series, unlimited)
    maria = _member_with(studio, pass_plan, "Maria")
    session = studio.session_on(TUE, series)
    with pytest.raises(NoPayingMembership, match="not allowed by the session rules"):
        studio.svc.bookings.sign_up(session, maria)

    _allow(studio.svc, series)
    assert studio.svc.schedule.list_series()[0].allowed_plan_ids == frozenset()
    studio.svc.bookings.sign_up(session, maria)
    assert studio.svc.profiles.profile(maria).memberships[0].entries_left == 9


def test_one_class_takes_both_limited_and_unlimited_plans_when_both_are_listed(
    studio: StudioFactory,
) -> None:
    unlimited = studio.time_plan(name="Monthly unlimited")
    limited = studio.limited_plan(name="Limited 4 / 28 days")
    series = studio.series()
    _allow(studio.svc, series, unlimited, limited)
    assert studio.svc.schedule.list_series()[0].allowed_plan_ids == {unlimited, limited}
    session = studio.session_on(TUE, series)
    ann = _member_with(studio, unlimited, "Ann")
    bea = _member_with(studio, limited, "Bea")

    studio.svc.bookings.sign_up(session, ann)
    studio.svc.bookings.sign_up(session, bea)

    assert len(studio.svc.bookings.attendance(session).attendees) == 2
    assert studio.svc.credits.report(bea).available == 5  # 2 initial + 4 on the start, 1 used


def test_rules_are_saved_with_a_new_series_and_checked(studio: StudioFactory) -> None:
    unlimited = studio.time_plan(name="Monthly unlimited")
    pt_pack = studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 5), name="5 PT sessions")
    studio.series()
    data = replace(
        studio.svc.schedule.list_series()[0].as_input(),
        name="Yin Yoga",
        allowed_plan_ids=frozenset({unlimited}),
    )
    new_id = studio.svc.schedule.create_series(data).value
    row = next(r for r in studio.svc.schedule.list_series() if r.id == new_id)
    assert row.allowed_plan_ids == {unlimited}

    with pytest.raises(ValidationError, match="plan #999, which does not exist"):
        studio.svc.schedule.create_series(replace(data, allowed_plan_ids=frozenset({999})))
    with pytest.raises(ValidationError, match="5 PT sessions cannot pay for Group class"):
        studio.svc.schedule.update_series(
            new_id, replace(data, allowed_plan_ids=frozenset({unlimited, pt_pack}))
        )
    assert next(
        r for r in studio.svc.schedule.list_series() if r.id == new_id
    ).allowed_plan_ids == {unlimited}


def test_a_plan_with_included_credits_of_the_class_category_may_be_listed(
    studio: StudioFactory,
) -> None:
    """A 10-class pass that includes 2 Personal training credits can be allowed in a PT class."""
    pass_with_pt = studio.svc.plans.create(
        PlanInput(
            "10-class pass + PT",
            PlanKind.SESSION_PASS,
            12000,
            3,
            DurationUnit.MONTHS,
            10,
            DEFAULT_CATEGORY,
            grants=(CreditGrantTerms(PERSONAL_TRAINING, 2, every_days=30),),
        )
    ).value
    studio.series()
    base = studio.svc.schedule.list_series()[0].as_input()
    pt_class = studio.svc.schedule.create_series(
        replace(
            base,
            name="Personal training",
            capacity=1,
            credit_category=PERSONAL_TRAINING,
            allowed_plan_ids=frozenset({pass_with_pt}),
        )
    ).value
    maria = _member_with(studio, pass_with_pt, "Maria")
    studio.svc.bookings.sign_up(studio.session_on(TUE, pt_class), maria)
    assert len(studio.svc.bookings.attendance(studio.session_on(TUE, pt_class)).attendees) == 1
