"""Unpaid visits (SPEC §3 "Enforce billing for session registration", seed 002): registered only
with enforce billing off, paid later with a membership valid on the class's day — never with
visits of an upcoming period — or with a drop-in payment in an accepted method."""

from __future__ import annotations

from datetime import date, datetime

import pytest
from sqlalchemy import select

from studio_app.domain.errors import BookingRefused, ClassFull, DomainError
from studio_app.domain.payments import PaymentMethod
from studio_app.models import Payment
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)
LABEL = "Vinyasa Flow on Tue 1 Dec 2026 18:00"


@pytest.fixture
def billing_off(studio: StudioFactory) -> StudioFactory:
    studio.svc.studio.set_enforce_billing(False)
    return studio


def _unpaid_visit(studio: StudioFactory, *, capacity: int = 12) -> tuple[int, int, int]:
    """Walter, with no membership, registered for Tuesday's class as an unpaid visit."""
    walter = studio.member("Walter", "White")
    session = studio.session_on(TUE, studio.series(capacity=capacity))
    booking = studio.svc.bookings.sign_up(session, walter, unpaid=True).value
    return walter, session, booking


def _payments(studio: StudioFactory) -> list[tuple]:  # type: ignore[type-arg]
    """Every payment as (member, amount, method, staff, booking, membership, paid at)."""
    columns = (
        Payment.member_id,
        Payment.amount_cents,
        Payment.method,
        Payment.staff_id,
        Payment.booking_id,
        Payment.membership_id,
        Payment.paid_at,
    )
    with studio.svc.ctx.uow.read() as uow:
        return [tuple(row) for row in uow.session.execute(select(*columns).order_by(Payment.id))]


def test_enforce_billing_on_refuses_an_unpaid_visit_naming_the_rule(studio: StudioFactory) -> None:
    walter = studio.member("Walter", "White")
    session = studio.session_on(TUE, studio.series())
    with pytest.raises(BookingRefused) as refused:
        studio.svc.bookings.sign_up(session, walter, unpaid=True)
    assert refused.value.rule == "enforce-billing"
    assert "Enforce billing for session registration is on" in refused.value.message
    assert studio.svc.bookings.attendance(session).attendees == ()


def test_unpaid_visit_takes_a_place_and_shows_as_unpaid(billing_off: StudioFactory) -> None:
    studio = billing_off
    walter, session, booking = _unpaid_visit(studio, capacity=1)
    row = studio.svc.bookings.attendance(session).attendees[0]
    assert (row.booking_id, row.member_name, row.membership, row.left_after, row.unpaid) == (
        booking,
        "Walter White",
        "Unpaid visit",
        "to pay",
        True,
    )
    peter = studio.member("Peter", "Parker")
    studio.svc.memberships.sell(peter, studio.pass_plan(10), TUE)
    with pytest.raises(ClassFull):  # the unpaid visit counts toward capacity
        studio.svc.bookings.sign_up(session, peter)
    profile = studio.svc.profiles.profile(walter)
    visit = profile.upcoming[0]
    assert (visit.status, visit.membership, visit.unpaid) == (
        "booked · unpaid",
        "Unpaid visit",
        True,
    )
    assert profile.logs.rows[0].action == f"Signed up for {LABEL} (unpaid visit)"


def test_pay_with_a_pass_charges_one_session_and_logs_it(billing_off: StudioFactory) -> None:
    studio = billing_off
    walter, session, booking = _unpaid_visit(studio)
    studio.svc.memberships.sell(walter, studio.pass_plan(10), TUE)
    result = studio.svc.bookings.pay_visit(booking)
    assert result.message == "Visit paid with 10-session pass."
    row = studio.svc.bookings.attendance(session).attendees[0]
    assert (row.membership, row.left_after, row.unpaid) == ("10-session pass", "9 left", False)
    profile = studio.svc.profiles.profile(walter)
    assert profile.memberships[0].entries_left == 9
    assert (profile.upcoming[0].status, profile.upcoming[0].unpaid) == ("booked", False)
    last = profile.logs.rows[0]
    assert last.action == f"Paid unpaid visit for {LABEL} with 10-session pass"
    assert (last.entries_after, last.staff_name) == (9, "Olivia Owner")


