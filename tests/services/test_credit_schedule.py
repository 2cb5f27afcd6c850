"""Limited memberships: initial credits, scheduled batches, expiry and the idempotent catch-up
(SPEC §4, E3), and credits spent from the lot that expires first."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime

import pytest

from studio_app.domain.clock import FixedClock
from studio_app.domain.credit_grants import CreditGrantTerms
from studio_app.domain.errors import NoPayingMembership
from studio_app.domain.plans import DEFAULT_CATEGORY
from tests.factories import StudioFactory


def _totals(studio: StudioFactory, member: int) -> tuple[int, int, int]:
    report = studio.svc.credits.report(member)
    return report.available, report.used, report.expired


def test_e3_limited_plan_grants_2_now_4_on_start_and_expires_unused_batch_after_30_days(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    member = studio.member("Ewa", "Nowak")
    plan = studio.limited_plan()  # 4 credits every 28 days, expire after 30, 2 initial
    assert clock.today() == date(2026, 12, 1)
    start = date(2026, 12, 11)  # 10 days from now
    svc.memberships.sell(member, plan, start)

    # 2 initial credits, usable today although the membership starts in 10 days.
    assert _totals(studio, member) == (2, 0, 0)
    series = studio.series(weekdays=frozenset({3}), at=datetime(2026, 1, 1, 18).time())
    thursday = studio.session_on(date(2026, 12, 3), series)
    booking = svc.bookings.sign_up(thursday, member).value
    assert _totals(studio, member) == (1, 1, 0)
    svc.bookings.sign_out(booking)
    assert _totals(studio, member) == (2, 0, 0)

    # On the start date the first batch of 4 is issued; catching up twice changes nothing.
    clock.advance_to(datetime(2026, 12, 11, 0, 0, 5))
    assert svc.credit_schedule.catch_up().value.credits_issued == 4
    assert svc.credit_schedule.catch_up().value.credits_issued == 0
    assert _totals(studio, member) == (6, 0, 0)
    batch = next(lot for lot in svc.credits.report(member).lots if lot.source == "scheduled")
    assert (batch.issued_on, batch.expires_on, batch.left) == (
        start,
        date(2027, 1, 9),
        4,
    )

    # 30 days after issue (10 Jan 2027) the unused batch has expired: shown as expired, not
    # available. The 2 initial credits (issued 1 Dec) expired on 31 Dec; the batch of 8 Jan
    # is the one available now.
    clock.advance_to(datetime(2027, 1, 10, 0, 0, 5))
    done = svc.credit_schedule.catch_up().value
    assert (done.credits_issued, done.credits_expired) == (4, 6)
    report = svc.credits.report(member)
    assert (report.available, report.used, report.expired) == (4, 0, 6)
    first = next(lot for lot in report.lots if lot.id == batch.id)
    assert (first.state, first.expired, first.left) == ("expired", 4, 0)
    assert svc.credit_schedule.catch_up().value == type(done)()
    assert svc.integrity.problems() == []


def test_catch_up_logs_automatic_lines_and_ledger_needs_no_staff(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.limited_plan(), date(2026, 12, 1))
    history = svc.credits.report(member).ledger
    assert [(row.kind, row.amount, row.staff_name) for row in history] == [
        ("grant", 2, "Olivia Owner"),
        ("grant", 4, "Automatic"),
    ]
    newest = svc.profiles.profile(member).logs.rows[0]
    assert newest.staff_name == "Automatic"
    assert "Issued 4 Group class credits" in newest.action
    assert newest.entries_after == 6


def test_a_sign_up_takes_from_the_lot_expiring_first_across_memberships(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    member = studio.member()
    svc.memberships.sell(member, studio.pass_plan(10, months=3), date(2026, 12, 1))
    svc.memberships.sell(member, studio.limited_plan(), date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 1), studio.series())
    svc.bookings.sign_up(session, member)
    lots = {lot.source: lot for lot in svc.credits.report(member).lots}
    # The initial and the first scheduled batch both end 30 Dec; the lower lot id pays.
    assert lots["initial"].used == 1
    assert lots["pass"].used == lots["scheduled"].used == 0


def test_a_credit_returned_to_an_expired_lot_is_expired_not_revived(
    studio: StudioFactory, clock: FixedClock
) -> None:
    svc = studio.svc
    member = studio.member()
    plan = studio.limited_plan(
        CreditGrantTerms(DEFAULT_CATEGORY, 4, every_days=28, expire_days=7), months=1
    )
    svc.memberships.sell(member, plan, date(2026, 12, 1))
    session = studio.session_on(date(2026, 12, 1), studio.series())
    booking = svc.bookings.sign_up(session, member).value
    clock.advance_to(datetime(2026, 12, 9, 9, 0))  # the lot ended on 7 Dec
    svc.credit_schedule.catch_up()
    svc.bookings.sign_out(booking)
    report = svc.credits.report(member)
    assert (report.available, report.used, report.expired) == (0, 0, 4)
    assert [row.kind for row in report.ledger][-2:] == ["return", "expiry"]


def test_scheduled_credits_cannot_pay_for_a_class_before_their_issue_day(
    studio: StudioFactory,
) -> None:
    svc = studio.svc
    member = studio.member("Ola", "Lis")
    plan = studio.limited_plan(CreditGrantTerms(DEFAULT_CATEGORY, 4, every_days=28))
    svc.memberships.sell(member, plan, date(2026, 12, 10))
    early = studio.session_on(date(2026, 12, 8), studio.series())
    with pytest.raises(NoPayingMembership, match="is valid 10 Dec 2026 – 9 Mar 2027, not on 8 Dec"):
        svc.bookings.sign_up(early, member)


def test_editing_a_plan_leaves_sold_credit_settings_alone(studio: StudioFactory) -> None:
    svc = studio.svc
    member = studio.member()
    plan_id = studio.limited_plan()
    svc.memberships.sell(member, plan_id, date(2026, 12, 1))
    plan = next(p for p in svc.plans.list_plans() if p.id == plan_id)
    svc.plans.update(
        plan_id, replace(plan.as_input(), grants=(CreditGrantTerms(DEFAULT_CATEGORY, 9),))
    )
    assert svc.credits.report(member).available == 6
