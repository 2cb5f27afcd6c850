"""Appointments (SPEC §3, seed 001): one-to-one sessions with a trainer, paid with credits of
their category; refusals name the rule and write nothing; cancelling returns the credit."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import pytest

from studio_app.domain.clock import FixedClock
from studio_app.domain.credit_grants import PERSONAL_TRAINING, CreditGrantTerms
from studio_app.domain.errors import BookingRefused, NoPayingMembership, ValidationError
from studio_app.dto.appointments import (
    APPOINTMENT_COLOR,
    AppointmentInput,
    AppointmentStatus,
    CategoryOverview,
)
from tests.factories import StudioFactory

TUE = date(2026, 12, 1)
THU = date(2026, 12, 3)


def at(day: date, hour: int, minute: int = 0) -> datetime:
    return datetime.combine(day, time(hour, minute))


def pt_member(studio: StudioFactory, first: str = "Peter", last: str = "Parker") -> int:
    """A member holding a plan of 4 Personal training credits, valid from today."""
    member = studio.member(first, last)
    plan = studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 4), name="PT 4")
    studio.svc.memberships.sell(member, plan, TUE)
    return member


def pt_left(studio: StudioFactory, member: int) -> int:
    totals = {t.category: t for t in studio.svc.credits.report(member).totals}
    return totals[PERSONAL_TRAINING].available


def live_blocks(studio: StudioFactory, day: date) -> list:
    return [b for b in studio.svc.schedule.day(day) if not b.cancelled]


def book(studio: StudioFactory, member: int, start: datetime, trainer: str = "Tom Trainer", **kw):
    return studio.svc.appointments.book(AppointmentInput(member, trainer, start, **kw))


def test_booking_charges_a_pt_credit_and_shows_on_the_calendar(studio: StudioFactory) -> None:
    peter = pt_member(studio)
    assert pt_left(studio, peter) == 4
    ref = book(studio, peter, at(THU, 10)).value
    assert pt_left(studio, peter) == 3
    [block] = live_blocks(studio, THU)
    assert block.id == ref.session_id
    assert (block.name, block.instructor, block.room) == (
        "Personal training · Tom Trainer",
        "Tom Trainer",
        "PT room",
    )
    assert (block.capacity, block.booked, block.series_id) == (1, 1, None)
    assert (block.credit_category, block.color) == (PERSONAL_TRAINING, APPOINTMENT_COLOR)
    assert studio.svc.appointments.clients_in_week(THU) == {ref.session_id: "Peter Parker"}
    [attendee] = studio.svc.bookings.attendance(ref.session_id).attendees
    assert (attendee.member_name, attendee.membership, attendee.left_after) == (
        "Peter Parker",
        "PT 4",
        "3 left",
    )
    log = studio.svc.profiles.profile(peter).logs.rows[0]
    assert log.action.startswith("Booked appointment for Personal training · Tom Trainer")
    assert log.entries_after == 3


def test_cancel_returns_the_credit_and_takes_it_off_the_calendar(studio: StudioFactory) -> None:
    peter = pt_member(studio)
    ref = book(studio, peter, at(THU, 10)).value
    result = studio.svc.appointments.cancel(ref.booking_id)
    assert "credit returned" in result.message
    assert pt_left(studio, peter) == 4
    assert live_blocks(studio, THU) == []
    assert studio.svc.appointments.clients_in_week(THU) == {ref.session_id: ""}
    [row] = studio.svc.appointments.overview(peter).appointments
    assert row.status is AppointmentStatus.CANCELLED
    with pytest.raises(BookingRefused, match="no longer active"):
        studio.svc.appointments.cancel(ref.booking_id)
    # The freed slot can be booked again.
    book(studio, peter, at(THU, 10))
    assert pt_left(studio, peter) == 3


def test_signing_out_of_an_appointment_at_the_desk_cancels_it_too(studio: StudioFactory) -> None:
    peter = pt_member(studio)
    ref = book(studio, peter, at(THU, 10)).value
    studio.svc.bookings.sign_out(ref.booking_id)
    assert pt_left(studio, peter) == 4
    assert live_blocks(studio, THU) == []


def test_without_pt_credits_the_refusal_names_the_category_and_writes_nothing(
    studio: StudioFactory,
) -> None:
    mary = studio.member("Mary", "Jane")
    studio.svc.memberships.sell(mary, studio.pass_plan(10), TUE)
    with pytest.raises(NoPayingMembership, match="not Personal training") as refused:
        book(studio, mary, at(THU, 10))
    assert "'10-session pass' is for Group class" in refused.value.message
    assert studio.svc.schedule.day(THU) == []
    assert studio.svc.appointments.overview(mary).appointments == ()
    assert studio.svc.profiles.profile(mary).memberships[0].entries_left == 10
    nobody = studio.member("Nora", "None")
    with pytest.raises(NoPayingMembership, match="has no membership"):
        book(studio, nobody, at(THU, 10))
    assert studio.svc.schedule.day(THU) == []


def test_a_busy_trainer_is_refused_with_what_keeps_them_busy(studio: StudioFactory) -> None:
    studio.series(weekdays=frozenset({3}), at=time(18, 0))  # Vinyasa Flow with Anna Kowalska
    peter = pt_member(studio)
    mary = pt_member(studio, "Mary", "Jane")
    with pytest.raises(BookingRefused) as refused:
        book(studio, peter, at(THU, 17, 30), trainer="anna  kowalska")
    assert refused.value.message == (
        "Anna Kowalska is busy 18:00–19:00 on Thu 3 Dec 2026 with Vinyasa Flow."
    )
    book(studio, peter, at(THU, 10))
    with pytest.raises(BookingRefused, match="Tom Trainer is busy 10:00–11:00 .* with Peter"):
        book(studio, mary, at(THU, 10, 30), duration_minutes=30)
    assert pt_left(studio, mary) == 4
    assert len(live_blocks(studio, THU)) == 2  # the class and Peter's appointment only
    # Back to back is fine, and another trainer at the same time too.
    book(studio, mary, at(THU, 11))
    book(studio, mary, at(THU, 9), trainer="Rita Runner", duration_minutes=45)
    assert pt_left(studio, mary) == 2


def test_a_member_booked_into_an_overlapping_class_is_refused(studio: StudioFactory) -> None:
    series = studio.series(weekdays=frozenset({3}), at=time(18, 0))
    peter = pt_member(studio)
    studio.svc.memberships.sell(peter, studio.pass_plan(10), TUE)
    studio.svc.bookings.sign_up(studio.session_on(THU, series), peter)
    with pytest.raises(BookingRefused) as refused:
        book(studio, peter, at(THU, 18, 30))
    assert refused.value.message == (
        "Peter Parker is already booked 18:00–19:00 on Thu 3 Dec 2026 for Vinyasa Flow."
    )
    assert pt_left(studio, peter) == 4


@pytest.mark.parametrize(
    ("change", "message"),
    [
        ({"trainer": "  "}, "Choose the trainer"),
        ({"category": ""}, "Choose a credit category"),
        ({"duration_minutes": 10}, "15 to 480 minutes (got 10)"),
        ({"duration_minutes": 600}, "15 to 480 minutes (got 600)"),
        ({"starts_at": at(date(2026, 11, 30), 8, 30)}, "more than 24 hours ago"),
    ],
)
def test_bad_input_is_refused_naming_the_rule(
    studio: StudioFactory, change: dict, message: str
) -> None:
    peter = pt_member(studio)
    data = {"trainer": "Tom Trainer", "starts_at": at(THU, 10)} | change
    with pytest.raises(ValidationError, match=re.escape(message)):
        studio.svc.appointments.book(AppointmentInput(peter, **data))
    assert studio.svc.schedule.week(THU) == []
    assert pt_left(studio, peter) == 4


def test_yesterday_evening_can_still_be_recorded(studio: StudioFactory) -> None:
    """Within 24 hours of its start an appointment that took place can be entered."""
    peter = pt_member(studio)
    studio.svc.memberships.sell(
        peter,
        studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 2), name="PT 2 earlier"),
        date(2026, 11, 30),
    )
    book(studio, peter, at(date(2026, 11, 30), 19))
    [row] = studio.svc.appointments.overview(peter).appointments
    assert row.status is AppointmentStatus.TAKEN_PLACE
    assert row.paid_by == "PT 2 earlier"


def test_staff_may_choose_which_membership_pays(studio: StudioFactory) -> None:
    peter = pt_member(studio)  # PT 4 runs 3 months
    bonus = studio.limited_plan(CreditGrantTerms(PERSONAL_TRAINING, 1), name="PT bonus", months=1)
    studio.svc.memberships.sell(peter, bonus, TUE)
    options = studio.svc.appointments.payer_options(peter, at(THU, 10), PERSONAL_TRAINING)
    assert [(o.label, o.reason) for o in options] == [
        ("PT bonus · 1 Personal training credit left", None),  # expires first: pays automatically
        ("PT 4 · 4 Personal training credits left", None),
    ]
    book(studio, peter, at(THU, 10), membership_id=options[1].membership_id)
    book(studio, peter, at(THU, 12))
    paid = [r.paid_by for r in studio.svc.appointments.overview(peter).appointments]
    assert paid == ["PT bonus", "PT 4"]
    yoga = studio.svc.appointments.payer_options(peter, at(THU, 10), "Group class")
    assert all("not Group class" in (o.reason or "") for o in yoga)


def test_overview_counts_sold_booked_attended_and_left(
    studio: StudioFactory, clock: FixedClock
) -> None:
    peter = pt_member(studio)
    studio.svc.memberships.sell(peter, studio.pass_plan(10), TUE)  # group credits: not listed
    first = book(studio, peter, at(TUE, 10)).value
    book(studio, peter, at(TUE, 12))
    cancelled = book(studio, peter, at(THU, 10)).value
    book(studio, peter, at(THU, 12))
    studio.svc.appointments.cancel(cancelled.booking_id)
    clock.advance_to(at(TUE, 13))
    studio.svc.bookings.set_present(first.booking_id, True)
    overview = studio.svc.appointments.overview(peter)
    assert overview.member_name == "Peter Parker"
    assert overview.categories == (
        CategoryOverview(PERSONAL_TRAINING, sold=4, booked=1, attended=2, left=1),
    )
    assert [(r.starts_at, r.status) for r in overview.appointments] == [
        (at(THU, 12), AppointmentStatus.BOOKED),
        (at(THU, 10), AppointmentStatus.CANCELLED),
        (at(TUE, 12), AppointmentStatus.TAKEN_PLACE),
        (at(TUE, 10), AppointmentStatus.ATTENDED),
    ]
    with pytest.raises(BookingRefused, match="marked present"):
        studio.svc.appointments.cancel(first.booking_id)


def test_trainers_and_categories_offered(studio: StudioFactory) -> None:
    studio.series()
    peter = pt_member(studio)
    book(studio, peter, at(THU, 10), trainer="Tom  Trainer")
    studio.limited_plan(CreditGrantTerms("Pilates private", 5), name="Reformer 5")
    assert studio.svc.appointments.trainers() == ["Anna Kowalska", "Tom Trainer"]
    assert studio.svc.appointments.categories() == [PERSONAL_TRAINING, "Pilates private"]


def test_a_class_booking_is_not_cancelled_as_an_appointment(studio: StudioFactory) -> None:
    peter = studio.member()
    studio.svc.memberships.sell(peter, studio.pass_plan(10), TUE)
    booking = studio.svc.bookings.sign_up(studio.session_on(TUE, studio.series()), peter).value
    with pytest.raises(BookingRefused, match="is a class, not an appointment"):
        studio.svc.appointments.cancel(booking)