def test_paying_an_already_paid_visit_is_refused(billing_off: StudioFactory) -> None:
    studio = billing_off
    walter, _session, booking = _unpaid_visit(studio)
    membership = studio.svc.memberships.sell(walter, studio.pass_plan(10), TUE).value
    studio.svc.bookings.pay_visit(booking, membership)
    with pytest.raises(BookingRefused) as refused:
        studio.svc.bookings.pay_visit(booking, membership)
    assert refused.value.rule == "already-paid"
    assert refused.value.message == f"Walter White's visit to {LABEL} is already paid."
    with pytest.raises(BookingRefused, match="already paid"):
        studio.svc.bookings.pay_visit_drop_in(booking, 1500, "cash")
    assert studio.svc.profiles.profile(walter).memberships[0].entries_left == 9
    assert _payments(studio) == []


def test_visits_of_an_upcoming_period_cannot_pay_last_weeks_visit(
    billing_off: StudioFactory, clock
) -> None:  # noqa: ANN001
    """Seed 002: last Tuesday's unpaid visit cannot be paid by a pass that starts today."""
    studio = billing_off
    walter, session, booking = _unpaid_visit(studio)
    clock.advance_to(datetime(2026, 12, 8, 10, 0))
    membership = studio.svc.memberships.sell(walter, studio.pass_plan(10), date(2026, 12, 8)).value
    with pytest.raises(DomainError) as refused:
        studio.svc.bookings.pay_visit(booking, membership)
    assert refused.value.rule == "no-paying-membership"
    assert refused.value.message == (
        f"Cannot pay Walter White's visit to {LABEL}: '10-session pass' is valid "
        "8 Dec 2026 – 7 Mar 2027, not on 1 Dec 2026."
    )
    with pytest.raises(DomainError, match="No membership can pay Walter White's visit"):
        studio.svc.bookings.pay_visit(booking)  # the automatic choice refuses the same way
    profile = studio.svc.profiles.profile(walter)  # nothing changed
    assert profile.memberships[0].entries_left == 10
    visit = profile.history.rows[0]
    assert (visit.status, visit.unpaid) == ("taken place · unpaid", True)
    assert studio.svc.bookings.attendance(session).attendees[0].unpaid


def test_drop_in_payment_records_amount_method_and_staff(billing_off: StudioFactory) -> None:
    studio = billing_off
    desk = studio.front_desk()
    walter, session, booking = _unpaid_visit(studio)
    studio.log_in("desk")
    result = studio.svc.bookings.pay_visit_drop_in(booking, 1500, PaymentMethod.CASH)
    assert result.message == "Visit paid: Drop-in 15.00 (cash)."
    assert _payments(studio) == [
        (walter, 1500, "cash", desk, booking, None, datetime(2026, 12, 1, 9, 0))
    ]
    row = studio.svc.bookings.attendance(session).attendees[0]
    assert (row.membership, row.left_after, row.unpaid) == ("Drop-in 15.00 (cash)", "", False)
    profile = studio.svc.profiles.profile(walter)
    assert (profile.upcoming[0].membership, profile.upcoming[0].status) == (
        "Drop-in 15.00 (cash)",
        "booked",
    )
    last = profile.logs.rows[0]
    assert (last.action, last.staff_name) == (
        f"Paid unpaid visit for {LABEL}: Drop-in 15.00 (cash)",
        "Dana Desk",
    )


@pytest.mark.parametrize(
    ("amount", "method", "rule", "words"),
    [
        (-100, "cash", "validation", "Price cannot be negative"),
        (
            1500,
            "voucher",
            "payment-method",
            "Cash, Card terminal, Bank transfer, Card on file, Other",
        ),
    ],
)
def test_a_refused_drop_in_changes_nothing(
    billing_off: StudioFactory, amount: int, method: str, rule: str, words: str
) -> None:
    walter, session, booking = _unpaid_visit(billing_off)
    with pytest.raises(DomainError) as refused:
        billing_off.svc.bookings.pay_visit_drop_in(booking, amount, method)
    assert refused.value.rule == rule and words in refused.value.message
    assert _payments(billing_off) == []
    assert billing_off.svc.bookings.attendance(session).attendees[0].unpaid


def test_signing_out_an_unpaid_visit_frees_the_place_and_owes_nothing(
    billing_off: StudioFactory,
) -> None:
    studio = billing_off
    walter, session, booking = _unpaid_visit(studio, capacity=1)
    studio.svc.bookings.sign_out(booking)
    assert studio.svc.bookings.attendance(session).attendees == ()
    studio.svc.bookings.sign_up(session, studio.member("Mary", "Jane"), unpaid=True)  # place free
    with pytest.raises(BookingRefused) as refused:
        studio.svc.bookings.pay_visit_drop_in(booking, 1500, "cash")
    assert refused.value.rule == "not-booked"
    history = studio.svc.profiles.profile(walter).history.rows[0]
    assert (history.status, history.unpaid) == ("signed out", False)
    assert _payments(studio) == []
